/// Text from `.ind` and data files made safe for terminals and CI logs: control characters (ESC,
/// BEL, C1 controls such as CSI, DEL) and the format characters that reorder or hide text
/// (bidirectional overrides, zero-width characters) are shown as escapes, never sent raw.
public enum TerminalText {
    /// Whether a scalar must not reach a terminal raw.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.generalCategory == .format
    }

    /// `text` with every control character written as `\x1B` or `\u{202E}`; line breaks and tabs
    /// too unless `keepingLines` (for text of several lines).
    public static func escaped(_ text: String, keepingLines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && !(keepingLines && ($0 == "\n" || $0 == "\t")) }) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) && !(keepingLines && (scalar == "\n" || scalar == "\t")) {
                output.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// The escape of one control scalar.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        if scalar.value <= 0xFF { return "\\x" + (digits.count < 2 ? "0" : "") + digits }
        return "\\u{" + digits + "}"
    }
}
