import IndcDiagnostics
import IndcSyntax

/// The row-level functions: bands, recode, if, year, month, quarter, lower, round, abs.
extension ExpressionChecker {
    mutating func callType(_ call: Call, _ expression: Expression, _ context: RowContext) -> ValueType? {
        guard let function = lookup(call) else { return nil }
        if function.isAggregate {
            let code: DiagnosticCode = context == .aggregateInput ? .nestedAggregate : .aggregateInRowContext
            var diagnostic = Diagnostic(code, "aggregate `\(function.rawValue)` cannot be used \(context.phrase)",
                                        at: Annotation(expression.span, "aggregate"))
            if context == .filter { diagnostic = diagnostic.helping("to measure over rows that meet a condition, use `count(where …)` or `share(…)` in the measure") }
            if context == .aggregateInput { diagnostic = diagnostic.helping("an aggregate takes a row-level column or expression") }
            report(diagnostic)
            return nil
        }
        if let condition = call.condition {
            report(Diagnostic(.wrongArguments, "`\(function.rawValue)` takes no `where` condition", at: Annotation(condition.span),
                              help: ["`where` restricts the rows of count, sum and mean"]))
        }
        if function != .recode, let labelled = call.arguments.first(where: { $0.label != nil }) {
            report(Diagnostic(.wrongArguments, "`->` pairs are only for recode(...)", at: Annotation(labelled.value.span.to(labelled.label!.span))))
            return nil
        }
        switch function {
        case .bands: return bandsType(call, expression, context)
        case .recode: return recodeType(call, expression, context)
        case .if:
            guard arity(call, expression, 3, "if(condition, value when true, value when false)") else { return nil }
            requireCondition(call.arguments[0].value, context, "`if`")
            return unify(call.arguments[1].value, call.arguments[2].value, context)
        case .year, .month, .quarter:
            guard arity(call, expression, 1, "\(function.rawValue)(date column)"), let type = rowType(call.arguments[0].value, context) else { return nil }
            guard type == .date else { return argumentType(call.arguments[0].value, type, "`\(function.rawValue)` needs a date") }
            return .integer
        case .lower:
            guard arity(call, expression, 1, "lower(text)"), let type = rowType(call.arguments[0].value, context) else { return nil }
            if case .category = type { return .text }
            return type == .text ? .text : argumentType(call.arguments[0].value, type, "`lower` needs text")
        case .round, .abs:
            let shape = function == .round ? "round(number, digits)" : "abs(number)"
            let count = call.arguments.count
            guard count >= 1, count <= (function == .round ? 2 : 1) else { return arityFailure(call, expression, shape) }
            if count == 2, !isIntegerLiteral(call.arguments[1].value) {
                report(Diagnostic(.wrongArguments, "the digits of `round` must be a whole number", at: Annotation(call.arguments[1].value.span)))
            }
            guard let type = rowType(call.arguments[0].value, context) else { return nil }
            guard type.isNumeric else { return argumentType(call.arguments[0].value, type, "`\(function.rawValue)` needs a number") }
            return function == .abs ? type : .number
        default: return nil
        }
    }

    /// The function a call names, or nil after reporting an unknown one.
    mutating func lookup(_ call: Call) -> FunctionName? {
        if let function = FunctionName(rawValue: call.name.text) { return function }
        report(Diagnostic(.unknownFunction, "unknown function `\(call.name.text)`", at: Annotation(call.name.span, "no such function"))
            .helping(Suggestion.didYouMean(call.name.text, among: FunctionName.allCases.map(\.rawValue))
                ?? "the aggregates are count, sum, mean, median, min, max, share, distinct, distribution"))
        return nil
    }

    mutating func arity(_ call: Call, _ expression: Expression, _ count: Int, _ shape: String) -> Bool {
        guard call.arguments.count != count else { return true }
        _ = arityFailure(call, expression, shape)
        return false
    }

    mutating func arityFailure(_ call: Call, _ expression: Expression, _ shape: String) -> ValueType? {
        let given = call.arguments.count
        report(Diagnostic(.wrongArguments, "`\(call.name.text)` given \(given) argument\(given == 1 ? "" : "s")",
                          at: Annotation(expression.span), help: ["write it as \(shape)"]))
        return nil
    }

    mutating func argumentType(_ argument: Expression, _ type: ValueType, _ message: String) -> ValueType? {
        report(Diagnostic(.wrongArguments, "\(message), but this is \(type.description)", at: Annotation(argument.span, "this is \(type.description)")))
        return nil
    }

    func isIntegerLiteral(_ expression: Expression) -> Bool {
        if case .number(let literal) = expression.kind { return literal.isInteger }
        return false
    }

    private mutating func unify(_ first: Expression, _ second: Expression, _ context: RowContext) -> ValueType? {
        guard let a = rowType(first, context), let b = rowType(second, context) else { return nil }
        if a == b { return a }
        if a.isNumeric && b.isNumeric { return .number }
        switch (a, b) {
        case (.category(let x), .category(let y)): return .category(x + y.filter { !x.contains($0) })
        case (.category(let x), .text) where isStringLiteral(second): return .category(x + [literalText(second)].filter { !x.contains($0) })
        case (.text, .category(let y)) where isStringLiteral(first): return .category([literalText(first)] + y.filter { $0 != literalText(first) })
        case (.text, .text), (.category, .text), (.text, .category): return .text
        default:
            report(Diagnostic(.typeMismatch, "the two values of `if` have different types: \(a.description) and \(b.description)",
                              at: Annotation(second.span, "this is \(b.description)"), secondary: [Annotation(first.span, "this is \(a.description)")]))
            return nil
        }
    }

    func isStringLiteral(_ expression: Expression) -> Bool {
        if case .string = expression.kind { return true }
        return false
    }

    func literalText(_ expression: Expression) -> String {
        if case .string(let literal) = expression.kind { return literal.value }
        return ""
    }
}
