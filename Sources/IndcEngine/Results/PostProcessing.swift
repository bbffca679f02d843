import IndcPlan
import IndcSyntax
import IndcSemantics

/// The steps after aggregation that need no other indicator: primary suppression (`minimum n`,
/// reliability) and fixed targets. Secondary suppression is the run's (`LinkedSuppression`).
enum PostProcessing {
    /// Withholds small and unreliable cells and sets fixed targets, in the plan's order; `rows` are sorted.
    /// `proportions` says whether the values are survey proportions with intervals (for `reliability`);
    /// `complementary` whether the indicator gets complementary suppression of its own (when the run's audit cannot run).
    static func apply(_ aggregation: IndicatorAggregation, proportions: Bool, complementary: Bool, to rows: inout [ResultRow]) {
        for case .suppress(let minimumN) in aggregation.post { Suppression.primary(&rows, minimumN: minimumN) }
        if proportions, aggregation.indicator.reliability == "nchs" { judge(&rows, scale: scale(aggregation)) }
        if complementary, aggregation.isAdditive {
            Suppression.complementary(&rows, breakdowns: aggregation.indicator.breakdown, restsOnN: aggregation.isSingleAggregate)
        }
        for case .target(let target) in aggregation.post {
            for index in rows.indices {
                rows[index].target = target.value
                guard rows[index].suppressed == nil, let value = rows[index].value else { continue }
                rows[index].targetMet = meets(value, target.comparison, target.value)
                rows[index].targetGap = value - target.value
            }
        }
    }

    /// Applies the NCHS standard to every shown cell (on the unscaled proportion). The level rows of a
    /// distribution are one cell: when one level is unreliable, every level of its cell is withheld
    /// (the others would give it away), with the first reason found.
    private static func judge(_ rows: inout [ResultRow], scale: Double) {
        var verdicts: [Reliability.Verdict?] = rows.map { row in
            guard row.suppressed == nil, let value = row.value, let se = row.se, let df = row.df, let n = row.n else { return nil }
            return Reliability.nchs(p: value / scale, se: se / scale, df: df, n: n)
        }
        var cells: [[Value]: [Int]] = [:]
        for index in rows.indices where rows[index].level != nil { cells[rows[index].cellKey.dropLast(), default: []].append(index) }
        for indices in cells.values {
            guard let reason = indices.lazy.compactMap({ if case .unreliable(let reason)? = verdicts[$0] { reason } else { nil } }).first
            else { continue }
            for index in indices where rows[index].suppressed == nil { verdicts[index] = .unreliable(reason) }
        }
        for index in rows.indices {
            switch verdicts[index] {
            case .reliable?: rows[index].reliability = "reliable"
            case .review(let reason)?: rows[index].reliability = reason
            case .unreliable(let reason)?:
                Suppression.suppress(&rows[index], reason: reason)
            case nil: continue
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
