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
}
