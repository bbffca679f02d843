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
    private var hasCheckedByteOrderMark = false
    /// Blank lines seen but not yet returned: they are records only if a non-blank record follows.
    private var pendingBlankLines = 0
    /// Blank lines confirmed by the record after them, returned before it.
    private var blankLinesToReturn = 0
    private var nextBlankLine = 0
    /// Whether a record read so far had a quote character or ended in a lone CR.
    private(set) var hasSeenQuotes = false

    /// - Parameters:
    ///   - firstLine: the physical line the window starts on (1 for the whole file).
    ///   - atFileStart: whether the window starts at the file's first byte (where a byte order mark may be).
    init(window: consuming FileWindow, format: CSVFormat, maximumRecordLength: Int, firstLine: Int = 1, atFileStart: Bool = true) {
        self.window = window
        line = firstLine
        hasCheckedByteOrderMark = !atFileStart
        scanner = RecordScanner(delimiter: format.delimiter)
        encoding = format.encoding
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

    /// Reads the next record into `record`; false at the end of the file.
    ///
    /// After `invalidEncoding` the stream has moved past the offending record (left empty).
    mutating func next(_ record: inout CSVRecord) throws(CSVError) -> Bool {
        if blankLinesToReturn > 0 { return returnBlankLine(&record) }
        if !hasCheckedByteOrderMark { try skipByteOrderMark() }
        while true {
            guard let extent = try scan(&record) else { return false }
            if !extent.isPlain { hasSeenQuotes = true }
            let start = window.position
            let first = window.base[start]
            if first == RecordScanner.lineFeed || first == RecordScanner.carriageReturn {
                if pendingBlankLines == 0 { nextBlankLine = line }
                pendingBlankLines += 1
                line += 1
                window.position = extent.end
                continue
            }
            if pendingBlankLines > 0 {
                blankLinesToReturn = pendingBlankLines
                pendingBlankLines = 0
                return returnBlankLine(&record)
            }
            record.base = window.base
            record.line = line
            record.encoding = encoding
            window.position = extent.end
            line += extent.lineBreaks
            if extent.mayHoldNonASCII {
                try Self.validate(&record, window.base, from: start, to: extent.end, fileOffset: window.fileOffset, encoding: encoding)
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

    /// Hands out one confirmed blank line as a record with one empty field.
    private mutating func returnBlankLine(_ record: inout CSVRecord) -> Bool {
        record.makeBlank(line: nextBlankLine, base: window.base)
        nextBlankLine += 1
        blankLinesToReturn -= 1
        return true
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

    /// Skips a UTF-8 byte order mark at the start of a UTF-8 file.
    private mutating func skipByteOrderMark() throws(CSVError) {
        hasCheckedByteOrderMark = true
        guard encoding == .utf8 else { return }
        while window.pendingCount < 3 && !window.isAtEnd {
            try window.readMore(limit: maximumRecordLength, line: line)
        }
        let base = window.base
        if window.pendingCount >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF {
            window.position = 3
        }
    }
}
