import IndcSemantics

/// The record loop of a `CSVReader`: scans, validates and hands out records from a `FileWindow`.
///
/// A value type the reader owns, so one record costs a single exclusive access to the reader's
/// state instead of one per field it touches.
struct RecordStream: ~Copyable {
    private var window: FileWindow
    private let scanner: RecordScanner
    private let encoding: TextEncoding
    private let maximumRecordLength: Int
    /// The physical line at the window's position.
    private var line = 1
    /// Whether the start of the file (byte order mark, lines before the header) has been dealt with.
    private var hasReadFileStart = false
    private let headerLine: Int
    /// For a single-byte encoding: whether a record with bytes beyond ASCII has shown that they are not UTF-8.
    private var hasCheckedForUTF8: Bool
    /// Whether a record read so far had a quote character or ended in a lone CR.
    private(set) var hasSeenQuotes = false

    /// - Parameters:
    ///   - firstLine: the physical line the window starts on (1 for the whole file).
    ///   - atFileStart: whether the window starts at the file's first byte (where a byte order mark may be).
    init(window: consuming FileWindow, format: CSVFormat, maximumRecordLength: Int, firstLine: Int = 1, atFileStart: Bool = true) {
        self.window = window
        line = firstLine
        hasReadFileStart = !atFileStart
        headerLine = format.headerLine
        scanner = RecordScanner(delimiter: format.delimiter)
        encoding = format.encoding
        hasCheckedForUTF8 = format.encoding == .utf8
        self.maximumRecordLength = maximumRecordLength
    }

    /// The file's path.
    var path: String { window.path }

    /// The file offset of the first byte not yet consumed.
    var offset: Int { window.fileOffset + window.position }

    /// The physical line the next record starts on.
    var currentLine: Int { line }

    /// The buffer's current size in bytes.
    var bufferCapacity: Int { window.capacity }

    /// Reads the next record into `record`; false at the end of the file. Blank lines are skipped.
    ///
    /// After an error that `CSVError.isRecoverable` the stream has moved past the offending record
    /// (left empty): past its invalid byte's record, or past the physical line of a quote error.
    mutating func next(_ record: inout CSVRecord) throws(CSVError) -> Bool {
        if !hasReadFileStart { try readFileStart() }
        while true {
            let extent: RecordScanner.Extent
            do {
                guard let scanned = try scan(&record) else { return false }
                extent = scanned
            } catch {
                try resynchronize(after: error)
                throw error
            }
            if !extent.isPlain { hasSeenQuotes = true }
            let start = window.position
            let first = window.base[start]
            if first == RecordScanner.lineFeed || first == RecordScanner.carriageReturn {
                line += 1
                window.position = extent.end
                continue
            }
            record.base = window.base
            record.line = line
            record.encoding = encoding
            window.position = extent.end
            line += extent.lineBreaks
            if extent.mayHoldNonASCII {
                try Self.validate(&record, window.base, from: start, to: extent.end, fileOffset: window.fileOffset, encoding: encoding)
                if !hasCheckedForUTF8 { try checkForUTF8(&record, window.base, from: start, to: extent.end) }
            }
            record.collapseDoubledQuotes()
            return true
        }
    }

    /// Scans the record at the window's position, reading more of the file until it is complete; nil at the end.
    private mutating func scan(_ record: inout CSVRecord) throws(CSVError) -> RecordScanner.Extent? {
        while true {
            if window.pendingCount == 0 && window.isAtEnd { return nil }
            if let extent = try scanner.scan(window.base, from: window.position, to: window.filled,
                                             isFinal: window.isAtEnd, line: line, into: &record) {
                return extent
            }
            try window.readMore(limit: maximumRecordLength, line: line)
        }
    }

    /// After a quote error, skips the record's physical lines up to and including the error's, so
    /// that reading goes on at the next line.
    private mutating func resynchronize(after error: CSVError) throws(CSVError) {
        switch error {
        case .malformedQuote(let errorLine), .unclosedQuote(let errorLine):
            try skipLines(errorLine - line + 1)
        default:
            break
        }
    }

    /// Skips `count` physical lines (LF, CRLF or a lone CR), quotes or not.
    private mutating func skipLines(_ count: Int) throws(CSVError) {
        var remaining = count
        while remaining > 0 {
            let pending = window.pendingCount
            if pending == 0 || (pending == 1 && window.base[window.position] == RecordScanner.carriageReturn && !window.isAtEnd) {
                if window.isAtEnd { return }
                try window.readMore(limit: maximumRecordLength, line: line)
                continue
            }
            let byte = window.base[window.position]
            window.position += 1
            guard byte == RecordScanner.lineFeed || byte == RecordScanner.carriageReturn else { continue }
            if byte == RecordScanner.carriageReturn && window.pendingCount > 0 && window.base[window.position] == RecordScanner.lineFeed {
                window.position += 1
            }
            remaining -= 1
            line += 1
        }
    }

    /// Throws `invalidEncoding` for the first byte of `bytes[start..<end]` the encoding does not allow,
    /// leaving the record empty.
    private static func validate(_ record: inout CSVRecord, _ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int,
                                 fileOffset: Int, encoding: TextEncoding) throws(CSVError) {
        guard let invalid = EncodingValidator.firstInvalidByte(bytes + start, count: end - start, encoding: encoding) else { return }
        let line = record.line + RecordScanner.lineBreaks(in: bytes, from: start, to: start + invalid)
        record.removeFields()
        throw .invalidEncoding(line: line, byteOffset: fileOffset + start + invalid, encoding: encoding)
    }

    /// Under a single-byte encoding, the first record with bytes beyond ASCII decides: when they are
    /// all well-formed UTF-8 sequences the file is UTF-8 (`utf8Text`), which read byte by byte would
    /// publish `FryslÃ¢n`; otherwise the declaration fits and no later record is checked.
    private mutating func checkForUTF8(_ record: inout CSVRecord, _ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) throws(CSVError) {
        guard let first = (start..<end).first(where: { bytes[$0] >= 0x80 }) else { return }
        hasCheckedForUTF8 = true
        guard EncodingValidator.firstInvalidByte(bytes + start, count: end - start, encoding: .utf8) == nil else { return }
        let line = record.line + RecordScanner.lineBreaks(in: bytes, from: start, to: first)
        record.removeFields()
        throw .utf8Text(line: line, declared: encoding, byteOrderMark: false)
    }

    /// Deals with the start of the file: a UTF-8 byte order mark is skipped (and is an error under a
    /// single-byte encoding), then the lines before the header line.
    private mutating func readFileStart() throws(CSVError) {
        hasReadFileStart = true
        while window.pendingCount < 3 && !window.isAtEnd {
            try window.readMore(limit: maximumRecordLength, line: line)
        }
        let base = window.base
        if window.pendingCount >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF {
            guard encoding == .utf8 else { throw .utf8Text(line: 1, declared: encoding, byteOrderMark: true) }
            window.position = 3
        }
        try skipLines(headerLine - 1)
    }
}
