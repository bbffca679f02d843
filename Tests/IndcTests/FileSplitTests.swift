import Foundation
import IndcEngine
import IndcPlan
import IndcSemantics
import Testing

/// A file is split at line feeds and its parts read on separate threads; a part that meets a quote,
/// a lone CR or a record it cannot read gives up, and the file is read again in one range. So a
/// quoted field with line breaks, a lone CR or a broken quote anywhere, whichever part it falls in,
/// gives exactly what reading the file in one go gives: the same results and the same errors.
struct FileSplitTests {
    static let project = """
        dataset s {
          file "s.csv"
          minimum n 0
          column id: integer
          column groep: category("a", "b", "c")
          column waarde: number
        }

        indicator totaal {
          title "totaal"
          source s
          group by groep
          measure sum(waarde) + count()
        }

        """

    static func body(rows: Int, _ random: inout SeededGenerator) -> [String] {
        (1...rows).map { index in "\(index),\(["a", "b", "c"][Int(random.next() % 3)]),\(Int(random.next() % 1000)).\(Int(random.next() % 10))" }
    }

    /// Runs `body` on a fresh folder holding `project` as `s.ind`, removed afterwards.
    static func withProject(_ project: String = project, _ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("indc-split-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try project.write(to: folder.appendingPathComponent("s.ind"), atomically: true, encoding: .utf8)
        try body(folder)
    }

    static func outcome(_ folder: URL, parts: Int) throws -> [String] {
        let plan = Planner.plan(try Checker.check(paths: [folder.path]).project)
        let run = Engine.run(plan, splitThreshold: parts == 1 ? Int.max : 0, parts: parts)
        return BatchPathTests.describe(run)
    }

    @Test("quotes, lone CRs and broken records anywhere: split reading equals one pass",
          arguments: ["\"a\"", "\"b\nc\"", "\"x\r\ny\"", "\r", "\"open", "\"a\"\"b\""])
    func troubleAnywhere(_ trouble: String) throws {
        var random = SeededGenerator(state: 11)
        let rows = Self.body(rows: 400, &random)
        try Self.withProject { folder in
            for position in [0, 57, 133, 200, 266, 399] {
                var lines = rows
                let fields = lines[position].split(separator: ",").map(String.init)
                // The trouble goes in the category field, so a quoted level is read as that level.
                lines[position] = [fields[0], trouble == "\"a\"" ? trouble : fields[1] + trouble, fields[2]].joined(separator: ",")
                let text = "id,groep,waarde\n" + lines.joined(separator: "\n") + "\n"
                try text.write(to: folder.appendingPathComponent("s.csv"), atomically: true, encoding: .utf8)
                let whole = try Self.outcome(folder, parts: 1)
                for parts in [2, 3, 5] {
                    #expect(try Self.outcome(folder, parts: parts) == whole, "\(trouble.debugDescription) on row \(position), \(parts) parts")
                }
            }
        }
    }

    /// Line breaks inside quoted fields on every other row: some split point falls inside one.
    @Test("quoted line breaks throughout: split reading equals one pass")
    func quotedLineBreaksThroughout() throws {
        var random = SeededGenerator(state: 3)
        let project = Self.project.replacingOccurrences(of: "  column waarde: number\n", with: "  column waarde: number\n  column toelichting: text\n")
        let lines = Self.body(rows: 600, &random).enumerated().map { $1 + ($0 % 2 == 0 ? ",\"regel\n\(9 - $0 % 10)\"" : ",x") }
        try Self.withProject(project) { folder in
            try ("id,groep,waarde,toelichting\n" + lines.joined(separator: "\n") + "\n")
                .write(to: folder.appendingPathComponent("s.csv"), atomically: true, encoding: .utf8)
            let whole = try Self.outcome(folder, parts: 1)
            #expect(whole.contains { $0.contains("errors []") })
            for parts in 2...9 { #expect(try Self.outcome(folder, parts: parts) == whole, "\(parts) parts") }
        }
    }

    @Test("a file without quotes is read in parts, each starting at a record")
    func plainFileIsSplit() throws {
        var random = SeededGenerator(state: 5)
        let text = "id,groep,waarde\r\n" + Self.body(rows: 3000, &random).joined(separator: "\r\n") + "\r\n"
        try Self.withProject { folder in
            try text.write(to: folder.appendingPathComponent("s.csv"), atomically: true, encoding: .utf8)
            let whole = try Self.outcome(folder, parts: 1)
            for parts in [2, 3, 7] { #expect(try Self.outcome(folder, parts: parts) == whole) }
        }
    }

    /// A record that ends at the end of the file right where the field bounds array is full (33 fields,
    /// the last 8 bytes delimiters, no final newline; its first field is not empty, or it would be skipped): read in full, with no write past the array.
    @Test("a full bounds array at the end of the file", arguments: [32, 64, 128])
    func boundsFullAtEnd(_ delimiters: Int) throws {
        let project = "dataset s {\n  file \"s.csv\"\n  minimum n 0\n  column c1: integer\n}\n\n"
            + "indicator n {\n  title \"n\"\n  source s\n  measure count()\n}\n"
        try Self.withProject(project) { folder in
            let header = (0...delimiters).map { "c\($0)" }.joined(separator: ",")
            try (header + "\n1" + String(repeating: ",", count: delimiters))
                .write(to: folder.appendingPathComponent("s.csv"), atomically: true, encoding: .utf8)
            let outcome = try Self.outcome(folder, parts: 1)
            #expect(outcome.contains { $0.hasPrefix("s rows 1 errors []") }, "\(outcome)")
        }
    }

    /// Blank lines are skipped in every file, a one-column one too (its missing value is written `""`),
    /// so a part ending in blank lines loses nothing.
    @Test("blank lines of a one-column file are skipped however the file is read")
    func oneColumnBlankLines() throws {
        let project = "dataset s {\n  file \"s.csv\"\n  minimum n 0\n  column k: integer\n}\n\n"
            + "indicator n {\n  title \"n\"\n  source s\n  group by k\n  measure count()\n}\n"
        try Self.withProject(project) { folder in
            try ("k\n1\n2\n" + String(repeating: "\n", count: 18) + "3\n4\n")
                .write(to: folder.appendingPathComponent("s.csv"), atomically: true, encoding: .utf8)
            let whole = try Self.outcome(folder, parts: 1)
            #expect(whole.contains { $0.hasPrefix("s rows 4 ") })
            for parts in 2...4 { #expect(try Self.outcome(folder, parts: parts) == whole, "\(parts) parts") }
        }
    }
}
