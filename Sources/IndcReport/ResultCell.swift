import IndcOutput

/// One result row read by column name: its keys (group, breakdown and level values as text) and its numbers.
public struct ResultCell: Sendable {
    private let fields: [ResultField]
    private let index: [String: Int]

    init(fields: [ResultField], index: [String: Int]) {
        self.fields = fields
        self.index = index
    }

    /// The field of `column`, empty when the table has no such column.
    public func field(_ column: String) -> ResultField {
        guard let position = index[column], position < fields.count else { return .empty }
        return fields[position]
    }

    /// A key column's value as text; nil when empty (a missing group value).
    public func key(_ column: String) -> String? {
        switch field(column) {
        case .empty: nil
        case .text(let text): text
        case .integer(let number): String(number)
        case .number(let number): PlainNumber.text(number)
        case .boolean(let flag): flag ? "true" : "false"
        }
    }

    /// A numeric column's value.
    public func number(_ column: String) -> Double? {
        switch field(column) {
        case .integer(let number): Double(number)
        case .number(let number): number.isFinite ? number : nil
        default: nil
        }
    }

    /// A text column's value; nil when empty.
    public func text(_ column: String) -> String? {
        if case .text(let text) = field(column), !text.isEmpty { return text }
        return nil
    }

    /// A true/false column's value.
    public func flag(_ column: String) -> Bool? {
        if case .boolean(let flag) = field(column) { return flag }
        return nil
    }

    public var value: Double? { number("value") }
    public var ciLow: Double? { number("ci_low") }
    public var ciHigh: Double? { number("ci_high") }
    public var n: Int? { number("n").flatMap { Int(exactly: $0.rounded()) } }
    /// Why the value is withheld (`n < 30`), or nil.
    public var suppressed: String? { text("suppressed") }
    public var change: Double? { number("change") }
    public var changeSignificant: Bool? { flag("change_significant") }
    public var target: Double? { number("target") }
    /// `met`, `not met`, `on track`, … as the engine wrote it.
    public var targetStatus: String? { text("target_status") }
    public var targetMet: Bool? { flag("target_met") }
    public var note: String? { text("note") }
    /// The breakdown dimension, or nil for the total.
    public var breakdown: String? { text("breakdown") }
}
