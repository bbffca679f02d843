import Foundation
@testable import IndcOutput
import IndcSemantics
import Testing

/// The presentation formats: rounding by hand, `indc show` goldens at fixed widths, the catalogue,
/// the workbook's zip and sheet names. The workbook's numbers are checked against the machine CSV
/// by independent readers (openpyxl, LibreOffice) in Tests/Presentation/workbook_check.py, run by CI.
struct PresentationTests {
    static let folder = "Tests/Cases/show/panel"

    @Test("values round half away from zero on their decimal digits", arguments: [
        (0.125, 0, 2, "0.13"), (2.675, 0, 2, "2.68"), (0.0285, 2, 1, "2.9"), (0.5, 0, 0, "1"), (-0.5, 0, 0, "-1"),
        (1.005, 0, 2, "1.01"), (0.9996, 2, 1, "100.0"), (99.95, 0, 1, "100.0"), (7.6875, 0, 1, "7.7"), (1234, 0, 0, "1234"),
        (-0.0004, 2, 1, "-0.0"), (1e-7, 0, 3, "0.000"), (0.637, 2, 1, "63.7"), (12.25, 0, 1, "12.3"),
    ])
    func rounding(_ value: Double, _ shift: Int, _ decimals: Int, _ expected: String) {
        #expect(PresentedNumber.text(value, shift: shift, decimals: decimals) == expected)
    }

    @Test("an indicator's display settings win over its dataset's, whose form applies only where it is meant to")
    func presentationMerge() {
        let dataset = Presentation(form: .number, decimals: 2, missingLabel: "onbekend", labels: ["x": ["1": "een", "2": "twee"]])
        let share = Presentation(labels: ["x": ["2": "TWEE"]]).over(dataset, unit: .percent)
        #expect(share.form(for: .percent) == .percent && share.decimals(for: .percent) == 1)
        #expect(share.missingLabel == "onbekend" && share.labels["x"] == ["2": "TWEE"])
        let mean = Presentation(decimals: nil).over(dataset, unit: .score)
        #expect(mean.form(for: .score) == .number && mean.decimals(for: .score) == 2)
        #expect(Presentation().decimals(for: .count) == 0 && Presentation(form: .proportion).decimals(for: .percent) == 3)
    }

    @Test("show: one aligned table per indicator at a fixed width, in Dutch and English", arguments: [
        (80, "nl"), (120, "nl"), (120, "en"),
    ])
    func showGolden(_ width: Int, _ language: String) throws {
        let result = TestSupport.run(["show", Self.folder, "--width", String(width), "--lang", language, "--color", "never", "--results", "/nonexistent"])
        #expect(result.status == 0, "\(result.stderr)")
        try TestSupport.expectMatches(result.stdout, expectedPath: "\(Self.folder).\(language)-\(width).expected")
        #expect(!result.stdout.contains("\u{1B}["))
        for line in result.stdout.split(separator: "\n") { #expect(line.count <= width, "\(line)") }
    }

    @Test("show reads the last run's results when they are current, and colours only when asked")
    func showReadsLastRun() throws {
        let out = NSTemporaryDirectory() + "indc-show-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(TestSupport.run(["run", Self.folder, "--out", out]).status == 0)
        let read = TestSupport.run(["show", Self.folder, "--width", "120", "--color", "never", "--results", out])
        let computed = TestSupport.run(["show", Self.folder, "--width", "120", "--color", "never", "--results", "/nonexistent"])
        #expect(!read.stderr.contains("computed") && computed.stderr.contains("computed 3 indicators"))
        #expect(read.stdout == computed.stdout)
        let colored = TestSupport.run(["show", Self.folder, "--color", "always", "--results", out, "--indicator", "portaal"])
        #expect(colored.stdout.contains("\u{1B}[1mportaal\u{1B}[0m") && colored.stdout.contains("\u{1B}[32mgehaald\u{1B}[0m"))
        #expect(TestSupport.run(["show", Self.folder, "--width", "5"]).status == 2)
    }

    @Test("describe lists every shipped indicator once, in Markdown and HTML")
    func catalogue() {
        let names = TestSupport.files(under: "Indicators", withExtension: ".ind").flatMap { path in
            (TestSupport.read(path) ?? "").split(separator: "\n").filter { $0.hasPrefix("indicator ") }
                .map { String($0.dropFirst("indicator ".count).split(separator: " ")[0]) }
        }
        #expect(names.count == 81)
        let markdown = TestSupport.run(["describe", "Indicators"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.components(separatedBy: "\n### ").count - 1 == names.count)
        let html = TestSupport.run(["describe", "Indicators", "--format", "html", "--lang", "en"]).stdout
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<html lang=\"en\">"))
        for name in names {
            #expect(markdown.stdout.components(separatedBy: "\n`\(name)`\n").count == 2, "\(name)")
            #expect(html.contains("<article id=\"\(name)\">"), "\(name)")
        }
        #expect(markdown.stdout.contains("| Populatie | Records uit declaraties waarvoor sector is \"MSZ\" en prestatie is \"herhaalconsult\" |"))
    }

    @Test("the zip's CRC-32 is the standard one, and sheet names are unique within 31 characters")
    func workbookParts() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        let long = String(repeating: "a", count: 40)
        let names = Worksheet.names([long, long, "Toelichting", "x/y", long.uppercased()], reserved: ["Toelichting"])
        #expect(names == [String(repeating: "a", count: 31), String(repeating: "a", count: 29) + "~2", "Toelichting~2", "x_y",
                          String(repeating: "A", count: 29) + "~3"])
        #expect(Worksheet.column(0) == "A" && Worksheet.column(25) == "Z" && Worksheet.column(26) == "AA" && Worksheet.column(701) == "ZZ")
        #expect(TerminalTable.printable("a\u{1B}[31mb\u{9B}") == "a\u{FFFD}[31mb\u{FFFD}")
        #expect(XML.escape("a<b & \"c\"\u{1}") == "a&lt;b &amp; &quot;c&quot;")
    }

    @Test("csv-nl: range labels get an en dash, missing values their label, totals a word")
    func dutchCSV() throws {
        let out = NSTemporaryDirectory() + "indc-nl-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(TestSupport.run(["run", Self.folder, "--out", out, "--format", "csv-nl"]).status == 0)
        let text = String(decoding: try #require(FileManager.default.contents(atPath: "\(out)/portaal.csv")).dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("jaar;uitsplitsing;groep;waarde;ondergrens;bovengrens;n;vorige;verandering (procentpunt);significant;doel;doel gehaald;doelstatus"))
        #expect(text.contains(";leeftijdsgroep;1\u{2013}4;") && text.contains(";opleiding;niet bekend;") && text.contains("2023;totaal;totaal;"))
        #expect(text.contains(";afgeschermd;") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }
}
