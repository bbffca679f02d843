import IndcPlan

/// Disclosure control: small cells are withheld (`minimum n`), and where a breakdown's cells add up to
/// a shown total, a second cell is withheld beside a lone suppressed one so it cannot be recomputed.
enum Suppression {
    /// Withholds a cell: it keeps only the reason; no value, numerator, denominator, n, interval,
    /// effective size or note that could reveal what was withheld.
    static func suppress(_ row: inout ResultRow, reason: String) {
        if row.suppressed == nil { row.withheldN = row.n ?? 0 }
        row.value = nil
        row.numerator = nil
        row.denominator = nil
        row.n = nil
        row.se = nil
        row.ciLow = nil
        row.ciHigh = nil
        row.df = nil
        row.nEff = nil
        row.note = nil
        row.reliability = nil
        row.suppressed = reason
    }

    /// Withholds the cells whose n is below `minimumN`.
    static func primary(_ rows: inout [ResultRow], minimumN: Int) {
        for index in rows.indices where (rows[index].n ?? 0) < minimumN {
            suppress(&rows[index], reason: "n < \(minimumN)")
        }
    }

    /// Complementary suppression: per group and breakdown dimension, when the total is shown and
    /// exactly one withheld cell adds to it, also the shown cell with the smallest n that adds to it
    /// (the first in result order among equals) is withheld, with reason `complementary`. A cell adds
    /// to the total when it rests on rows (n > 0); with `restsOnN` false (a ratio, whose numerator may
    /// have rows where n has none) every cell adds. A distribution's level rows are one cell. `rows`
    /// must be sorted.
    static func complementary(_ rows: inout [ResultRow], breakdowns: [String], restsOnN: Bool) {
        func adds(_ row: ResultRow) -> Bool { !restsOnN || (row.suppressed == nil ? row.n ?? 0 : row.withheldN) > 0 }
        guard !breakdowns.isEmpty else { return }
        var byGroup: [[Value]: [Int]] = [:]
        for index in rows.indices { byGroup[rows[index].groups, default: []].append(index) }
        for indices in byGroup.values {
            guard indices.contains(where: { rows[$0].breakdown == nil }),
                  indices.allSatisfy({ rows[$0].breakdown != nil || rows[$0].suppressed == nil }) else { continue }
            for dimension in breakdowns {
                var cells: [(value: Value, rows: [Int])] = []
                for index in indices where rows[index].breakdown == dimension {
                    if let last = cells.indices.last, cells[last].value == rows[index].breakdownValue {
                        cells[last].rows.append(index)
                    } else {
                        cells.append((rows[index].breakdownValue, [index]))
                    }
                }
                let suppressed = cells.filter { $0.rows.contains { rows[$0].suppressed != nil } && adds(rows[$0.rows[0]]) }
                guard suppressed.count == 1 else { continue }
                let shown = cells.filter { $0.rows.allSatisfy { rows[$0].suppressed == nil } && adds(rows[$0.rows[0]]) }
                guard let smallest = shown.min(by: { (rows[$0.rows[0]].n ?? 0) < (rows[$1.rows[0]].n ?? 0) }) else { continue }
                for index in smallest.rows { suppress(&rows[index], reason: "complementary") }
            }
        }
    }
}
