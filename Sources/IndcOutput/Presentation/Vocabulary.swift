// The presentation formats (csv-nl, xlsx, `indc show`, the dashboard): results as people read them,
// in Dutch or English, values rounded and labelled as the indicator's `display` settings say.

/// The language of the words in presentation formats.
public enum Language: String, Sendable, CaseIterable {
    case nl, en
}

/// The words a presentation format prints: column headers, yes/no, target status, the total row,
/// the withheld marker. Machine formats (csv, json) keep their fixed English names.
public struct Vocabulary: Sendable {
    public let language: Language
    /// The decimal mark of numbers shown as text: the language's (`,` in Dutch) unless set.
    public let decimalMark: Character

    public init(_ language: Language, decimalMark: Character? = nil) {
        self.language = language
        self.decimalMark = decimalMark ?? (language == .nl ? "," : ".")
    }

    private var dutch: Bool { language == .nl }

    /// The header of a result column (`value`, `ci_low`, …), or the name itself for a data column.
    public func header(_ column: String) -> String {
        let words: [String: (String, String)] = [
            "indicator": ("indicator", "indicator"), "breakdown": ("uitsplitsing", "breakdown"),
            "breakdown_value": ("groep", "group"), "value": ("waarde", "value"), "ci_low": ("ondergrens", "lower bound"),
            "ci_high": ("bovengrens", "upper bound"), "n": ("n", "n"), "previous": ("vorige", "previous"),
            "change": ("verandering", "change"), "change_significant": ("significant", "significant"),
            "target": ("doel", "target"), "target_met": ("doel gehaald", "target met"), "target_status": ("doelstatus", "target status"),
            "reliability": ("betrouwbaarheid", "reliability"), "note": ("opmerking", "note"),
        ]
        guard let pair = words[column] else { return column }
        return dutch ? pair.0 : pair.1
    }

    /// `ja`/`nee` or `yes`/`no`.
    public func yesNo(_ flag: Bool) -> String {
        dutch ? (flag ? "ja" : "nee") : (flag ? "yes" : "no")
    }

    /// A target status (`met`, `on track`, `off track`) in words.
    public func targetStatus(_ status: String) -> String {
        guard dutch else { return status }
        switch status {
        case "met": return "gehaald"
        case "on track": return "op koers"
        case "off track": return "niet op koers"
        default: return status
        }
    }

    /// A reliability judgement (`reliable`, `unreliable`, `review: …`) in words.
    public func reliability(_ judgement: String) -> String {
        guard dutch else { return judgement }
        switch judgement {
        case "reliable": return "betrouwbaar"
        case "unreliable": return "onbetrouwbaar"
        case "review: fewer than 8 degrees of freedom": return "beoordelen: minder dan 8 vrijheidsgraden"
        default: return judgement.hasPrefix("review: ") ? "beoordelen: " + judgement.dropFirst("review: ".count) : judgement
        }
    }

    /// The label of a breakdown's total row.
    public var total: String { dutch ? "totaal" : "total" }
    /// The label of a missing group value, unless the indicator's `display missing` gives one.
    public var unknown: String { dutch ? "onbekend" : "unknown" }
    /// What a withheld cell shows instead of its value.
    public var withheld: String { dutch ? "afgeschermd" : "withheld" }

    /// A result note (`division by zero`, `no interval: …`) in words; notes it does not know stay as they are.
    public func note(_ text: String) -> String {
        guard dutch else { return text }
        return text.split(separator: ";").map { part in
            let reason = part.trimmingCharacters(in: .whitespaces)
            if reason == "division by zero" { return "deling door nul" }
            if reason == "no values" { return "geen waarden" }
            if reason.hasPrefix("no interval") { return "geen interval" + reason.dropFirst("no interval".count) }
            return reason
        }.joined(separator: "; ")
    }
}
