import IndcSemantics

/// The order of result rows (LANGUAGE.md): category levels in declared order, numbers and dates
/// ascending, false before true, text by its UTF-8 bytes, missing last.
struct ResultOrder {
    let dataset: Dataset
    let dialect: SQLDialect

    /// The sort key of a column's values (a category's level position, else the value itself).
    func key(_ expression: String, column: String) -> String {
        switch dataset.type(of: column) {
        case .category(let levels)?:
            let branches = levels.enumerated().map { "WHEN \(dialect.string($1)) THEN \($0)" }.joined(separator: " ")
            return "(CASE \(expression) \(branches) END)"
        case .text?: return dialect.byteOrder(expression)
        default: return expression
        }
    }

    /// An ORDER BY item: the column's order, missing last.
    func item(_ expression: String, column: String) -> String {
        "\(key(expression, column: column)) NULLS LAST"
    }

    /// A value as the text of a `breakdown_value` field: labels and numbers as written, booleans `true`/`false`, dates `yyyy-mm-dd`.
    func text(_ expression: String, column: String) -> String {
        switch dataset.type(of: column) {
        case .boolean?: "(CASE WHEN \(expression) THEN 'true' WHEN NOT \(expression) THEN 'false' END)"
        case .text?, .category?: expression
        default: dialect.toText(expression)
        }
    }

    /// A period as a point in time: a year as itself, a date as a fractional year; nil for other types.
    func position(_ expression: String, column: String) -> String? {
        switch dataset.type(of: column) {
        case .integer?, .number?:
            return dialect.toDouble(expression)
        case .date?:
            let year = "EXTRACT(YEAR FROM \(expression))"
            let leap = "((\(year) % 4 = 0 AND \(year) % 100 <> 0) OR \(year) % 400 = 0)"
            let day = "(EXTRACT(DOY FROM \(expression)) - 1)"
            return "(\(dialect.toDouble(year)) + \(dialect.toDouble(day)) / (CASE WHEN \(leap) THEN 366 ELSE 365 END))"
        default:
            return nil
        }
    }

    /// Whether a period of this column is a date (a target year then ends at the end of that year).
    func isDate(_ column: String) -> Bool {
        dataset.type(of: column) == .date
    }
}
