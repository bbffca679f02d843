import IndcPlan
import IndcSemantics

/// Targets in the outer query: a fixed target on every row, met and gap on shown rows; a relative
/// target (`P% of OTHER`) from OTHER's value in the same cell, joined from OTHER's own result.
struct TargetSQL {
    let indicator: Indicator
    let dialect: SQLDialect

    private func id(_ name: String) -> String { dialect.identifier(name) }

    /// The relation with `__target`, `__met`, `__gap` and `__tnote` (the note, for a relative target with why OTHER gives no target).
    /// `other` is OTHER's result relation and indicator, for a relative target.
    func targeted(_ relation: String, other: (relation: String, indicator: Indicator, hasLevels: Bool)?, hasLevels: Bool) -> String {
        guard let target = indicator.target else {
            let none = dialect.toDouble("NULL")
            return "SELECT *, \(none) AS \(id("__target")), CAST(NULL AS BOOLEAN) AS \(id("__met")), \(none) AS \(id("__gap")), "
                + "\(id("__note")) AS \(id("__tnote")) FROM \(relation)"
        }
        guard let other else {
            let value = dialect.double(target.value)
            let met = "(\(id("__value")) \(target.comparison.rawValue) \(value))"
            return "SELECT *, \(value) AS \(id("__target")), \(met) AS \(id("__met")), "
                + "(\(id("__value")) - \(value)) AS \(id("__gap")), \(id("__note")) AS \(id("__tnote")) FROM \(relation)"
        }
        let base = "\(id("__other")).\(id("__value"))"
        let goal = "CASE WHEN \(id("__self")).\(id("__sup")) IS NULL AND \(base) IS NOT NULL THEN \(dialect.double(target.value)) * \(base) END"
        let note = dialect.string("no value of \(other.indicator.name) in this cell")
        let columns = [
            "\(id("__self")).*",
            "\(goal) AS \(id("__target"))",
            "(\(id("__self")).\(id("__value")) \(target.comparison.rawValue) (\(goal))) AS \(id("__met"))",
            "(\(id("__self")).\(id("__value")) - (\(goal))) AS \(id("__gap"))",
            "CASE WHEN \(id("__self")).\(id("__sup")) IS NULL AND \(base) IS NULL THEN coalesce(\(id("__self")).\(id("__note")), \(note)) "
                + "ELSE \(id("__self")).\(id("__note")) END AS \(id("__tnote"))",
        ]
        return "SELECT \(columns.joined(separator: ", ")) FROM \(relation) \(id("__self")) LEFT JOIN \(other.relation) \(id("__other")) ON "
            + sameCell(other.indicator, bothLevels: hasLevels == other.hasLevels, levels: hasLevels)
    }

    /// The join condition of the same cell in both indicators: group values, breakdown dimension and
    /// value, distribution level (by column name, so the order of the clauses does not matter).
    private func sameCell(_ other: Indicator, bothLevels: Bool, levels: Bool) -> String {
        guard bothLevels else { return "FALSE" }
        let columns = indicator.groupBy.map(id) + [id("__bname")]
            + indicator.breakdown.filter(other.breakdown.contains).map { id("__b_\($0)") }
            + (levels ? [id("__level")] : [])
        return columns.map { dialect.sameValue("\(id("__self")).\($0)", "\(id("__other")).\($0)") }.joined(separator: " AND ")
    }
}
