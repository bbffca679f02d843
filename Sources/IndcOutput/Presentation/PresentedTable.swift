import IndcSemantics

/// How a presented number is shown: as a percentage or a plain number, with a fixed number of decimals.
public struct NumberStyle: Sendable, Equatable {
    /// A proportion shown times 100 with `%`.
    public var percent: Bool
    public var decimals: Int
    /// A change: a plus sign before positive numbers.
    public var signed = false
}

/// One field of a presented table.
public enum PresentedField: Sendable, Equatable {
    case empty
    case text(String)
    /// A number: its exact value, and how it is shown.
    case number(Double, NumberStyle)
    /// A withheld (suppressed) cell.
    case withheld
}

/// An indicator's results as the presentation formats show them: the columns a reader needs (no
/// numerator, standard error or degrees of freedom), headers in the vocabulary's language, values
/// styled by the indicator's `display` settings, labels for codes, missing values and total rows.
public struct PresentedTable: Sendable {
    public let indicator: Indicator
    /// The result column (`value`, `ci_low`, …) or data column each presented column shows.
    public let keys: [String]
    /// The headers, in the vocabulary's language.
    public let headers: [String]
    public let rows: [[PresentedField]]
    public let vocabulary: Vocabulary

    /// The presentation of `table` in `vocabulary`'s words.
    public init(_ table: ResultTable, vocabulary: Vocabulary) {
        let indicator = table.indicator
        self.indicator = indicator
        self.vocabulary = vocabulary
        let index = Dictionary(table.columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let valueAt = index["value"] ?? table.columns.count
        let labelled = Set(indicator.groupBy + (table.columns.firstIndex(of: "breakdown_value").map { Array(table.columns[($0 + 1)..<valueAt]) } ?? []))
        let filled = { (column: String) in index[column].map { at in table.rows.contains { $0[at] != .empty } } ?? false }
        var keys = indicator.groupBy
        if !indicator.breakdown.isEmpty { keys += ["breakdown", "breakdown_value"] }
        keys += table.columns.filter { labelled.contains($0) && !indicator.groupBy.contains($0) }
        keys.append("value")
        if filled("ci_low") || filled("ci_high") { keys += ["ci_low", "ci_high"] }
        keys.append("n")
        if indicator.period != nil { keys += ["previous", "change"] + (filled("change_significant") ? ["change_significant"] : []) }
        if indicator.target != nil {
            keys += ["target", "target_met"] + (filled("target_status") ? ["target_status"] : [])
        }
        if indicator.reliability != nil { keys.append("reliability") }
        if filled("note") { keys.append("note") }
        self.keys = keys
        headers = keys.map { key in
            guard key == "value" || key == "change", Self.style(indicator).percent else { return vocabulary.header(key) }
            return vocabulary.header(key) + (key == "change" ? (vocabulary.language == .nl ? " (procentpunt)" : " (percentage points)") : "")
        }
        let style = Self.style(indicator)
        rows = table.rows.map { row in
            let withheld = index["suppressed"].map { row[$0] != .empty } ?? false
            return keys.map { key in
                let field = index[key].map { row[$0] } ?? .empty
                return Self.present(field, key: key, row: row, index: index, style: style, withheld: withheld,
                                    indicator: table.indicator, vocabulary: vocabulary)
            }
        }
    }

    /// The style of an indicator's values: its form and decimals.
    public static func style(_ indicator: Indicator) -> NumberStyle {
        let presentation = indicator.presentation
        return NumberStyle(percent: presentation.form(for: indicator.unit) == .percent, decimals: presentation.decimals(for: indicator.unit))
    }

    private static func present(_ field: ResultField, key: String, row: [ResultField], index: [String: Int], style: NumberStyle,
                                withheld: Bool, indicator: Indicator, vocabulary: Vocabulary) -> PresentedField {
        switch key {
        case "value": return withheld ? .withheld : number(field, style)
        case "ci_low", "ci_high", "previous", "target": return number(field, style)
        case "change":
            var signed = style
            signed.signed = true
            return number(field, signed)
        case "n": return number(field, NumberStyle(percent: false, decimals: 0))
        case "change_significant", "target_met":
            if case .boolean(let flag) = field { return .text(vocabulary.yesNo(flag)) }
            return .empty
        case "target_status":
            if case .text(let status) = field { return .text(vocabulary.targetStatus(status)) }
            return .empty
        case "note":
            if case .text(let note) = field { return .text(vocabulary.note(note)) }
            return .empty
        case "reliability":
            if case .text(let judgement) = field { return .text(vocabulary.reliability(judgement)) }
            return .empty
        case "breakdown":
            return field == .empty ? .text(vocabulary.total) : .text(ValueLabels.text(of: field, vocabulary))
        case "breakdown_value":
            guard case .text(let dimension)? = index["breakdown"].map({ row[$0] }) else { return .text(vocabulary.total) }
            return ValueLabels(indicator: indicator, vocabulary: vocabulary).field(field, column: dimension)
        default:
            return ValueLabels(indicator: indicator, vocabulary: vocabulary).field(field, column: key)
        }
    }

    private static func number(_ field: ResultField, _ style: NumberStyle) -> PresentedField {
        switch field {
        case .number(let value): .number(value, style)
        case .integer(let value): .number(Double(value), style)
        default: .empty
        }
    }

    /// A field as text: numbers rounded and styled, with the vocabulary's decimal mark.
    public func text(_ field: PresentedField) -> String {
        Self.text(field, vocabulary)
    }

    /// A field as text in `vocabulary`'s words and decimal mark.
    public static func text(_ field: PresentedField, _ vocabulary: Vocabulary) -> String {
        switch field {
        case .empty: return ""
        case .text(let text): return text
        case .withheld: return vocabulary.withheld
        case .number(let value, let style):
            let digits = PresentedNumber.text(value, shift: style.percent ? 2 : 0, decimals: style.decimals, decimalMark: vocabulary.decimalMark)
            let sign = style.signed && value > 0 ? "+" : ""
            return sign + digits + (style.percent ? "%" : "")
        }
    }
}
