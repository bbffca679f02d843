// Values of a row while the engine evaluates it: decoded fields, derived columns, group keys.

/// One value of a row: a decoded field, a derived column, or an expression's result.
///
/// Category values are their labels (`.text`); integers stay exact; dates are days since 1970-01-01.
public enum Value: Hashable, Sendable {
    case missing
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case text(String)
    case date(Int)

    /// Whether the value is missing (an empty field, a missing code, or a missing result).
    public var isMissing: Bool {
        if case .missing = self { return true }
        return false
    }

    /// The value as a number, for arithmetic and numeric aggregates; nil for missing and non-numbers.
    var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    /// The value as a condition: true, false, or nil for missing.
    var condition: Bool? {
        if case .boolean(let value) = self { return value }
        return nil
    }

    /// `.integer` widened to `.number`, so a number-typed column holds one kind of value.
    var asNumber: Value {
        if case .integer(let value) = self { return .number(Double(value)) }
        return self
    }
}

/// Comparisons with SQL NULL semantics: a missing operand gives a missing result.
extension Value {
    /// Whether two values are equal, or nil when either is missing.
    static func equal(_ left: Value, _ right: Value) -> Bool? {
        switch (left, right) {
        case (.missing, _), (_, .missing): nil
        case (.integer(let a), .integer(let b)): a == b
        case (.text(let a), .text(let b)): a == b
        case (.boolean(let a), .boolean(let b)): a == b
        case (.date(let a), .date(let b)): a == b
        default: left.number.flatMap { a in right.number.map { a == $0 } }
        }
    }

    /// The order of two values (-1, 0, 1), or nil when either is missing or they have no order.
    static func order(_ left: Value, _ right: Value) -> Int? {
        switch (left, right) {
        case (.missing, _), (_, .missing): return nil
        case (.integer(let a), .integer(let b)): return a < b ? -1 : a == b ? 0 : 1
        case (.date(let a), .date(let b)): return a < b ? -1 : a == b ? 0 : 1
        default:
            guard let a = left.number, let b = right.number else { return nil }
            return a < b ? -1 : a == b ? 0 : 1
        }
    }
}

extension Value {
    /// A date value written `yyyy-mm-dd`; nil for other values.
    public var isoDate: String? {
        if case .date(let days) = self { return CivilDate.text(days) }
        return nil
    }
}
