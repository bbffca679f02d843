import IndcDiagnostics
import IndcSyntax

/// Finds filters that can never be true, such as `jaar > 2025 and jaar < 2020`.
///
/// Looks at the AND-ed comparisons of one column with constants and intersects
/// what they allow; anything else in the filter is taken as possibly true.
enum FilterAnalysis {
    private struct Allowed {
        var low = -Double.infinity, lowStrict = false
        var high = Double.infinity, highStrict = false
        var values: Set<String>?
        var numbers: Set<Double>?
        var first: Span

        var isEmpty: Bool {
            if low > high || (low == high && (lowStrict || highStrict)) { return true }
            if let values, values.isEmpty { return true }
            if let numbers, !numbers.contains(where: admits) { return true }
            return false
        }

        func admits(_ value: Double) -> Bool {
            (lowStrict ? value > low : value >= low) && (highStrict ? value < high : value <= high)
        }
    }

    static func neverTrue(_ filters: [Expression], scope: Scope) -> [Diagnostic] {
        var allowed: [String: Allowed] = [:]
        for conjunct in filters.flatMap(conjuncts) {
            guard let (column, narrow) = constraint(conjunct) else { continue }
            var current = allowed[column] ?? Allowed(first: conjunct.span)
            narrow(&current)
            if current.isEmpty {
                return [Diagnostic(
                    .filterNeverTrue, "this filter can never be true: no value of `\(column)` passes it",
                    at: Annotation(conjunct.span, "contradicts the earlier condition"),
                    secondary: conjunct.span == current.first ? [] : [Annotation(current.first, "earlier condition on `\(column)`")],
                    help: ["the indicator would have no rows; did you mean `or`, or the other bound?"])]
            }
            allowed[column] = current
        }
        return []
    }

    private static func conjuncts(_ expression: Expression) -> [Expression] {
        if case .binary(.and, let left, let right) = expression.kind { return conjuncts(left) + conjuncts(right) }
        return [expression]
    }

    private static func constraint(_ expression: Expression) -> (String, (inout Allowed) -> Void)? {
        switch expression.kind {
        case .binary(let operation, let left, let right) where operation.isComparison:
            if case .column(let name) = left.kind, let value = constant(right) { return (name.text, { apply(operation, value, &$0) }) }
            if case .column(let name) = right.kind, let value = constant(left) { return (name.text, { apply(mirror(operation), value, &$0) }) }
        case .between(let value, let low, let high):
            if case .column(let name) = value.kind, case .number(let a)? = constant(low), case .number(let b)? = constant(high) {
                return (name.text, { apply(.greaterEqual, .number(a), &$0); apply(.lessEqual, .number(b), &$0) })
            }
        case .inList(let value, let list, negated: false):
            guard case .column(let name) = value.kind else { return nil }
            let constants = list.compactMap(constant)
            guard constants.count == list.count else { return nil }
            return (name.text, { allowed in
                let strings = Set(constants.compactMap { if case .text(let s) = $0 { s } else { nil } })
                let numbers = Set(constants.compactMap { if case .number(let n) = $0 { n } else { nil } })
                if !strings.isEmpty { allowed.values = allowed.values.map { $0.intersection(strings) } ?? strings }
                if !numbers.isEmpty { allowed.numbers = allowed.numbers.map { $0.intersection(numbers) } ?? numbers }
            })
        default: break
        }
        return nil
    }

    private enum Constant { case number(Double), text(String) }

    private static func constant(_ expression: Expression) -> Constant? {
        switch expression.kind {
        case .number(let literal): .number(literal.value)
        case .string(let literal): .text(literal.value)
        default: nil
        }
    }

    private static func mirror(_ operation: BinaryOperator) -> BinaryOperator {
        switch operation {
        case .less: .greater
        case .lessEqual: .greaterEqual
        case .greater: .less
        case .greaterEqual: .lessEqual
        default: operation
        }
    }

    private static func apply(_ operation: BinaryOperator, _ value: Constant, _ allowed: inout Allowed) {
        switch (operation, value) {
        case (.equal, .text(let text)): allowed.values = allowed.values.map { $0.intersection([text]) } ?? [text]
        case (.equal, .number(let number)): allowed.numbers = allowed.numbers.map { $0.intersection([number]) } ?? [number]
        case (.greater, .number(let number)), (.greaterEqual, .number(let number)):
            let strict = operation == .greater
            if number > allowed.low || (number == allowed.low && strict) { (allowed.low, allowed.lowStrict) = (number, strict) }
        case (.less, .number(let number)), (.lessEqual, .number(let number)):
            let strict = operation == .less
            if number < allowed.high || (number == allowed.high && strict) { (allowed.high, allowed.highStrict) = (number, strict) }
        default: break
        }
    }
}
