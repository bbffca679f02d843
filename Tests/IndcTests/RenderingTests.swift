import Foundation
@testable import IndcDiagnostics
import Testing

/// Exact output of the diagnostic formats and of the JSON writer.
struct RenderingTests {
    static let gebruik = SourceFile(path: "Indicators/gebruik.ind", text: (["indicator gebruik {"] + (2...11).map { "  # regel \($0)" } + ["  filter beroep = \"Huisarts\"", "}"]).joined(separator: "\n"))
    static let datasets = SourceFile(path: "Indicators/datasets.ind", text: """
        dataset zorg {
          file "zorg.csv"
          column jaar: number
          column regio: text
          column beroep: category("huisarts", "verpleegkundige")
        }
        """)

    /// The span of the `occurrence`-th appearance of `needle` in `file`.
    static func span(_ needle: String, in file: SourceFile, occurrence: Int = 1) -> Span {
        let pattern = Array(needle.utf8)
        let starts = (0...(file.bytes.count - pattern.count)).filter { Array(file.bytes[$0..<$0 + pattern.count]) == pattern }
        return Span(file: file, range: starts[occurrence - 1]..<starts[occurrence - 1] + pattern.count)
    }

    /// The example of the text format: a category value declared in another file.
    static let categoryValue = Diagnostic(
        .unknownCategoryValue, "\"Huisarts\" is not a level of category `beroep`",
        at: Annotation(span("\"Huisarts\"", in: gebruik), "not a level of `beroep`"),
        secondary: [Annotation(span("column", in: datasets, occurrence: 3), "declared here")],
        help: ["did you mean \"huisarts\"?"], notes: ["levels are: \"huisarts\", \"verpleegkundige\""])

    static func render(_ format: DiagnosticFormat, _ diagnostics: [Diagnostic], color: Bool = false) -> String {
        DiagnosticRenderer(format: format, color: color).render(diagnostics)
    }

    @Test func textWithSecondaryInAnotherFile() {
        #expect(Self.render(.text, [Self.categoryValue]) == """
            error[E0302]: "Huisarts" is not a level of category `beroep`
              --> Indicators/gebruik.ind:12:19
               |
            12 |   filter beroep = "Huisarts"
               |                   ^^^^^^^^^^ not a level of `beroep`
               |
              ::: Indicators/datasets.ind:5:3
               |
             5 |   column beroep: category("huisarts", "verpleegkundige")
               |   ------ declared here
               = help: did you mean "huisarts"?
               = note: levels are: "huisarts", "verpleegkundige"

            """)
    }

    @Test func oneLineSpanWithoutLabelAndBlankLineBetweenDiagnostics() {
        let file = SourceFile(path: "a.ind", text: "indicator x {\n  measure count()\n}\n")
        let warning = Diagnostic(.missingTitle, "indicator `x` has no title", at: Annotation(Self.span("x", in: file)))
        let error = Diagnostic(.unknownFunction, "unknown function `count`", at: Annotation(Self.span("count", in: file), "not a function"))
        #expect(Self.render(.text, [warning, error]) == """
            warning[W0101]: indicator `x` has no title
             --> a.ind:1:11
              |
            1 | indicator x {
              |           ^

            error[E0210]: unknown function `count`
             --> a.ind:2:11
              |
            2 |   measure count()
              |           ^^^^^ not a function

            """)
        #expect(Self.render(.short, [warning, error]) == "a.ind:1:11: warning[W0101]: indicator `x` has no title\na.ind:2:11: error[E0210]: unknown function `count`\n")
        let esc = "\u{1B}["
        #expect(Self.render(.text, [warning], color: true) == """
            \(esc)1;33mwarning[W0101]\(esc)0m\(esc)1m: indicator `x` has no title\(esc)0m
            \(esc)1;34m -->\(esc)0m a.ind:1:11
            \(esc)1;34m  |\(esc)0m
            \(esc)1;34m1 |\(esc)0m indicator x {
            \(esc)1;34m  |\(esc)0m           \(esc)1;33m^\(esc)0m

            """)
    }

    @Test func secondaryInTheSameFile() {
        let file = SourceFile(path: "dup.ind", text: "dataset zorg {\n  column beroep: text\n  column leeftijd: number\n  column beroep: text\n}\n")
        let near = Diagnostic(
            .duplicateColumn, "column `beroep` is declared twice",
            at: Annotation(Self.span("beroep", in: file, occurrence: 2), "declared again here"),
            secondary: [Annotation(Self.span("beroep", in: file), "first declared here")])
        #expect(Self.render(.text, [near]) == """
            error[E0205]: column `beroep` is declared twice
             --> dup.ind:4:10
              |
            2 |   column beroep: text
              |          ------ first declared here
            3 |   column leeftijd: number
            4 |   column beroep: text
              |          ^^^^^^ declared again here

            """)
        let lines = ["dataset zorg {", "  column beroep: category(\"huisarts\")"] + (3...5).map { "  column c\($0): number" } + ["  filter beroep = \"Huisarts\""]
            + (7...19).map { "  # \($0)" } + ["  column beroep: text"]
        let long = SourceFile(path: "g.ind", text: lines.joined(separator: "\n"))
        let gapped = Diagnostic(
            .unknownCategoryValue, "\"Huisarts\" is not a level of category `beroep`",
            at: Annotation(Self.span("\"Huisarts\"", in: long), "not a level of `beroep`"),
            secondary: [Annotation(Self.span("beroep", in: long), "declared here"), Annotation(Self.span("beroep", in: long, occurrence: 3))])
        #expect(Self.render(.text, [gapped]) == """
            error[E0302]: "Huisarts" is not a level of category `beroep`
              --> g.ind:6:19
               |
             2 |   column beroep: category("huisarts")
               |          ------ declared here
            ...
             6 |   filter beroep = "Huisarts"
               |                   ^^^^^^^^^^ not a level of `beroep`
               |
              ::: g.ind:20:10
               |
            20 |   column beroep: text
               |          ------

            """)
    }

    @Test func columnsCountScalarsAfterMultiByteCharacters() {
        let file = SourceFile(path: "m.ind", text: "  filter caf\u{E9} == \"\u{EB}\u{E9}n\" and naam = 3\n")
        let diagnostic = Diagnostic(.unknownColumn, "unknown column `naam`", at: Annotation(Self.span("naam", in: file), "not a column of `zorg`"))
        #expect(Self.render(.text, [diagnostic]) == """
            error[E0201]: unknown column `naam`
             --> m.ind:1:28
              |
            1 |   filter café == "ëén" and naam = 3
              |                            ^^^^ not a column of `zorg`

            """)
        #expect(Self.render(.short, [diagnostic]) == "m.ind:1:28: error[E0201]: unknown column `naam`\n")
        #expect(Self.render(.json, [diagnostic]).contains("\"column\": 28,\n    \"end_line\": 1,\n    \"end_column\": 32,"))
    }

    @Test func tabsAreShownAsFourSpacesAndMultiLineSpansUnderlineTheFirstLine() {
        let file = SourceFile(path: "t.ind", text: "indicator t {\n\tfilter\tx = \"a\"\n}")
        let tabbed = Diagnostic(.unknownColumn, "unknown column `x`", at: Annotation(Self.span("x", in: file), "unknown"))
        let start = Self.span("t {", in: file).range.lowerBound
        let unclosed = Diagnostic(.unclosedBrace, "never closed", at: Annotation(Span(file: file, range: start..<file.bytes.count)))
        #expect(Self.render(.text, [tabbed, unclosed]) == """
            error[E0201]: unknown column `x`
             --> t.ind:2:9
              |
            2 |     filter    x = "a"
              |               ^ unknown

            error[E0109]: never closed
             --> t.ind:1:11
              |
            1 | indicator t {
              |           ^^^

            """)
    }

    @Test func jsonFormat() {
        #expect(Self.render(.json, [Self.categoryValue]) == #"""
            [
              {
                "code": "E0302",
                "severity": "error",
                "message": "\"Huisarts\" is not a level of category `beroep`",
                "file": "Indicators/gebruik.ind",
                "line": 12,
                "column": 19,
                "end_line": 12,
                "end_column": 29,
                "label": "not a level of `beroep`",
                "secondary": [
                  {
                    "file": "Indicators/datasets.ind",
                    "line": 5,
                    "column": 3,
                    "end_line": 5,
                    "end_column": 9,
                    "label": "declared here"
                  }
                ],
                "help": [
                  "did you mean \"huisarts\"?"
                ],
                "notes": [
                  "levels are: \"huisarts\", \"verpleegkundige\""
                ]
              }
            ]

            """#)
        #expect(Self.render(.json, []) == "[]\n")
    }

    @Test func jsonWriterEscapesAndNumbers() {
        let text: JSONValue = .string("say \"hi\"\\ \n\t\r\u{8}\u{C}\u{1}\u{1F}\u{7F} é ✓ 😀 /")
        #expect(text.serialized() == #""say \"hi\"\\ \n\t\r\b\f\u0001\u001f"# + "\u{7F} é ✓ 😀 /\"")
        #expect(JSONValue.number(0.1 + 0.2).serialized() == "0.30000000000000004")
        #expect(Double(JSONValue.number(0.1 + 0.2).serialized()) == 0.1 + 0.2)
        #expect(JSONValue.number(1.0).serialized() == "1.0")
        #expect(JSONValue.number(-2.5e-7).serialized() == "-2.5e-07")
        #expect(JSONValue.integer(-42).serialized() == "-42")
        let nonFinite: JSONValue = [.number(.infinity), .number(-.infinity), .number(.nan)]
        #expect(nonFinite.serialized(pretty: false) == "[null,null,null]")
    }

    @Test func jsonWriterLayoutAndEquality() {
        let value: JSONValue = ["b": 1, "a": [true, .null, "x"], "empty": [:], "none": [], "nested": ["k": .string(nil)]]
        #expect(value.serialized(pretty: false) == #"{"b":1,"a":[true,null,"x"],"empty":{},"none":[],"nested":{"k":null}}"#)
        #expect(value.serialized() == """
            {
              "b": 1,
              "a": [
                true,
                null,
                "x"
              ],
              "empty": {},
              "none": [],
              "nested": {
                "k": null
              }
            }
            """)
        var appended = "log: "
        value.write(into: &appended, pretty: false)
        #expect(appended == "log: " + value.serialized(pretty: false))
        #expect(value == ["b": 1, "a": [true, .null, "x"], "empty": [:], "none": [], "nested": ["k": .null]])
        #expect(JSONValue.object([("a", 1), ("b", 2)]) != JSONValue.object([("b", 2), ("a", 1)]))
        #expect(JSONValue.integer(1) != JSONValue.number(1))
    }

    @Test func sarifLog() throws {
        let gebruik = SourceFile(path: "/project/Indicators/gebruik.ind", text: Self.gebruik.text)
        let root = SourceFile(path: "/project/My Files/caf\u{E9}.ind", text: "indicator x {\n  filter \u{EB} = 1\n}\n")
        let outside = SourceFile(path: "/elsewhere/../other/x.ind", text: "x\n")
        let diagnostics = [
            Diagnostic(.unknownCategoryValue, "\"Huisarts\" is not a level", at: Annotation(Self.span("\"Huisarts\"", in: gebruik)),
                       help: ["did you mean \"huisarts\"?", "check the data"]),
            Diagnostic(.unknownColumn, "unknown column `\u{EB}`", at: Annotation(Self.span("\u{EB}", in: root)),
                       secondary: [Annotation(Self.span("x", in: outside))]),
            Diagnostic(.missingTitle, "no title", at: Annotation(Self.span("x", in: outside))),
        ]
        let output = DiagnosticRenderer(format: .sarif, toolVersion: "1.2.3", sourceRoot: "/project/").render(diagnostics)
        #expect(output.hasSuffix("}\n"))
        let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        #expect((run["originalUriBaseIds"] as? [String: [String: String]])?["%SRCROOT%"]?["uri"] == "file:///project/")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "indc")
        #expect(driver["version"] as? String == "1.2.3" && driver["semanticVersion"] as? String == "1.2.3")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == DiagnosticCode.allCases.map(\.rawValue))
        let e0302 = try #require(rules.first { $0["id"] as? String == "E0302" })
        #expect(e0302["name"] as? String == "UnknownCategoryValue")
        #expect((e0302["shortDescription"] as? [String: String])?["text"] == "value that is not a level of the category")
        #expect((e0302["help"] as? [String: String])?["text"] == "value that is not a level of the category. Run `indc explain E0302` for details.")
        #expect((e0302["defaultConfiguration"] as? [String: String])?["level"] == "error")
        #expect(SARIFDiagnosticRenderer.ruleName(.invalidUTF8) == "InvalidUTF8")

        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 3)
        for (result, diagnostic) in zip(results, diagnostics) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(result["ruleId"] as? String == diagnostic.code.rawValue && rules[index]["id"] as? String == diagnostic.code.rawValue)
            #expect(result["level"] as? String == diagnostic.severity.rawValue)
            let fingerprint = try #require((result["partialFingerprints"] as? [String: String])?["primaryLocationLineHash"])
            #expect(fingerprint.count == 16 && fingerprint.allSatisfy(\.isHexDigit))
        }
        #expect((results[0]["message"] as? [String: String])?["text"] == "\"Huisarts\" is not a level help: did you mean \"huisarts\"? help: check the data")
        let locations = results.map { (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]) ?? [:] }
        #expect(locations.map { ($0["artifactLocation"] as? [String: String]) ?? [:] } == [
            ["uri": "Indicators/gebruik.ind", "uriBaseId": "%SRCROOT%"],
            ["uri": "My%20Files/caf%C3%A9.ind", "uriBaseId": "%SRCROOT%"],
            ["uri": "file:///other/x.ind"],
        ])
        #expect(locations.map { ($0["region"] as? [String: Int]) ?? [:] } == [
            ["startLine": 12, "startColumn": 19, "endLine": 12, "endColumn": 29],
            ["startLine": 2, "startColumn": 10, "endLine": 2, "endColumn": 11],
            ["startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 2],
        ])
        let related = try #require(results[1]["relatedLocations"] as? [[String: Any]])
        #expect((related.first?["message"] as? [String: String])?["text"] == "related location")
        let relatedLocation = related.first?["physicalLocation"] as? [String: Any]
        #expect((relatedLocation?["artifactLocation"] as? [String: String]) == ["uri": "file:///other/x.ind"])
    }

    @Test func sarifPathsAndFingerprints() {
        let workingDirectory = SourceRoot(path: nil)
        #expect(workingDirectory.uri.hasPrefix("file:///") && workingDirectory.uri.hasSuffix("/"))
        #expect(workingDirectory.artifactLocation(of: "./Indicators/gebruik.ind") == ["uri": "Indicators/gebruik.ind", "uriBaseId": "%SRCROOT%"])
        let root = SourceRoot(path: "/a b/c")
        #expect(root.uri == "file:///a%20b/c/")
        #expect(root.artifactLocation(of: "/a b/c/../c/d/x+y#1.ind") == ["uri": "d/x%2By%231.ind", "uriBaseId": "%SRCROOT%"])
        #expect(root.artifactLocation(of: "/a b/cd/x.ind") == ["uri": "file:///a%20b/cd/x.ind"])
        #expect(SARIFDiagnosticRenderer.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(SARIFDiagnosticRenderer.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        let expected = String(format: "%016llx", SARIFDiagnosticRenderer.fnv1a64("E0302\nIndicators/gebruik.ind\nfilter beroep = \"Huisarts\"\n"))
        #expect(SARIFDiagnosticRenderer.lineHash(Self.categoryValue) == expected)
        #expect(DiagnosticRenderer(format: .sarif).render([Self.categoryValue]) == DiagnosticRenderer(format: .sarif).render([Self.categoryValue]))
    }
}
