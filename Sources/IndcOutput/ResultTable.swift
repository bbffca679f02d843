import IndcEngine
import IndcSemantics

/// One field of a result table, typed so each writer can spell it its own way.
public enum ResultField: Sendable, Equatable {
    case empty
    case text(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
}

/// An indicator's result as a table: the columns of LANGUAGE.md "Results" and one row per result row.
public struct ResultTable: Sendable {
    public let indicator: Indicator
    public let columns: [String]
    public let rows: [[ResultField]]

    /// A table whose fields were computed elsewhere (by an SQL engine), with the columns of `init(_:)`.
    public init(indicator: Indicator, columns: [String], rows: [[ResultField]]) {
        self.indicator = indicator
        self.columns = columns
        self.rows = rows
    }

    public init(_ result: IndicatorResult) {
        indicator = result.indicator
        columns = ResultColumns.leading + result.indicator.groupBy + ResultColumns.breakdown
            + (result.distributionColumn.map { [$0] } ?? []) + ResultColumns.values
        rows = result.rows.map { row in
            var fields: [ResultField] = [.text(result.indicator.name)]
            fields += row.groups.map(Self.field)
            fields += [row.breakdown.map(ResultField.text) ?? .empty, Self.field(row.breakdownValue)]
            if result.distributionColumn != nil { fields.append(Self.field(row.level ?? .missing)) }
            fields += [Self.number(row.value), Self.number(row.numerator), Self.number(row.denominator),
                       row.n.map(ResultField.integer) ?? .empty, Self.text(row.suppressed),
                       Self.number(row.se), Self.number(row.ciLow), Self.number(row.ciHigh), row.df.map(ResultField.integer) ?? .empty,
                       Self.number(row.nEff), Self.number(row.previous), Self.number(row.change), Self.number(row.changeSE),
                       Self.number(row.changeP), row.changeSignificant.map(ResultField.boolean) ?? .empty,
                       Self.number(row.target), row.targetMet.map(ResultField.boolean) ?? .empty, Self.text(row.targetStatus),
                       Self.number(row.targetGap), Self.text(row.reliability), Self.text(row.note)]
            return fields
        }
    }

    private static func number(_ value: Double?) -> ResultField {
        value.map(ResultField.number) ?? .empty
    }

    private static func text(_ value: String?) -> ResultField {
        value.map(ResultField.text) ?? .empty
    }

    /// A group value as a field: labels and text as text, dates as `yyyy-mm-dd`.
    static func field(_ value: Value) -> ResultField {
        switch value {
        case .missing: .empty
        case .integer(let number): .integer(number)
        case .number(let number): .number(number)
        case .boolean(let flag): .boolean(flag)
        case .text(let text): .text(text)
        case .date: .text(value.isoDate ?? "")
        }
    }
}
