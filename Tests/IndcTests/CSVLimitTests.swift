import Foundation
import IndcEngine
import Testing

/// Limits of the CSV reader with clear errors instead of unbounded memory (issue 6).
struct CSVLimitTests {
    @Test("a record with more than 100,000 fields is an error naming its line")
    func tooManyFields() throws {
        let wide = "a,b\n1,2\n" + String(repeating: ",", count: CSVRecord.maximumFields) + "\n"
        let path = try CSVReaderTests.temporaryFile(Array(wide.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = CSVReaderTests.readAll(path, CSVFormat())
        #expect(result.records.count == 2)
        #expect(result.error == .tooManyFields(line: 3, limit: CSVRecord.maximumFields))
        #expect(result.error?.description == "line 3: record has more than 100000 fields")
        let atLimit = String(repeating: ",", count: CSVRecord.maximumFields - 1) + "\n"
        let fine = try CSVReaderTests.temporaryFile(Array(atLimit.utf8))
        defer { try? FileManager.default.removeItem(atPath: fine) }
        #expect(CSVReaderTests.readAll(fine, CSVFormat()).records.first?.count == CSVRecord.maximumFields)
    }

    @Test("indc run stops a dataset whose file has a record with too many fields, with its line")
    func runReportsWideRecord() throws {
        let folder = NSTemporaryDirectory() + "indc-wide-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ("jaar\n2024\n" + String(repeating: "2024,", count: CSVRecord.maximumFields + 5) + "\n").write(toFile: "\(folder)/wijd.csv", atomically: true, encoding: .utf8)
        try """
            dataset wijd { file "wijd.csv" column jaar: integer }
            indicator aantal { title "Aantal" source wijd measure count() }
            """.write(toFile: "\(folder)/wijd.ind", atomically: true, encoding: .utf8)
        let result = TestSupport.run(["run", folder, "--out", "\(folder)/out"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("wijd.csv:3: record has more than 100000 fields"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/out/aantal.csv"))
    }
}
