import IndcSemantics

/// One record of a CSV file: a borrowed view of its fields in the reader's buffer.
///
/// Create one record and pass it to `CSVReader.next(_:)` for every record: its storage is reused,
/// so reading allocates nothing per record. The record is not copyable, since its field views are
/// valid only until the next call to `next`. Fields are unquoted (`"a ""b"""` reads as `a "b"`)
/// and the record's bytes are already validated against the file's encoding, so decoding cannot fail.
public struct CSVRecord: ~Copyable {
    /// The physical line (1-based) the record starts on.
    public internal(set) var line = 0
    /// The number of fields (a record's count may differ from the header's: the caller decides).
    public private(set) var count = 0
    /// The encoding its text is decoded with.
    var encoding = TextEncoding.utf8
    /// The reader's buffer the bounds point into.
    var base: UnsafeMutablePointer<UInt8>?
    /// Each field's start and end offset in `base`, two entries per field. The end of a quoted field
    /// that still holds doubled quotes is stored complemented (`~end`) until they are collapsed.
    private var bounds: UnsafeMutablePointer<Int>
    private var capacity = 32
    private var hasDoubledQuotes = false

    /// An empty record, to be filled by `CSVReader.next(_:)`.
    public init() {
        bounds = .allocate(capacity: 2 * capacity)
    }

    deinit {
        bounds.deallocate()
    }

    /// The raw bytes of a field, unquoted; valid until the reader's next `next` call.
    public func bytes(_ field: Int) -> UnsafeRawBufferPointer {
        precondition(field >= 0 && field < count, "field index out of range")
        let start = bounds[2 * field]
        return UnsafeRawBufferPointer(start: base.map { $0 + start }, count: bounds[2 * field + 1] - start)
    }

    /// The raw bytes of a field the caller knows exists (`field < count`): `bytes` without its check,
    /// for the batch path's decoding, which checked the record's width first.
    @inline(__always)
    func uncheckedBytes(_ field: Int) -> UnsafeRawBufferPointer {
        let start = bounds[2 * field]
        return UnsafeRawBufferPointer(start: base.unsafelyUnwrapped + start, count: bounds[2 * field + 1] &- start)
    }

    /// Whether a field is empty (`a,,b` and `a,"",b` both have an empty second field).
    public func isEmpty(_ field: Int) -> Bool {
        precondition(field >= 0 && field < count, "field index out of range")
        return bounds[2 * field] == bounds[2 * field + 1]
    }

    /// A field decoded to text with the file's encoding (for labels and messages, not the hot path).
    public func text(_ field: Int) -> String {
        FieldText.decode(bytes(field), encoding)
    }

    /// A field as an integer (optional sign, ASCII digits); nil when it is not one or overflows.
    public func integer(_ field: Int) -> Int? {
        CSVNumber.integer(bytes(field))
    }

    /// A field as a decimal number (`12.5`, `-0.25`, `1e3`) with the given decimal mark; nil when it is not one.
    public func decimal(_ field: Int, decimalMark: UInt8 = UInt8(ascii: ".")) -> Double? {
        CSVNumber.decimal(bytes(field), decimalMark: decimalMark)
    }

    mutating func removeFields() {
        count = 0
        hasDoubledQuotes = false
    }

    /// The most fields a record may have: more is an error, not gigabytes of field bounds.
    public static let maximumFields = 100_000

    /// Adds a field; `hasDoubledQuotes` marks quoted content whose `""` are still to be collapsed.
    mutating func appendField(from start: Int, to end: Int, hasDoubledQuotes: Bool = false) {
        if count == capacity { grow() }
        bounds[2 * count] = start
        bounds[2 * count + 1] = hasDoubledQuotes ? ~end : end
        self.hasDoubledQuotes = self.hasDoubledQuotes || hasDoubledQuotes
        count += 1
    }

    /// For the scanner's fast path: room for `more` fields after the current ones, and the bounds
    /// array their starts and ends go to (two entries per field, from index `2 * count`).
    mutating func reserveBounds(_ more: Int) -> (bounds: UnsafeMutablePointer<Int>, capacity: Int) {
        while count + more > capacity { grow() }
        return (bounds, capacity)
    }

    /// For the scanner's fast path: the number of fields after it wrote unquoted fields' bounds itself.
    mutating func setFieldCount(_ count: Int) {
        self.count = count
    }

    /// Whether every field is empty: a row such as `;;;;` that Excel writes below a table, which
    /// readers of a file of several columns skip like a blank line.
    public var hasOnlyEmptyFields: Bool {
        for field in 0..<count where bounds[2 * field] != bounds[2 * field + 1] { return false }
        return true
    }

    /// Turns each doubled quote of the quoted fields into one, in place (the content only shrinks).
    @inline(__always)
    mutating func collapseDoubledQuotes() {
        if hasDoubledQuotes { collapseQuotes() }
    }

    private mutating func collapseQuotes() {
        guard let base else { return }
        for field in 0..<count where bounds[2 * field + 1] < 0 {
            var read = bounds[2 * field]
            let end = ~bounds[2 * field + 1]
            while base[read] != RecordScanner.quote {
                read += 1
            }
            var write = read
            while read < end {
                let byte = base[read]
                base[write] = byte
                write += 1
                read += byte == RecordScanner.quote ? 2 : 1
            }
            bounds[2 * field + 1] = write
        }
        hasDoubledQuotes = false
    }

    private mutating func grow() {
        let grown = UnsafeMutablePointer<Int>.allocate(capacity: 4 * capacity)
        grown.update(from: bounds, count: 2 * count)
        bounds.deallocate()
        bounds = grown
        capacity *= 2
    }
}
