import IndcPlan
import IndcSyntax
import IndcSemantics

/// The steps after aggregation that need no other indicator: suppression (primary, reliability,
/// complementary) and fixed targets.
enum PostProcessing {
    /// Withholds small and unreliable cells and sets fixed targets, in the plan's order; `rows` are sorted.
    /// `proportions` says whether the values are survey proportions with intervals (for `reliability`).
    static func apply(_ aggregation: IndicatorAggregation, proportions: Bool, to rows: inout [ResultRow]) {
        for step in aggregation.post {
            switch step {
            case .suppress(let minimumN):
                Suppression.primary(&rows, minimumN: minimumN)
                if proportions, aggregation.indicator.reliability == "nchs" { judge(&rows, scale: scale(aggregation)) }
                if Suppression.isAdditive(aggregation) { Suppression.complementary(&rows, breakdowns: aggregation.indicator.breakdown) }
            case .target(let target):
                for index in rows.indices {
                    rows[index].target = target.value
                    guard rows[index].suppressed == nil, let value = rows[index].value else { continue }
                    rows[index].targetMet = meets(value, target.comparison, target.value)
                    rows[index].targetGap = value - target.value
                }
            case .scale, .relativeTarget, .sort:
                continue
            }
        }
    }

    /// Applies the NCHS standard to every shown cell (on the unscaled proportion).
    private static func judge(_ rows: inout [ResultRow], scale: Double) {
        for index in rows.indices where rows[index].suppressed == nil {
            guard let value = rows[index].value, let se = rows[index].se, let df = rows[index].df, let n = rows[index].n else { continue }
            switch Reliability.nchs(p: value / scale, se: se / scale, df: df, n: n) {
            case .reliable: rows[index].reliability = "reliable"
            case .review(let reason): rows[index].reliability = reason
            case .unreliable(let reason):
                Suppression.suppress(&rows[index], reason: reason)
                rows[index].reliability = "unreliable"
            }
        }
    }

    /// The product of the `per N` factors.
    static func scale(_ aggregation: IndicatorAggregation) -> Double {
        aggregation.post.reduce(1) { product, step in
            if case .scale(let factor) = step { return product * factor }
            return product
        }
    }

    /// Whether a value meets a target comparison.
    static func meets(_ value: Double, _ comparison: BinaryOperator, _ target: Double) -> Bool {
        switch comparison {
        case .greaterEqual: value >= target
        case .greater: value > target
        case .lessEqual: value <= target
        default: value < target
        }
    }
}
