import IndcPlan

/// Disclosure control: small cells are withheld (`minimum n`); the run's audit (`LinkedSuppression`)
/// then withholds what would give them away. Where the audit cannot run (too many atoms), a breakdown's
/// lone withheld cell gets a second one beside it (`complementary`), per indicator.
enum Suppression {
    /// What published files say of every withheld cell, whatever the reason.
    static let published = "withheld"

    /// Withholds a cell: it keeps only `withheld`; no value, numerator, denominator, n, interval,
    /// effective size, reliability, target or note that could reveal what was withheld. The reason
    /// goes to `withheldBecause`, for the analyst only.
    static func suppress(_ row: inout ResultRow, reason: String) {
        guard row.suppressed == nil else { return }
        row.withheldN = row.n ?? 0
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
        row.targetMet = nil
        row.targetGap = nil
        row.targetStatus = nil
        row.suppressed = published
        row.withheldBecause = reason
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
                for index in smallest.rows { suppress(&rows[index], reason: "secondary: complementary, without the audit") }
            }
        }
    }
}
