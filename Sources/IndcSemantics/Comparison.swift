import IndcDiagnostics
import IndcSyntax

/// Comparisons: compatible operand types, category levels and missing codes.
extension ExpressionChecker {
    /// Checks that two operands can be compared, and literal values against categories.
    mutating func compare(_ left: Expression, _ leftType: ValueType?, _ right: Expression, _ rightType: ValueType?,
                          _ operation: String, ordered: Bool = false) {
        guard let leftType, let rightType else { return }
        if case .string(let literal) = right.kind { checkLiteral(literal, against: left, leftType) }
        if case .string(let literal) = left.kind { checkLiteral(literal, against: right, rightType) }
        if case .number(let literal) = right.kind { checkMissingNumber(literal, against: left) }
        if case .number(let literal) = left.kind { checkMissingNumber(literal, against: right) }
        let involvesDate = leftType == .date || rightType == .date
        if ordered, !involvesDate, [leftType, rightType].contains(where: { !$0.isNumeric && $0 != .date }) {
            let bad = leftType.isNumeric || leftType == .date ? (right, rightType) : (left, leftType)
            report(Diagnostic(.typeMismatch, "\(operation) needs numbers or dates, but this is \(bad.1.description)",
                              at: Annotation(bad.0.span, "\(bad.1.description) values have no order"),
                              help: ["compare with `=` or list the values: x in (\"a\", \"b\")"]))
            return
        }
        guard !compatible(leftType, rightType, left, right) else { return }
        report(Diagnostic(
            .typeMismatch, "cannot compare \(describe(left, leftType)) with \(describe(right, rightType))",
            at: Annotation(right.span, "this is \(rightType.description)"),
            secondary: [Annotation(left.span, "this is \(leftType.description)")])
            .helping(mismatchHelp(leftType, right, rightType) ?? mismatchHelp(rightType, left, leftType)))
    }

    private func compatible(_ left: ValueType, _ right: ValueType, _ leftExpression: Expression, _ rightExpression: Expression) -> Bool {
        if left.isNumeric && right.isNumeric { return true }
        if isTextual(left) && isTextual(right) { return true }
        if left == .date || right == .date {
            let other = left == .date ? rightExpression : leftExpression
            if case .string(let literal) = other.kind { return Self.isISODate(literal.value) }
            return left == right
        }
        return left == right
    }

    private func isTextual(_ type: ValueType) -> Bool {
        if case .category = type { return true }
        return type == .text
    }

    private func describe(_ expression: Expression, _ type: ValueType) -> String {
        let text = expression.span.text
        let shown = text.count > 30 ? String(text.prefix(27)) + "…" : text
        if case .string = expression.kind { return shown }
        return "`\(shown)` (\(type.description))"
    }

    private func mismatchHelp(_ type: ValueType, _ literal: Expression, _ literalType: ValueType) -> String? {
        guard case .string(let value) = literal.kind else { return nil }
        if type.isNumeric, Double(value.value) != nil { return "remove the quotes to compare with the number \(value.value)" }
        if type == .boolean { return "boolean columns are compared with true or false: x = true" }
        if type == .date { return "dates are written \"yyyy-mm-dd\", such as \"2024-03-31\"" }
        if type.isNumeric { return "\(type.description) columns are compared with numbers, such as 10" }
        return nil
    }

    /// A string compared with a category must be one of its levels (missing codes are never equal to anything).
    private mutating func checkLiteral(_ literal: StringLiteral, against expression: Expression, _ type: ValueType) {
        let codes = missingCodes(of: expression)
        if codes.contains(.text(literal.value)) {
            reportMissingCode("\"\(literal.value)\"", literal.span, expression)
            return
        }
        guard case .category(let levels) = type, !levels.contains(literal.value) else { return }
        let owner = columnName(expression).map { "`\($0)`" } ?? "this category"
        var diagnostic = Diagnostic(
            .unknownCategoryValue, "\"\(literal.value)\" is not a level of \(owner)",
            at: Annotation(literal.span, "not a level of \(owner)"))
        if let name = columnName(expression), let declared = scope.declarations[name] {
            diagnostic = diagnostic.pointing(declared, "levels declared here")
        }
        diagnostic = diagnostic.helping(Suggestion.didYouMean(literal.value, among: levels) { "\"\($0)\"" })
        report(diagnostic.noting("the levels of \(owner) are: \(levels.map { "\"\($0)\"" }.joined(separator: ", "))"))
    }

    private mutating func checkMissingNumber(_ literal: NumberLiteral, against expression: Expression) {
        guard missingCodes(of: expression).contains(.number(literal.value)) else { return }
        reportMissingCode(literal.span.text, literal.span, expression)
    }

    private mutating func reportMissingCode(_ shown: String, _ span: Span, _ expression: Expression) {
        let name = columnName(expression) ?? "the column"
        report(Diagnostic(
            .comparisonWithMissingCode, "\(shown) is a missing code of `\(name)`, so it never matches: such values are read as missing",
            at: Annotation(span, "read as missing"),
            help: ["to select rows where `\(name)` is missing, write `\(name) is missing`"]))
    }

    private func missingCodes(of expression: Expression) -> [MissingCode] {
        columnName(expression).flatMap { scope.missingCodes[$0] } ?? []
    }

    private func columnName(_ expression: Expression) -> String? {
        if case .column(let name) = expression.kind { return name.text }
        return nil
    }

    /// Whether a string is a valid ISO date `yyyy-mm-dd`: digits only (no sign, as the data reader
    /// reads dates), a real month and day.
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...12).contains(month) && (1...days[month - 1]).contains(day)
    }
}
