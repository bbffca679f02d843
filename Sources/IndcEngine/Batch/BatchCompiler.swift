import IndcSemantics
import IndcSyntax

/// Compiles row conditions to `BatchCondition`s over a scan's decoded columns, or says (nil) that
/// an expression needs the row path: derived columns, text, arithmetic, function calls.
///
/// Each form gives what `RowCompiler` gives for every row: integers compare exactly with integer
/// literals, other numbers as doubles; a date column with a date string compares by day; a category
/// with its levels by index.
struct BatchCompiler {
    /// Per decoded column name: its slot in the batch and how its values are held.
    let columns: [String: (slot: Int, kind: ValueKind)]

    func condition(_ expression: Expression) -> BatchCondition? {
        switch expression.kind {
        case .boolean(let value):
            return BatchCondition(.constant(value ? BatchCondition.yes : BatchCondition.no))
        case .column(let name):
            guard let (slot, kind) = columns[name.text], case .boolean = kind else { return nil }
            return BatchCondition(.column(slot))
        case .not(let operand):
            return condition(operand).map { BatchCondition(.not($0)) }
        case .isMissing(let operand, let negated):
            guard case .column(let name) = operand.kind, let (slot, _) = columns[name.text] else { return nil }
            return BatchCondition(.isMissing(slot: slot, negated: negated))
        case .binary(let operation, let left, let right):
            if operation == .and || operation == .or {
                guard let a = condition(left), let b = condition(right) else { return nil }
                return BatchCondition(operation == .and ? .and(a, b) : .or(a, b))
            }
            guard operation.isComparison else { return nil }
            if let form = comparison(operation, left, right) { return BatchCondition(form) }
            return comparison(operation.mirrored, right, left).map(BatchCondition.init)
        case .inList(let value, let list, let negated):
            return membership(value, list, negated: negated).map(BatchCondition.init)
        case .between(let value, let low, let high):
            guard let above = comparison(.greaterEqual, value, low), let below = comparison(.lessEqual, value, high) else { return nil }
            return BatchCondition(.and(BatchCondition(above), BatchCondition(below)))
        case .number, .string, .negate, .call:
            return nil
        }
    }

    /// `column OP literal`, or nil when the operands are not of that form.
    private func comparison(_ operation: BinaryOperator, _ left: Expression, _ right: Expression) -> BatchCondition.Form? {
        guard case .column(let name) = left.kind, let (slot, kind) = columns[name.text] else { return nil }
        let isEquality = operation == .equal || operation == .notEqual
        switch kind {
        case .category, .boolean:
            guard isEquality, let mask = levelMask(kind, [right]) else { return nil }
            return .levels(slot: slot, mask: mask, negated: operation == .notEqual)
        case .integer, .date:
            let bound: Int64
            if case .date = kind {
                guard case .string(let text) = right.kind, let days = CivilDate.days(text.value) else { return nil }
                bound = Int64(days)
            } else {
                guard case .number(let literal) = right.kind else { return nil }
                guard let exact = Self.integer(literal) else {
                    return .compare(slot: slot, isInteger: true, operation: operation, value: literal.value)
                }
                bound = exact
            }
            return Self.range(slot: slot, operation, bound)
        case .number:
            guard case .number(let literal) = right.kind else { return nil }
            return .compare(slot: slot, isInteger: false, operation: operation, value: literal.value)
        }
    }

    /// An integer (or date) column against an exact bound, as a range.
    private static func range(slot: Int, _ operation: BinaryOperator, _ bound: Int64) -> BatchCondition.Form? {
        switch operation {
        case .equal: .integerRange(slot: slot, low: bound, high: bound, negated: false)
        case .notEqual: .integerRange(slot: slot, low: bound, high: bound, negated: true)
        case .less: bound == .min ? nil : .integerRange(slot: slot, low: .min, high: bound - 1, negated: false)
        case .lessEqual: .integerRange(slot: slot, low: .min, high: bound, negated: false)
        case .greater: bound == .max ? nil : .integerRange(slot: slot, low: bound + 1, high: .max, negated: false)
        case .greaterEqual: .integerRange(slot: slot, low: bound, high: .max, negated: false)
        default: nil
        }
    }

    private func membership(_ value: Expression, _ list: [Expression], negated: Bool) -> BatchCondition.Form? {
        guard case .column(let name) = value.kind, let (slot, kind) = columns[name.text] else { return nil }
        switch kind {
        case .category, .boolean:
            return levelMask(kind, list).map { .levels(slot: slot, mask: $0, negated: negated) }
        case .integer:
            let values = list.compactMap { item -> Int64? in
                guard case .number(let literal) = item.kind else { return nil }
                return Self.integer(literal)
            }
            return values.count == list.count ? .integers(slot: slot, values: values, negated: negated) : nil
        case .number:
            let values = list.compactMap { item -> Double? in
                guard case .number(let literal) = item.kind else { return nil }
                return literal.value
            }
            return values.count == list.count ? .numbers(slot: slot, values: values, negated: negated) : nil
        case .date:
            return nil
        }
    }

    /// The levels (category labels or booleans) the literals name, as a mask; a label that is no
    /// level matches no row, as comparing the label strings would.
    private func levelMask(_ kind: ValueKind, _ literals: [Expression]) -> UInt64? {
        var mask: UInt64 = 0
        for literal in literals {
            switch (kind, literal.kind) {
            case (.category(let labels), .string(let text)):
                guard labels.count <= 64 else { return nil }
                if let index = labels.firstIndex(of: .text(text.value)) { mask |= 1 << UInt64(index) }
            case (.boolean, .boolean(let value)):
                mask |= value ? 2 : 1
            default:
                return nil
            }
        }
        return mask
    }

    /// A literal the row path holds as an exact integer (`RowCompiler`), else nil.
    static func integer(_ literal: NumberLiteral) -> Int64? {
        literal.isInteger && abs(literal.value) < 9e15 ? Int64(literal.value) : nil
    }
}

extension BinaryOperator {
    /// The comparison with its operands swapped: `5 < x` is `x > 5`.
    var mirrored: BinaryOperator {
        switch self {
        case .less: .greater
        case .lessEqual: .greaterEqual
        case .greater: .less
        case .greaterEqual: .lessEqual
        default: self
        }
    }
}
