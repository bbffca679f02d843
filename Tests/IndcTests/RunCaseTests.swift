import Foundation
import IndcEngine
import Testing

/// Data-driven run cases: each folder `Tests/Cases/run/NAME/` holds `.ind` files, small CSVs and
/// `expected/`: a CSV per indicator (from DuckDB via `oracle.py`, or worked out by hand in `HAND.md`),
/// and optionally `stderr.txt` (lines stderr must contain), `exit-code` and `absent.txt` (indicators
/// that must get no file). Numbers are compared to 1e-9 relative, text exactly, row order exactly;
/// only the columns an expected file has are compared.
struct RunCaseTests {
    static let folder = "Tests/Cases/run"

    static let cases: [String] = {
        let base = (TestSupport.root as NSString).appendingPathComponent(folder)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
        return entries.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: "\(base)/\(name)/expected", isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
    }()

    @Test("run case", arguments: cases)
    func runCase(_ name: String) throws {
        let directory = "\(Self.folder)/\(name)"
        let out = NSTemporaryDirectory() + "indc-run-case-\(name)-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = TestSupport.run(["run", directory, "--out", out])
        let expectedStatus = TestSupport.read("\(directory)/expected/exit-code").flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
        #expect(result.status == expectedStatus, "exit code; stderr:\n\(result.stderr)")
        for line in Self.lines(TestSupport.read("\(directory)/expected/stderr.txt")) {
            #expect(result.stderr.contains(line), "stderr lacks: \(line)\nstderr:\n\(result.stderr)")
        }
        for indicator in Self.lines(TestSupport.read("\(directory)/expected/absent.txt")) {
            #expect(!FileManager.default.fileExists(atPath: "\(out)/\(indicator).csv"), "\(indicator).csv was written")
        }
        let expectedFiles = try FileManager.default.contentsOfDirectory(atPath: "\(directory)/expected").filter { $0.hasSuffix(".csv") }.sorted()
        #expect(!expectedFiles.isEmpty || expectedStatus != 0, "case \(name) has no expected results")
        for file in expectedFiles {
            let expected = try Self.table("\(directory)/expected/\(file)")
            guard FileManager.default.fileExists(atPath: "\(out)/\(file)") else {
                Issue.record("\(file) was not written; stderr:\n\(result.stderr)")
                continue
            }
            Self.compare(try Self.table("\(out)/\(file)"), expected, file)
        }
    }

    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    /// A CSV file's records, read with indc's own reader (its correctness is tested on its own).
    static func table(_ path: String) throws -> [[String]] {
        let reader = try CSVReader(path: path, format: CSVFormat())
        var rows = [try reader.readHeader()]
        var record = CSVRecord()
        while try reader.next(&record) { rows.append((0..<record.count).map { record.text($0) }) }
        return rows
    }

    /// Compares the columns the expected file has (in its order; indc may write more, which this case does
    /// not check), row by row.
    static func compare(_ written: [[String]], _ expected: [[String]], _ file: String) {
        let header = written.first ?? []
        let positions = (expected.first ?? []).map { header.firstIndex(of: $0) }
        #expect(!positions.contains(nil), "\(file): columns \(expected.first ?? []) not all in \(header)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "\(file): columns in another order than \(header)")
        let actual = written.map { row in positions.map { $0.flatMap { $0 < row.count ? row[$0] : nil } ?? "" } }
        #expect(actual.count == expected.count, "\(file): \(actual.count - 1) rows, expected \(expected.count - 1)")
        for (index, (row, wanted)) in zip(actual, expected).enumerated().dropFirst() {
            let same = row.count == wanted.count && zip(row, wanted).allSatisfy(Self.fieldsMatch)
            #expect(same, "\(file) row \(index):\n  got      \(row.joined(separator: ","))\n  expected \(wanted.joined(separator: ","))")
        }
    }

    static func fieldsMatch(_ actual: String, _ expected: String) -> Bool {
        if actual == expected { return true }
        guard let a = Double(actual), let b = Double(expected) else { return false }
        return abs(a - b) <= 1e-9 * max(abs(a), abs(b)) + 1e-12
    }
}
