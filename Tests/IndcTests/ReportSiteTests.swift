import Foundation
import IndcDiagnostics
@testable import IndcReport
import Testing

/// The site `indc report` writes, built from the small hand-written results in Tests/Cases/report/small.json:
/// SVG goldens (stability snapshots, reviewed by eye), hostile text, structure and the command line.
struct ReportSiteTests {
    static let casePath = "Tests/Cases/report/small.json"

    static func document() throws -> JSONValue {
        try ResultsDocumentReader.load(path: (TestSupport.root as NSString).appendingPathComponent(casePath)).value
    }

    /// An indicator of the small case, by name.
    static func indicator(_ name: String) -> ReportIndicator {
        let decoded = try? ResultsDocumentReader.decode(document(), path: casePath)
        return decoded!.indicators.first { $0.name == name }!
    }

    /// Every panel's SVG, one golden file per indicator, view and panel: `NAME.VIEW.PANEL.svg`.
    @Test(arguments: ["aandeel_portaal", "consulten", "houding"])
    func chartGoldens(_ name: String) throws {
        let indicator = Self.indicator(name)
        let section = ResultsSection(language: .dutch, indicator: indicator)
        let numbers = DisplayNumber(language: .dutch, unit: indicator.unit)
        for (viewIndex, view) in ChartModel.views(indicator, language: .dutch).enumerated() {
            let renderer = ChartRenderer(kind: view.kind, numbers: numbers,
                                         describe: CellDescription(language: .dutch, numbers: numbers, level: indicator.intervalLevel),
                                         targetLabel: section.targetLabel)
            for (panelIndex, panel) in view.panels.enumerated() {
                let svg = renderer.render(panel, label: panel.label ?? indicator.title).svg
                let path = (TestSupport.root as NSString).appendingPathComponent("Tests/Cases/report/\(name).\(viewIndex).\(panelIndex).svg")
                try TestSupport.expectMatches(svg.replacingOccurrences(of: "><", with: ">\n<") + "\n", expectedPath: path)
            }
        }
    }

    @Test func viewsFollowTheShape() {
        let line = ChartModel.views(Self.indicator("aandeel_portaal"), language: .dutch)
        #expect(line.map(\.kind) == [.line])
        #expect(line[0].panels.map { $0.series.map(\.label) } == [["Noord", "Zuid"]])
        #expect(line[0].panels[0].categories == ["2021", "2022", "2023"])
        let bars = ChartModel.views(Self.indicator("consulten"), language: .dutch)
        #expect(bars.map(\.kind) == [.line, .bars])
        #expect(bars[1].panels[0].series.map(\.label) == ["18-39", "40-64", "65+"])
        #expect(bars[1].panels[0].series[2].cells[1]?.suppressed == "n < 10")
        let stacked = ChartModel.views(Self.indicator("houding"), language: .dutch)
        #expect(stacked.map(\.kind) == [.stacked])
        #expect(stacked[0].panels[0].series.map(\.label) == ["oneens", "neutraal", "eens"])
    }

    @Test func siteHasEveryPageAndNoExternalReference() throws {
        let site = try ReportSite(results: Self.document(), path: Self.casePath, language: .dutch)
        let paths = site.files.map(\.path)
        #expect(paths.contains("index.html") && paths.contains("assets/site.css") && paths.contains("assets/site.js") && paths.contains("data/results.json.gz"))
        for name in ["aandeel_portaal", "consulten", "houding", "kapot"] { #expect(paths.contains("indicator/\(name).html")) }
        #expect(paths.contains("data/consulten.csv") && !paths.contains("data/kapot.csv"))
        let index = try #require(site.files.first { $0.path == "index.html" }).contents
        for name in ["aandeel_portaal", "consulten", "houding", "kapot"] { #expect(index.contains("href=\"indicator/\(name).html\"")) }
        #expect(index.contains("<html lang=\"nl\">"))
        let page = try #require(site.files.first { $0.path == "indicator/aandeel_portaal.html" }).contents
        #expect(page.contains("2023 · Noord: 74,0% (95%-interval 68,0% – 80,0%), n = 140; verandering +8,0 procentpunt, significant gestegen; doel 70%: doel gehaald"))
        #expect(page.contains("te weinig gegevens (n &lt; 30)"))
        for file in site.files { #expect(!file.contents.contains("http://") && !file.contents.contains("https://"), "\(file.path)") }
        let english = try ReportSite(results: Self.document(), path: Self.casePath, language: .english)
        #expect(english.files.first { $0.path == "index.html" }!.contents.contains("<html lang=\"en\">"))
    }

    /// Titles, levels, names and values that try to break out of HTML, attributes, SVG or the script.
    @Test func hostileTextIsEscapedEverywhere() throws {
        let attack = "</title><script>alert(1)</script><img src=x onerror=alert(2)>\"'&<!--]]>"
        var text = try String(contentsOfFile: (TestSupport.root as NSString).appendingPathComponent(Self.casePath), encoding: .utf8)
        let escaped = attack.replacingOccurrences(of: "\"", with: "\\\"")
        for target in ["\"Gebruik portaal\"", "\"Noord\"", "\"Voorbeeld\"", "\"oneens\"", "\"n < 30\"", "\"data/enquete.csv\"", "\"Test\""] {
            text = text.replacingOccurrences(of: target, with: "\"\(escaped)\"")
        }
        text = text.replacingOccurrences(of: "\"consulten\"", with: "\"../../\(escaped)\"")
        let site = try ReportSite(results: JSONReader.read(text), path: "hostile.json", language: .dutch)
        for file in site.files where !file.path.hasSuffix(".gz") && !file.path.hasSuffix(".csv") {
            #expect(!file.contents.contains("<script>alert"), "\(file.path)")
            #expect(!file.contents.contains("<img"), "\(file.path)")
            #expect(!file.contents.contains("<!--"), "\(file.path)")
            #expect(file.contents.components(separatedBy: "<script").count <= 2, "\(file.path)")
            #expect(!file.contents.contains("'&<"), "\(file.path)")
        }
        for file in site.files { #expect(!file.path.contains("..") && !file.path.hasPrefix("/"), "\(file.path)") }
        let page = try #require(site.files.first { $0.path == "indicator/aandeel_portaal.html" }).contents
        #expect(page.contains("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;&lt;!--]]&gt;"))
    }

    /// Numbers no engine writes, but a hostile or corrupt results.json may hold, still give a site.
    @Test func extremeNumbersDrawWithoutCrashing() throws {
        var text = try String(contentsOfFile: (TestSupport.root as NSString).appendingPathComponent(Self.casePath), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"value\": 0.74", with: "\"value\": 1e300")
            .replacingOccurrences(of: "\"ci_low\": 0.68", with: "\"ci_low\": -1.7e308")
            .replacingOccurrences(of: "\"n\": 140", with: "\"n\": 9.9e300")
            .replacingOccurrences(of: "\"value\": 1200", with: "\"value\": -5e-324")
        let site = try ReportSite(results: JSONReader.read(text), path: "extreme.json", language: .dutch)
        let page = try #require(site.files.first { $0.path == "indicator/aandeel_portaal.html" }).contents
        #expect(page.contains("<svg class=\"chart line\""))
        #expect(!page.contains("nan\"") && !page.contains("inf\"") && !page.contains("nan,") && !page.contains("inf,"))
        #expect(LinearScale(covering: [1.7e308, -1.7e308], start: 0, end: 100).ticks.count == 2)
    }

    @Test func brokenResultsAreNamed() {
        #expect(throws: ReportInputError.self) { try ResultsDocumentReader.decode(.array([]), path: "x.json") }
        #expect(throws: ReportInputError.self) { try ResultsDocumentReader.decode(["indicators": .array([["name": .integer(3)]])], path: "x.json") }
        #expect(throws: ReportInputError.self) {
            try ResultsDocumentReader.decode(["indicators": .array([["name": "a", "status": "computed", "columns": .array(["value"]), "rows": .array([["value": .array([])]])]])], path: "x.json")
        }
        do {
            _ = try ResultsDocumentReader.decode(["indicators": .array([["name": "a", "target": ["comparison": "=="]]])], path: "x.json")
            Issue.record("accepted a target comparison ==")
        } catch {
            #expect(error.description == "x.json: indicators[0].target.comparison should be one of >=, >, <=, <")
        }
    }

    @Test func commandWritesAndReplacesOnlyItsOwnSite() throws {
        let folder = NSTemporaryDirectory() + "indc-report-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/site"
        let first = TestSupport.run(["report", Self.casePath, "--out", out, "--lang", "en"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + "/indicator/houding.html"))
        #expect(FileManager.default.fileExists(atPath: out + "/" + SiteFolder.marker))
        let again = TestSupport.run(["report", Self.casePath, "--out", out])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try String(contentsOfFile: out + "/index.html", encoding: .utf8).contains("<html lang=\"nl\">"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["site"])
        let data = folder + "/data"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        try "keep".write(toFile: data + "/zorg.csv", atomically: true, encoding: .utf8)
        let refused = TestSupport.run(["report", Self.casePath, "--out", data])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("did not write"))
        #expect(try String(contentsOfFile: data + "/zorg.csv", encoding: .utf8) == "keep")
        let missing = TestSupport.run(["report", folder + "/nothing.json", "--out", out])
        #expect(missing.status == 2)
    }
}
