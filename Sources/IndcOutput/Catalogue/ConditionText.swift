import IndcSyntax

/// Row-level conditions and values in words: `sector = "MSZ" and jaar >= 2022` becomes
/// `sector is "MSZ" en jaar ≥ 2022`.
struct ConditionText {
    let language: Language
    private var dutch: Bool { language == .nl }

    /// The expression in words; `top` leaves a top-level `or` without parentheses.
    func words(_ expression: Expression, top: Bool = false) -> String {
        switch expression.kind {
        case .number(let literal): return literal.isPercent ? "\((literal.value * 100).formatted)%" : literal.value.formatted
        case .string(let literal): return "\"\(literal.value)\""
        case .boolean(let flag): return dutch ? (flag ? "waar" : "onwaar") : (flag ? "true" : "false")
        case .column(let name): return name.text
        case .negate(let operand): return "-" + words(operand)
        case .not(let operand): return (dutch ? "niet " : "not ") + "(\(words(operand, top: true)))"
        case .binary(let operation, let left, let right):
            switch operation {
            case .and: return "\(words(left)) \(dutch ? "en" : "and") \(words(right))"
            case .or:
                let text = "\(words(left)) \(dutch ? "of" : "or") \(words(right))"
                return top ? text : "(\(text))"
            case .equal: return "\(words(left)) \(dutch ? "is" : "is") \(words(right))"
            case .notEqual: return "\(words(left)) \(dutch ? "is niet" : "is not") \(words(right))"
            case .add, .subtract, .multiply, .divide: return "\(words(left)) \(operation.rawValue) \(words(right))"
            default: return "\(words(left)) \(ComparisonSymbol.text(operation)) \(words(right))"
            }
        case .inList(let value, let list, let negated):
            let items = list.map { words($0) }
            let joined = items.count > 1 ? items.dropLast().joined(separator: ", ") + (dutch ? " of " : " or ") + items[items.count - 1] : items.joined()
            return "\(words(value)) \(negated ? (dutch ? "is niet" : "is not") : "is") \(joined)"
        case .between(let value, let low, let high):
            return dutch ? "\(words(value)) van \(words(low)) tot en met \(words(high))" : "\(words(value)) from \(words(low)) to \(words(high))"
        case .isMissing(let value, let negated):
            return "\(words(value)) \(negated ? (dutch ? "is bekend" : "is known") : (dutch ? "is onbekend" : "is missing"))"
        case .call(let call):
            let arguments = call.arguments.map { argument in
                words(argument.value) + (argument.label.map { " -> " + words($0) } ?? "")
            }
            return "\(call.name.text)(\(arguments.joined(separator: ", ")))"
        }
    }
}

/// Measures in words: `share(portaal = "ja")` becomes `aandeel waarvoor portaal is "ja"`.
struct MeasureText {
    let language: Language
    private var dutch: Bool { language == .nl }

    func words(_ expression: Expression) -> String {
        let conditions = ConditionText(language: language)
        switch expression.kind {
        case .binary(let operation, let left, let right) where operation.isArithmetic:
            let joiner = switch operation {
            case .divide: dutch ? "gedeeld door" : "divided by"
            case .multiply: "×"
            case .add: "+"
            default: "−"
            }
            return "\(words(left)) \(joiner) \(words(right))"
        case .negate(let operand): return "-(\(words(operand)))"
        case .call(let call):
            let input = call.arguments.first.map { conditions.words($0.value, top: true) } ?? ""
            let scope = call.condition.map { (dutch ? " waarvoor " : " where ") + conditions.words($0, top: true) } ?? ""
            let phrase: String = switch call.name.text {
            case "count": dutch ? "aantal" : "count"
            case "share": dutch ? "aandeel waarvoor \(input)" : "share where \(input)"
            case "mean": dutch ? "gemiddelde van \(input)" : "mean of \(input)"
            case "sum": dutch ? "som van \(input)" : "sum of \(input)"
            case "median": dutch ? "mediaan van \(input)" : "median of \(input)"
            case "min": dutch ? "kleinste waarde van \(input)" : "smallest value of \(input)"
            case "max": dutch ? "grootste waarde van \(input)" : "largest value of \(input)"
            case "distinct": dutch ? "aantal verschillende \(input)" : "number of distinct \(input)"
            case "distribution": dutch ? "verdeling over \(input)" : "distribution over \(input)"
            case "round": (call.arguments.first.map { words($0.value) } ?? "") + (dutch ? ", afgerond" : ", rounded")
            case "abs": (dutch ? "absolute waarde van " : "absolute value of ") + (call.arguments.first.map { words($0.value) } ?? "")
            default: conditions.words(expression)
            }
            return phrase + scope
        default:
            return conditions.words(expression)
        }
    }
}
