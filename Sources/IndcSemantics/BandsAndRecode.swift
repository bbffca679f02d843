import IndcDiagnostics
import IndcSyntax

/// `bands(x, b1, b2, …)` and `recode(x, value -> "label", …)`: both give categories with known levels.
extension ExpressionChecker {
    mutating func bandsType(_ call: Call, _ expression: Expression, _ context: RowContext) -> ValueType? {
        guard call.arguments.count >= 2 else {
            report(Diagnostic(.invalidBands, "`bands` needs a column and at least one boundary", at: Annotation(expression.span),
                              help: ["write bands(leeftijd, 18, 40, 65) for the groups 18-39, 40-64 and 65+"]))
            return nil
        }
        let input = rowType(call.arguments[0].value, context)
        if let input, !input.isNumeric {
            report(Diagnostic(.invalidBands, "`bands` needs a numeric column, but this is \(input.description)",
                              at: Annotation(call.arguments[0].value.span, "this is \(input.description)")))
            return nil
        }
        var bounds: [Double] = []
        for argument in call.arguments.dropFirst() {
            guard case .number(let literal) = argument.value.kind, !literal.isPercent else {
                report(Diagnostic(.invalidBands, "the boundaries of `bands` must be numbers", at: Annotation(argument.value.span, "not a number")))
                return nil
            }
            if let last = bounds.last, literal.value <= last {
                report(Diagnostic(.invalidBands, "the boundaries of `bands` must go up: \(literal.value.formatted) does not follow \(last.formatted)",
                                  at: Annotation(argument.value.span, "not above the previous boundary")))
                return nil
            }
            bounds.append(literal.value)
        }
        guard let input else { return nil }
        return .category(Self.bandLabels(bounds, integers: input == .integer && bounds.allSatisfy { $0 == $0.rounded() }))
    }

    /// The labels `bands` gives: "18-39", "40-64", "65+" for integers; "[1.5, 2.5)", "[2.5, +inf)" otherwise.
    static func bandLabels(_ bounds: [Double], integers: Bool) -> [String] {
        bounds.indices.map { index in
            let low = bounds[index].formatted
            guard index + 1 < bounds.count else { return integers ? "\(low)+" : "[\(low), +inf)" }
            let high = bounds[index + 1]
            return integers ? "\(low)-\((high - 1).formatted)" : "[\(low), \(high.formatted))"
        }
    }

    mutating func recodeType(_ call: Call, _ expression: Expression, _ context: RowContext) -> ValueType? {
        guard let first = call.arguments.first, first.label == nil, call.arguments.count >= 2 else {
            report(Diagnostic(.invalidRecode, "`recode` needs a column and then `value -> \"label\"` pairs", at: Annotation(expression.span),
                              help: ["write recode(opleiding_detail, \"vmbo\" -> \"I\", \"havo\" -> \"II\")"]))
            return nil
        }
        let input = rowType(first.value, context)
        var labels: [String] = []
        var mapped: [String: Span] = [:]
        for argument in call.arguments.dropFirst() {
            guard let label = argument.label else {
                report(Diagnostic(.invalidRecode, "expected a `value -> \"label\"` pair", at: Annotation(argument.value.span, "no `->` label"),
                                  help: ["write \(argument.value.span.text) -> \"label\""]))
                return nil
            }
            guard case .string(let text) = label.kind else {
                report(Diagnostic(.invalidRecode, "the label of a recode pair must be a string", at: Annotation(label.span, "not a string"),
                                  help: ["write the label in quotes: \(argument.value.span.text) -> \"\(label.span.text)\""]))
                return nil
            }
            if let input, let valueType = rowType(argument.value, .derive) {
                if input.isNumeric != valueType.isNumeric {
                    report(Diagnostic(.invalidRecode, "recode value \(argument.value.span.text) is \(valueType.description), but `\(first.value.span.text)` is \(input.description)",
                                      at: Annotation(argument.value.span, "this is \(valueType.description)"))
                        .helping(input.isNumeric ? "write the value without quotes" : "write the value as it appears in the data, in quotes"))
                } else {
                    compare(first.value, input, argument.value, valueType, "recode")
                }
            }
            let value = argument.value.span.text
            if let earlier = mapped[value] {
                report(Diagnostic(.invalidRecode, "recode maps \(value) twice", at: Annotation(argument.value.span, "mapped again"),
                                  secondary: [Annotation(earlier, "first mapped here")], help: ["keep one label for each value"]))
                return nil
            }
            mapped[value] = argument.value.span
            if !labels.contains(text.value) { labels.append(text.value) }
        }
        return .category(labels)
    }
}
