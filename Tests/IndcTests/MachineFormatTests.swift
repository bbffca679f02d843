import Foundation
@testable import IndcDiagnostics
import Testing

/// Exact output of the JSON and SARIF formats and of the JSON writer.
extension RenderingTests {
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
        let help = try #require((e0302["help"] as? [String: String])?["text"])
        #expect(help.hasPrefix("Write the level exactly as declared") && help.hasSuffix("\n\nRun `indc explain E0302` for details."))
        #expect((e0302["fullDescription"] as? [String: String])?["text"]?.isEmpty == false)
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
