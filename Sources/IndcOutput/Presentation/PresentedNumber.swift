/// A number as the presentation formats show it: rounded half away from zero on its decimal digits
/// (so 0.125 becomes 0.13 and a share of 0.0285 becomes 2.9%, as the reports round), never on its
/// binary approximation. The sign stays that of the exact value, as spreadsheets show it: -0.0004 with
/// one decimal is `-0.0`.
public enum PresentedNumber {
    /// `value` times 10^`shift` (2 for a percentage), rounded to `decimals`, with `decimalMark`.
    public static func text(_ value: Double, shift: Int = 0, decimals: Int, decimalMark: Character = ".") -> String {
        let plain = PlainNumber.text(value)
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        var integer = Array(parts[0]).map { Int($0.asciiValue! - 48) }
        var fraction = parts.count > 1 ? Array(parts[1]).map { Int($0.asciiValue! - 48) } : []
        for _ in 0..<shift {
            integer.append(fraction.isEmpty ? 0 : fraction.removeFirst())
        }
        var digits = integer + fraction.prefix(decimals) + Array(repeating: 0, count: max(0, decimals - fraction.count))
        if fraction.count > decimals, fraction[decimals] >= 5 {
            var index = digits.count - 1
            while index >= 0 {
                digits[index] += 1
                if digits[index] < 10 { break }
                digits[index] = 0
                index -= 1
            }
            if index < 0 { digits.insert(1, at: 0) }
        }
        let split = digits.count - decimals
        var whole = digits[..<split].drop { $0 == 0 }.map(String.init).joined()
        if whole.isEmpty { whole = "0" }
        let text = decimals == 0 ? whole : whole + String(decimalMark) + digits[split...].map(String.init).joined()
        return negative ? "-" + text : text
    }

    /// The rounded value as a number (for a spreadsheet cell that must equal what is shown).
    public static func rounded(_ value: Double, decimals: Int) -> Double {
        Double(text(value, decimals: decimals)) ?? value
    }
}
