import Foundation
import Testing

/// `indc infer` on the byte fixtures in `Tests/Cases/infer/`: the printed block has the clauses written
/// here by hand from each fixture, `indc check` accepts it, and `indc run` of one indicator over it gives
/// the values computed by hand.
struct InferTests {
    static let folder = "Tests/Cases/infer"

    /// One fixture: the lines the block must have, and an indicator with its hand-computed values per group.
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        var options: [String] = []
        /// Lines of the output, without their indentation.
        let lines: [String]
        /// Lines the output must not have (reading clauses that are the default).
        var absent: [String] = []
        /// The grouping column and the measure of the indicator run over the block.
        let groupBy: String
        var measure = "count()"
        /// The value of each group (the group's text as in the result file).
        let values: [String: Double]

        var testDescription: String { file + (options.isEmpty ? "" : " " + options.joined(separator: " ")) }
    }

    static let cases: [Case] = [
        Case(file: "thousands-nl.csv",
             lines: [#"delimiter ";""#, #"decimal ",""#, "column inkomen: text", "column gewicht: number",
                     #"# values such as "1.250" look like numbers with thousands separators, which indc does not read: export the column without them"#],
             groupBy: "regio", measure: "sum(gewicht)", values: ["Noord": 2.9, "Zuid": 2.1]),
        Case(file: "excel-nl.csv",
             lines: [#"delimiter ";""#, #"decimal ",""#, #"encoding "windows-1252""#, #"column regio: category("Noord", "Oost", "Zuid")"#,
                     "column jaar: integer", "column kosten: number", "column aantal: integer",
                     #"column omschrijving: category("Consult €", "Coördinatie", "Patiënt ë", "Ziekenhuisopname")"#,
                     "# decimal \",\": numbers such as 12,5 in kosten"],
             groupBy: "omschrijving", measure: "sum(kosten)",
             values: ["Consult €": 13.25, "Coördinatie": 108, "Patiënt ë": 3.5, "Ziekenhuisopname": 7.25]),
        Case(file: "tab.csv",
             lines: [#"delimiter "tab""#, #"column beroep: category("doktersassistent", "huisarts", "praktijkondersteuner")"#,
                     "column leeftijd: integer", "column gewicht: number",
                     "# looks like a survey weight: add `weight gewicht` to the dataset if it is one"],
             absent: [#"decimal ",""#, #"encoding "windows-1252""#],
             groupBy: "beroep", values: ["doktersassistent": 1, "huisarts": 3, "praktijkondersteuner": 1]),
        Case(file: "bom-crlf.csv",
             lines: ["column naam: text", #"column woonplaats: category("Épinal", "Zoëlen")"#, "column score: integer",
                     #"# encoding "utf-8": every byte is valid UTF-8 (with a byte order mark); characters beyond ASCII: ë É"#,
                     "# line ends CRLF; no quoted fields in the sample"],
             absent: [#"encoding "windows-1252""#, #"delimiter ";""#],
             groupBy: "woonplaats", values: ["Épinal": 1, "Zoëlen": 3]),
        Case(file: "quoted-newlines.csv",
             lines: [#"column groep: category("C\\D", "Groep\nB", "Groep \"A\"")"#, "# every value is different: text", "column opmerking: text",
                     "# line ends LF; 9 quoted fields in the sample; 3 rows span several lines (line breaks inside quotes)"],
             groupBy: "groep", values: [#"C\D"#: 1, "Groep\nB": 2, #"Groep "A""#: 3]),
        Case(file: "latin1.csv",
             lines: [#"encoding "windows-1252""#, #"column naam: category("Åsa", "Café Zoë", "Müller")"#,
                     #"column plaats: category("Den Haag", "Utrecht")"#],
             groupBy: "naam", values: ["Åsa": 1, "Café Zoë": 2, "Müller": 1]),
        Case(file: "score-99.csv",
             lines: ["# 99 looks like a missing code (2 rows; the other values are 0 to 10): add missing(99)", "column score: integer",
                     #"# "NA" (2 rows) is not an integer: declared missing"#, #"column leeftijd: integer missing("NA")"#,
                     #"# "weet niet" (2 rows) looks like a missing code: remove the level and add missing("weet niet")"#,
                     #"column tevredenheid: category("ontevreden", "tevreden", "weet niet")"#, #"column panel: category("A", "B")"#],
             groupBy: "panel", measure: "mean(leeftijd)", values: ["A": 48, "B": 40.75]),
        Case(file: "booleans.csv",
             lines: ["column portaal: boolean", "column email: boolean", "# only 0 and 1: declare it boolean if it means no/yes",
                     "column roker: integer"],
             groupBy: "portaal", values: ["true": 2, "false": 2, "": 1]),
        Case(file: "dates.csv",
             lines: ["column meetdatum: date", #"# dates such as "15-03-1980" are read as dates only when written yyyy-mm-dd: text"#,
                     "column geboortedatum: text", #"column soort: category("a", "b")"#],
             groupBy: "soort", measure: "count(where meetdatum is not missing)", values: ["a": 2, "b": 1]),
        Case(file: "pipe.csv",
             lines: [#"delimiter "|""#, #"column code: category("A01", "B02", "C03")"#,
                     #"column omschrijving: category("Apotheek", "Fysio", "Huisarts")"#, "column bedrag: number"],
             absent: [#"decimal ",""#],
             groupBy: "code", measure: "sum(bedrag)", values: ["A01": 19.75, "B02": 30, "C03": 3]),
        Case(file: "header-names.csv",
             lines: ["column `leeftijd (jaren)`: integer", "# source is a keyword of the language, so the name is written in backticks",
                     #"column `source`: category("enquete", "register")"#, #"column `Regio Naam`: category("Noord", "Zuid")"#,
                     "# column 4 has no name in the header, so it cannot be declared: name it in the file (column_4) to use it",
                     "column jaar: integer",
                     #"# column 6 repeats the name "jaar" of column 5, and indc reads the first: rename it in the file (jaar_2) to use it"#],
             groupBy: "`source`", values: ["enquete": 2, "register": 1]),
        Case(file: "integer-decimal.csv", lines: ["column id: integer", "column aantal: number", "# read all 5 rows; the types fit every value"],
             groupBy: "groep", measure: "sum(aantal)", values: ["a": 8, "b": 7.5]),
        Case(file: "integer-decimal.csv", options: ["--sample", "2"],
             lines: [#"# the first 2 rows fit integer, but line 4 has "5.5""#, "column aantal: number",
                     "# read all 5 rows; the delimiter and first guesses come from the first 2, the types fit every value"],
             groupBy: "groep", measure: "sum(aantal)", values: ["a": 8, "b": 7.5]),
        Case(file: "blank-first-line.csv", lines: [#"column regio: category("Noord", "Zuid")"#, "column aantal: integer"],
             absent: ["header line 2"], groupBy: "regio", measure: "sum(aantal)", values: ["Noord": 5, "Zuid": 5]),
        Case(file: "preamble.csv",
             lines: [#"delimiter ";""#, "header line 5", "column jaar: integer",
                     "# the header is on line 5: the lines before it are not the table (a title, notes), so `header line 5` skips them"],
             groupBy: "regio", measure: "sum(aantal)", values: ["Noord": 9, "Zuid": 6]),
        Case(file: "empty-rows.csv",
             lines: ["# 3 rows have only empty fields (such as ;;;;): skipped like blank lines", "column gewicht: number",
                     "# read all 3 rows; the types fit every value"],
             groupBy: "regio", measure: "sum(gewicht)", values: ["Noord": 2.5, "Zuid": 0.5]),
        Case(file: "amounts.csv",
             lines: [#"# values such as "1.250,00" are amounts with a currency sign or thousands separators, which indc does not read as numbers "#
                        + "(declaring them missing would drop real amounts): export the column as plain numbers (1250,00), then declare it number",
                     #"# values such as "€ 12,50" are amounts with a currency sign or thousands separators, which indc does not read as numbers "#
                        + "(declaring them missing would drop real amounts): export the column as plain numbers (12,50), then declare it number",
                     #"# "Laag", " laag", "laag" differ only in case or spaces: if they mean the same, fix the file or recode them into one level"#],
             groupBy: "soort", values: ["a": 3, "b": 1]),
        Case(file: "many-levels.csv",
             lines: ["# more than 30 different values (from line 32): text", "column gemeente: text",
                     #"column provincie: category("Drenthe", "Gelderland", "Utrecht")"#],
             groupBy: "provincie", values: ["Drenthe": 13, "Gelderland": 14, "Utrecht": 13]),
    ]

    @Test("fixture: the block has the expected clauses, checks clean and runs", arguments: cases)
    func fixture(_ fixture: Case) throws {
        let data = "\(TestSupport.root)/\(Self.folder)/\(fixture.file)"
        let result = TestSupport.run(["infer", data] + fixture.options)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        for line in fixture.lines {
            #expect(lines.contains(line), "missing line: \(line)\n\(result.stdout)")
        }
        for line in fixture.absent {
            #expect(!lines.contains(line), "unexpected line: \(line)")
        }
        #expect(lines.contains("file \"\(data)\""))
        #expect(lines.filter { $0 == "}" }.count == 1 && result.stdout.hasSuffix("}\n"))
        let name = try #require(lines.first { $0.hasPrefix("dataset ") }?.dropFirst("dataset ".count).dropLast(2))
        try Self.checkAndRun(block: result.stdout, dataset: String(name), fixture)
    }

    @Test("the file clause repeats a relative path as given, and the name comes from the file name or --name")
    func relativePath() {
        let result = TestSupport.run(["infer", "\(Self.folder)/tab.csv"])
        #expect(result.stdout.contains("dataset tab {\n  file \"Tests/Cases/infer/tab.csv\"\n  delimiter \"tab\"\n\n  column id: integer\n"))
        #expect(result.stdout.contains("save this block in the current folder, or next to the data with file \"tab.csv\"."))
        #expect(TestSupport.run(["infer", "\(Self.folder)/tab.csv", "--name", "beroepen"]).stdout.contains("\ndataset beroepen {\n"))
        #expect(TestSupport.run(["infer", "\(Self.folder)/tab.csv", "--name", "mijn data"]).stdout.contains("\ndataset `mijn data` {\n"))
    }

    @Test("a category of 30 long levels is broken between levels and still checks")
    func longCategory() throws {
        let levels = (1...30).map { "Gemeente nummer \($0)" }
        let path = try Errors.temporaryFile(Array(("gemeente\n" + (levels + levels).map { $0 + "\n" }.joined()).utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = TestSupport.run(["infer", path])
        let clause = result.stdout.split(separator: "\n").drop { !$0.hasPrefix("  column gemeente: category(") }.prefix { $0 != "}" }
        #expect(clause.count > 1 && clause.allSatisfy { $0.count <= 100 }, "\(clause)")
        let text = clause.joined(separator: "\n")
        let nine = try #require(text.range(of: #""Gemeente nummer 9""#)), ten = try #require(text.range(of: #""Gemeente nummer 10""#))
        #expect(nine.lowerBound < ten.lowerBound)
        let project = path + ".ind"
        defer { try? FileManager.default.removeItem(atPath: project) }
        try result.stdout.write(toFile: project, atomically: true, encoding: .utf8)
        #expect(TestSupport.run(["check", project]).status == 0)
    }

    @Test("a header with a line break cannot be declared, and the comments naming it stay one line")
    func headerWithLineBreak() throws {
        let path = try Errors.temporaryFile(Array("id;\"bedrag\n(euro)\"\n1;2,5\n2;3,5\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = TestSupport.run(["infer", path])
        #expect(result.stdout.contains("\n# decimal \",\": numbers such as 12,5 in bedrag\\n(euro)\n"))
        #expect(result.stdout.contains(#"  # column 2 is named "bedrag\n(euro)", which cannot be written in a .ind file: rename it in the file to use it"#))
        let project = path + ".ind"
        defer { try? FileManager.default.removeItem(atPath: project) }
        try result.stdout.write(toFile: project, atomically: true, encoding: .utf8)
        #expect(TestSupport.run(["check", project]).status == 0)
    }

    /// Saves the block with one indicator in a temporary project, checks it (exit 0) and runs it.
    static func checkAndRun(block: String, dataset: String, _ fixture: Case) throws {
        let project = NSTemporaryDirectory() + "indc-infer-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: project) }
        try FileManager.default.createDirectory(atPath: project, withIntermediateDirectories: true)
        try (block + """

        indicator per_group {
          title "Per group"
          source \(dataset)
          group by \(fixture.groupBy)
          measure \(fixture.measure)
          minimum n 0
        }
        """).write(toFile: "\(project)/infer.ind", atomically: true, encoding: .utf8)
        let check = TestSupport.run(["check", project])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(!check.stdout.contains("error["), "\(check.stdout)")
        let run = TestSupport.run(["run", project, "--out", "\(project)/results"])
        #expect(run.status == 0, "\(run.stderr)")
        let table = try RunCaseTests.table("\(project)/results/per_group.csv")
        let header = try #require(table.first)
        let group = try #require(header.firstIndex(of: fixture.groupBy.trimmingCharacters(in: CharacterSet(charactersIn: "`"))))
        let value = try #require(header.firstIndex(of: "value"))
        let values = Dictionary(table.dropFirst().map { ($0[group], Double($0[value]) ?? .nan) }, uniquingKeysWith: { first, _ in first })
        #expect(values.keys.sorted() == fixture.values.keys.sorted(), "groups \(values)")
        for (key, expected) in fixture.values {
            #expect(abs((values[key] ?? .nan) - expected) <= 1e-9 * max(1, abs(expected)), "\(key): \(values[key] ?? .nan), expected \(expected)")
        }
    }
}
