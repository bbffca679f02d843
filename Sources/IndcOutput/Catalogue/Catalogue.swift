import IndcSemantics

/// The indicator catalogue (the reports' "Bijlage 2") generated from the checked `.ind` files: per
/// theme, each indicator's title, name, description, source, population, grouping, measure, unit and
/// target, in Markdown or as one self-contained HTML page.
public struct Catalogue {
    public let indicators: [Indicator]
    public let language: Language

    public init(_ indicators: [Indicator], language: Language) {
        self.indicators = indicators
        self.language = language
    }

    private var dutch: Bool { language == .nl }

    /// The themes in order of first appearance, each with its indicators; those without a theme last.
    public var themes: [(theme: String, indicators: [Indicator])] {
        var order: [String] = []
        var members: [String: [Indicator]] = [:]
        let other = dutch ? "Overige indicatoren" : "Other indicators"
        for indicator in indicators {
            let theme = indicator.theme ?? other
            if members[theme] == nil { order.append(theme) }
            members[theme, default: []].append(indicator)
        }
        if let index = order.firstIndex(of: other) { order.append(order.remove(at: index)) }
        return order.map { ($0, members[$0]!) }
    }

    /// The rows of an indicator's definition: label and text.
    public func facts(_ indicator: Indicator) -> [(label: String, text: String)] {
        let definition = DefinitionText(indicator, language: language)
        let source = [indicator.owner, "dataset \(indicator.source)"].compactMap { $0 }.joined(separator: ", ")
        var facts: [(String, String)] = [
            (dutch ? "Bron" : "Source", source),
            (dutch ? "Populatie" : "Population", definition.population),
            (dutch ? "Indeling" : "Grouping", definition.grouping),
            (dutch ? "Maat" : "Measure", definition.measure),
            (dutch ? "Eenheid" : "Unit", definition.unit),
        ]
        if let target = definition.target { facts.append((dutch ? "Doel" : "Target", target)) }
        if indicator.minimumN > 0 {
            facts.append((dutch ? "Afscherming" : "Suppression",
                          dutch ? "cellen met minder dan \(indicator.minimumN) waarnemingen worden niet getoond"
                                : "cells with fewer than \(indicator.minimumN) observations are withheld"))
        }
        return facts
    }

    /// The title of the catalogue.
    public var title: String { dutch ? "Indicatorcatalogus" : "Indicator catalogue" }

    /// The catalogue in Markdown.
    public var markdown: String {
        var text = "# \(title)\n\n"
        text += dutch ? "\(indicators.count) indicatoren, gegenereerd uit de .ind-bestanden waarmee ze worden berekend.\n"
            : "\(indicators.count) indicators, generated from the .ind files they are computed from.\n"
        for (theme, members) in themes {
            text += "\n## \(Self.markdownText(theme))\n"
            for indicator in members {
                text += "\n### \(Self.markdownText(indicator.title ?? indicator.name))\n\n`\(indicator.name)`\n\n"
                if let description = indicator.description { text += Self.markdownText(description) + "\n\n" }
                text += "| | |\n| --- | --- |\n"
                text += facts(indicator).map { "| \($0.label) | \(Self.markdownText($0.text)) |\n" }.joined()
            }
        }
        return text
    }

    /// Text safe in Markdown: characters with a meaning escaped, line breaks as spaces.
    static func markdownText(_ text: String) -> String {
        var output = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { output.append("\\") }
            output.append(character == "\n" || character == "\r" ? " " : character)
        }
        return output
    }
}
