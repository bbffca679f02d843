import Foundation
import Testing

/// The corners of real CSV exports (issue 21), end to end through `indc check`, `infer` and `run`:
/// a bad quote, separator-only rows, UTF-8 under a single-byte declaration, a preamble before the
/// header, blank lines in a one-column file. Expected values are counted by hand from the bytes.
struct CSVCornerTests {
    /// Writes `files` into a fresh folder and runs `body` with it; removed afterwards.
    static func withFolder(_ files: [String: [UInt8]], _ body: (String) throws -> Void) throws {
        let folder = NSTemporaryDirectory() + "indc-corner-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, bytes) in files { try Data(bytes).write(to: URL(fileURLWithPath: "\(folder)/\(name)")) }
        try body(folder)
    }

    static func indicator(_ source: String, _ measure: String) -> String {
        "indicator totaal {\n  title \"t\"\n  source \(source)\n  measure \(measure)\n  minimum n 0\n}\n"
    }

    /// The `value` column of the one-row result of indicator `totaal`.
    static func value(_ folder: String) throws -> String {
        let table = try RunCaseTests.table("\(folder)/out/totaal.csv")
        let column = try #require(table.first?.firstIndex(of: "value"))
        return table[1][column]
    }

    @Test("one bad quote: infer picks \";\" and names the line; on error skip rejects the row and reads on")
    func badQuote() throws {
        let data = try #require(FileManager.default.contents(atPath: "\(TestSupport.root)/Tests/Cases/infer/bad-quote.csv"))
        try Self.withFolder(["q.csv": Array(data)]) { folder in
            let infer = TestSupport.run(["infer", "\(folder)/q.csv"])
            #expect(infer.status == 0)
            #expect(infer.stdout.contains("  delimiter \";\"\n"))
            #expect(infer.stdout.contains("# 1 row has a quote error (first: line 31: unexpected text after a closing quote)"))
            let dataset = "dataset q {\n  file \"q.csv\"\n  delimiter \";\"\n  on error skip\n  column score: integer\n}\n"
            try (dataset + Self.indicator("q", "sum(score)")).write(toFile: "\(folder)/q.ind", atomically: true, encoding: .utf8)
            let run = TestSupport.run(["run", folder, "--out", "\(folder)/out"])
            #expect(run.status == 0, "\(run.stderr)")
            let value = try Self.value(folder)
            #expect(value == "80")
            let rejected = try String(contentsOfFile: "\(folder)/out/q.rejected.csv", encoding: .utf8)
            #expect(rejected.contains("31,,,unexpected text after a closing quote"), "\(rejected)")
        }
    }

    @Test("rows of only separators are skipped like blank lines, also with a weight")
    func separatorOnlyRows() throws {
        let csv = Array("regio;gewicht;score\r\nNoord;1,5;4\r\nZuid;0,5;2\r\n;;\r\n;;\r\n".utf8)
        let dataset = "dataset s {\n  file \"s.csv\"\n  delimiter \";\"\n  decimal \",\"\n  weight gewicht\n  column gewicht: number\n  column score: integer\n}\n"
        try Self.withFolder(["s.csv": csv, "s.ind": Array((dataset + Self.indicator("s", "mean(score)")).utf8)]) { folder in
            let run = TestSupport.run(["run", folder, "--out", "\(folder)/out"])
            #expect(run.status == 0, "\(run.stderr)")
            let value = try Self.value(folder)
            #expect(value == "3.5")
        }
    }

    @Test("UTF-8 under a single-byte encoding: an error naming the line and the fix, for a byte order mark too")
    func utf8UnderWindows1252() throws {
        let dataset = "dataset u {\n  file \"u.csv\"\n  delimiter \";\"\n  encoding \"windows-1252\"\n  column plaats: text\n}\n"
        let project = Array((dataset + Self.indicator("u", "count()")).utf8)
        try Self.withFolder(["u.csv": Array("naam;plaats\nA;Fryslân\n".utf8), "u.ind": project]) { folder in
            let run = TestSupport.run(["run", folder, "--out", "\(folder)/out"])
            #expect(run.status == 1)
            #expect(run.stderr.contains("u.csv:2: the text is UTF-8, but the dataset declares encoding \"windows-1252\": remove the encoding clause"))
        }
        try Self.withFolder(["u.csv": [0xEF, 0xBB, 0xBF] + Array("naam;plaats\nA;Sneek\n".utf8), "u.ind": project]) { folder in
            let check = TestSupport.run(["check", folder])
            #expect(check.status == 1)
            #expect(check.stdout.contains("the file starts with a UTF-8 byte order mark, but the dataset declares encoding \"windows-1252\""), "\(check.stdout)")
        }
    }

    @Test("header line N skips the lines before the header, for check and run; 0 is an invalid setting")
    func headerLine() throws {
        let csv = Array("Tabel 3\nBron: \"Nivel\n\nregio;aantal\nNoord;4\nZuid;6\n".utf8)
        let dataset = "dataset p {\n  file \"p.csv\"\n  delimiter \";\"\n  header line 4\n  column aantal: integer\n}\n"
        try Self.withFolder(["p.csv": csv, "p.ind": Array((dataset + Self.indicator("p", "sum(aantal)")).utf8)]) { folder in
            let run = TestSupport.run(["run", folder, "--out", "\(folder)/out"])
            #expect(run.status == 0, "\(run.stderr)")
            let value = try Self.value(folder)
            #expect(value == "10")
        }
        let zero = dataset.replacingOccurrences(of: "header line 4", with: "header line 0")
        try Self.withFolder(["p.csv": csv, "p.ind": Array((zero + Self.indicator("p", "sum(aantal)")).utf8)]) { folder in
            let check = TestSupport.run(["check", folder])
            #expect(check.status == 1)
            #expect(check.stdout.contains("`header line` must be a whole number from 1 to 1,000,000"), "\(check.stdout)")
        }
    }

    @Test("a one-column file: blank lines are skipped, a missing value is written \"\"")
    func oneColumnBlankLines() throws {
        let csv = Array("score\n4\n\n6\n\"\"\n\n".utf8)
        let dataset = "dataset o {\n  file \"o.csv\"\n  column score: integer\n}\n"
        try Self.withFolder(["o.csv": csv, "o.ind": Array((dataset + Self.indicator("o", "count(where score is missing)")).utf8)]) { folder in
            let run = TestSupport.run(["run", folder, "--out", "\(folder)/out"])
            #expect(run.status == 0, "\(run.stderr)")
            let value = try Self.value(folder)
            #expect(value == "1")
        }
    }
}
