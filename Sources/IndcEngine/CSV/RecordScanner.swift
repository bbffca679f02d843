/// Finds the fields of one CSV record in a window of bytes (RFC 4180, lenient about inner quotes).
///
/// The scanner only reads the bytes and never keeps state between records, so a parallel reader
/// can scan several chunks of a file at once. A field is quoted when its first byte is `"`; a quote
/// anywhere else in an unquoted field is an ordinary byte. Line ends are LF, CRLF or CR, and the
/// line breaks inside quoted fields are counted so that records know their physical lines.
struct RecordScanner {
    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// The byte between fields.
    let delimiter: UInt8
    /// The delimiter and the quote repeated in all eight bytes of a word.
    let delimiters: UInt64, quotes: UInt64

    init(delimiter: UInt8) {
        self.delimiter = delimiter
        delimiters = Self.repeated(delimiter)
        quotes = Self.repeated(Self.quote)
    }

    /// Where a scanned record ends.
    struct Extent {
        /// The offset just past the record's line end (or the end of the input).
        var end: Int
        /// The line breaks in the record, its own line end included.
        var lineBreaks: Int
        /// False when every byte of the record is ASCII; true when some byte may not be
        /// (the bytes scanned eight at a time may reach past the record).
        var mayHoldNonASCII: Bool
        /// Whether the record has no quote character and does not end in a lone CR: what a file
        /// split at line feeds needs of every record (`FileSplit`).
        var isPlain: Bool

        /// An extent whose scanned bytes, OR-ed together, are `seen`.
        init(end: Int, lineBreaks: Int, seen: UInt64, isPlain: Bool = false) {
            self.end = end
            self.lineBreaks = lineBreaks
            mayHoldNonASCII = seen & 0x8080_8080_8080_8080 != 0
            self.isPlain = isPlain
        }
    }

    /// Scans the record starting at `start` and stores its fields' bounds in `record`.
    ///
    /// Returns nil when the window ends before the record does and more input may follow
    /// (`isFinal` false): the caller reads more and scans the record again from its start.
    /// Deciding a CR or a quote at the last byte also needs the next byte, so it waits for more too.
    /// - Parameters:
    ///   - line: the physical line the record starts on, for errors.
    func scan(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, isFinal: Bool, line: Int,
              into record: inout CSVRecord) throws(CSVError) -> Extent? {
        record.removeFields()
        let delimiter = self.delimiter
        var index = start
        var lineBreaks = 0
        var seen: UInt64 = 0
        switch try scanUnquoted(bytes, from: start, to: end, isFinal: isFinal, line: line, into: &record, seen: &seen) {
        case .complete(let extent): return extent
        case .needsMore: return nil
        case .quotedField(let at): index = at
        }
        while true {
            if index < end && bytes[index] == Self.quote {
                let fieldLine = line + lineBreaks
                index += 1
                let contentStart = index
                var hasDoubledQuotes = false
                while true {
                    index = nextByte(bytes, from: index, to: end, matching: quotes, seen: &seen)
                    guard index < end else {
                        if isFinal { throw .unclosedQuote(line: fieldLine) }
                        return nil
                    }
                    let byte = bytes[index]
                    if byte == Self.quote {
                        guard index + 1 < end else {
                            if isFinal { break }
                            return nil
                        }
                        guard bytes[index + 1] == Self.quote else { break }
                        hasDoubledQuotes = true
                        index += 2
                        continue
                    }
                    if byte == Self.lineFeed || (byte == Self.carriageReturn && (index + 1 == end || bytes[index + 1] != Self.lineFeed)) {
                        lineBreaks += 1
                    }
                    index += 1
                }
                guard record.count < CSVRecord.maximumFields else { throw .tooManyFields(line: line, limit: CSVRecord.maximumFields) }
                record.appendField(from: contentStart, to: index, hasDoubledQuotes: hasDoubledQuotes)
                index += 1
                if index < end {
                    let byte = bytes[index]
                    guard byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn else {
                        throw .malformedQuote(line: line + lineBreaks)
                    }
                }
            } else {
                let fieldStart = index
                index = nextByte(bytes, from: index, to: end, matching: delimiters, seen: &seen)
                guard record.count < CSVRecord.maximumFields else { throw .tooManyFields(line: line, limit: CSVRecord.maximumFields) }
                record.appendField(from: fieldStart, to: index, hasDoubledQuotes: false)
            }
            guard index < end else {
                return isFinal ? Extent(end: end, lineBreaks: lineBreaks, seen: seen) : nil
            }
            let separator = bytes[index]
            if separator == delimiter {
                index += 1
            } else if separator == Self.lineFeed {
                return Extent(end: index + 1, lineBreaks: lineBreaks + 1, seen: seen)
            } else if index + 1 < end {
                let end = bytes[index + 1] == Self.lineFeed ? index + 2 : index + 1
                return Extent(end: end, lineBreaks: lineBreaks + 1, seen: seen)
            } else {
                return isFinal ? Extent(end: index + 1, lineBreaks: lineBreaks + 1, seen: seen) : nil
            }
        }
    }

    /// The offset of the first byte from `start` that is a line end or the byte repeated in `special`,
    /// or `end`. Eight bytes at a time: the lowest byte flagged as equal to `special` or below 0x0E
    /// is exact, and is returned if it is the special byte, LF or CR (other control bytes are skipped).
    /// Every byte looked at is OR-ed into `seen`, so that ASCII records skip encoding validation.
    @inline(__always)
    private func nextByte(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int,
                          matching special: UInt64, seen: inout UInt64) -> Int {
        var index = start
        let raw = UnsafeRawPointer(bytes)
        let single = UInt8(truncatingIfNeeded: special)
        while index &+ 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            seen |= word
            let flagged = Self.bytesBelow(word ^ special, 1) | Self.bytesBelow(word, Self.carriageReturn + 1)
            if flagged != 0 {
                let found = index &+ flagged.trailingZeroBitCount >> 3
                let byte = bytes[found]
                if byte == single || byte == Self.lineFeed || byte == Self.carriageReturn { return found }
                index = found &+ 1
            } else {
                index &+= 8
            }
        }
        while index < end {
            let byte = bytes[index]
            seen |= UInt64(byte)
            if byte == single || byte == Self.lineFeed || byte == Self.carriageReturn { break }
            index += 1
        }
        return index
    }

    /// Flags (0x80) the bytes of `word` below `limit` (at most 0x80). Only the lowest flag is
    /// exact: a borrow from a flagged byte may flag the bytes above it.
    @inline(__always)
    private static func bytesBelow(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        (word &- repeated(limit)) & ~word & 0x8080_8080_8080_8080
    }

    @inline(__always)
    static func repeated(_ byte: UInt8) -> UInt64 {
        UInt64(byte) &* 0x0101_0101_0101_0101
    }

    /// The line breaks (LF, CRLF or a lone CR) in `bytes[start..<end]`.
    static func lineBreaks(in bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        var count = 0
        for index in start..<end {
            let byte = bytes[index]
            if byte == lineFeed || (byte == carriageReturn && (index + 1 == end || bytes[index + 1] != lineFeed)) {
                count += 1
            }
        }
        return count
    }
}
