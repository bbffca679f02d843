import IndcSemantics

/// The labels of group, breakdown and distribution values: an indicator's `display labels`, its
/// label for a missing value, `ja`/`nee` for booleans, and range labels (`1-4`) with an en dash
/// (`1–4`) so that no spreadsheet reads them as a date.
struct ValueLabels {
    let indicator: Indicator
    let vocabulary: Vocabulary

    /// The presented field of `field`, a value of `column`.
    func field(_ field: ResultField, column: String) -> PresentedField {
        let labels = indicator.presentation.labels[column] ?? [:]
        switch field {
        case .empty: return .text(indicator.presentation.missingLabel ?? vocabulary.unknown)
        case .integer(let value):
            return labels[String(value)].map { .text(Self.range($0)) } ?? .number(Double(value), NumberStyle(percent: false, decimals: 0))
        case .boolean(let flag): return .text(labels[flag ? "true" : "false"] ?? vocabulary.yesNo(flag))
        default:
            let text = Self.text(of: field, vocabulary)
            return .text(Self.range(labels[text] ?? text))
        }
    }

    /// A result field's plain text.
    static func text(of field: ResultField, _ vocabulary: Vocabulary) -> String {
        switch field {
        case .empty: ""
        case .text(let text): text
        case .integer(let value): String(value)
        case .number(let value): PlainNumber.text(value, decimalMark: vocabulary.decimalMark)
        case .boolean(let flag): vocabulary.yesNo(flag)
        }
    }

    /// `1-4` → `1–4`: a range of two whole numbers gets an en dash.
    static func range(_ text: String) -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return text }
        return parts.joined(separator: "\u{2013}")
    }
}
