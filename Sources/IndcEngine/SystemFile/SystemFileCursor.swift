/// Reads a system file's fields in its byte order; every read is bounds-checked, so a truncated or
/// hostile file is an error, never a read past its end.
struct SystemFileCursor {
    let bytes: [UInt8]
    var offset: Int
    /// Whether the file's numbers are big-endian (its layout code reads as 2 or 3 only swapped).
    var isBigEndian = false

    init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    /// The next `count` bytes.
    mutating func take(_ count: Int) throws(SystemFileError) -> ArraySlice<UInt8> {
        guard count >= 0, count <= bytes.count - offset else { throw .truncated(offset: offset) }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func int32() throws(SystemFileError) -> Int {
        let raw = try take(4)
        var value: UInt32 = 0
        for byte in isBigEndian ? Array(raw) : raw.reversed() { value = value << 8 | UInt32(byte) }
        return Int(Int32(bitPattern: value))
    }

    mutating func int64() throws(SystemFileError) -> Int {
        let raw = try take(8)
        return Int(Int64(bitPattern: Self.word(raw, bigEndian: isBigEndian)))
    }

    mutating func double() throws(SystemFileError) -> Double {
        Double(bitPattern: Self.word(try take(8), bigEndian: isBigEndian))
    }

    /// Eight bytes as a 64-bit word in the given byte order.
    static func word(_ raw: ArraySlice<UInt8>, bigEndian: Bool) -> UInt64 {
        var value: UInt64 = 0
        for byte in bigEndian ? Array(raw) : raw.reversed() { value = value << 8 | UInt64(byte) }
        return value
    }

    /// A count read from the file that must be from 0 to `limit` (a hostile count would allocate without end).
    mutating func count(_ limit: Int, _ what: String) throws(SystemFileError) -> Int {
        let value = try int32()
        guard value >= 0, value <= limit else { throw .invalid("\(what) is \(value)") }
        return value
    }
}

/// Why a system file cannot be read.
public enum SystemFileError: Error, Equatable, CustomStringConvertible {
    /// The file ends inside a record.
    case truncated(offset: Int)
    /// A record or value is not what the format allows.
    case invalid(String)

    public var description: String {
        switch self {
        case .truncated(let offset): "the file ends too early (at byte \(offset)): is it complete?"
        case .invalid(let reason): "not a valid SPSS system file: \(reason)"
        }
    }
}
