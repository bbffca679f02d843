import IndcPlan
import IndcSemantics

/// From cells to result rows: each cell's `n`, primary and complementary suppression, the rows of a
/// distribution's levels, and the value, numerator, denominator and note, withheld where suppressed.
///
/// The relation it ends with (`<prefix>_result`) has the group columns, `__bname` (the breakdown
/// dimension or NULL), the breakdown columns, `__set`, `__lpos` and `__level` for a distribution,
/// and `__value`, `__num`, `__den`, `__n`, `__sup`, `__note`.
struct CellResults {
    let cells: CellQuery
    let measure: MeasureSQL
    let order: ResultOrder
    var dialect: SQLDialect { cells.dialect }
    var indicator: Indicator { cells.aggregation.indicator }

    func parts() -> [CTE] {
        var parts = [CTE(name: cells.name("counted"), body: counted())]
        if let compared = compared() {
            parts.append(CTE(name: cells.name("neighbours"), body: compared))
            parts.append(CTE(name: cells.name("suppressed"), body: complementary()))
        } else {
            parts.append(CTE(name: cells.name("suppressed"), body: "SELECT *, \(id("__sup1")) AS \(id("__sup")) FROM \(cells.name("counted"))"))
        }
        parts.append(CTE(name: cells.name("result"), body: values()))
        return parts
    }

    private func id(_ name: String) -> String { dialect.identifier(name) }

    private var minimumN: Int? {
        for case .suppress(let minimum) in cells.aggregation.post { return minimum }
        return nil
    }

    private func counted() -> String {
        let primary = minimumN.map { "CASE WHEN \(measure.count) < \($0) THEN \(dialect.string("n < \($0)")) END" } ?? "NULL"
        return "SELECT *, \(measure.count) AS \(id("__n")), \(dialect.toText(primary)) AS \(id("__sup1")) FROM \(cells.name("cells"))"
    }

    /// Whether a cell adds to its total (as the native engine's `Suppression.complementary`): it rests on
    /// rows (n > 0); for a ratio, whose numerator may have rows where n has none, every cell.
    private var adds: String {
        cells.aggregation.isSingleAggregate ? "\(id("__n")) > 0" : "1 = 1"
    }

    /// For complementary suppression: per group values, whether the total is shown; per group values and
    /// dimension, how many suppressed cells add to the total and each shown cell's rank (those that add
    /// first, by n, then result order).
    private func compared() -> String? {
        guard minimumN != nil, !indicator.breakdown.isEmpty, cells.aggregation.isAdditive else { return nil }
        let groups = indicator.groupBy.map(id)
        let byGroup = groups.isEmpty ? "" : "PARTITION BY \(groups.joined(separator: ", "))"
        let byDimension = "PARTITION BY \((groups + [id("__set")]).joined(separator: ", "))"
        let resultOrder = indicator.breakdown.map { order.item(cells.breakdownColumn($0), column: $0) }
        let rank = (["CASE WHEN \(id("__sup1")) IS NULL AND \(adds) THEN 0 ELSE 1 END", id("__n")] + resultOrder).joined(separator: ", ")
        return "SELECT *, "
            + "max(CASE WHEN \(id("__set")) = 0 AND \(id("__sup1")) IS NULL THEN 1 ELSE 0 END) OVER (\(byGroup)) AS \(id("__total_shown")), "
            + "sum(CASE WHEN \(id("__sup1")) IS NOT NULL AND \(adds) THEN 1 ELSE 0 END) OVER (\(byDimension)) AS \(id("__suppressed_cells")), "
            + "row_number() OVER (\(byDimension) ORDER BY \(rank)) AS \(id("__rank")) FROM \(cells.name("counted"))"
    }

    private func complementary() -> String {
        let lone = "\(id("__set")) > 0 AND \(id("__total_shown")) = 1 AND \(id("__suppressed_cells")) = 1 AND \(id("__rank")) = 1 "
            + "AND \(id("__sup1")) IS NULL AND \(adds)"
        return "SELECT *, CASE WHEN \(id("__sup1")) IS NOT NULL THEN \(id("__sup1")) WHEN \(lone) THEN \(dialect.string("complementary")) END "
            + "AS \(id("__sup")) FROM \(cells.name("neighbours"))"
    }

    private func values() -> String {
        var keys = indicator.groupBy.map(id)
        let names = indicator.breakdown.enumerated().map { "WHEN \($0 + 1) THEN \(dialect.string($1))" }
        keys.append(names.isEmpty ? "\(dialect.toText("NULL")) AS \(id("__bname"))" : "CASE \(id("__set")) \(names.joined(separator: " ")) END AS \(id("__bname"))")
        keys += indicator.breakdown.map(cells.breakdownColumn) + [id("__set")]
        let shown = "\(id("__sup")) IS NULL"
        var relation = cells.name("suppressed")
        var outcome: MeasureSQL.Outcome
        var parts: (numerator: String, denominator: String)
        if case .aggregate(let slot) = cells.aggregation.formula, cells.aggregation.aggregates[slot].function == .distribution {
            let levels = cells.aggregates.levels
            let table = levels.enumerated().map { "SELECT \($0) AS \(id("__lpos")), \($1) AS \(id("__level"))" }.joined(separator: " UNION ALL ")
            relation += " CROSS JOIN (\(table)) \(id("__levels"))"
            keys += [id("__lpos"), id("__level")]
            let sum = "(CASE \(id("__lpos")) " + levels.indices.map { "WHEN \($0) THEN \(cells.aggregates.column(slot, "l\($0)"))" }.joined(separator: " ") + " END)"
            let rows = cells.aggregates.column(slot, "rows")
            let weight = dialect.toDouble(cells.aggregates.column(slot, "w"))
            outcome = MeasureSQL.Outcome(
                value: "(CASE WHEN \(rows) > 0 AND \(weight) <> 0 THEN \(dialect.toDouble(sum)) / \(weight) END)",
                note: "(CASE WHEN \(rows) = 0 THEN \(dialect.string("no values")) WHEN \(weight) = 0 THEN \(dialect.string("division by zero")) END)")
            parts = (dialect.toDouble(sum), weight)
        } else {
            outcome = measure.outcome(cells.aggregation.formula)
            parts = measure.parts()
        }
        let scaled = measure.scale == 1 ? outcome.value : "(\(outcome.value) * \(dialect.double(measure.scale)))"
        let columns = keys + [
            "CASE WHEN \(shown) THEN \(dialect.toDouble(scaled)) END AS \(id("__value"))",
            "CASE WHEN \(shown) THEN \(dialect.toDouble(parts.numerator)) END AS \(id("__num"))",
            "CASE WHEN \(shown) THEN \(dialect.toDouble(parts.denominator)) END AS \(id("__den"))",
            "CASE WHEN \(shown) THEN \(id("__n")) END AS \(id("__n"))",
            "\(id("__sup"))",
            "CASE WHEN \(shown) THEN \(dialect.toText(outcome.note)) END AS \(id("__note"))",
        ]
        return "SELECT \(columns.joined(separator: ", ")) FROM \(relation)"
    }
}
