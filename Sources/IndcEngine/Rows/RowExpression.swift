import IndcSemantics
import IndcSyntax

/// The values of the row being evaluated: the scan's decoded columns, then its derived columns.
///
/// The slots are fixed-size buffers allocated once per scan thread: writing a slot for every field
/// of every row then costs no copy-on-write uniqueness check. A row is only ever used by one scan's
/// thread, one access at a time.
final class RowState {
    let values: UnsafeMutableBufferPointer<Value>
    /// The `KeyCoder` code of each grouping column's value.
    let codes: UnsafeMutableBufferPointer<Int32>
    /// For category columns: the level the field matched (declared order), -1 when missing.
    let levels: UnsafeMutableBufferPointer<Int32>

    init(width: Int) {
        values = .allocate(capacity: width)
        values.initialize(repeating: .missing)
        codes = .allocate(capacity: width)
        codes.initialize(repeating: 0)
        levels = .allocate(capacity: width)
        levels.initialize(repeating: -1)
    }

    deinit {
        values.deinitialize().deallocate()
        codes.deallocate()
        levels.deallocate()
    }
}

/// A compiled row-level expression.
typealias RowExpression = (RowState) -> Value

/// Compiles row-level expressions (filters, derived columns, aggregate inputs) to closures over a row.
///
/// Missing values follow SQL NULL logic (LANGUAGE.md): arithmetic and comparisons with a missing
/// operand are missing, `and`/`or` are three-valued, division by zero is missing.
struct RowCompiler {
    let dataset: Dataset
    /// Each visible column's position in `RowState.values`.
    let slots: [String: Int]
    /// The decoded category columns whose matched level the row keeps in `RowState.levels`.
    var levelSlots: Set<String> = []

    func compile(_ expression: Expression) -> RowExpression {
        switch expression.kind {
        case .number(let literal):
            let value: Value = literal.isInteger && abs(literal.value) < 9e15 ? .integer(Int(literal.value)) : .number(literal.value)
            return { _ in value }
        case .string(let literal):
            let value = Value.text(literal.value)
            return { _ in value }
        case .boolean(let literal):
            return { _ in .boolean(literal) }
        case .column(let name):
            let slot = slots[name.text]!
            return { $0.values[slot] }
        case .negate(let operand):
            let value = compile(operand)
            return { Arithmetic.apply(.subtract, .integer(0), value($0)) }
        case .not(let operand):
            let value = compile(operand)
            return { row in value(row).condition.map { .boolean(!$0) } ?? .missing }
        case .binary(let operation, let left, let right):
            return binary(operation, left, right)
        case .inList(let value, let list, let negated):
            return membership(value, list, negated: negated)
        case .between(let value, let low, let high):
            let subject = compile(value)
            let lower = operand(low, comparedWith: value)
            let upper = operand(high, comparedWith: value)
            return { row in
                let x = subject(row)
                let above = Value.order(x, lower(row)).map { $0 >= 0 }
                let below = Value.order(x, upper(row)).map { $0 <= 0 }
                return Logic.and(above, below)
            }
        case .isMissing(let operand, let negated):
            let value = compile(operand)
            return { .boolean(value($0).isMissing != negated) }
        case .call(let call):
            return function(call, expression)
        }
    }

    private func binary(_ operation: BinaryOperator, _ left: Expression, _ right: Expression) -> RowExpression {
        let a = operand(left, comparedWith: right)
        let b = operand(right, comparedWith: left)
        switch operation {
        case .and: return { row in Logic.and(a(row).condition, b(row).condition) }
        case .or: return { row in Logic.or(a(row).condition, b(row).condition) }
        case .add, .subtract, .multiply, .divide: return { row in Arithmetic.apply(operation, a(row), b(row)) }
        case .equal:
            return levelEquality(left, right, negated: false) ?? { row in Value.equal(a(row), b(row)).map(Value.boolean) ?? .missing }
        case .notEqual:
            return levelEquality(left, right, negated: true) ?? { row in Value.equal(a(row), b(row)).map { .boolean(!$0) } ?? .missing }
        case .less: return { row in Value.order(a(row), b(row)).map { .boolean($0 < 0) } ?? .missing }
        case .lessEqual: return { row in Value.order(a(row), b(row)).map { .boolean($0 <= 0) } ?? .missing }
        case .greater: return { row in Value.order(a(row), b(row)).map { .boolean($0 > 0) } ?? .missing }
        case .greaterEqual: return { row in Value.order(a(row), b(row)).map { .boolean($0 >= 0) } ?? .missing }
        }
    }

    /// `x in (a, b)`: true if x equals one of them; missing if x is missing, or if none matches and one is missing.
    private func membership(_ value: Expression, _ list: [Expression], negated: Bool) -> RowExpression {
        if let fast = levelMembership(value, list, negated: negated) { return fast }
        let subject = compile(value)
        let items = list.map { operand($0, comparedWith: value) }
        return { row in
            let x = subject(row)
            var sawMissing = false
            for item in items {
                switch Value.equal(x, item(row)) {
                case true?: return .boolean(!negated)
                case nil: sawMissing = true
                case false?: continue
                }
            }
            return sawMissing ? .missing : .boolean(negated)
        }
    }

    /// An operand compared with `other`: a string literal compared with a date is that date (`meetdatum >= "2024-01-01"`).
    func operand(_ expression: Expression, comparedWith other: Expression) -> RowExpression {
        guard case .string(let literal) = expression.kind, let days = CivilDate.days(literal.value),
              dataset.rowType(of: other) == .date else { return compile(expression) }
        return { _ in .date(days) }
    }
}

/// Three-valued `and` and `or` (SQL): false and missing is false, true or missing is true.
enum Logic {
    static func and(_ a: Bool?, _ b: Bool?) -> Value {
        if a == false || b == false { return .boolean(false) }
        if let a, let b { return .boolean(a && b) }
        return .missing
    }

    static func or(_ a: Bool?, _ b: Bool?) -> Value {
        if a == true || b == true { return .boolean(true) }
        if let a, let b { return .boolean(a || b) }
        return .missing
    }
}

/// Row-level arithmetic: integers stay exact until they overflow; `/` gives a number; x / 0 is missing.
enum Arithmetic {
    static func apply(_ operation: BinaryOperator, _ left: Value, _ right: Value) -> Value {
        if case .integer(let a) = left, case .integer(let b) = right, operation != .divide {
            let (result, overflow) = switch operation {
            case .add: a.addingReportingOverflow(b)
            case .subtract: a.subtractingReportingOverflow(b)
            default: a.multipliedReportingOverflow(by: b)
            }
            if !overflow { return .integer(result) }
        }
        guard let a = left.number, let b = right.number else { return .missing }
        switch operation {
        case .add: return .number(a + b)
        case .subtract: return .number(a - b)
        case .multiply: return .number(a * b)
        default: return b == 0 ? .missing : .number(a / b)
        }
    }
}
