// The engine stage: reads datasets' CSV files and computes the indicators of `indc run`.
// This folder is its CSV reader: a streaming RFC 4180 reader over fixed-size buffers that
// validates the declared encoding and hands out records as borrowed, allocation-free views.
import IndcSemantics

/// Streams a CSV file record by record.
///
/// The file is read with POSIX `read` into one buffer of `bufferSize` bytes; records are scanned
/// in place and handed out as views into it, so memory stays bounded by the buffer (or the longest
/// record) whatever the file's size. Each record's bytes are validated against the encoding once,
/// in `next(_:)`, with an ASCII fast path.
///
/// Line ends may be LF, CRLF or CR; the last line needs none. A UTF-8 byte order mark is skipped.
/// Lines before the format's header line are skipped unread. Blank lines are skipped everywhere
/// (a one-column file writes a missing value as `""`). The reader does not compare a record's
/// field count with the header's, nor skip records whose fields are all empty: the caller decides.
///
/// Errors are final (the same error is thrown again by later calls) except those that
/// `CSVError.isRecoverable`: the reader has then moved past the offending record (for a quote error,
/// to the physical line after the error's), and reading may go on.
public final class CSVReader {
    /// The longest record accepted by default (16 MiB).
    public static let defaultMaximumRecordLength = 16 << 20

    /// How the file is laid out.
    public let format: CSVFormat
    /// The longest record accepted, line end included.
    public let maximumRecordLength: Int
    /// Unchecked: a reader is never re-entered (nothing it calls calls back), so the dynamic
    /// exclusivity check, once per record, would cost a tenth of the reading time for nothing.
    @exclusivity(unchecked) private var stream: RecordStream
    private var failure: CSVError?

    /// Opens a CSV file.
    /// - Parameters:
    ///   - bufferSize: the bytes read at a time (default 1 MiB).
    ///   - maximumRecordLength: the longest record accepted, beyond which `next` throws `recordTooLong`.
    ///   - range: the bytes to read, for one part of a file split at record boundaries (default: the whole file).
    ///   - firstLine: the physical line `range` starts on; with a split, line numbers may be relative and fixed later.
    public init(path: String, format: CSVFormat, bufferSize: Int = 1 << 20,
                maximumRecordLength: Int = CSVReader.defaultMaximumRecordLength,
                range: Range<Int>? = nil, firstLine: Int = 1) throws(CSVError) {
        let window = try FileWindow(path: path, capacity: bufferSize, range: range)
        stream = RecordStream(window: window, format: format, maximumRecordLength: maximumRecordLength,
                              firstLine: firstLine, atFileStart: (range?.lowerBound ?? 0) == 0)
        self.format = format
        self.maximumRecordLength = maximumRecordLength
    }

    /// The file's path, as given.
    public var path: String { stream.path }

    /// The file offset of the first byte not yet read as part of a record (after the header: where the data starts).
    public var offset: Int { stream.offset }

    /// The physical line the next record starts on (relative to `firstLine`).
    public var line: Int { stream.currentLine }

    /// Whether a record read so far had a quote character or ended in a lone CR (a file split at
    /// line feeds is read right only without either).
    var hasSeenQuotes: Bool { stream.hasSeenQuotes }

    /// The buffer's current size in bytes (it grows only for records longer than the buffer).
    var bufferCapacity: Int { stream.bufferCapacity }

    /// Reads the next record as the header: its fields decoded to names; empty for an empty file.
    ///
    /// Call it before the first `next(_:)`.
    public func readHeader() throws(CSVError) -> [String] {
        var record = CSVRecord()
        guard try next(&record) else { return [] }
        return (0..<record.count).map { record.text($0) }
    }

    /// Reads the next record into `record`, replacing its fields; false at the end of the file.
    ///
    /// The record's field views stay valid until the next call.
    public func next(_ record: inout CSVRecord) throws(CSVError) -> Bool {
        if let failure { throw failure }
        do {
            return try stream.next(&record)
        } catch {
            if !error.isRecoverable { failure = error }
            throw error
        }
    }
}
