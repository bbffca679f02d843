import IndcSemantics

/// Checks a record's raw bytes against the file's encoding, once per record.
///
/// Records are validated whole (quotes and delimiters included) before their fields are handed out,
/// so reading a field's text never fails. ASCII, the common case, is skipped 32 bytes at a time.
/// Line-end bytes are ASCII, so a valid multi-byte sequence never spans two records.
enum EncodingValidator {
    /// The offset (from `start`) of the first byte that is not valid, or nil when all are.
    ///
    /// For UTF-8 this is the first byte of the ill-formed sequence. Latin-1 assigns every byte.
    static func firstInvalidByte(_ bytes: UnsafePointer<UInt8>, count: Int, encoding: TextEncoding) -> Int? {
        switch encoding {
        case .utf8: firstInvalidUTF8(bytes, count: count)
        case .latin1: nil
        case .windows1252: firstUndefinedWindows1252(bytes, count: count)
        }
    }

    private static func firstInvalidUTF8(_ bytes: UnsafePointer<UInt8>, count: Int) -> Int? {
        var index = endOfASCII(bytes, from: 0, count: count)
        while index < count {
            let lead = bytes[index]
            let length: Int
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; second = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; second = 0x80...0x9F
            case 0xF0: length = 4; second = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; second = 0x80...0x8F
            default: return index
            }
            guard index + length <= count, second.contains(bytes[index + 1]) else { return index }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index = endOfASCII(bytes, from: index + length, count: count)
        }
        return nil
    }

    private static func firstUndefinedWindows1252(_ bytes: UnsafePointer<UInt8>, count: Int) -> Int? {
        var index = endOfASCII(bytes, from: 0, count: count)
        while index < count {
            switch bytes[index] {
            case 0x81, 0x8D, 0x8F, 0x90, 0x9D: return index
            default: index += 1
            }
        }
        return nil
    }

    /// The first offset at or after `index` that holds a non-ASCII byte (or `count`).
    private static func endOfASCII(_ bytes: UnsafePointer<UInt8>, from index: Int, count: Int) -> Int {
        var index = index
        let raw = UnsafeRawPointer(bytes)
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while index + 32 <= count {
            let words = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)
            guard words & highBits == 0 else { break }
            index += 32
        }
        while index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & highBits == 0 {
            index += 8
        }
        while index < count, bytes[index] < 0x80 {
            index += 1
        }
        return index
    }
}
