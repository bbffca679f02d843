import IndcSemantics

/// How a CSV file is laid out: its field delimiter and its text encoding.
///
/// Quoting is always RFC 4180 (`"` quotes, `""` inside quotes); line ends may be LF, CRLF or CR.
public struct CSVFormat: Sendable, Equatable {
    /// The byte between fields: `,`, `;`, tab or `|`.
    public let delimiter: UInt8
    /// The encoding the file's bytes are validated and decoded with.
    public let encoding: TextEncoding
    /// The physical line the header is on: the lines before it (an export's title, notes) are skipped unread.
    public let headerLine: Int

    /// A format with an explicit delimiter and encoding.
    ///
    /// The delimiter must be an ASCII byte other than a quote or a line end.
    public init(delimiter: UInt8 = UInt8(ascii: ","), encoding: TextEncoding = .utf8, headerLine: Int = 1) {
        precondition(delimiter < 0x80 && delimiter != RecordScanner.quote && delimiter != RecordScanner.lineFeed
                     && delimiter != RecordScanner.carriageReturn, "a CSV delimiter is an ASCII byte other than a quote or a line end")
        self.delimiter = delimiter
        self.encoding = encoding
        self.headerLine = max(headerLine, 1)
    }

    /// The format a checked dataset declares (`delimiter`, `encoding`, `header line`).
    public init(dataset: Dataset) {
        self.init(delimiter: dataset.delimiter, encoding: dataset.encoding, headerLine: dataset.headerLine)
    }
}
