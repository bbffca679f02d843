import Foundation
import Testing

/// Yearly deliveries (issue 21, item 7): `file "data/z_*.csv"` and `--data z=GLOB` read the matching
/// files in name order as one dataset; every file must have the first one's header (an error naming
/// the file), and data errors name their file. Expected values are summed by hand.
struct DataFilePatternTests {
    static let dataset = "dataset z {\n  file \"data/z_*.csv\"\n  delimiter \";\"\n  on error skip\n  column regio: category(\"Noord\", \"Zuid\")\n  column aantal: integer\n}\n"
    static let indicator = "indicator totaal {\n  title \"t\"\n  source z\n  group by regio\n  measure sum(aantal)\n  minimum n 0\n}\n"

    /// A project folder with `z.ind` and the given files under `data/`, removed afterwards.
    static func withProject(_ files: [String: String], _ body: (String) throws -> Void) throws {
        let folder = NSTemporaryDirectory() + "indc-glob-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try (dataset + indicator).write(toFile: folder + "/z.ind", atomically: true, encoding: .utf8)
        for (name, text) in files { try text.write(toFile: "\(folder)/data/\(name)", atomically: true, encoding: .utf8) }
        try body(folder)
    }

    static func values(_ folder: String) throws -> [String: String] {
        let table = try RunCaseTests.table("\(folder)/out/totaal.csv")
        let header = try #require(table.first)
        let group = try #require(header.firstIndex(of: "regio")), value = try #require(header.firstIndex(of: "value"))
        return Dictionary(table.dropFirst().map { ($0[group], $0[value]) }, uniquingKeysWith: { first, _ in first })
    }

    @Test("the matching files are one dataset; a bad value is rejected naming its file and line")
    func yearlyFiles() throws {
        let files = ["z_2021.csv": "regio;aantal\nNoord;7\nZuid;twee\n", "z_2019.csv": "regio;aantal\nNoord;3\nZuid;4\n",
                     "z_2020.csv": "regio;aantal\r\nZuid;5\r\nNoord;1\r\n", "notes.txt": "niet gelezen\n"]
        try Self.withProject(files) { folder in
            #expect(TestSupport.run(["check", folder]).status == 0)
            let run = TestSupport.run(["run", folder, "--out", "\(folder)/out"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.contains("data/z_2021.csv:3: column aantal: \"twee\" is not an integer"), "\(run.stderr)")
            #expect(try Self.values(folder) == ["Noord": "11", "Zuid": "9"])
            let rejected = try String(contentsOfFile: "\(folder)/out/z.rejected.csv", encoding: .utf8)
            #expect(rejected.hasPrefix("file,line,column,value,reason\n") && rejected.contains("z_2021.csv,3,aantal,twee,"), "\(rejected)")
        }
    }

    @Test("a file with another header is an error naming it, in check and in run with --data")
    func differentHeader() throws {
        let files = ["z_2019.csv": "regio;aantal\nNoord;3\n", "z_2020.csv": "regio;totaal\nNoord;5\n"]
        try Self.withProject(files) { folder in
            let check = TestSupport.run(["check", folder])
            #expect(check.status == 1)
            #expect(check.stdout.contains("data/z_2020.csv has another header than"), "\(check.stdout)")
            try FileManager.default.createDirectory(atPath: folder + "/other", withIntermediateDirectories: true)
            try "regio;aantal\nNoord;3\n".write(toFile: folder + "/other/y_1.csv", atomically: true, encoding: .utf8)
            try "regio;aantal;extra\nNoord;3;1\n".write(toFile: folder + "/other/y_2.csv", atomically: true, encoding: .utf8)
            try "regio;aantal\nNoord;3\n".write(toFile: folder + "/data/z_2020.csv", atomically: true, encoding: .utf8)
            let run = TestSupport.run(["run", folder, "--data", "z=\(folder)/other/y_*.csv", "--out", "\(folder)/out"])
            #expect(run.status == 1)
            #expect(run.stderr.contains("other/y_2.csv:1: its header differs from that of"), "\(run.stderr)")
            #expect(run.stderr.contains("it has 3 columns, not 2"), "\(run.stderr)")
        }
    }

    @Test("--data takes a pattern; one that matches nothing is a usage error")
    func dataOption() throws {
        try Self.withProject(["z_2019.csv": "regio;aantal\nNoord;3\nZuid;4\n"]) { folder in
            try FileManager.default.createDirectory(atPath: folder + "/new", withIntermediateDirectories: true)
            try "regio;aantal\nNoord;10\n".write(toFile: folder + "/new/a_1.csv", atomically: true, encoding: .utf8)
            try "regio;aantal\nNoord;20\nZuid;1\n".write(toFile: folder + "/new/a_2.csv", atomically: true, encoding: .utf8)
            let run = TestSupport.run(["run", folder, "--data", "z=\(folder)/new/a_*.csv", "--out", "\(folder)/out"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try Self.values(folder) == ["Noord": "30", "Zuid": "1"])
            let none = TestSupport.run(["run", folder, "--data", "z=\(folder)/new/b_*.csv", "--out", "\(folder)/out2"])
            #expect(none.status == 2)
            #expect(none.stderr.contains("no file matches"), "\(none.stderr)")
        }
    }
}
