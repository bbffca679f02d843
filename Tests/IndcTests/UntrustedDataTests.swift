import Foundation
import Testing

/// Issue 13 items 10, 11 and 12: what indc prints about data and `.ind` files is quoted only as far as
/// needed, only from plausible data files, without raw control characters, and once.
@Suite(.serialized)
struct UntrustedDataTests {
    static func folder(data: String, source: String) throws -> String {
        let folder = NSTemporaryDirectory() + "indc-untrusted-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try data.write(toFile: "\(folder)/d.csv", atomically: true, encoding: .utf8)
        try source.write(toFile: "\(folder)/p.ind", atomically: true, encoding: .utf8)
        return folder
    }

    /// A dataset over `d.csv` with `columns`, and an indicator grouping by `group` (so its values are read).
    static func project(_ columns: String, skip: Bool = false, group: String? = nil) -> String {
        "dataset d {\n  file \"d.csv\"\n  minimum n 0\n\(skip ? "  on error skip\n" : "")\(columns)}\n"
            + "indicator i {\n  title \"t\"\n  source d\n\(group.map { "  group by \($0)\n" } ?? "")  measure count()\n}\n"
    }

    @Test("item 10: check does not print the first line of a file that is not plausibly the dataset's data", arguments: ["text", "json", "sarif"])
    func secretFirstLine(_ format: String) throws {
        let folder = try Self.folder(data: "root:SECRET-HASH:19000:0:99999:7:::\nx\n", source: Self.project("  column jaar: integer\n  column naam: text\n"))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = TestSupport.run(["check", "\(folder)/p.ind", "--format", format])
        #expect(result.status == 1 && result.stdout.contains("E0401"))
        #expect(!(result.stdout + result.stderr).contains("SECRET") && !(result.stdout + result.stderr).contains("root"), "\(result.stdout)")
    }

    @Test("item 10: a plausible data file's header is quoted, each name cut to 40 characters; a value to 60 in messages, to 100 in the rejected rows")
    func quotedAsFarAsNeeded() throws {
        let long = String(repeating: "k", count: 300)
        let folder = try Self.folder(data: "jaar,\(long)\n2024,x\nnul,y\n\(long),z\n",
                                     source: Self.project("  column jaar: integer\n  column naam: text\n", skip: true))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let check = TestSupport.run(["check", "\(folder)/p.ind"])
        #expect(check.stdout.contains("`jaar`, `\(String(repeating: "k", count: 39))…`") && !check.stdout.contains(String(repeating: "k", count: 41)), "\(check.stdout)")
        try (Self.project("  column jaar: integer\n", skip: true, group: "jaar")).write(toFile: "\(folder)/p.ind", atomically: true, encoding: .utf8)
        let run = TestSupport.run(["run", "\(folder)/p.ind", "--out", "\(folder)/out"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("\"\(String(repeating: "k", count: 57))…\"") && !run.stderr.contains(String(repeating: "k", count: 58)), "\(run.stderr)")
        let rejected = try String(contentsOfFile: "\(folder)/out/d.rejected.csv", encoding: .utf8)
        #expect(rejected.contains("\(String(repeating: "k", count: 99))…,") && !rejected.contains(String(repeating: "k", count: 100)), "\(rejected)")
    }

    @Test("item 11: ESC, BEL and other control characters from data and .ind files are escaped in messages")
    func controlCharacters() throws {
        let folder = try Self.folder(data: "jaar\n20\u{1B}[31m24\u{07}\n", source: Self.project("  column `ja\u{1B}]0;pwned\u{07}ar`: integer\n"))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for format in ["text", "short"] {
            let check = TestSupport.run(["check", "\(folder)/p.ind", "--format", format])
            #expect(check.stdout.contains("ja\\x1B]0;pwned\\x07ar") && !check.stdout.contains("\u{1B}") && !check.stdout.contains("\u{07}"), "\(check.stdout)")
        }
        try Self.project("  column jaar: integer\n", group: "jaar").write(toFile: "\(folder)/p.ind", atomically: true, encoding: .utf8)
        let run = TestSupport.run(["run", "\(folder)/p.ind", "--out", "\(folder)/out"])
        #expect(run.status == 1 && run.stderr.contains("20\\x1B[31m24\\x07"), "\(run.stderr)")
        #expect(!run.stderr.contains("\u{1B}") && !run.stderr.contains("\u{07}"))
    }

    @Test("item 12: a quote error is printed once")
    func quoteErrorOnce() throws {
        let folder = try Self.folder(data: "jaar,naam\n2024,\"a\n2024,b\n", source: Self.project("  column jaar: integer\n  column naam: text\n"))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = TestSupport.run(["run", "\(folder)/p.ind", "--out", "\(folder)/out"])
        #expect(run.status == 1)
        #expect(run.stderr.components(separatedBy: "quote is not closed").count == 2, "\(run.stderr)")
    }
}
