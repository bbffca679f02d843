import Foundation
import IndcDiagnostics
import IndcEngine
import IndcSemantics
import IndcSyntax
import Testing

/// Invariants over the shipped indicators and the grammar's examples.
struct ProjectInvariantTests {
    @Test("every file under Indicators/ checks clean, headers verified against the example data")
    func indicatorsCheckClean() throws {
        _ = TestSupport.root
        let result = try Checker.check(paths: ["Indicators"], headers: DataHeaders.read)
        #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer(format: .short).render(result.diagnostics))")
        #expect(result.indicatorCount >= 20)
        #expect(result.project.indicators.count == result.indicatorCount)
    }

    @Test("every ```ind example in Grammar/README.md is a valid program")
    func grammarExamplesAreValid() throws {
        let text = try #require(TestSupport.read("Grammar/README.md"))
        let examples = Self.fencedBlocks(text, language: "ind")
        #expect(examples.count >= 6)
        for (index, example) in examples.enumerated() {
            let file = SourceFile(path: "Grammar/README.md#example\(index + 1)", text: example)
            let result = Checker.check(files: [file])
            let errors = result.diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "example \(index + 1):\n\(DiagnosticRenderer(format: .text).render(errors))")
        }
    }

    @Test("three independent errors in one file give exactly three diagnostics")
    func threeErrorsThreeDiagnostics() {
        let source = """
        dataset panel {
          file "panel.csv"
          column jaar: integer
          column beroep: category("huisarts", "verpleegkundige")
        }
        indicator a {
          title "A"
          source panel
          filter beroep = "Huisarts"
          measure count()
        }
        indicator b {
          titel "B"
          source panel
          measure count()
        }
        indicator c {
          title "C"
          source panel
          measure mean(beroep)
        }
        """
        let result = Checker.check(files: [SourceFile(path: "three.ind", text: source)])
        #expect(result.diagnostics.map(\.code) == [.unknownCategoryValue, .unknownClause, .aggregateInputType])
    }

    /// The contents of the fenced code blocks tagged with `language`.
    static func fencedBlocks(_ markdown: String, language: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if current == nil, trimmed == "```\(language)" {
                current = []
            } else if current != nil, trimmed == "```" {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }
}
