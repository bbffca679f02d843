import Foundation
import Testing

/// `indc sql` and `indc run --engine` on the command line: usage errors, refusals, DDL.
struct SQLCommandTests {
    @Test("usage errors name the problem and exit 2", arguments: [
        (["sql", "Indicators", "--dialect", "oracle"], "invalid value 'oracle' for '--dialect'"),
        (["sql", "Indicators", "--table", "onbekend=t"], "unknown dataset 'onbekend' in --table"),
        (["sql", "Indicators", "--table", "declaraties"], "--table needs DATASET=NAME"),
        (["sql", "Indicators", "--indicator", "geen_indicator"], "unknown indicator 'geen_indicator'"),
        (["sql", "Indicators", "--ddl", "--dialect", "trino"], "--ddl is not available for trino"),
        (["run", "Indicators", "--engine", "postgres"], "--engine postgres needs --connection URL"),
        (["run", "Indicators", "--engine", "spark"], "invalid value 'spark' for '--engine'"),
    ])
    func usageErrors(_ arguments: [String], _ message: String) {
        let result = TestSupport.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("an indicator SQL cannot compute exactly is refused on stderr with exit 1; the others are printed")
    func refusal() {
        let result = TestSupport.run(["sql", "Indicators", "--dialect", "postgres"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: indicator inclusie_hybride_zorg_zorggebruikers: `reliability nchs` needs Student-t"))
        #expect(!result.stdout.contains("-- indicator: inclusie_hybride_zorg_zorggebruikers\n"))
        let refused = result.stderr.components(separatedBy: "\n").filter { $0.hasPrefix("error: indicator ") }
        #expect(refused.contains { $0.contains("secondary suppression over all the indicators of its dataset") })
        let printed = Set(result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("-- indicator: ") }.map { $0.dropFirst(14) })
        let names = Set(refused.map { $0.dropFirst(17).prefix { $0 != ":" } })
        #expect(printed.isDisjoint(with: names) && printed.count + names.count == 81)
    }

    @Test("DuckDB reads the CSV file directly unless --table names a table")
    func locations() {
        let direct = TestSupport.run(["sql", "Tests/Cases/run/delimiter-semicolon"])
        #expect(direct.status == 0)
        #expect(direct.stdout.contains("read_csv(") && direct.stdout.contains("delim = ';'"))
        let table = TestSupport.run(["sql", "Tests/Cases/run/delimiter-semicolon", "--table", "uitkeringen=warehouse.uitkeringen"])
        #expect(!table.stdout.contains("read_csv(") && table.stdout.contains("FROM warehouse.uitkeringen"))
    }

    @Test("--ddl for PostgreSQL copies each dataset's file with its delimiter and encoding, then types the columns")
    func ddl() {
        let result = TestSupport.run(["sql", "Tests/Cases/run/encoding-windows1252", "--ddl", "--dialect", "postgres"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("CREATE OR REPLACE FUNCTION indc_data_error"))
        #expect(result.stdout.contains("\\copy \"premie__fields\" FROM '") && result.stdout.contains("ENCODING 'WIN1252'"))
        #expect(result.stdout.contains("CREATE TABLE \"premie\" AS WITH"))
    }
}
