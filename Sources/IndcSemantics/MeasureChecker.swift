import IndcDiagnostics
import IndcSyntax

/// What a measure computes, as far as units and targets care.
struct MeasureShape: Equatable {
    /// The unit the measure's value naturally has.
    var unit: Unit
    /// A proportion between 0 and 1 (a share, a distribution, or a ratio of counts).
    var isProportion: Bool
    /// Counts rows (count, distinct), for ratios of counts.
    var isCount = false
    /// A ratio of two aggregates, which may be declared `unit percent`.
    var isRatio = false
    /// The measure is `distribution(X)`.
    var isDistribution = false
    /// A number with no aggregate in it.
    var isConstant = false
    /// A single `share(...)` or `distribution(...)`: a proportion with an interval method.
    var isSingleProportion = false
}

/// Measures: aggregates combined with `+ - * /` and numbers.
extension ExpressionChecker {
    /// The shape of a measure, or nil after reporting what is wrong with it.
    mutating func measureShape(_ expression: Expression, top: Bool = true) -> MeasureShape? {
        switch expression.kind {
        case .number:
            return MeasureShape(unit: .number, isProportion: false, isConstant: true)
        case .column(let name):
            if scope.declarations[name.text] == nil { report(scope.unknownColumn(name)); return nil }
            report(Diagnostic(
                .columnOutsideAggregate, "column `\(name.text)` is used in the measure outside an aggregate",
                at: Annotation(name.span, "a single row's value"),
                help: ["a measure summarizes the rows of a cell: wrap the column in an aggregate, e.g. mean(\(name.text)) or share(\(name.text) = …)"]))
            return nil
        case .negate(let operand):
            return measureShape(operand, top: false).map { shape in
                var negated = shape
                negated.isSingleProportion = false
                return negated
            }
        case .binary(let operation, let left, let right) where operation.isArithmetic:
            let leftShape = measureShape(left, top: false)
            let rightShape = measureShape(right, top: false)
            guard let leftShape, let rightShape else { return nil }
            if operation == .divide, leftShape.isCount, rightShape.isCount {
                return MeasureShape(unit: .number, isProportion: true, isRatio: true)
            }
            if operation == .divide, !leftShape.isConstant, !rightShape.isConstant {
                return MeasureShape(unit: .number, isProportion: false, isRatio: true)
            }
            if leftShape.isConstant { return rightShape.isConstant ? leftShape : MeasureShape(unit: .number, isProportion: false) }
            return MeasureShape(unit: .number, isProportion: false, isConstant: false)
        case .call(let call):
            return callShape(call, expression, top: top)
        default:
            report(Diagnostic(
                .typeMismatch, "a measure must be a number, but this is a condition or a value per row",
                at: Annotation(expression.span, "not an aggregate"),
                help: [expression.containsCall
                    ? "to hold the measure against a threshold, write it as a target: target > …"
                    : "to measure how often a condition holds, write share(\(expression.span.text))"]))
            return nil
        }
    }

    private mutating func callShape(_ call: Call, _ expression: Expression, top: Bool) -> MeasureShape? {
        guard let function = lookup(call) else { return nil }
        guard function.isAggregate else {
            guard function == .round || function == .abs else {
                report(Diagnostic(.aggregateInRowContext, "`\(function.rawValue)` works per row and cannot be applied to a measure",
                                  at: Annotation(expression.span), help: ["use it in a `derive` of the dataset and aggregate the derived column"]))
                return nil
            }
            guard let first = call.arguments.first, call.arguments.count <= (function == .round ? 2 : 1),
                  call.arguments.allSatisfy({ $0.label == nil }) else {
                _ = arityFailure(call, expression, function == .round ? "round(measure, digits)" : "abs(measure)")
                return nil
            }
            if let condition = call.condition {
                report(Diagnostic(.wrongArguments, "`\(function.rawValue)` takes no `where` condition", at: Annotation(condition.span)))
                return nil
            }
            if call.arguments.count == 2, !isIntegerLiteral(call.arguments[1].value) {
                report(Diagnostic(.wrongArguments, "the digits of `round` must be a whole number", at: Annotation(call.arguments[1].value.span)))
                return nil
            }
            return measureShape(first.value, top: false).map { MeasureShape(unit: $0.unit, isProportion: $0.isProportion) }
        }
        if let condition = call.condition {
            if function.acceptsWhere {
                requireCondition(condition, .condition, "`where`")
            } else {
                report(Diagnostic(.wrongArguments, "`\(function.rawValue)` takes no `where` condition", at: Annotation(condition.span),
                                  help: ["`where` works with count, sum and mean; restrict the rows of other aggregates with `filter`"]))
            }
        }
        return aggregateShape(function, call, expression, top: top)
    }

    private mutating func aggregateShape(_ function: FunctionName, _ call: Call, _ expression: Expression, top: Bool) -> MeasureShape? {
        if function == .count {
            if let argument = call.arguments.first {
                report(Diagnostic(.wrongArguments, "`count` takes no column", at: Annotation(argument.value.span),
                                  help: ["write count() for all rows of the cell, or count(where \(argument.value.span.text)) for rows that meet a condition"]))
                return nil
            }
            return MeasureShape(unit: .count, isProportion: false, isCount: true)
        }
        guard call.arguments.count == 1, call.arguments[0].label == nil else {
            _ = arityFailure(call, expression, "\(function.rawValue)(column)")
            return nil
        }
        let input = call.arguments[0].value
        let type = rowType(input, .aggregateInput)
        switch function {
        case .share:
            guard let type else { return nil }
            if type != .boolean {
                report(Diagnostic(.shareOfNonCondition, "`share` needs a condition, but `\(input.span.text)` is \(type.description)",
                                  at: Annotation(input.span, "not true/false")).helping(shareHelp(input, type)))
                return nil
            }
            return MeasureShape(unit: .percent, isProportion: true, isSingleProportion: true)
        case .distinct:
            return MeasureShape(unit: .count, isProportion: false, isCount: true)
        case .distribution:
            guard top else {
                report(Diagnostic(.invalidDistribution, "`distribution` must be the whole measure", at: Annotation(expression.span),
                                  help: ["distribution(x) gives one row per level; it cannot be combined with other aggregates"]))
                return nil
            }
            guard let type else { return nil }
            if case .category = type {} else if type != .boolean {
                report(Diagnostic(.invalidDistribution, "`distribution` needs a category or boolean column, but this is \(type.description)",
                                  at: Annotation(input.span, "this is \(type.description)"),
                                  help: ["for a numeric column, group it first: derive groups = bands(\(input.span.text), …)"]))
                return nil
            }
            return MeasureShape(unit: .percent, isProportion: true, isDistribution: true, isSingleProportion: true)
        default:
            guard let type else { return nil }
            guard type.isNumeric else {
                report(Diagnostic(.aggregateInputType, "`\(function.rawValue)` needs a numeric column, but `\(input.span.text)` is \(type.description)",
                                  at: Annotation(input.span, "this is \(type.description)")).helping(shareHelp(input, type)))
                return nil
            }
            return MeasureShape(unit: .number, isProportion: false)
        }
    }

    private func shareHelp(_ input: Expression, _ type: ValueType) -> String? {
        switch type {
        case .category(let levels): "to measure the share of one level, write share(\(input.span.text) = \"\(levels.first ?? "")\"), or distribution(\(input.span.text)) for all levels"
        case .integer, .number: "write a condition, such as share(\(input.span.text) >= 8)"
        case .boolean: "for a true/false column, write share(\(input.span.text))"
        default: nil
        }
    }
}
