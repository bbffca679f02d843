// The indicator catalogue: each indicator's definition in words, generated from the checked
// `.ind` files, for `indc describe`, the workbook's "Toelichting" sheet and the dashboard.
import IndcSemantics
import IndcSyntax

/// An indicator's definition in words — population (its filters), grouping, measure, weighting and
/// target — so published definitions are generated from what is computed and never drift from it.
/// Every presentation that explains an indicator (the catalogue, the workbook, the dashboard) uses it.
public struct DefinitionText: Sendable {
    public let indicator: Indicator
    public let language: Language

    public init(_ indicator: Indicator, language: Language) {
        self.indicator = indicator
        self.language = language
    }

    private var dutch: Bool { language == .nl }

    /// Which rows count: "Records uit zorggebruikers waarvoor jaar ≥ 2021", or "Alle records uit zorggebruikers".
    public var population: String {
        let source = dutch ? "records uit \(indicator.source)" : "records of \(indicator.source)"
        guard !indicator.filters.isEmpty else { return (dutch ? "Alle " : "All ") + source }
        let conditions = indicator.filters.map { ConditionText(language: language).words($0, top: true) }
        return (dutch ? "\(source.capitalizedFirst) waarvoor " : "\(source.capitalizedFirst) where ") + conditions.joined(separator: dutch ? " en " : " and ")
    }

    /// How the cells are formed: "per jaar en beroep; uitgesplitst naar leeftijdsgroep", or "totaal".
    public var grouping: String {
        var parts: [String] = []
        if !indicator.groupBy.isEmpty { parts.append((dutch ? "per " : "by ") + list(indicator.groupBy)) }
        if !indicator.breakdown.isEmpty { parts.append((dutch ? "uitgesplitst naar " : "broken down by ") + list(indicator.breakdown)) }
        return parts.isEmpty ? (dutch ? "één totaal" : "one total") : parts.joined(separator: "; ")
    }

    /// What is computed per cell: "aandeel waarvoor portaal_gebruik is \"ja\", gewogen met gewicht"
    /// (without a weight nothing is said: a census or an unweighted sample counts each row once).
    public var measure: String {
        var text = MeasureText(language: language).words(indicator.measure)
        if let per = indicator.per { text += " \(dutch ? "per" : "per") \(per.formatted)" }
        if let weight = indicator.weight { text += dutch ? ", gewogen met \(weight)" : ", weighted by \(weight)" }
        if indicator.isExactCount { text += dutch ? " (exact aantal, zonder interval)" : " (exact count, no interval)" }
        return text
    }

    /// The target in words ("≥ 60% in 2026", "≥ 70% van geschiktheid"), or nil without one.
    public var target: String? {
        guard let target = indicator.target else { return nil }
        let symbol = ComparisonSymbol.text(target.comparison)
        let value = target.relativeTo != nil || indicator.unit == .percent
            ? PresentedNumber.text(target.value, shift: 2, decimals: Self.decimals(target.value * 100), decimalMark: dutch ? "," : ".") + "%"
            : PresentedNumber.text(target.value, decimals: Self.decimals(target.value), decimalMark: dutch ? "," : ".")
        var text = "\(symbol) \(value)"
        if let other = target.relativeTo { text += dutch ? " van \(other)" : " of \(other)" }
        if let year = target.deadline { text += dutch ? " in \(year)" : " by \(year)" }
        return text
    }

    /// The unit in words.
    public var unit: String {
        switch indicator.unit {
        case .percent: dutch ? "percentage" : "percentage"
        case .count: dutch ? "aantal" : "count"
        case .number: dutch ? "getal" : "number"
        case .score: dutch ? "score" : "score"
        case .per(let base): dutch ? "per \(base.formatted)" : "per \(base.formatted)"
        }
    }

    private func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + (dutch ? " en " : " and ") + names[names.count - 1]
    }

    /// The decimals a written number needs (at most 4).
    private static func decimals(_ value: Double) -> Int {
        (0...4).first { abs(value * pow10($0) - (value * pow10($0)).rounded()) < 1e-9 } ?? 4
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1) { product, _ in product * 10 }
    }
}

extension String {
    /// The text with its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

/// Comparison operators as mathematical symbols.
enum ComparisonSymbol {
    static func text(_ operation: BinaryOperator) -> String {
        switch operation {
        case .equal: "="
        case .notEqual: "≠"
        case .less: "<"
        case .lessEqual: "≤"
        case .greater: ">"
        case .greaterEqual: "≥"
        default: operation.rawValue
        }
    }
}
