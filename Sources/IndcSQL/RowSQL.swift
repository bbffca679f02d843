import IndcSemantics
import IndcSyntax

/// Compiles row-level expressions (filters, derived columns, aggregate inputs) to SQL.
///
/// SQL's NULL is the language's missing value, so `and`, `or`, `not`, `in`, `between` and the
/// comparisons keep their meaning as written; only division (by zero: NULL, never an error or
/// integer division) and the row functions need spelling out.
struct RowSQL {
    let dataset: Dataset
    let dialect: SQLDialect

    func compile(_ expression: Expression) -> String {
        switch expression.kind {
        case .number(let literal):
            return literal.isInteger && abs(literal.value) < 9e15 ? integer(literal.value) : dialect.double(literal.value)
        case .string(let literal):
            return dialect.string(literal.value)
        case .boolean(let literal):
            return literal ? "TRUE" : "FALSE"
        case .column(let name):
            return dialect.identifier(name.text)
        case .negate(let operand):
            return "(-\(compile(operand)))"
        case .not(let operand):
            return "(NOT \(compile(operand)))"
        case .binary(let operation, let left, let right):
            return binary(operation, operand(left, comparedWith: right), operand(right, comparedWith: left))
        case .inList(let value, let list, let negated):
            let items = list.map { operand($0, comparedWith: value) }.joined(separator: ", ")
            return "(\(compile(value)) \(negated ? "NOT IN" : "IN") (\(items)))"
        case .between(let value, let low, let high):
            return "(\(compile(value)) BETWEEN \(operand(low, comparedWith: value)) AND \(operand(high, comparedWith: value)))"
        case .isMissing(let operand, let negated):
            return "(\(compile(operand)) IS \(negated ? "NOT " : "")NULL)"
        case .call(let call):
            return function(call, expression)
        }
    }

    private func integer(_ value: Double) -> String {
        value < 0 ? "(\(Int(value)))" : String(Int(value))
    }

    private func binary(_ operation: BinaryOperator, _ a: String, _ b: String) -> String {
        switch operation {
        case .divide: "(\(dialect.toDouble(a)) / NULLIF(\(dialect.toDouble(b)), 0))"
        case .notEqual: "(\(a) <> \(b))"
        case .and: "(\(a) AND \(b))"
        case .or: "(\(a) OR \(b))"
        default: "(\(a) \(operation.rawValue) \(b))"
        }
    }

    /// An operand compared with `other`: a string literal compared with a date is that date (`meetdatum >= "2024-01-01"`).
    func operand(_ expression: Expression, comparedWith other: Expression) -> String {
        guard case .string(let literal) = expression.kind, dataset.rowType(of: other) == .date else { return compile(expression) }
        return dialect.date(literal.value)
    }

    /// The SQL type name of a language type.
    static func typeName(_ type: ValueType?) -> ValueTypeName {
        switch type {
        case .integer?: .integer
        case .number?: .number
        case .boolean?: .boolean
        case .date?: .date
        default: .text
        }
    }
}

extension RowSQL {
    /// The row functions: bands, recode, if, year, month, quarter, lower, round, abs.
    private func function(_ call: Call, _ expression: Expression) -> String {
        let arguments = call.arguments.map(\.value)
        let first = compile(arguments[0])
        switch call.name.text {
        case "bands":
            guard case .category(let labels)? = dataset.rowType(of: expression) else { preconditionFailure("the checker types bands(...) as a category") }
            let bounds = arguments.dropFirst().map(Self.literalNumber)
            let branches = zip(bounds, labels).reversed().map { "WHEN \(first) >= \(dialect.double($0)) THEN \(dialect.string($1))" }
            return "(CASE \(branches.joined(separator: " ")) END)"
        case "recode":
            let pairs = call.arguments.dropFirst().map { argument -> String in
                guard case .string(let label)? = argument.label?.kind else { preconditionFailure("the checker admits string labels only") }
                return "WHEN \(first) = \(operand(argument.value, comparedWith: arguments[0])) THEN \(dialect.string(label.value))"
            }
            return "(CASE \(pairs.joined(separator: " ")) END)"
        case "if":
            let isNumber = dataset.rowType(of: expression) == .number
            let whenTrue = compile(arguments[1])
            let whenFalse = compile(arguments[2])
            return "(CASE WHEN \(first) THEN \(isNumber ? dialect.toDouble(whenTrue) : whenTrue) "
                + "WHEN NOT \(first) THEN \(isNumber ? dialect.toDouble(whenFalse) : whenFalse) END)"
        case "year", "month", "quarter":
            return "CAST(EXTRACT(\(call.name.text.uppercased()) FROM \(first)) AS BIGINT)"
        case "lower":
            return "lower(\(first))"
        case "round":
            let digits = arguments.count > 1 ? Int(Self.literalNumber(arguments[1])) : 0
            return Self.round(dialect.toDouble(first), digits: digits, dialect)
        default:
            return "abs(\(first))"
        }
    }

    /// `x` rounded to `digits` decimals, halves away from zero, exactly as the native engine: the
    /// scaled value's fraction (exact in floating point) decides; values beyond 1e15 stay as they are.
    static func round(_ x: String, digits: Int, _ dialect: SQLDialect) -> String {
        var scale = 1.0
        for _ in 0..<Swift.abs(digits) { scale *= 10 }
        let factor = dialect.double(scale)
        let scaled = digits >= 0 ? "(\(x) * \(factor))" : "(\(x) / \(factor))"
        let whole = "(CASE WHEN \(scaled) < 0 THEN ceil(\(scaled)) ELSE floor(\(scaled)) END)"
        let rounded = "(\(whole) + CASE WHEN abs(\(scaled) - \(whole)) >= 0.5 THEN sign(\(scaled)) ELSE 0 END)"
        let back = digits >= 0 ? "\(rounded) / \(factor)" : "\(rounded) * \(factor)"
        return "(CASE WHEN abs(\(scaled)) < \(dialect.double(1e15)) THEN \(dialect.toDouble(back)) ELSE \(x) END)"
    }

    static func literalNumber(_ expression: Expression) -> Double {
        switch expression.kind {
        case .number(let literal): literal.value
        case .negate(let operand): -literalNumber(operand)
        default: preconditionFailure("the checker admits number literals only")
        }
    }
}
