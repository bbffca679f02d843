import IndcSemantics
import IndcSyntax

/// Comparisons of a decoded category column with its levels, compiled to comparisons of the level
/// the field's decoder matched (`RowState.levels`) instead of comparing label strings:
/// `sector = "MSZ"`, `modaliteit != "fysiek"`, `modaliteit in ("beeldcontact", "schriftelijk")`.
/// A missing value (level -1) gives missing, as the general comparison does.
extension RowCompiler {
    /// The slot of a decoded category column and the levels of the string literals, when the
    /// comparison is of that form (in either order) and every literal is a level; else nil.
    private func levelOperands(_ column: Expression, _ literals: [Expression]) -> (slot: Int, levels: [Int32])? {
        guard case .column(let name) = column.kind, levelSlots.contains(name.text), let slot = slots[name.text],
              case .category(let labels)? = dataset.type(of: name.text) else { return nil }
        var levels: [Int32] = []
        for literal in literals {
            guard case .string(let text) = literal.kind, let index = labels.firstIndex(of: text.value) else { return nil }
            levels.append(Int32(index))
        }
        return (slot, levels)
    }

    /// `column = "level"` or `column != "level"` (either side), or nil when not of that form.
    func levelEquality(_ left: Expression, _ right: Expression, negated: Bool) -> RowExpression? {
        guard let (slot, levels) = levelOperands(left, [right]) ?? levelOperands(right, [left]) else { return nil }
        let level = levels[0]
        return { row in
            let found = row.levels[slot]
            return found < 0 ? .missing : .boolean((found == level) != negated)
        }
    }

    /// `column in ("a", "b")` / `not in`, or nil when not of that form.
    func levelMembership(_ value: Expression, _ list: [Expression], negated: Bool) -> RowExpression? {
        guard let (slot, levels) = levelOperands(value, list), let highest = levels.max(), highest < 64 else { return nil }
        let mask = levels.reduce(UInt64(0)) { $0 | 1 << UInt64($1) }
        return { row in
            let found = row.levels[slot]
            return found < 0 ? .missing : .boolean((mask & (1 << UInt64(found)) != 0) != negated)
        }
    }
}
