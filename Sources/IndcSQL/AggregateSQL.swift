import IndcPlan
import IndcSemantics

/// The SQL aggregates of one indicator's slots, per cell: the rows each uses (its `n`), Σw, Σw·x,
/// extremes, distinct counts, per-level sums for a distribution, and the weighted median.
///
/// Every slot's input and `where` condition are columns of the rows relation (`__x0`, `__c0`, …)
/// and the weight is `__w` (the constant 1 when unweighted; `distinct` is never weighted).
struct AggregateSQL {
    let aggregation: IndicatorAggregation
    let dialect: SQLDialect
    /// For `distribution(X)`: X's levels as SQL literals.
    let levels: [String]

    func input(_ slot: Int) -> String { dialect.identifier("__x\(slot)") }
    func condition(_ slot: Int) -> String { dialect.identifier("__c\(slot)") }
    /// A per-cell column of slot `slot`: `rows`, `w`, `t`, `v` or `l0`, `l1`, … (distribution levels).
    func column(_ slot: Int, _ part: String) -> String { dialect.identifier("__s\(slot)_\(part)") }

    private func weight(_ slot: Int) -> String {
        aggregation.aggregates[slot].weighted ? dialect.identifier("__w") : "1"
    }

    /// Whether a row counts for the slot: its `where` holds and, except for `count`, its input is not missing.
    private func uses(_ slot: Int) -> String {
        let spec = aggregation.aggregates[slot]
        var parts: [String] = []
        if spec.condition != nil { parts.append("\(condition(slot)) IS TRUE") }
        if spec.function != .count { parts.append("\(input(slot)) IS NOT NULL") }
        return parts.isEmpty ? "TRUE" : parts.joined(separator: " AND ")
    }

    /// The aggregate columns of every slot, for the cells' SELECT; `setCase` picks a median's set.
    func columns(sets: [GroupingSet], setCase: (([String]) -> String)) -> [String] {
        aggregation.aggregates.indices.flatMap { slot -> [String] in
            let spec = aggregation.aggregates[slot]
            let x = input(slot)
            let when = uses(slot)
            var columns = ["count(CASE WHEN \(when) THEN 1 END) AS \(column(slot, "rows"))",
                           "coalesce(sum(CASE WHEN \(when) THEN \(weight(slot)) END), 0) AS \(column(slot, "w"))"]
            switch spec.function {
            case .count, .median:
                break
            case .sum, .mean:
                columns.append("coalesce(sum(CASE WHEN \(when) THEN \(weight(slot)) * \(dialect.toDouble(x)) END), 0) AS \(column(slot, "t"))")
            case .share:
                columns.append("coalesce(sum(CASE WHEN \(x) THEN \(weight(slot)) ELSE 0 END), 0) AS \(column(slot, "t"))")
            case .min, .max:
                columns.append("\(spec.function.rawValue)(\(dialect.toDouble(x))) AS \(column(slot, "v"))")
            case .distinct:
                columns.append("count(DISTINCT \(x)) AS \(column(slot, "v"))")
            case .distribution:
                columns += levels.enumerated().map { index, level in
                    "coalesce(sum(CASE WHEN \(x) = \(level) THEN \(weight(slot)) ELSE 0 END), 0) AS \(column(slot, "l\(index)"))"
                }
            }
            if spec.function == .median {
                columns.append(setCase(sets.indices.map { set in "min(\(medianCandidate(slot, set: set)))" }) + " AS \(column(slot, "v"))")
            }
            return columns
        }
    }

    /// The window columns a weighted median needs per grouping set: the cumulative weight in the
    /// order of x, the total weight, and the next value (LANGUAGE.md, Measures).
    func medianWindows(sets: [GroupingSet]) -> [String] {
        aggregation.aggregates.indices.filter { aggregation.aggregates[$0].function == .median }.flatMap { slot in
            sets.indices.flatMap { set -> [String] in
                let x = dialect.toDouble(input(slot))
                let keys = sets[set].keys.map(dialect.identifier)
                let partition = keys.isEmpty ? "" : "PARTITION BY \(keys.joined(separator: ", ")) "
                let weight = "CASE WHEN \(input(slot)) IS NOT NULL THEN \(dialect.toDouble(self.weight(slot))) END"
                return [
                    "sum(\(weight)) OVER (\(partition)ORDER BY \(x) NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS \(column(slot, "cum\(set)"))",
                    "sum(\(weight)) OVER (\(partition.isEmpty ? "" : String(partition.dropLast()))) AS \(column(slot, "all\(set)"))",
                    "lead(\(x)) OVER (\(partition)ORDER BY \(x) NULLS LAST) AS \(column(slot, "next\(set)"))",
                ]
            }
        }
    }

    /// A row's candidate for the median of its cell in grouping set `set`; the cell's median is the
    /// smallest candidate (that of the first row whose cumulative weight reaches half the total). A
    /// cumulative weight within `WeightedMedian.tolerance` of half the total counts as exactly half, as in
    /// the native engine, so rounding in the order of the sums cannot change the answer.
    private func medianCandidate(_ slot: Int, set: Int) -> String {
        let x = dialect.toDouble(input(slot))
        let cumulative = column(slot, "cum\(set)")
        let total = column(slot, "all\(set)")
        let next = column(slot, "next\(set)")
        let tolerance = "\(WeightedMedian.tolerance) * \(total)"
        return "CASE WHEN \(input(slot)) IS NULL THEN NULL "
            + "WHEN abs(\(cumulative) - \(total) / 2) <= \(tolerance) AND \(next) IS NOT NULL THEN (\(x) + \(next)) / 2 "
            + "WHEN \(cumulative) - \(total) / 2 > \(tolerance) THEN \(x) END"
    }
}
