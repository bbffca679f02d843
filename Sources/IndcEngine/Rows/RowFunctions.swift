import IndcSemantics
import IndcSyntax

/// The row-level functions: bands, recode, if, year, month, quarter, lower, round, abs.
extension RowCompiler {
    func function(_ call: Call, _ expression: Expression) -> RowExpression {
        let arguments = call.arguments.map(\.value)
        let first = compile(arguments[0])
        switch call.name.text {
        case "bands": return bands(first, arguments, labels: categoryLevels(of: expression))
        case "recode": return recode(first, call.arguments)
        case "if":
            let whenTrue = compile(arguments[1])
            let whenFalse = compile(arguments[2])
            let isNumber = dataset.rowType(of: expression) == .number
            return { row in
                guard let condition = first(row).condition else { return .missing }
                let value = condition ? whenTrue(row) : whenFalse(row)
                return isNumber ? value.asNumber : value
            }
        case "year", "month", "quarter":
            let part = call.name.text
            return { row in
                guard case .date(let days) = first(row) else { return .missing }
                let date = CivilDate.civil(days)
                return .integer(part == "year" ? date.year : part == "month" ? date.month : (date.month + 2) / 3)
            }
        case "lower":
            return { row in
                guard case .text(let text) = first(row) else { return .missing }
                return .text(text.lowercased())
            }
        case "round":
            let digits = arguments.count > 1 ? literalNumber(arguments[1]) : 0
            return { row in first(row).number.map { .number(Self.round($0, digits: Int(digits))) } ?? .missing }
        default:
            return { row in
                switch first(row) {
                case .integer(let value) where value != .min: .integer(Swift.abs(value))
                case let value: value.number.map { .number(Swift.abs($0)) } ?? .missing
                }
            }
        }
    }

    /// Rounds half away from zero to `digits` decimals (negative digits round to tens, hundreds, …).
    static func round(_ value: Double, digits: Int) -> Double {
        var scale = 1.0
        for _ in 0..<Swift.abs(digits) { scale *= 10 }
        let scaled = digits >= 0 ? value * scale : value / scale
        guard scaled.isFinite, Swift.abs(scaled) < 1e15 else { return value }
        let rounded = scaled.rounded(.toNearestOrAwayFromZero)
        return digits >= 0 ? rounded / scale : rounded * scale
    }

    /// `bands(x, b1, …, bN)`: the label of the last boundary at or below x; missing below b1.
    private func bands(_ input: @escaping RowExpression, _ arguments: [Expression], labels: [String]) -> RowExpression {
        let bounds = arguments.dropFirst().map(literalNumber)
        let values = labels.map(Value.text)
        return { row in
            guard let x = input(row).number, let index = bounds.lastIndex(where: { $0 <= x }) else { return .missing }
            return values[index]
        }
    }

    /// `recode(x, v -> "label", …)`: the label of the first value equal to x; missing when none is.
    /// `recode(x, "a" -> "A", …)`: the label of the first key equal to x, or missing. Text keys
    /// compared with a text or category column are looked up in a table (100,000 pairs take linear
    /// time, not pairs × rows); other keys are compared one by one.
    private func recode(_ input: @escaping RowExpression, _ arguments: [Argument]) -> RowExpression {
        if let table = textTable(arguments) {
            return { row in
                guard case .text(let text) = input(row) else { return .missing }
                return table[text] ?? .missing
            }
        }
        let pairs = arguments.dropFirst().map { argument -> (RowExpression, Value) in
            guard case .string(let label)? = argument.label?.kind else { preconditionFailure("the checker admits string labels only") }
            return (operand(argument.value, comparedWith: arguments[0].value), .text(label.value))
        }
        return { row in
            let x = input(row)
            return pairs.first { Value.equal(x, $0.0(row)) == true }?.1 ?? .missing
        }
    }

    /// The recode's pairs by key when every key is a string literal and the input is not a date (whose
    /// string keys are dates); the first pair of a key wins, as in the one-by-one comparison.
    private func textTable(_ arguments: [Argument]) -> [String: Value]? {
        guard dataset.rowType(of: arguments[0].value) != .date else { return nil }
        var table: [String: Value] = [:]
        for argument in arguments.dropFirst() {
            guard case .string(let key) = argument.value.kind, case .string(let label)? = argument.label?.kind else { return nil }
            if table[key.value] == nil { table[key.value] = .text(label.value) }
        }
        return table
    }

    private func categoryLevels(of expression: Expression) -> [String] {
        if case .category(let levels)? = dataset.rowType(of: expression) { return levels }
        preconditionFailure("the checker types bands(...) as a category")
    }

    private func literalNumber(_ expression: Expression) -> Double {
        switch expression.kind {
        case .number(let literal): literal.value
        case .negate(let operand): -literalNumber(operand)
        default: preconditionFailure("the checker admits number literals only")
        }
    }
}
