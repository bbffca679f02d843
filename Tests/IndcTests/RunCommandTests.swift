import Foundation
import IndcOutput
import Testing

/// `indc run` end to end: the shipped indicators, seed 001's Table 1, the output formats and safety.
struct RunCommandTests {
    /// A fresh project in a temporary folder: one dataset `panel` and two indicators.
    static func project(csv: String) throws -> String {
        let folder = NSTemporaryDirectory() + "indc-run-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try """
        dataset panel {
          file "panel.csv"
          column jaar: integer
          column score: number
          column gebruik: category("ja", "nee") missing("weet niet")
        }
        indicator gebruik_share {
          title "Gebruik"
          source panel
          group by jaar
          measure share(gebruik = "ja")
          minimum n 2
        }
        indicator score_mean {
          title "Score"
          source panel
          measure mean(score)
          minimum n 0
        }
        """.write(toFile: "\(folder)/panel.ind", atomically: true, encoding: .utf8)
        try csv.write(toFile: "\(folder)/panel.csv", atomically: true, encoding: .utf8)
        return folder
    }

    static let goodCSV = "jaar,score,gebruik\n2023,7.5,ja\n2023,6,nee\n2023,8,weet niet\n2024,9.25,ja\n2024,,ja\n"

    @Test("seed 001 Table 1: telemonitoring in GP practices rounds to the published percentages")
    func tableOne() throws {
        let out = NSTemporaryDirectory() + "indc-table1-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = TestSupport.run(["run", "Indicators", "--indicator", "telemonitoring_frequentie_huisartsenpraktijk", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try RunCaseTests.table("\(out)/telemonitoring_frequentie_huisartsenpraktijk.csv")
        let header = rows[0]
        let (year, value, n) = (header.firstIndex(of: "jaar")!, header.firstIndex(of: "value")!, header.firstIndex(of: "n")!)
        for (jaar, total, percents) in [("2023", "406", [8, 22, 15, 10, 46]), ("2022", "586", [6, 20, 11, 10, 53])] {
            let cells = rows.dropFirst().filter { $0[year] == jaar && $0[header.firstIndex(of: "breakdown")!].isEmpty }
            #expect(cells.map { $0[n] } == Array(repeating: total, count: 5))
            #expect(cells.map { Int((Double($0[value])! * 100).rounded()) } == percents, "year \(jaar)")
        }
    }

    @Test("every shipped indicator runs, and two runs write byte-identical files")
    func shippedIndicatorsDeterministic() throws {
        let first = NSTemporaryDirectory() + "indc-run-a-\(getpid())"
        let second = NSTemporaryDirectory() + "indc-run-b-\(getpid())"
        defer { for folder in [first, second] { try? FileManager.default.removeItem(atPath: folder) } }
        let one = TestSupport.run(["run", "Indicators", "--out", first])
        let two = TestSupport.run(["run", "Indicators", "--out", second])
        #expect(one.status == 0 && two.status == 0, "\(one.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: first).sorted()
        let indicators = TestSupport.files(under: "Indicators", withExtension: ".ind").flatMap { path in
            (TestSupport.read(path) ?? "").split(separator: "\n").filter { $0.hasPrefix("indicator ") }
        }
        #expect(files.count == indicators.count + 2 && files.contains("results.json") && files.contains("disclosure.csv"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: second).sorted() == files)
        for file in files {
            #expect(FileManager.default.contents(atPath: "\(first)/\(file)") == FileManager.default.contents(atPath: "\(second)/\(file)"), "\(file) differs")
        }
    }

    @Test("csv-nl: semicolons, decimal comma and a byte-order mark; json writes results.json and disclosure.csv only")
    func formats() throws {
        let folder = try Self.project(csv: Self.goodCSV)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(TestSupport.run(["run", folder, "--out", "\(folder)/nl", "--format", "csv-nl"]).status == 0)
        let bytes = try #require(FileManager.default.contents(atPath: "\(folder)/nl/score_mean.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("indicator;breakdown;breakdown_value;value;numerator;denominator;n;"))
        #expect(text.contains("score_mean;;;7,6875;;;4;"))
        #expect(TestSupport.run(["run", folder, "--out", "\(folder)/json", "--format", "json"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(folder)/json").sorted() == ["disclosure.csv", "results.json"])
    }

    @Test("a dataset with data errors gets no results, and the earlier results stay as they were")
    func failedRunKeepsEarlierResults() throws {
        let folder = try Self.project(csv: Self.goodCSV)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(TestSupport.run(["run", folder, "--out", "\(folder)/out"]).status == 0)
        let before = FileManager.default.contents(atPath: "\(folder)/out/gebruik_share.csv")
        try "jaar,score,gebruik\n2023,zeven,ja\n2023,6,jaa\n".write(toFile: "\(folder)/bad.csv", atomically: true, encoding: .utf8)
        let result = TestSupport.run(["run", folder, "--out", "\(folder)/out", "--data", "panel=\(folder)/bad.csv"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.csv:2: column score: \"zeven\" is not a number"))
        #expect(result.stderr.contains("bad.csv:3: column gebruik: \"jaa\" is not a level of gebruik (did you mean \"ja\"?)"))
        #expect(FileManager.default.contents(atPath: "\(folder)/out/gebruik_share.csv") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: "\(folder)/out").filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test("usage and I/O errors: unknown indicator or dataset, malformed --data, a data file that does not exist")
    func usageErrors() throws {
        let folder = try Self.project(csv: Self.goodCSV)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = "\(folder)/out"
        let unknown = TestSupport.run(["run", folder, "--out", out, "--indicator", "gebruik_shar"])
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown indicator 'gebruik_shar'; did you mean 'gebruik_share'?"))
        #expect(TestSupport.run(["run", folder, "--out", out, "--data", "panle=x.csv"]).stderr.contains("did you mean 'panel'?"))
        #expect(TestSupport.run(["run", folder, "--out", out, "--data", "panel"]).status == 2)
        let absent = TestSupport.run(["run", folder, "--out", out, "--data", "panel=\(folder)/absent.csv"])
        #expect(absent.status == 2 && absent.stderr == "error: --data panel=\(folder)/absent.csv: no such file\n", "\(absent.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out), "nothing is computed or written")
    }

    @Test("numbers are written in full precision without exponents", arguments: [
        (0.637, "0.637"), (2023, "2023"), (-0.0, "0"), (1e-7, "0.0000001"), (1.5e-7, "0.00000015"), (-2.5e-5, "-0.000025"),
        (1e15, "1000000000000000"), (1.25e20, "125000000000000000000"), (0.1 + 0.2, "0.30000000000000004"), (123456.789, "123456.789"),
    ])
    func plainNumbers(_ value: Double, _ text: String) {
        #expect(PlainNumber.text(value) == text)
        #expect(PlainNumber.text(value, decimalMark: ",") == text.replacingOccurrences(of: ".", with: ","))
    }

    @Test("--out may not be the folder of a dataset's file")
    func outputNotIntoDataFolder() throws {
        let folder = try Self.project(csv: Self.goodCSV)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = TestSupport.run(["run", folder, "--out", folder])
        #expect(result.status == 2 && result.stderr.contains("is the folder of dataset panel's data file"))
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/results.json"))
    }

    @Test("a group by on an identifier stops at the cell limit with a message; the dataset's other indicators are written")
    func cellLimit() throws {
        let folder = NSTemporaryDirectory() + "indc-cells-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try """
        dataset rows {
          file "rows.csv"
          minimum n 0
          column id: integer
        }
        indicator per_id {
          title "Per id"
          source rows
          group by id
          measure count()
        }
        indicator total {
          title "Total"
          source rows
          measure count()
        }
        """.write(toFile: "\(folder)/rows.ind", atomically: true, encoding: .utf8)
        let rows = (1...250_001).map(String.init).joined(separator: "\n")
        try ("id\n" + rows + "\n").write(toFile: "\(folder)/rows.csv", atomically: true, encoding: .utf8)
        let result = TestSupport.run(["run", folder, "--out", "\(folder)/out"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: indicator per_id: more than 250000 result cells (group by id)"))
        #expect(TestSupport.read("\(folder)/out/total.csv")?.contains("total,,,250001,") == true)
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/out/per_id.csv"))
    }
}
