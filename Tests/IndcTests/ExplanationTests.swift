// Invariants of the `indc explain` catalogue, over every diagnostic code:
// each has a complete entry, and its rendering is what the terminal shows.

import Testing

@testable import IndcDiagnostics

@Suite("indc explain catalogue")
struct ExplanationTests {
    @Test("every code has an entry in its stage's table", arguments: DiagnosticCode.allCases)
    func hasEntry(code: DiagnosticCode) {
        #expect(code.catalogueEntry != nil, "no explanation for \(code.rawValue)")
    }

    @Test("every section is filled in", arguments: DiagnosticCode.allCases)
    func sectionsNotEmpty(code: DiagnosticCode) {
        let entry = code.explanation
        for (name, text) in [("what", entry.what), ("why", entry.why), ("example", entry.example), ("fix", entry.fix)] {
            #expect(!isBlank(text), "\(code.rawValue): empty \(name)")
        }
    }

    @Test("the example is a .ind snippet without placeholders", arguments: DiagnosticCode.allCases)
    func exampleIsRealistic(code: DiagnosticCode) {
        let example = code.explanation.example
        #expect(example.contains("dataset ") || example.contains("indicator "), "\(code.rawValue)")
        for placeholder in ["TODO", "FIXME", "XXX", "TBD", "lorem"] {
            #expect(!example.lowercased().contains(placeholder.lowercased()), "\(code.rawValue): \(placeholder)")
        }
    }

    @Test("the text starts with the code and its summary", arguments: DiagnosticCode.allCases)
    func textStartsWithCode(code: DiagnosticCode) {
        let text = code.explainText()
        #expect(text.hasPrefix(code.rawValue))
        #expect(text.hasPrefix("\(code.rawValue): \(code.summary)\n"))
    }

    @Test("the text has the four sections in order", arguments: DiagnosticCode.allCases)
    func textHasSections(code: DiagnosticCode) {
        let why = code.severity == .error ? "Why it is an error" : "Why it matters"
        let headings = ["What it means", why, "Example", "How to fix it"]
        let lines = code.explainText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let found = lines.filter { headings.contains($0) }
        #expect(found == headings, "\(code.rawValue): \(found)")
    }

    @Test("the text fits an 80-column terminal", arguments: DiagnosticCode.allCases)
    func textFitsTerminal(code: DiagnosticCode) {
        for line in code.explainText().split(separator: "\n") {
            #expect(line.count <= 80, "\(code.rawValue): \(line)")
        }
    }

    @Test func rendersExampleIndentedFourSpaces() {
        let text = DiagnosticCode.unknownCategoryValue.explainText()
        #expect(text.contains("\nExample\n    dataset zorggebruikers {\n      file "))
        #expect(text.contains("\nWhat it means\n  A category column"))
    }

    @Test func keepsCodeSpansTogetherWhenWrapping() {
        let words = ExplanationLayout.unbreakableWords("so `group by period` would")
        #expect(words == ["so", "`group by period`", "would"])
        let unclosed = ExplanationLayout.unbreakableWords("a ` b c")
        #expect(unclosed == ["a", "`", "b", "c"])
    }

    private func isBlank(_ text: String) -> Bool {
        text.allSatisfy { $0.isWhitespace }
    }
}
