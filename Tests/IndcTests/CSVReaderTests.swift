import Foundation
import IndcDiagnostics
import IndcSemantics
import Testing
@testable import IndcEngine

/// The engine's CSV reader: each `Tests/Cases/csv/NAME.csv` is read with every buffer size from 1 to 64
/// bytes (and the default) and must give the records, lines and error written by hand in `NAME.json`.
struct CSVReaderTests {
    static let folder = "Tests/Cases/csv"

    static let fixtures: [String] = {
        let base = (TestSupport.root as NSString).appendingPathComponent(folder)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
        return entries.filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
    }()

    /// A fixture's expected reading.
    struct Expectation: Decodable, Equatable {
        var delimiter: String?
        var encoding: String?
        var headerLine: Int?
        var records: [[String]]
        var lines: [Int]
        var error: String?
    }

    static func path(_ name: String) -> String {
        (TestSupport.root as NSString).appendingPathComponent("\(folder)/\(name)")
    }

    /// Reads a whole file: the records' texts and lines, and the error that stopped it.
    static func readAll(_ path: String, _ format: CSVFormat, bufferSize: Int = 1 << 20) -> (records: [[String]], lines: [Int], error: CSVError?) {
        var records: [[String]] = []
        var lines: [Int] = []
        do {
            let reader = try CSVReader(path: path, format: format, bufferSize: bufferSize)
            var record = CSVRecord()
            while try reader.next(&record) {
                records.append((0..<record.count).map { record.text($0) })
                lines.append(record.line)
            }
            return (records, lines, nil)
        } catch {
            return (records, lines, error)
        }
    }

    /// Writes a temporary file and returns its path.
    static func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "indc-csv-\(UUID().uuidString).csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("fixture", arguments: fixtures)
    func fixture(_ name: String) throws {
        let json = try Data(contentsOf: URL(fileURLWithPath: Self.path("\(name).json")))
        let expected = try JSONDecoder().decode(Expectation.self, from: json)
        let delimiter: UInt8 = switch expected.delimiter {
        case nil: UInt8(ascii: ",")
        case "tab": UInt8(ascii: "\t")
        case let text?: text.utf8.first!
        }
        let format = CSVFormat(delimiter: delimiter, encoding: try #require(TextEncoding(rawValue: expected.encoding ?? "utf-8")),
                               headerLine: expected.headerLine ?? 1)
        for bufferSize in Array(1...64) + [1 << 20] {
            let result = Self.readAll(Self.path("\(name).csv"), format, bufferSize: bufferSize)
            let actual = Expectation(delimiter: expected.delimiter, encoding: expected.encoding, headerLine: expected.headerLine, records: result.records,
                                     lines: result.lines, error: result.error?.description)
            #expect(actual == expected, "\(name) with a buffer of \(bufferSize) bytes")
            if actual != expected { break }
        }
    }

    @Test("the header is the first record, decoded, without the byte order mark")
    func header() throws {
        #expect(try CSVReader(path: Self.path("bom.csv"), format: CSVFormat()).readHeader() == ["naam", "waarde"])
        #expect(try CSVReader(path: Self.path("empty_file.csv"), format: CSVFormat()).readHeader() == [])
        let format = CSVFormat(dataset: try Self.dataset(delimiter: UInt8(ascii: ";"), encoding: .windows1252))
        #expect(try CSVReader(path: Self.path("windows1252.csv"), format: format).readHeader() == ["naam", "bedrag", "citaat"])
    }

    @Test("errors carry their line and offset; after an encoding or quote error reading goes on at the next record or line")
    func errors() throws {
        let invalid = try CSVReader(path: Self.path("invalid_utf8.csv"), format: CSVFormat(), bufferSize: 5)
        var record = CSVRecord()
        #expect(try invalid.next(&record) && invalid.next(&record))
        #expect(throws: CSVError.invalidEncoding(line: 3, byteOffset: 11, encoding: .utf8)) { try invalid.next(&record) }
        #expect(try invalid.next(&record) && record.line == 4 && record.text(1) == "5")
        #expect(try !invalid.next(&record))

        for bufferSize in [1, 3, 7, 1 << 20] {
            let path = try Self.temporaryFile(Array("id;tekst\n1;\"Zegt: \"ik snap het niet\";x\n2;\"a\nb\"c\n3;\"goed\"\r\n4;\"open\n".utf8))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let reader = try CSVReader(path: path, format: CSVFormat(delimiter: UInt8(ascii: ";")), bufferSize: bufferSize)
            #expect(try reader.next(&record))
            #expect(throws: CSVError.malformedQuote(line: 2)) { try reader.next(&record) }
            #expect(throws: CSVError.malformedQuote(line: 4)) { try reader.next(&record) }
            #expect(try reader.next(&record) && record.line == 5 && record.text(1) == "goed", "buffer \(bufferSize)")
            #expect(throws: CSVError.unclosedQuote(line: 6)) { try reader.next(&record) }
            #expect(try !reader.next(&record))
        }
        #expect(CSVError.unclosedQuote(line: 2).help != nil && CSVError.malformedQuote(line: 2).isRecoverable)
        #expect(!CSVError.utf8Text(line: 1, declared: .latin1, byteOrderMark: true).isRecoverable)
    }

    @Test("files that cannot be opened or read report the system's reason")
    func inputOutput() {
        let missing = Self.path("no_such_file.csv")
        #expect(throws: CSVError.cannotOpen(path: missing, reason: "No such file or directory")) {
            try CSVReader(path: missing, format: CSVFormat())
        }
        let folder = Self.path("")
        #expect(throws: CSVError.cannotRead(path: folder, reason: "Is a directory")) {
            try CSVReader(path: folder, format: CSVFormat()).readHeader()
        }
    }

    @Test("a long record spanning many buffers is read whole; the buffer grows only to fit it")
    func longRecords() throws {
        let long = String(repeating: "ab\"\"c\r\n,", count: 700)
        var text = "id,text\n"
        for row in 1...300 { text += row == 150 ? "\(row),\"\(long)\"\n" : "\(row),short\n" }
        let path = try Self.temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try CSVReader(path: path, format: CSVFormat(), bufferSize: 16)
        var record = CSVRecord()
        var rows = 0
        while try reader.next(&record) {
            guard rows > 0, let id = record.integer(0) else { rows += 1; continue }
            #expect(record.text(1) == (id == 150 ? long.replacingOccurrences(of: "\"\"", with: "\"") : "short"))
            #expect(record.line == (id <= 150 ? id + 1 : id + 1 + 700))
            rows += 1
        }
        #expect(rows == 301)
        #expect(reader.bufferCapacity == 8192)

        let small = try CSVReader(path: path, format: CSVFormat(), bufferSize: 64, maximumRecordLength: 1000)
        #expect(throws: CSVError.recordTooLong(line: 151, limit: 1000)) { while try small.next(&record) {} }
        #expect(small.bufferCapacity == 1000)
    }

    /// A random CSV file written by the rules, with the records and lines it must read back as,
    /// each record's first byte, and its bytes' breaks (LF, CRLF, lone CR) before each offset.
    static func randomFile(_ generator: inout SeededGenerator) -> (bytes: [UInt8], records: [[String]], lines: [Int], starts: [Int]) {
        let pieces = ["a", "7", " ", ",", "\"", "\n", "\r", "\r\n", "é", "€", "\t", "x\"y", "\u{1}"]
        var file = (bytes: [UInt8](), records: [[String]](), lines: [Int](), starts: [Int]())
        let recordCount = Int.random(in: 1...30, using: &generator)
        for index in 0..<recordCount {
            file.lines.append(1 + lineBreaks(file.bytes))
            file.starts.append(file.bytes.count)
            let long = Int.random(in: 0..<8, using: &generator) == 0
            let fields = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                (0..<Int.random(in: 0...(long ? 60 : 5), using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            file.records.append(fields)
            for (position, field) in fields.enumerated() {
                if position > 0 { file.bytes.append(UInt8(ascii: ",")) }
                let special = field.utf8.contains { [0x2C, 0x22, 0x0A, 0x0D].contains($0) }
                if special || (fields.count == 1 && field.isEmpty) || Bool.random(using: &generator) {
                    file.bytes += Array("\"\(field.replacingOccurrences(of: "\"", with: "\"\""))\"".utf8)
                } else {
                    file.bytes += Array(field.utf8)
                }
            }
            if index < recordCount - 1 || Bool.random(using: &generator) {
                file.bytes += Array(["\n", "\r\n", "\r"].randomElement(using: &generator)!.utf8)
            }
        }
        return file
    }

    static func lineBreaks(_ bytes: some Collection<UInt8>) -> Int {
        zip(bytes, bytes.dropFirst().map(Optional.some) + [nil]).count { $0 == 0x0A || ($0 == 0x0D && $1 != 0x0A) }
    }

    @Test("random files read back as written, at any buffer size; an invalid byte is found where it is")
    func randomFiles() throws {
        var generator = SeededGenerator(state: 42)
        for _ in 0..<60 {
            var file = Self.randomFile(&generator)
            let path = try Self.temporaryFile(file.bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            for bufferSize in [1, 2, 3, 7, 16, 61, 1 << 20] {
                let result = Self.readAll(path, CSVFormat(), bufferSize: bufferSize)
                #expect(result.records == file.records && result.lines == file.lines && result.error == nil, "buffer \(bufferSize)")
            }
            guard let invalid = file.bytes.indices.filter({ file.bytes[$0] >= 0xC3 }).randomElement(using: &generator) else { continue }
            file.bytes[invalid] = 0xFF
            let broken = try Self.temporaryFile(file.bytes)
            defer { try? FileManager.default.removeItem(atPath: broken) }
            let record = file.starts.lastIndex { $0 <= invalid }!
            let result = Self.readAll(broken, CSVFormat(), bufferSize: 13)
            #expect(result.records == Array(file.records[..<record]))
            #expect(result.error == .invalidEncoding(line: 1 + Self.lineBreaks(file.bytes[..<invalid]), byteOffset: invalid, encoding: .utf8))
        }
    }

    @Test("memory does not grow with the file")
    func boundedBuffer() throws {
        let path = try Self.temporaryFile(Array(String(repeating: "12,\"a,b\",3.5\r\n", count: 5000).utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try CSVReader(path: path, format: CSVFormat(), bufferSize: 64)
        var record = CSVRecord()
        var sum = 0.0
        while try reader.next(&record) {
            #expect(record.count == 3 && record.bytes(1).count == 3 && !record.isEmpty(2))
            sum += record.decimal(2) ?? .nan
        }
        #expect(sum == 17500 && reader.bufferCapacity == 64)
    }

    static func dataset(delimiter: UInt8, encoding: TextEncoding) throws -> Dataset {
        let source = "dataset d {\n file \"x.csv\"\n delimiter \"\(delimiter == 0x3B ? ";" : ",")\"\n encoding \"\(encoding.rawValue)\"\n column a: text\n}\n"
        let result = Checker.check(files: [SourceFile(path: "csv-format.ind", text: source)])
        return try #require(result.project.datasets.first)
    }
}
