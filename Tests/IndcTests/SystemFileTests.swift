import Foundation
import Testing
@testable import IndcEngine

/// The SPSS system-file reader (issue 21, item 8) against files written by an independent writer:
/// `Tests/Cases/sav/make_fixtures.py` writes the same panel with pyreadstat uncompressed,
/// bytecode-compressed and as `.zsav`, and `expected.csv` holds what pandas reads from it.
struct SystemFileTests {
    static let folder = "\(TestSupport.root)/Tests/Cases/sav"
    static let fixtures = ["panel.sav", "panel_compressed.sav", "panel.zsav"]

    /// pandas' reading: the header, then one row per case (empty: missing; regio as its label).
    static let expected: [[String]] = (try? RunCaseTests.table("\(folder)/expected.csv")) ?? []

    /// Every case of a fixture as field texts, regio written as its value label.
    static func read(_ name: String) throws -> (header: [String], rows: [[String]], lines: [Int]) {
        let reader = try SystemFileReader(path: "\(folder)/\(name)", labelled: ["regio"])
        var record = CSVRecord()
        var rows: [[String]] = [], lines: [Int] = []
        while try reader.next(&record) {
            rows.append((0..<record.count).map { record.text($0) })
            lines.append(record.line)
        }
        return (reader.readHeader(), rows, lines)
    }

    @Test("each fixture reads as pandas reads it: numbers equal, strings exact, user-missing and system-missing empty", arguments: fixtures)
    func readsAsPandas(_ name: String) throws {
        let (header, rows, lines) = try Self.read(name)
        #expect(header == Self.expected.first)
        #expect(rows.count == Self.expected.count - 1 && lines == Array(1...rows.count))
        for (row, want) in zip(rows, Self.expected.dropFirst()) {
            for (column, (actual, wanted)) in zip(header, zip(row, want)) {
                if let number = Double(wanted), column != "naam" {
                    #expect(Double(actual) == number, "\(name) \(column): \(actual), pandas \(wanted)")
                } else {
                    #expect(actual == wanted, "\(name) \(column): \(actual), pandas \(wanted)")
                }
            }
        }
    }

    @Test("infer writes the block from the dictionary; it checks, and run gives pandas' sums per label")
    func inferAndRun() throws {
        let project = NSTemporaryDirectory() + "indc-sav-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: project, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: project) }
        try FileManager.default.copyItem(atPath: "\(Self.folder)/panel.zsav", toPath: "\(project)/panel.zsav")
        let infer = TestSupport.run(["infer", "\(project)/panel.zsav"])
        #expect(infer.status == 0)
        for line in ["  # Regio van de praktijk\n  column regio: category(\"Noord\", \"Zuid\", \"Oost\")\n", "  column id: integer\n",
                     "  column score: number\n", "  column datum: date\n", "  column lang: text\n"] {
            #expect(infer.stdout.contains(line), "\(line)")
        }
        #expect(!infer.stdout.contains("Category levels are sorted"))
        let block = infer.stdout.replacingOccurrences(of: "file \"\(project)/panel.zsav\"", with: "file \"panel.zsav\"")
        try (block + "indicator s {\n  title \"s\"\n  source panel\n  group by regio\n  measure sum(score)\n  minimum n 0\n}\n")
            .write(toFile: "\(project)/p.ind", atomically: true, encoding: .utf8)
        #expect(TestSupport.run(["check", project]).status == 0)
        let run = TestSupport.run(["run", project, "--out", "\(project)/out"])
        #expect(run.status == 0, "\(run.stderr)")
        let table = try RunCaseTests.table("\(project)/out/s.csv")
        let group = try #require(table.first?.firstIndex(of: "regio")), value = try #require(table.first?.firstIndex(of: "value"))
        let columns = try #require(Self.expected.first)
        let regio = try #require(columns.firstIndex(of: "regio")), score = try #require(columns.firstIndex(of: "score"))
        var sums: [String: Double] = [:]
        for row in Self.expected.dropFirst() { if let number = Double(row[score]) { sums[row[regio], default: 0] += number } }
        for row in table.dropFirst() {
            let wanted = try #require(sums[row[group]])
            #expect(abs((Double(row[value]) ?? .nan) - wanted) <= 1e-9 * max(1, abs(wanted)), "\(row[group])")
        }
        #expect(table.count - 1 == sums.count)
    }

    @Test("a file cut at any length, or with any byte changed, is an error or a reading, never a crash")
    func truncatedAndCorrupted() throws {
        let bytes = try #require(FileManager.default.contents(atPath: "\(Self.folder)/panel.zsav"))
        let path = NSTemporaryDirectory() + "indc-sav-cut-\(UUID().uuidString).sav"
        defer { try? FileManager.default.removeItem(atPath: path) }
        var generator = SeededGenerator(state: 21)
        for length in stride(from: 0, to: bytes.count, by: 7) {
            var cut = Array(bytes.prefix(length))
            if length % 2 == 1, !cut.isEmpty { cut[Int.random(in: 0..<cut.count, using: &generator)] ^= UInt8.random(in: 1...255, using: &generator) }
            try Data(cut).write(to: URL(fileURLWithPath: path))
            guard let reader = try? SystemFileReader(path: path, labelled: ["regio"]) else { continue }
            var record = CSVRecord()
            while (try? reader.next(&record)) == true {}
        }
        try Data(bytes.prefix(1000)).write(to: URL(fileURLWithPath: path))
        #expect(throws: CSVError.self) { try SystemFileReader(path: path) }
    }

    @Test("inflate: stored, fixed and dynamic Huffman blocks as Python's zlib wrote them; bad streams are errors")
    func inflate() throws {
        // python3 -c "import zlib; print(zlib.compress(b'stored block', 0).hex())", and so on.
        #expect(try Inflate.zlib(Self.bytes("7801010c00f3ff73746f72656420626c6f636b1f8004bd")[...], limit: 100) == Array("stored block".utf8))
        #expect(try Inflate.zlib(Self.bytes("78da4bcbac484d514843270167b708a1")[...], limit: 100) == Array("fixed fixed fixed fixed".utf8))
        let dynamic = Self.bytes(Self.dynamicStream)
        let expected = (0..<4).flatMap { _ in (0...255).map(UInt8.init) } + Array(String(repeating: "Zoë schreef ", count: 50).utf8)
        #expect(try Inflate.zlib(dynamic[...], limit: 10_000) == expected)
        #expect(throws: Inflate.Failure.self) { try Inflate.zlib(dynamic[...], limit: 100) }
        #expect(throws: Inflate.Failure.self) { try Inflate.zlib(dynamic.prefix(100), limit: 10_000) }
        #expect(throws: Inflate.Failure.self) { try Inflate.zlib([0x78, 0xDA, 0xFF, 0xFF, 0xFF, 0xFF][...], limit: 10_000) }
    }

    static func bytes(_ hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }

    /// `zlib.compress(bytes(range(256)) * 4 + 'Zoë schreef '.encode() * 50, 9)`: dynamic Huffman codes.
    static let dynamicStream = """
        78da6360646266616563e7e0e4e2e6e1e5e3171014121611151397909492969195935750545256515553d7d0d4d2d6d1d5d33730343236313533b7b0b4b2b6b1b5b37770\
        747276717573f7f0f4f2f6f1f5f30f080c0a0e090d0b8f888c8a8e898d8b4f484c4a4e494d4bcfc8cccacec9cdcb2f282c2a2e292d2bafa8acaaaea9adab6f686c6a6e69\
        6d6befe8eceaeee9edeb9f3071d2e42953a74d9f3173d6ec3973e7cd5fb070d1e2254b972d5fb172d5ea356bd7addfb071d3e62d5bb76ddfb173d7ee3d7bf7ed3f70f0d0\
        e123478f1d3f71f2d4e93367cf9dbf70f1d2e52b57af5dbf71f3d6ed3b77efdd7ff0f0d1e3274f9f3d7ff1f2d5eb376fdfbdfff0f1d3e72f5fbf7dfff1f3d7ef3f7ffffd\
        6718f5ffa8ff47b0ffa3f20faf56284ece284a4d4d5318e58c72068c03004e78092c
        """
}
