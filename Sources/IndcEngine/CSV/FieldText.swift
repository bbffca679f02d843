import IndcSemantics

/// Decodes a field's bytes to a `String` in the file's encoding.
///
/// The bytes were validated when their record was read, so decoding cannot fail.
enum FieldText {
    /// Windows-1252's characters for bytes 0x80-0x9F; its five undefined bytes map to the C1 controls, as in Latin-1.
    static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func decode(_ bytes: UnsafeRawBufferPointer, _ encoding: TextEncoding) -> String {
        if encoding == .utf8 || !bytes.contains(where: { $0 >= 0x80 }) {
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(unsafeUninitializedCapacity: bytes.count * 3) { utf8 in
            var length = 0
            for byte in bytes {
                let scalar = encoding == .windows1252 && (0x80...0x9F).contains(byte) ? windows1252High[Int(byte - 0x80)] : UInt16(byte)
                length += encode(scalar, into: utf8, at: length)
            }
            return length
        }
    }

    /// Writes a scalar below U+10000 as UTF-8 and returns the number of bytes written.
    private static func encode(_ scalar: UInt16, into utf8: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        switch scalar {
        case 0..<0x80:
            utf8[index] = UInt8(scalar)
            return 1
        case 0x80..<0x800:
            utf8[index] = UInt8(0xC0 | (scalar >> 6))
            utf8[index + 1] = UInt8(0x80 | (scalar & 0x3F))
            return 2
        default:
            utf8[index] = UInt8(0xE0 | (scalar >> 12))
            utf8[index + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
            utf8[index + 2] = UInt8(0x80 | (scalar & 0x3F))
            return 3
        }
    }
}
