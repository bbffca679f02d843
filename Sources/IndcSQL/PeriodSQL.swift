import IndcSemantics

/// Change over time (`period NAME`): each row's previous value is the same cell's in the preceding
/// period (no skipping back, neither side suppressed); with `target … by YEAR` the latest period's
/// row gets `met`, or a status from the least-squares line through the cell's gaps (STATISTICS.md).
struct PeriodSQL {
    let indicator: Indicator
    let order: ResultOrder
    let dialect: SQLDialect
    /// The identifiers of the cell's columns other than the group columns (breakdown, level).
    let cellColumns: [String]
    /// Names the parts.
    let name: (String) -> String

    private func id(_ name: String) -> String { dialect.identifier(name) }

    /// The parts after `relation` (which has `__value`, `__gap`, `__met`, `__sup`, `__tnote`); the last
    /// has `__previous`, `__change`, `__status` and `__pnote` (the note with the status's reasons).
    func parts(after relation: String) -> [CTE] {
        guard let period = indicator.period else {
            let none = dialect.toDouble("NULL")
            return [CTE(name: name("compared"), body: "SELECT *, \(none) AS \(id("__previous")), \(none) AS \(id("__change")), "
                        + "\(dialect.toText("NULL")) AS \(id("__status")), \(id("__tnote")) AS \(id("__pnote")) FROM \(relation)")]
        }
        let column = id(period)
        let series = "PARTITION BY " + ([("(\(column) IS NULL)")] + indicator.groupBy.filter { $0 != period }.map(id) + cellColumns).joined(separator: ", ")
        let ranked = "SELECT *, CASE WHEN \(column) IS NOT NULL THEN dense_rank() OVER (PARTITION BY (\(column) IS NULL) ORDER BY "
            + "\(order.key(column, column: period))) END AS \(id("__prank")) FROM \(relation)"
        let lagged = "SELECT *, lag(\(id("__prank"))) OVER (\(series) ORDER BY \(id("__prank"))) AS \(id("__lrank")), "
            + "lag(\(id("__value"))) OVER (\(series) ORDER BY \(id("__prank"))) AS \(id("__lvalue")), "
            + "max(\(id("__prank"))) OVER () AS \(id("__latest")) FROM \(name("periods"))"
        let previous = "CASE WHEN \(id("__lrank")) = \(id("__prank")) - 1 AND \(id("__value")) IS NOT NULL THEN \(id("__lvalue")) END"
        var parts = [CTE(name: name("periods"), body: ranked), CTE(name: name("lagged"), body: lagged)]
        let withPrevious = "SELECT *, \(previous) AS \(id("__previous")), (\(id("__value")) - (\(previous))) AS \(id("__change")) FROM \(name("lagged"))"
        guard let target = indicator.target, let deadline = target.deadline else {
            parts.append(CTE(name: name("changed"), body: withPrevious))
            parts.append(CTE(name: name("compared"), body: "SELECT *, \(dialect.toText("NULL")) AS \(id("__status")), \(id("__tnote")) AS \(id("__pnote")) FROM \(name("changed"))"))
            return parts
        }
        parts.append(CTE(name: name("changed"), body: withPrevious))
        let latest = "\(id("__prank")) = \(id("__latest")) AND \(id("__sup")) IS NULL AND \(id("__met")) IS NOT NULL"
        guard let position = order.position(column, column: period) else {
            let note = dialect.string("no target status: the period is not a year or date")
            parts.append(CTE(name: name("compared"), body: "SELECT *, CASE WHEN \(latest) AND \(id("__met")) THEN 'met' END AS \(id("__status")), "
                             + "\(appending("CASE WHEN \(latest) AND NOT \(id("__met")) THEN \(note) END")) AS \(id("__pnote")) FROM \(name("changed"))"))
            return parts
        }
        let end = dialect.double(Double(order.isDate(period) ? deadline + 1 : deadline))
        let points = "SELECT *, count(\(id("__px"))) OVER (\(series)) AS \(id("__points")), avg(\(id("__px"))) OVER (\(series)) AS \(id("__mx")), "
            + "avg(CASE WHEN \(id("__px")) IS NOT NULL THEN \(id("__gap")) END) OVER (\(series)) AS \(id("__mg")) "
            + "FROM (SELECT *, \(position) AS \(id("__x")), CASE WHEN \(id("__gap")) IS NOT NULL THEN \(position) END AS \(id("__px")) FROM \(name("changed"))) \(id("__p"))"
        let spread = "SELECT *, sum((\(id("__px")) - \(id("__mx"))) * (\(id("__px")) - \(id("__mx")))) OVER (\(series)) AS \(id("__sxx")), "
            + "sum((\(id("__px")) - \(id("__mx"))) * (\(id("__gap")) - \(id("__mg")))) OVER (\(series)) AS \(id("__sxy")) FROM \(name("points"))"
        let slope = "(CASE WHEN \(id("__sxx")) > 0 THEN \(id("__sxy")) / \(id("__sxx")) ELSE 0 END)"
        let projected = "(\(id("__mg")) + \(slope) * (\(end) - \(id("__mx"))))"
        let status = "CASE WHEN \(latest) THEN CASE WHEN \(id("__met")) THEN 'met' WHEN \(id("__x")) >= \(end) THEN 'off track' "
            + "WHEN \(id("__points")) < 2 THEN NULL WHEN \(projected) \(target.comparison.rawValue) 0 THEN 'on track' ELSE 'off track' END END"
        let onePeriod = "CASE WHEN \(latest) AND NOT \(id("__met")) AND \(id("__x")) < \(end) AND \(id("__points")) < 2 "
            + "THEN \(dialect.string("no target status: one period")) END"
        parts.append(CTE(name: name("points"), body: points))
        parts.append(CTE(name: name("spread"), body: spread))
        parts.append(CTE(name: name("compared"), body: "SELECT *, \(status) AS \(id("__status")), \(appending(onePeriod)) AS \(id("__pnote")) FROM \(name("spread"))"))
        return parts
    }

    /// The note with `reason` (an expression, NULL for none) added after `; `.
    private func appending(_ reason: String) -> String {
        let note = id("__tnote")
        return "CASE WHEN (\(reason)) IS NULL THEN \(note) WHEN \(note) IS NULL THEN \(reason) ELSE \(dialect.concat([note, "'; '", reason])) END"
    }
}
