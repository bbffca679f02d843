import Foundation
import Testing

/// Issue 13 item 2: names in `.ind` files never become paths, and two outputs never share a file or a column.
@Suite(.serialized)
struct UntrustedNameTests {
    /// A project folder in the temporary folder: `data.csv` (three rows) and `p.ind` with `declarations`
    /// after a dataset `d` over it.
    static func project(_ declarations: String, dataset: String = "d") throws -> String {
        let folder = NSTemporaryDirectory() + "indc-names-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: "\(folder)/out", withIntermediateDirectories: true)
        try "jaar,n\n2023,1\n2024,2\n2024,x\n".write(toFile: "\(folder)/data.csv", atomically: true, encoding: .utf8)
        let source = "dataset \(dataset) {\n  file \"data.csv\"\n  on error skip\n  column jaar: integer\n  column n: integer\n}\n" + declarations
        try source.write(toFile: "\(folder)/p.ind", atomically: true, encoding: .utf8)
        return folder
    }

    static func indicator(_ name: String, dataset: String = "d", groupBy: String = "jaar") -> String {
        "indicator \(name) {\n  title \"t\"\n  source \(dataset)\n  group by \(groupBy)\n  measure count()\n}\n"
    }

    /// Every file below `folder`, relative to it.
    static func tree(_ folder: String) -> Set<String> {
        Set((FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? [])
    }

    @Test("item 2: a name holding a path, NUL or a control character is a located error and writes nothing",
          arguments: ["`/../data`", "`../../x`", "`a\u{0}/../../.bash_profile`", "`bel\u{7}`", "`con`", "`\(String(repeating: "a", count: 201))`"])
    func pathNames(_ name: String) throws {
        for (declarations, dataset) in [(Self.indicator(name), "d"), (Self.indicator("i", dataset: name), name)] {
            let folder = try Self.project(declarations, dataset: dataset)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let before = Self.tree(folder)
            let result = TestSupport.run(["run", "\(folder)/p.ind", "--out", "\(folder)/out", "--color", "never"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("error[E0211]") && result.stderr.contains("p.ind:"), "\(result.stderr)")
            #expect(Self.tree(folder) == before)
            #expect(try String(contentsOfFile: "\(folder)/data.csv", encoding: .utf8) == "jaar,n\n2023,1\n2024,2\n2024,x\n")
        }
    }

    @Test("item 2: names whose files clash (Abc/abc, NAME.rejected next to dataset NAME) are an error before anything is written",
          arguments: [Self.indicator("Abc") + Self.indicator("abc"), Self.indicator("`d.rejected`")])
    func clashingFileNames(_ declarations: String) throws {
        let folder = try Self.project(declarations)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = TestSupport.run(["run", "\(folder)/p.ind", "--out", "\(folder)/out", "--color", "never"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error[E0212]"), "\(result.stderr)")
        #expect(Self.tree("\(folder)/out").isEmpty)
    }

    @Test("item 2: a group by column named like a result column is an error", arguments: ["value", "n", "note", "se", "indicator"])
    func groupColumnNamedLikeResultColumn(_ column: String) throws {
        let folder = try Self.project(Self.indicator("i", groupBy: "`\(column)`"))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        if column != "n" {
            let source = try String(contentsOfFile: "\(folder)/p.ind", encoding: .utf8)
                .replacingOccurrences(of: "column n: integer\n", with: "column n: integer\n  derive `\(column)` = n\n")
            try source.write(toFile: "\(folder)/p.ind", atomically: true, encoding: .utf8)
        }
        let result = TestSupport.run(["check", "\(folder)/p.ind", "--color", "never"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[E0213]: group by column `\(column)` has the name of a result column"), "\(result.stdout)")
    }
}
