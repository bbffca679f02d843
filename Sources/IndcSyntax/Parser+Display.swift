import IndcDiagnostics

/// `display …` as written: one presentation setting of a dataset or indicator (Grammar/README.md "Presentation").
public enum DisplaySyntax: Sendable {
    /// `display percent|proportion|number [with N decimal(s)]`: how the value is shown.
    case format(form: Name, decimals: NumberLiteral?)
    /// `display missing as "onbekend"`: the label of a missing group value.
    case missing(StringLiteral)
    /// `display labels COLUMN("code" -> "label", …)`: display labels for a column's values.
    case labels(Name, [DisplayLabel])
}

/// One `"code" -> "label"` pair of `display labels`.
public struct DisplayLabel: Sendable {
    public let code: StringLiteral
    public let label: StringLiteral
}

extension Parser {
    /// The forms a value may be displayed in.
    static let displayForms = ["percent", "proportion", "number"]

    /// The setting after the `display` keyword.
    mutating func parseDisplay() throws -> DisplaySyntax {
        if accept(.missing) {
            try expectWord("as", "after `display missing` (write `display missing as \"onbekend\"`)")
            return .missing(try parseString("the label of a missing value in quotes, such as \"onbekend\""))
        }
        guard case .identifier(let word) = current.kind else {
            throw expected("a display setting", help: "write `display percent with 1 decimal`, `display missing as \"onbekend\"` or `display labels COLUMN(\"code\" -> \"label\")`")
        }
        if word == "labels" {
            advance()
            let column = try parseName("the column whose values get labels")
            _ = try expect(.leftParen, "with the labels: display labels \(column.text)(\"code\" -> \"label\")")
            var labels: [DisplayLabel] = []
            repeat {
                let code = try parseString("a value of `\(column.text)` in quotes")
                _ = try expect(.arrow, "between the value and its label")
                labels.append(DisplayLabel(code: code, label: try parseString("the label in quotes")))
            } while accept(.comma)
            _ = try expect(.rightParen, "after the labels")
            return .labels(column, labels)
        }
        guard Self.displayForms.contains(word) else {
            let help = Suggestion.didYouMean(word, among: Self.displayForms + ["labels", "missing"])
                ?? "the settings are: percent, proportion, number (each optionally `with N decimals`), missing as \"…\", labels COLUMN(…)"
            throw expected("a display setting", help: help)
        }
        let form = try parseName("a display form")
        guard case .identifier("with") = current.kind else { return .format(form: form, decimals: nil) }
        advance()
        let decimals = try parseNumber("the number of decimals, as in `with 1 decimal`")
        guard accept(.decimal) || isWord("decimals") else { throw expected("`decimals` after the number (write `with 2 decimals`)") }
        return .format(form: form, decimals: decimals)
    }

    /// Consumes the bare word `word` if it is the current token.
    private mutating func isWord(_ word: String) -> Bool {
        guard case .identifier(word) = current.kind else { return false }
        advance()
        return true
    }
}
