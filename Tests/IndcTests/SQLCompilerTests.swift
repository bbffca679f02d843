import Foundation
import IndcPlan
import IndcSemantics
@testable import IndcSQL
import Testing

/// The pieces of the SQL compiler: dialect spelling and row expressions. Whether the queries compute
/// the native results is the differential test's job (Tests/Differential, run by .ci/run on DuckDB and
/// PostgreSQL); these tests pin what each dialect must be told.
struct SQLCompilerTests {
    @Test("identifiers and strings are quoted per dialect; Spark escapes backslashes in literals")
    func quoting() {
        #expect(SQLDialect.postgres.identifier("leeftijd (jaren)\"") == "\"leeftijd (jaren)\"\"\"")
        #expect(SQLDialect.spark.identifier("a`b") == "`a``b`")
        #expect(SQLDialect.duckdb.string("it's") == "'it''s'")
        #expect(SQLDialect.trino.string("a\\b") == "'a\\b'")
        #expect(SQLDialect.spark.string("it's a\\b") == "'it\\'s a\\\\b'")
    }

    @Test("non-integer literals are doubles, not exact decimals, so arithmetic is the engine's")
    func doubles() {
        #expect(SQLDialect.postgres.double(0.1) == "CAST(0.1 AS DOUBLE PRECISION)")
        #expect(SQLDialect.duckdb.double(1000) == "CAST(1000 AS DOUBLE)")
        #expect(SQLDialect.spark.double(1e-7) == "CAST(1e-07 AS DOUBLE)")
    }

    @Test("regular expressions and failures use each dialect's function")
    func dialectFunctions() {
        #expect(SQLDialect.duckdb.matches("x", "[0-9]+") == "regexp_full_match(x, '[0-9]+')")
        #expect(SQLDialect.postgres.matches("x", "[0-9]+") == "(x ~ '^[0-9]+$')")
        #expect(SQLDialect.spark.failure("'m'") == "raise_error('m')")
        #expect(SQLDialect.trino.failure("'m'") == "fail('m')")
        #expect(SQLDialect.postgres.byteOrder("x") == "(x COLLATE \"C\")")
        #expect(SQLDialect.spark.sameValue("a", "b") == "(a <=> b)")
    }

    /// A one-dataset project from source text, planned.
    static func scan(_ source: String) throws -> DatasetScan {
        let folder = NSTemporaryDirectory() + "indc-sql-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try source.write(toFile: folder + "/p.ind", atomically: true, encoding: .utf8)
        let result = try Checker.check(paths: [folder])
        #expect(result.errorCount == 0, "\(result.diagnostics.map(\.message))")
        return try #require(Planner.plan(result.project).scans.first)
    }

    static let project = """
        dataset d {
          file "d.csv"
          column a: integer
          column b: integer
          column dag: date
          derive ratio = a / b
          derive halve = if(a > 1, a, 0.5)
        }
        indicator i {
          title "i"
          source d
          filter dag >= "2024-01-01" and a in (1, 2)
          group by ratio, halve
          measure count()
        }
        """

    @Test("row-level division by zero is NULL and never integer division; a date compared with a string is a date")
    func rowExpressions() throws {
        let scan = try Self.scan(Self.project)
        let row = RowSQL(dataset: scan.dataset, dialect: .postgres)
        #expect(row.compile(scan.derived[0].expression) == "(CAST(\"a\" AS DOUBLE PRECISION) / NULLIF(CAST(\"b\" AS DOUBLE PRECISION), 0))")
        #expect(row.compile(scan.derived[1].expression).contains("THEN CAST(\"a\" AS DOUBLE PRECISION) WHEN NOT"))
        #expect(row.compile(scan.filters[0].condition) == "((\"dag\" >= DATE '2024-01-01') AND (\"a\" IN (1, 2)))")
    }

    @Test("round is half away from zero from the exact fraction, within 1e15")
    func round() {
        let sql = RowSQL.round("x", digits: 1, .duckdb)
        #expect(sql.contains("floor((x * CAST(10 AS DOUBLE)))") && sql.contains(">= 0.5 THEN sign("))
        #expect(RowSQL.round("x", digits: -2, .duckdb).contains("(x / CAST(100 AS DOUBLE))"))
    }

    @Test("every shipped indicator compiles in every dialect; reliability nchs is refused with the reason")
    func shippedIndicators() throws {
        _ = TestSupport.root
        let result = try Checker.check(paths: ["Indicators"])
        let plan = Planner.plan(result.project)
        for dialect in SQLDialect.allCases {
            let compiled = SQLCompiler(dialect: dialect, locations: [:]).compile(plan)
            #expect(compiled.count == result.project.indicators.count)
            for item in compiled {
                if item.indicator.reliability == "nchs" || item.refusal?.contains("secondary suppression") == true {
                    #expect(item.query == nil && item.refusal?.contains("indc run") == true)
                    continue
                }
                let query = try #require(item.query)
                #expect(query.hasPrefix("-- indicator: \(item.indicator.name)\n"))
                #expect(query.contains("ORDER BY") && query.hasSuffix(";\n"))
                #expect(query.contains("GROUPING SETS") == !item.indicator.breakdown.isEmpty)
                #expect(query.contains("intervals come from the native engine") == item.lacksIntervals)
                #expect(!query.contains("percentile") && !query.contains("approx"))
            }
        }
    }
}
