import IndcPlan
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


/// The outer SELECT: the columns of the native results, named and ordered as `indc run` writes them,
/// and the rows in result order (group values, total before the breakdowns in declared order, the
/// breakdown value, the distribution level).
struct OutputColumns {
    let aggregation: IndicatorAggregation
    let order: ResultOrder
    let dialect: SQLDialect

    private func id(_ name: String) -> String { dialect.identifier(name) }

    func select(from relation: String) -> String {
        let indicator = aggregation.indicator
        let double = dialect.toDouble("NULL")
        let breakdownValues = indicator.breakdown.enumerated().map { index, dimension in
            "WHEN \(index + 1) THEN \(order.text(id("__b_\(dimension)"), column: dimension))"
        }
        var columns = ["\(dialect.string(indicator.name)) AS \(id("indicator"))"] + indicator.groupBy.map(id)
        columns.append("\(id("__bname")) AS \(id("breakdown"))")
        columns.append((breakdownValues.isEmpty ? dialect.toText("NULL") : "CASE \(id("__set")) \(breakdownValues.joined(separator: " ")) END")
                       + " AS \(id("breakdown_value"))")
        if let column = aggregation.distributionColumn { columns.append("\(id("__level")) AS \(id(column.span.text))") }
        columns += [
            "\(id("__value")) AS \(id("value"))", "\(id("__num")) AS \(id("numerator"))", "\(id("__den")) AS \(id("denominator"))",
            "\(id("__n")) AS \(id("n"))", "\(id("__sup")) AS \(id("suppressed"))",
            "\(double) AS \(id("se"))", "\(double) AS \(id("ci_low"))", "\(double) AS \(id("ci_high"))",
            "CAST(NULL AS BIGINT) AS \(id("df"))", "\(double) AS \(id("n_eff"))",
            "\(id("__previous")) AS \(id("previous"))", "\(id("__change")) AS \(id("change"))",
            "\(double) AS \(id("change_se"))", "\(double) AS \(id("change_p"))", "CAST(NULL AS BOOLEAN) AS \(id("change_significant"))",
            "\(id("__target")) AS \(id("target"))", "\(id("__met")) AS \(id("target_met"))", "\(id("__status")) AS \(id("target_status"))",
            "\(id("__gap")) AS \(id("target_gap"))", "\(dialect.toText("NULL")) AS \(id("reliability"))", "\(id("__pnote")) AS \(id("note"))",
        ]
        var sort = indicator.groupBy.map { order.item(id($0), column: $0) } + [id("__set")]
        sort += indicator.breakdown.map { order.item(id("__b_\($0)"), column: $0) }
        if aggregation.distributionColumn != nil { sort.append(id("__lpos")) }
        return "SELECT \(columns.joined(separator: ", "))\nFROM \(relation)\nORDER BY \(sort.joined(separator: ", "))"
    }
}
