import Foundation
@testable import IndcCLI
@testable import IndcSQL
import Testing

/// Text from a `.ind` file reaches SQL and the engines' clients only as a quoted literal, a quoted name
/// or an escaped comment (issue 13, item 1); queries read fields as `indc run` does (item 7). The same
/// inputs through the real clients: Tests/Differential/sql_safety.py.
struct SQLSafetyTests {
    /// `indc sql` on a one-indicator project whose title and data file name are given.
    static func compile(title: String, file: String = "d.csv", _ arguments: [String] = []) throws -> (status: Int32, stdout: String, stderr: String) {
        let folder = NSTemporaryDirectory() + "indc-sql-safety-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "x\n1\n".write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
        let source = "dataset d {\n  file \"\(file.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n"))\"\n  minimum n 0\n  column x: number\n}\n"
            + "indicator aantal {\n  title \"\(title)\"\n  source d\n  measure sum(x)\n}\n"
        try source.write(toFile: folder + "/p.ind", atomically: true, encoding: .utf8)
        return TestSupport.run(["sql", folder] + arguments)
    }

    @Test("a line break in a title cannot end the comment: every line before WITH is one escaped comment", arguments: SQLDialect.allCases)
    func sqlTitleLineBreakCannotEndComment(_ dialect: SQLDialect) throws {
        let result = try Self.compile(title: "Aantal\\n.shell touch X\\n\\\\! touch Y\\nDROP TABLE victim;", ["--dialect", dialect.rawValue])
        #expect(result.status == 0, "\(result.stderr)")
        let header = result.stdout.components(separatedBy: "\nWITH\n")[0].split(separator: "\n", omittingEmptySubsequences: false)
        #expect(header == ["-- indicator: aantal", "-- Aantal\\u{A}.shell touch X\\u{A}\\! touch Y\\u{A}DROP TABLE victim;"])
    }

    @Test("comments escape control, format and separator characters, a `${` and a final backslash")
    func sqlCommentEscapes() {
        #expect(SQLDialect.comment("a\r\u{2028}b\u{202E}c") == "-- a\\u{D}\\u{2028}b\\u{202E}c")
        #expect(SQLDialect.comment("${env:HOME} \\") == "-- $\\u{7B}env:HOME} \\u{5C}")
    }

    @Test("Spark substitutes ${…} before parsing: its literals hide the brace, a name holding ${ is refused")
    func sqlSparkVariablesAreNotSubstituted() throws {
        #expect(SQLDialect.spark.string("${env:HOME}") == "'$\\{env:HOME}'")
        #expect(SQLDialect.spark.unsafeText("SELECT `${x}`") != nil)
        #expect(SQLDialect.duckdb.unsafeText("SELECT \"${x}\"") == nil)
    }

    @Test("a NUL character, which clients read as the end of a line, is refused in every dialect")
    func sqlNulCharacterRefused() {
        for dialect in SQLDialect.allCases {
            #expect(dialect.unsafeText("SELECT 'a\u{0}'")?.contains("NUL") == true)
        }
    }

    @Test("a data file path with a line break is refused for psql's \\copy, which reads to the end of the line")
    func sqlDDLPathLineBreakCannotRunCommand() throws {
        let result = try Self.compile(title: "t", file: "d\n\\! touch Y\n.csv", ["--ddl", "--dialect", "postgres"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("dataset d: its file path holds a line break"), "\(result.stderr)")
        #expect(!result.stdout.contains("\\!"))
        let duckdb = try Self.compile(title: "t", file: "d\n.shell x.csv", ["--ddl"])
        #expect(duckdb.stdout.contains("-- dataset d: ") && duckdb.stdout.contains("\\u{A}.shell x.csv"))
    }

    @Test("a path with *, ? or [ is a pattern to indc run: indc sql refuses its queries; Spark's --ddl gets backslashes")
    func sqlDuckDBPathGlobIsLiteral() throws {
        let result = try Self.compile(title: "t", file: "a[1]*?.csv")
        #expect(result.status == 1 && result.stderr.contains("glob pattern") && !result.stdout.contains("SELECT"), "\(result.stderr)")
        let spark = try Self.compile(title: "t", file: "a[1]*?{x}.csv", ["--ddl", "--dialect", "spark"])
        #expect(spark.stdout.contains("/a\\\\[1\\\\]\\\\*\\\\?\\\\{x\\\\}.csv'"), "\(spark.stdout)")
    }

    @Test("--connection is one argument, never a client option; the duckdb shell writes missing values empty")
    func sqlConnectionIsNotAClientOption() {
        #expect(SQLClient.duckdb("-unsigned").arguments.last == "./-unsigned")
        #expect(SQLClient.duckdb(nil).arguments.last == ":memory:")
        #expect(SQLClient.postgres("-h evil").arguments.last == "--dbname=-h evil")
        let shell = SQLClient.duckdb("db.duckdb").arguments
        #expect(shell.contains("-no-init"))
        #expect(shell.firstIndex(of: "-nullvalue").map { shell[$0 + 1] } == "")
    }

    @Test("--table takes a table name, plain or quoted parts between dots, never SQL", arguments: [
        ("warehouse.uitkeringen", 0), ("\"My Schema\".\"t\"\"x\"", 0), ("t; DROP TABLE x", 2), ("t --", 2), ("a..b", 2), ("\"a\nb\"", 2),
    ])
    func sqlTableOptionIsATableName(_ table: String, _ status: Int32) {
        let result = TestSupport.run(["sql", "Tests/Cases/run/delimiter-semicolon", "--table", "uitkeringen=\(table)"])
        #expect(result.status == status, "\(result.stderr)")
    }

    @Test("a year-0 date literal, which only DuckDB holds, stops the query in the other dialects")
    func sqlYearZeroDateRefused() {
        #expect(SQLDialect.duckdb.date("0000-01-01") == "DATE '0000-01-01'")
        #expect(SQLDialect.postgres.date("0000-01-01") == "CAST(indc_data_error('the date 0000-01-01 is in year 0, which postgres cannot hold; "
            + "compute it with indc run') AS DATE)")
        #expect(SQLDialect.postgres.date("0001-01-01") == "DATE '0001-01-01'")
    }

    @Test("a query that uses no column (bare count()) selects one constant per row, never an empty list")
    func sqlBareCountCompilesAndRuns() throws {
        for arguments in [[], ["--ddl"], ["--dialect", "postgres", "--table", "d=t"]] {
            let folder = NSTemporaryDirectory() + "indc-sql-count-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            try "id\n1\n".write(toFile: folder + "/d.csv", atomically: true, encoding: .utf8)
            try "dataset d {\n  file \"d.csv\"\n  column id: integer\n}\nindicator n {\n  title \"n\"\n  source d\n  measure count()\n}\n"
                .write(toFile: folder + "/p.ind", atomically: true, encoding: .utf8)
            let result = TestSupport.run(["sql", folder] + arguments)
            #expect(result.status == 0)
            #expect(!result.stdout.contains("SELECT  FROM") && !result.stdout.contains("CASE  END"), "\(result.stdout)")
        }
    }
}

/// Files the SQL engines cannot read as `indc run` does are refused per indicator, never read another way.
struct SQLFileRefusalTests {
    @Test("a glob pattern and lines before the header are refused by indc sql",
          arguments: [("d*.csv", ""), ("d.csv", "  header line 2\n")])
    func sqlRefusesFilesItCannotRead(_ file: String, _ clause: String) throws {
        let folder = NSTemporaryDirectory() + "indc-sql-files-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try (clause.isEmpty ? "x\n1\n" : "voorblad\nx\n1\n").write(toFile: folder + "/" + file.replacingOccurrences(of: "*", with: "-2024"), atomically: true, encoding: .utf8)
        let source = "dataset d {\n  file \"\(file)\"\n\(clause)  minimum n 0\n  column x: number\n}\n"
            + "indicator aantal {\n  title \"t\"\n  source d\n  measure sum(x)\n}\n"
        try source.write(toFile: folder + "/p.ind", atomically: true, encoding: .utf8)
        let result = TestSupport.run(["sql", folder])
        #expect(result.status == 1, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stderr.contains("compute it with `indc run`"), "\(result.stderr)")
        #expect(!result.stdout.contains("SELECT"))
    }
}
