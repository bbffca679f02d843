import IndcSemantics

/// What `indc infer` says about a file as a whole: why it reads the file as it does, and what to check.
///
/// Each description is one sentence for a comment line of the printed dataset block.
public enum DatasetRemark: Sendable, Equatable, CustomStringConvertible {
    /// The delimiter chosen: the header's fields, and how many of the sampled rows have as many.
    case delimiter(UInt8, fields: Int, matchingRows: Int, sampledRows: Int)
    /// No delimiter splits the header: the file has one column.
    case singleColumn
    /// Decimal commas: the columns with numbers such as `12,5`.
    case decimalComma(columns: [String])
    /// The encoding chosen, the ones that did not fit, and the characters beyond ASCII in the first bytes.
    case encoding(TextEncoding, byteOrderMark: Bool, rejected: [RejectedEncoding], characters: [Character])
    /// How lines end, how many fields were quoted in the sample, and how many records span several lines.
    case layout(lineEnds: String, quotedFields: Int, multilineRecords: Int)
    /// Rows with another number of fields than the header: the first one's line and field count.
    case raggedRows(count: Int, firstLine: Int, fields: Int, headerFields: Int)
    /// The header's names are all numbers or dates: the first line is probably data.
    case headerLooksLikeData
    /// The file has a header and no data rows.
    case noDataRows
    /// The rows the guesses come from, of the rows in the file (all of them read).
    case sample(rows: Int, of: Int)
    /// Lines that are not the table (a title, notes) come before the header, which is on `headerLine`.
    case preamble(headerLine: Int)
    /// Rows with a quote error, left out: how many, and the first error (with its line).
    case quoteErrors(count: Int, first: CSVError)
    /// Rows whose fields are all empty (`;;;;`), skipped like blank lines.
    case emptyRows(count: Int)
    /// An SPSS system file: its cases, how they are stored, and the encoding of its text.
    case systemFile(cases: Int, compression: String, encoding: TextEncoding)

    /// The remark as one sentence.
    public var description: String {
        switch self {
        case .delimiter(let byte, let fields, let matching, let sampled):
            let rows = matching == sampled ? (sampled == 1 ? "so does the 1 row sampled" : "so do all \(sampled) rows sampled")
                : "so do \(matching) of the \(sampled) rows sampled"
            return "delimiter \(Self.delimiterName(byte)): the header has \(fields) fields, and \(sampled == 0 ? "there are no rows" : rows)"
        case .singleColumn:
            return "one column: no delimiter (\",\", \";\", tab, \"|\") splits the header"
        case .decimalComma(let columns):
            return "decimal \",\": numbers such as 12,5 in \(columns.joined(separator: ", "))"
        case .encoding(let encoding, let byteOrderMark, let rejected, let characters):
            return Self.encodingText(encoding, byteOrderMark, rejected, characters)
        case .layout(let lineEnds, let quotedFields, let multilineRecords):
            var text = "line ends \(lineEnds); " + (quotedFields == 0 ? "no quoted fields in the sample" : "\(quotedFields) quoted fields in the sample")
            if multilineRecords > 0 { text += "; \(multilineRecords) rows span several lines (line breaks inside quotes)" }
            return text
        case .raggedRows(let count, let line, let fields, let headerFields):
            return "\(count) row\(count == 1 ? " has" : "s have") another number of fields than the header's \(headerFields) (first: line \(line), \(fields) fields): "
                + "indc run reports them as data errors; fix the file, or add `on error skip` to leave them out"
        case .headerLooksLikeData:
            return "the first line looks like data, but indc reads it as the column names: add a header line to the file"
        case .noDataRows:
            return "the file has a header but no data rows: every column is text"
        case .preamble(let line):
            return "the header is on line \(line): the lines before it are not the table (a title, notes), so `header line \(line)` skips them"
        case .quoteErrors(let count, let first):
            return "\(count == 1 ? "1 row has a quote error" : "\(count) rows have quote errors") (first: \(first.description)): "
                + "indc run reports \(count == 1 ? "it as a data error" : "them as data errors"); double the quotes inside quoted fields (\"\"), or add `on error skip` to leave \(count == 1 ? "it" : "them") out"
        case .systemFile(let cases, let compression, let encoding):
            return "SPSS system file, \(compression), \(cases) case\(cases == 1 ? "" : "s"), text in \(encoding.rawValue): the block comes from its "
                + "dictionary; value labels are the category levels in code order, and user-missing values are read as missing"
        case .emptyRows(let count):
            return "\(count == 1 ? "1 row has" : "\(count) rows have") only empty fields (such as ;;;;): skipped like blank lines"
        case .sample(let rows, let total):
            return rows == total ? "read all \(total) rows; the types fit every value"
                : "read all \(total) rows; the delimiter and first guesses come from the first \(rows), the types fit every value"
        }
    }

    /// The delimiter as the `delimiter` clause writes it.
    public static func delimiterName(_ byte: UInt8) -> String {
        byte == 0x09 ? "\"tab\"" : "\"\(Character(UnicodeScalar(byte)))\""
    }

    private static func encodingText(_ encoding: TextEncoding, _ byteOrderMark: Bool, _ rejected: [RejectedEncoding], _ characters: [Character]) -> String {
        let names: [TextEncoding: String] = [.utf8: "UTF-8", .windows1252: "Windows-1252", .latin1: "Latin-1"]
        var text = "encoding \"\(encoding.rawValue)\": "
        if rejected.isEmpty {
            text += "every byte is valid UTF-8" + (byteOrderMark ? " (with a byte order mark)" : "")
        } else {
            text += rejected.map { rejection in
                let byte = rejection.byte.map { " has byte 0x\(String($0, radix: 16, uppercase: true))" } ?? ""
                return "not \(names[rejection.encoding] ?? rejection.encoding.rawValue) (line \(rejection.line)\(byte))"
            }.joined(separator: ", ")
        }
        if !characters.isEmpty { text += "; characters beyond ASCII: \(characters.map(String.init).joined(separator: " "))" }
        return text
    }
}
