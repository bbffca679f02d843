import IndcDiagnostics
import IndcSyntax

/// Types row-level expressions over a scope, reporting every misuse once.
///
/// A `nil` type means "unknown, already reported": callers stay silent about it,
/// so one mistake gives one diagnostic.
struct ExpressionChecker {
    let scope: Scope
    var diagnostics: [Diagnostic] = []

    init(scope: Scope) {
        self.scope = scope
    }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// The type of a row-level expression.
    mutating func rowType(_ expression: Expression, _ context: RowContext) -> ValueType? {
        switch expression.kind {
        case .number(let literal): return literal.isInteger ? .integer : .number
        case .string: return .text
        case .boolean: return .boolean
        case .column(let name):
            guard let type = scope.types[name.text] else {
                if scope.declarations[name.text] == nil { report(scope.unknownColumn(name)) }
                return nil
            }
            return type
        case .negate(let operand):
            guard let type = rowType(operand, context) else { return nil }
            guard type.isNumeric else { return mismatch(operand, type, "cannot negate a \(type.description) value") }
            return type
        case .not(let operand):
            requireCondition(operand, context, "`not`")
            return .boolean
        case .binary(let operation, let left, let right):
            return binaryType(operation, left, right, context)
        case .inList(let value, let list, _):
            let valueType = rowType(value, context)
            for item in list { compare(value, valueType, item, rowType(item, context), "`in`") }
            return .boolean
        case .between(let value, let low, let high):
            let valueType = rowType(value, context)
            if let valueType, !valueType.isNumeric, valueType != .date {
                _ = mismatch(value, valueType, "`between` needs numbers or dates")
            } else {
                compare(value, valueType, low, rowType(low, context), "`between`")
                compare(value, valueType, high, rowType(high, context), "`between`")
            }
            return .boolean
        case .isMissing(let operand, _):
            _ = rowType(operand, context)
            return .boolean
        case .call(let call):
            return callType(call, expression, context)
        }
    }

    /// Checks that an expression is a condition (true/false).
    mutating func requireCondition(_ expression: Expression, _ context: RowContext, _ role: String) {
        guard let type = rowType(expression, context), type != .boolean else { return }
        report(Diagnostic(.conditionNotBoolean, "\(role) needs a condition, but this is \(type.article) \(type.description) value",
                          at: Annotation(expression.span, "\(type.description), not true/false"))
            .helping(conditionHelp(expression, type)))
    }

    private func conditionHelp(_ expression: Expression, _ type: ValueType) -> String {
        switch type {
        case .category(let levels): "compare it with a level: \(expression.span.text) = \"\(levels.first ?? "")\""
        case .integer, .number: "compare it with a number: \(expression.span.text) > 0"
        default: "write a comparison such as \(expression.span.text) = \"…\", or `\(expression.span.text) is not missing`"
        }
    }

    private mutating func binaryType(_ operation: BinaryOperator, _ left: Expression, _ right: Expression, _ context: RowContext) -> ValueType? {
        switch operation {
        case .and, .or:
            requireCondition(left, context, "`\(operation.rawValue)`")
            requireCondition(right, context, "`\(operation.rawValue)`")
            return .boolean
        case .add, .subtract, .multiply, .divide:
            let leftType = rowType(left, context)
            let rightType = rowType(right, context)
            guard let leftType, let rightType else { return nil }
            guard leftType.isNumeric else { return mismatch(left, leftType, "`\(operation.rawValue)` needs numbers") }
            guard rightType.isNumeric else { return mismatch(right, rightType, "`\(operation.rawValue)` needs numbers") }
            return leftType == .integer && rightType == .integer && operation != .divide ? .integer : .number
        default:
            let leftType = rowType(left, context)
            let rightType = rowType(right, context)
            compare(left, leftType, right, rightType, "`\(operation.rawValue)`", ordered: operation != .equal && operation != .notEqual)
            return .boolean
        }
    }

    /// Reports a type mismatch for one operand and yields an unknown type.
    mutating func mismatch(_ expression: Expression, _ type: ValueType, _ message: String) -> ValueType? {
        report(Diagnostic(.typeMismatch, message, at: Annotation(expression.span, "this is \(type.description)")))
        return nil
    }
}
