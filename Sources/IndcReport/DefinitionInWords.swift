import IndcDiagnostics
import IndcOutput
import IndcSyntax

/// An indicator's definition in words for readers who do not read `.ind`: the population (its
/// filter) and the measure, each parsed from the text results.json records and said in words
/// (`het aandeel waarvoor portaal_inzet is "ja"`). Text that does not parse is shown as written.
struct DefinitionInWords {
    let language: ReportLanguage

    /// Who is counted: the dataset's rows, narrowed by the filter.
    func population(_ indicator: ReportIndicator) -> String {
        let dataset = "‘\(indicator.dataset)’"
        guard let filter = indicator.filter, !filter.isEmpty else {
            return language == .dutch ? "Alle rijen van dataset \(dataset)." : "All rows of dataset \(dataset)."
        }
        let condition = parse(filter).map(words) ?? filter
        return language == .dutch ? "Rijen van dataset \(dataset) waarvoor geldt: \(condition)." : "Rows of dataset \(dataset) where \(condition)."
    }

    /// What is computed per cell, with its weighting.
    func measure(_ indicator: ReportIndicator) -> String {
        var text = parse(indicator.measure).map(words) ?? indicator.measure
        if let weight = indicator.weight, !weight.isEmpty {
            text += language == .dutch ? ", gewogen met ‘\(weight)’" : ", weighted by ‘\(weight)’"
        }
        if indicator.unit.hasPrefix("per ") { text += " (\(indicator.unit))" }
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    /// The expression in `text`, read as the filter of a one-clause indicator; nil when it does not parse.
    private func parse(_ text: String) -> Expression? {
        let result = Parser.parse(SourceFile(path: "results.json", text: "indicator _ { filter \(text)\n}"))
        guard result.diagnostics.isEmpty, result.tree.declarations.count == 1, case .indicator(let indicator)? = result.tree.declarations.first,
              indicator.clauses.count == 1, case .filter(let expression) = indicator.clauses[0].body else { return nil }
        return expression
    }

    private func words(_ expression: Expression) -> String {
        let dutch = language == .dutch
        switch expression.kind {
        case .number(let literal):
            guard literal.isPercent else { return PlainNumber.text(literal.value, decimalMark: language.decimalMark) }
            return PlainNumber.text((literal.value * 1e8).rounded() / 1e6, decimalMark: language.decimalMark) + "%"
        case .string(let literal): return "“\(literal.value)”"
        case .boolean(let flag): return flag ? (dutch ? "waar" : "true") : (dutch ? "onwaar" : "false")
        case .column(let name): return "‘\(name.text)’"
        case .negate(let operand): return "−" + words(operand)
        case .not(let operand): return (dutch ? "niet (" : "not (") + words(operand) + ")"
        case .binary(let operation, let left, let right):
            return "\(nested(left, under: operation)) \(phrase(operation)) \(nested(right, under: operation))"
        case .inList(let value, let list, let negated):
            let options = list.map(words).joined(separator: dutch ? " of " : " or ")
            return words(value) + (negated ? (dutch ? " is niet " : " is not ") : (dutch ? " is " : " is ")) + options
        case .between(let value, let low, let high):
            return words(value) + (dutch ? " ligt tussen \(words(low)) en \(words(high))" : " is between \(words(low)) and \(words(high))")
        case .isMissing(let value, let negated):
            return words(value) + (negated ? (dutch ? " is bekend" : " is known") : (dutch ? " is onbekend" : " is missing"))
        case .call(let call): return aggregate(call)
        }
    }

    private func nested(_ expression: Expression, under operation: BinaryOperator) -> String {
        if case .binary(let inner, _, _) = expression.kind, inner != operation, inner == .or || inner == .and || inner.isArithmetic {
            return "(" + words(expression) + ")"
        }
        return words(expression)
    }

    private func phrase(_ operation: BinaryOperator) -> String {
        let dutch = language == .dutch
        switch operation {
        case .add: return dutch ? "plus" : "plus"
        case .subtract: return dutch ? "min" : "minus"
        case .multiply: return dutch ? "maal" : "times"
        case .divide: return dutch ? "gedeeld door" : "divided by"
        case .equal: return dutch ? "is" : "is"
        case .notEqual: return dutch ? "is niet" : "is not"
        case .less: return dutch ? "is kleiner dan" : "is less than"
        case .lessEqual: return dutch ? "is ten hoogste" : "is at most"
        case .greater: return dutch ? "is groter dan" : "is greater than"
        case .greaterEqual: return dutch ? "is ten minste" : "is at least"
        case .and: return dutch ? "en" : "and"
        case .or: return dutch ? "of" : "or"
        }
    }

    private func aggregate(_ call: Call) -> String {
        let dutch = language == .dutch
        let argument = call.arguments.first.map { words($0.value) } ?? ""
        let condition = call.condition.map { (dutch ? " waarvoor " : " where ") + words($0) } ?? ""
        switch call.name.text {
        case "count": return (dutch ? "het aantal rijen" : "the number of rows") + condition
        case "share": return (dutch ? "het aandeel waarvoor " : "the share for which ") + argument
            + (dutch ? " (onder wie dit bekend is)" : " (among those for whom it is known)")
        case "mean": return (dutch ? "het gemiddelde van " : "the mean of ") + argument + condition
        case "median": return (dutch ? "de mediaan van " : "the median of ") + argument + condition
        case "sum": return (dutch ? "de som van " : "the sum of ") + argument + condition
        case "min": return (dutch ? "het minimum van " : "the minimum of ") + argument + condition
        case "max": return (dutch ? "het maximum van " : "the maximum of ") + argument + condition
        case "distinct": return (dutch ? "het aantal verschillende waarden van " : "the number of distinct values of ") + argument
        case "distribution": return (dutch ? "de verdeling over de antwoorden van " : "the distribution over the answers of ") + argument
        default: return call.name.text + "(" + call.arguments.map { words($0.value) }.joined(separator: ", ") + ")" + condition
        }
    }
}
