import IndcSemantics
import IndcSyntax

/// Turns a checked measure into aggregate slots, a formula over them, and the cell's `n`.
struct MeasureCompiler {
    private var slots: [AggregateSlot] = []
    private let weighted: Bool

    private init(weighted: Bool) {
        self.weighted = weighted
    }

    static func aggregation(_ indicator: Indicator, filters: [Int]) -> IndicatorAggregation {
        var compiler = MeasureCompiler(weighted: indicator.weight != nil)
        let formula = compiler.formula(indicator.measure)
        var distribution: Expression?
        if case .aggregate(let slot) = formula, compiler.slots[slot].function == .distribution { distribution = compiler.slots[slot].input }
        var post: [PostStep] = indicator.per.map { [.scale($0)] } ?? []
        if indicator.minimumN > 0 { post.append(.suppress(minimumN: indicator.minimumN)) }
        if let target = indicator.target {
            post.append(target.relativeTo.map { .relativeTarget(target, indicator: $0) } ?? .target(target))
        }
        post.append(.sort(indicator.groupBy))
        let sets = [GroupingSet(keys: indicator.groupBy, breakdown: nil)]
            + indicator.breakdown.map { GroupingSet(keys: indicator.groupBy + [$0], breakdown: $0) }
        return IndicatorAggregation(
            indicator: indicator, filters: filters, weight: indicator.weight, groupingSets: sets, aggregates: compiler.slots,
            formula: formula, count: compiler.count(of: formula), distributionColumn: distribution, post: post)
    }

    /// LANGUAGE.md: share, mean, median, sum count their non-missing inputs, count the rows counted,
    /// `a / b` the n of b, anything else all rows of the cell.
    private func count(of formula: MeasureFormula) -> CellCount {
        switch formula {
        case .aggregate(let slot):
            switch slots[slot].function {
            case .share, .mean, .median, .sum, .count, .distribution: .aggregate(slot)
            default: .cellRows
            }
        case .binary(.divide, _, let denominator): count(of: denominator)
        default: .cellRows
        }
    }

    private mutating func formula(_ expression: Expression) -> MeasureFormula {
        switch expression.kind {
        case .number(let literal): return .constant(literal.value)
        case .negate(let operand): return .negate(formula(operand))
        case .binary(let operation, let left, let right): return .binary(operation, formula(left), formula(right))
        case .call(let call):
            guard let function = AggregateFunction(rawValue: call.name.text) else {
                let inner = formula(call.arguments[0].value)
                guard call.name.text == "round" else { return .abs(inner) }
                guard call.arguments.count == 2, case .number(let digits) = call.arguments[1].value.kind else { return .round(inner, digits: 0) }
                return .round(inner, digits: Int(digits.value))
            }
            slots.append(AggregateSlot(function: function, input: call.arguments.first?.value, condition: call.condition,
                                       weighted: weighted && function != .distinct))
            return .aggregate(slots.count - 1)
        default:
            preconditionFailure("the checker admits only aggregates, numbers and arithmetic in measures")
        }
    }
}
