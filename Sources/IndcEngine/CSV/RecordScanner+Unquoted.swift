/// The record scanner's fast path, for the records of a file that has no quoted fields (the common case).
extension RecordScanner {
    /// What `scanUnquoted` found.
    enum UnquotedScan {
        case complete(Extent)
        /// The window ends before the record does.
        case needsMore
        /// A field starts with a quote at this offset: the general loop takes over there.
        case quotedField(at: Int)
    }

    /// The fast path for records without quoted fields: eight bytes at a time, every delimiter, line
    /// end and quote in the word is found exactly, and fields are cut at each delimiter without going
    /// back to a per-field loop. A quote inside a field is an ordinary byte, as in the general loop.
    @inline(__always)
    func scanUnquoted(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, isFinal: Bool, line: Int,
                              into record: inout CSVRecord, seen: inout UInt64) throws(CSVError) -> UnquotedScan {
        let raw = UnsafeRawPointer(bytes)
        var fieldStart = start
        var position = start
        var isPlain = true
        // The fields' bounds are written here directly and the count set once at the end.
        var count = record.count
        var (bounds, capacity) = record.reserveBounds(8)
        defer { record.setFieldCount(count) }
        let lineFeeds = Self.repeated(Self.lineFeed), returns = Self.repeated(Self.carriageReturn)
        while true {
            var flagged: UInt64
            if position &+ 8 <= end {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
                seen |= word
                flagged = Self.zeroBytes(word ^ delimiters) | Self.zeroBytes(word ^ quotes) | Self.zeroBytes(word ^ lineFeeds)
                    | Self.zeroBytes(word ^ returns)
            } else if position < end {
                flagged = 0
                for offset in 0..<min(8, end - position) {
                    let byte = bytes[position + offset]
                    seen |= UInt64(byte)
                    if byte == delimiter || byte == Self.quote || byte == Self.lineFeed || byte == Self.carriageReturn {
                        flagged |= 0x80 << (8 * UInt64(offset))
                    }
                }
            } else {
                guard isFinal else { return .needsMore }
                guard count < CSVRecord.maximumFields else { throw .tooManyFields(line: line, limit: CSVRecord.maximumFields) }
                if count == capacity {
                    record.setFieldCount(count)
                    (bounds, capacity) = record.reserveBounds(1)
                }
                bounds[2 &* count] = fieldStart
                bounds[2 &* count &+ 1] = end
                count &+= 1
                return .complete(Extent(end: end, lineBreaks: 0, seen: seen, isPlain: isPlain))
            }
            if count &+ 8 > capacity {
                record.setFieldCount(count)
                (bounds, capacity) = record.reserveBounds(8)
            }
            while flagged != 0 {
                let found = position &+ flagged.trailingZeroBitCount >> 3
                flagged &= flagged &- 1
                let byte = bytes[found]
                if byte == Self.quote {
                    if found == fieldStart { return .quotedField(at: found) }
                    isPlain = false
                    continue
                }
                guard count < CSVRecord.maximumFields else { throw .tooManyFields(line: line, limit: CSVRecord.maximumFields) }
                bounds[2 &* count] = fieldStart
                bounds[2 &* count &+ 1] = found
                count &+= 1
                if byte == delimiter {
                    fieldStart = found &+ 1
                    continue
                }
                if byte == Self.lineFeed { return .complete(Extent(end: found + 1, lineBreaks: 1, seen: seen, isPlain: isPlain)) }
                if found + 1 < end {
                    let isCRLF = bytes[found + 1] == Self.lineFeed
                    return .complete(Extent(end: isCRLF ? found + 2 : found + 1, lineBreaks: 1, seen: seen, isPlain: isPlain && isCRLF))
                }
                return isFinal ? .complete(Extent(end: found + 1, lineBreaks: 1, seen: seen)) : .needsMore
            }
            position &+= 8
        }
    }

    /// Flags (0x80) exactly the zero bytes of `word`.
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word | low)
    }
}
