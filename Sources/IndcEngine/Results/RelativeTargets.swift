import IndcPlan
import IndcSemantics

/// Relative targets (`target >= 70% of OTHER`): each cell's target is a share of OTHER's value in the same cell.
enum RelativeTargets {
    /// Sets the targets of every result whose indicator has a relative target.
    /// `failed` are the indicators that were not computed (their dataset had errors).
    static func apply(to results: inout [IndicatorResult], failed: Set<String>) {
        let byName = Dictionary(uniqueKeysWithValues: results.map { ($0.indicator.name, $0) })
        for index in results.indices {
            guard let target = results[index].indicator.target, let other = target.relativeTo else { continue }
            let cells = byName[other].map { reference in
                Dictionary(reference.rows.map { (key($0, from: reference.indicator.groupBy, to: results[index].indicator.groupBy), $0) },
                           uniquingKeysWith: { first, _ in first })
            } ?? [:]
            for row in results[index].rows.indices {
                var result = results[index].rows[row]
                guard result.suppressed == nil else { continue }
                if let reference = cells[result.cellKey], reference.suppressed == nil, let base = reference.value {
                    result.target = target.value * base
                    result.targetMet = result.value.map { PostProcessing.meets($0, target.comparison, target.value * base) }
                    result.targetGap = result.value.map { $0 - target.value * base }
                } else {
                    result.note = result.note ?? (failed.contains(other) ? "\(other) was not computed" : "no value of \(other) in this cell")
                }
                results[index].rows[row] = result
            }
        }
    }

    /// A row's cell key with its group values in another indicator's `group by` order (the checker
    /// makes both indicators group by the same columns, perhaps listed in another order).
    private static func key(_ row: ResultRow, from order: [String], to wanted: [String]) -> [Value] {
        guard order != wanted else { return row.cellKey }
        let positions = wanted.map { order.firstIndex(of: $0) }
        guard !positions.contains(nil) else { return row.cellKey }
        var key = row.cellKey
        for (index, position) in positions.enumerated() { key[index] = row.groups[position!] }
        return key
    }
}
