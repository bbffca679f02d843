/// Text for spreadsheets, neutralised against formula injection (OWASP "CSV Injection"): a cell
/// whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a formula
/// (`=HYPERLINK(...)`), so it gets a leading `'`, which spreadsheets show as text. Numbers stay
/// numbers: only text fields are neutralised, and a text that is just a number (`-12`, `+3,5`) is kept.
public enum SpreadsheetText {
    /// The text as a spreadsheet should receive it.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.utf8.first, triggers.contains(first), !isPlainNumber(text) else { return text }
        return "'" + text
    }

    private static let triggers: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    /// A sign, digits, and at most one decimal mark between digits.
    private static func isPlainNumber(_ text: String) -> Bool {
        let body = text.utf8.dropFirst()
        var seenMark = false
        var previousIsDigit = false
        for byte in body {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                previousIsDigit = true
            } else if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")) && previousIsDigit && !seenMark {
                seenMark = true
                previousIsDigit = false
            } else {
                return false
            }
        }
        return previousIsDigit && (text.utf8.first == UInt8(ascii: "-") || text.utf8.first == UInt8(ascii: "+"))
    }
}
