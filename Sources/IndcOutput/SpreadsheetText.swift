/// Text for spreadsheets, neutralised against formula injection (OWASP "CSV Injection"): a cell
/// whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a formula
/// (`=HYPERLINK(...)`), so it gets a leading `'`, which spreadsheets show as text. Numbers stay
/// numbers: only text fields are neutralised, and a text that is just a
/// number (`-12`, `+3,5`, `+17,6%`) is kept.
public enum SpreadsheetText {
    /// The text as a spreadsheet should receive it.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.utf8.first, triggers.contains(first), !isPlainNumber(text) else { return text }
        return "'" + text
    }

    private static let triggers: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    /// A sign, then digits in groups joined by single `.` or `,` marks (a decimal mark and thousands
    /// separators, as presented numbers have them), and at most a final `%`: `-12`, `+3,5`,
    /// `+17,6%`, `-1.234,5`. Such a cell holds no formula a spreadsheet could run.
    private static func isPlainNumber(_ text: String) -> Bool {
        guard text.utf8.first == UInt8(ascii: "-") || text.utf8.first == UInt8(ascii: "+") else { return false }
        var body = text.utf8.dropFirst()
        if body.last == UInt8(ascii: "%") { body = body.dropLast() }
        var previousIsDigit = false
        for byte in body {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                previousIsDigit = true
            } else if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")) && previousIsDigit {
                previousIsDigit = false
            } else {
                return false
            }
        }
        return previousIsDigit
    }
}
