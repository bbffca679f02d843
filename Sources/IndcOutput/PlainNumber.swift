// The output stage: computed results → CSV, Dutch-spreadsheet CSV and JSON files, written atomically.

/// Numbers as results show them (LANGUAGE.md): the shortest digits that read back exactly,
/// in plain positional notation (no exponent), whole numbers without a decimal point.
public enum PlainNumber {
    /// The number's text with `.` or `,` as the decimal mark.
    public static func text(_ value: Double, decimalMark: Character = ".") -> String {
        if value == value.rounded(), abs(value) < 0x1p53 { return String(Int(value)) }
        let plain = expand(value.description)
        return decimalMark == "." ? plain : String(plain.map { $0 == "." ? decimalMark : $0 })
    }

    /// Rewrites Swift's shortest form (`1.5e-07`, `1e+20`) without the exponent.
    private static func expand(_ shortest: String) -> String {
        guard let marker = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(shortest[shortest.index(after: marker)...]) else {
            return shortest
        }
        var mantissa = shortest[..<marker]
        let sign = mantissa.hasPrefix("-") ? "-" : ""
        if !sign.isEmpty { mantissa = mantissa.dropFirst() }
        let point = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        let digits = mantissa.filter { $0 != "." }
        let position = point + exponent
        if position <= 0 { return sign + "0." + String(repeating: "0", count: -position) + digits }
        if position >= digits.count { return sign + digits + String(repeating: "0", count: position - digits.count) }
        let split = digits.index(digits.startIndex, offsetBy: position)
        return sign + digits[..<split] + "." + digits[split...]
    }
}
