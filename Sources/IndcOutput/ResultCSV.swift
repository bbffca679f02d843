/// The CSV dialects results are written in.
public enum CSVDialect: String, Sendable {
    /// `,` between fields, `.` as decimal mark, UTF-8 without byte-order mark.
    case standard = "csv"
    /// For Dutch spreadsheets: `;` between fields, decimal comma, UTF-8 with a byte-order mark.
    case dutch = "csv-nl"

    var delimiter: Character { self == .standard ? "," : ";" }
    var decimalMark: Character { self == .standard ? "." : "," }
}

/// Writes a result table as CSV (RFC 4180: fields quoted when they hold the delimiter, a quote or a
/// line break; LF line ends, CRLF in the Dutch dialect as Windows spreadsheets expect). In the
/// spreadsheet dialect (`csv-nl`) a text that a spreadsheet would take for a formula is neutralised
/// (`SpreadsheetText`).
public enum ResultCSV {
    public static func text(_ table: ResultTable, dialect: CSVDialect) -> String {
        text(columns: table.columns, rows: table.rows, dialect: dialect)
    }

    /// Any table with a header row.
    public static func text(columns: [String], rows: [[ResultField]], dialect: CSVDialect) -> String {
        var output = dialect == .dutch ? "\u{FEFF}" : ""
        append(columns.map(ResultField.text), dialect, to: &output)
        for row in rows { append(row, dialect, to: &output) }
        return output
    }

    /// Writes a table into `sink` row by row.
    public static func write(_ table: ResultTable, dialect: CSVDialect, into sink: inout FileSink) {
        write(columns: table.columns, rows: table.rows, dialect: dialect, into: &sink)
    }

    /// Writes any table with a header row into `sink` row by row.
    public static func write(columns: [String], rows: [[ResultField]], dialect: CSVDialect, into sink: inout FileSink) {
        if dialect == .dutch { sink.buffer += "\u{FEFF}" }
        append(columns.map(ResultField.text), dialect, to: &sink.buffer)
        for row in rows {
            append(row, dialect, to: &sink.buffer)
            sink.flushIfFull()
        }
    }

    private static func append(_ fields: [ResultField], _ dialect: CSVDialect, to output: inout String) {
        for index in fields.indices {
            if index > 0 { output.append(dialect.delimiter) }
            switch fields[index] {
            case .empty: break
            case .text(let text): appendQuoted(dialect == .dutch ? SpreadsheetText.neutralised(text) : text, dialect, to: &output)
            case .integer(let number): output += String(number)
            case .number(let number): output += PlainNumber.text(number, decimalMark: dialect.decimalMark)
            case .boolean(let flag): output += flag ? "true" : "false"
            }
        }
        output += dialect == .dutch ? "\r\n" : "\n"
    }

    private static func appendQuoted(_ text: String, _ dialect: CSVDialect, to output: inout String) {
        let delimiter = dialect == .standard ? UInt8(ascii: ",") : UInt8(ascii: ";")
        guard text.utf8.contains(where: { $0 == delimiter || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            output += text
            return
        }
        output += "\""
        output += text.utf8.contains(UInt8(ascii: "\"")) ? text.replacingOccurrences(of: "\"", with: "\"\"") : text
        output += "\""
    }
}
