/// The CSV dialects results are written in.
public enum CSVDialect: String, Sendable {
    /// `,` between fields, `.` as decimal mark, UTF-8 without byte-order mark.
    case standard = "csv"
    /// For Dutch spreadsheets: `;` between fields, decimal comma, UTF-8 with a byte-order mark.
    case dutch = "csv-nl"

    var delimiter: Character { self == .standard ? "," : ";" }
    var decimalMark: Character { self == .standard ? "." : "," }
}

/// Writes a result table as CSV (RFC 4180: fields quoted when they hold the delimiter, a quote or a line break;
/// LF line ends, CRLF in the Dutch dialect as Windows spreadsheets expect).
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

    private static func append(_ fields: [ResultField], _ dialect: CSVDialect, to output: inout String) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(dialect.delimiter) }
            output += quoted(text(field, dialect), dialect)
        }
        output += dialect == .dutch ? "\r\n" : "\n"
    }

    private static func text(_ field: ResultField, _ dialect: CSVDialect) -> String {
        switch field {
        case .empty: ""
        case .text(let text): text
        case .integer(let number): String(number)
        case .number(let number): PlainNumber.text(number, decimalMark: dialect.decimalMark)
        case .boolean(let flag): flag ? "true" : "false"
        }
    }

    private static func quoted(_ text: String, _ dialect: CSVDialect) -> String {
        guard text.contains(where: { $0 == dialect.delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
