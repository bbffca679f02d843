import IndcPlan
import IndcSemantics

/// From cells to result rows: each cell's `n`, primary suppression (published as `withheld`), the rows
/// of a distribution's levels, and the value, numerator, denominator and note, withheld where suppressed.
/// Secondary suppression is refused upstream (`SQLCompiler`): only indicators that cannot need it compile.
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
        parts.append(CTE(name: cells.name("suppressed"), body: "SELECT *, \(id("__sup1")) AS \(id("__sup")) FROM \(cells.name("counted"))"))
        parts.append(CTE(name: cells.name("result"), body: values()))
        return parts
    }

    private func id(_ name: String) -> String { dialect.identifier(name) }

    private var minimumN: Int? {
        for case .suppress(let minimum) in cells.aggregation.post { return minimum }
        return nil
    }

    private func counted() -> String {
        let primary = minimumN.map { "CASE WHEN \(measure.count) < \($0) THEN \(dialect.string("withheld")) END" } ?? "NULL"
        return "SELECT *, \(measure.count) AS \(id("__n")), \(dialect.toText(primary)) AS \(id("__sup1")) FROM \(cells.name("cells"))"
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
