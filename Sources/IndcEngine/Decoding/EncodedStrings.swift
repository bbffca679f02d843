import IndcSemantics

/// Finds a field's bytes among a set of strings encoded as the file is (category levels, missing codes),
/// so fields are matched without decoding them to `String`.
struct EncodedStrings {
    /// Each string's bytes; nil for a string the encoding cannot write (a `€` in a Latin-1 file), which never occurs.
    private let encoded: [[UInt8]?]

    init(_ strings: [String], encoding: TextEncoding) {
        encoded = strings.map { Self.encode($0, encoding) }
    }

    /// The index of the string equal to the field, if any.
    func index(of field: UnsafeRawBufferPointer) -> Int? {
        for (index, bytes) in encoded.enumerated() {
            if let bytes, bytes.count == field.count, bytes.withUnsafeBytes({ $0.elementsEqual(field) }) { return index }
        }
        return nil
    }

    /// A string's bytes in the encoding, or nil when it has a character the encoding lacks.
    static func encode(_ string: String, _ encoding: TextEncoding) -> [UInt8]? {
        guard encoding != .utf8 else { return Array(string.utf8) }
        var bytes: [UInt8] = []
        for scalar in string.unicodeScalars {
            guard let byte = byte(for: scalar.value, encoding) else { return nil }
            bytes.append(byte)
        }
        return bytes
    }

    private static func byte(for scalar: UInt32, _ encoding: TextEncoding) -> UInt8? {
        if scalar < 0x80 || (scalar >= 0xA0 && scalar <= 0xFF) { return UInt8(scalar) }
        if encoding == .latin1 { return scalar <= 0xFF ? UInt8(scalar) : nil }
        guard let index = FieldText.windows1252High.firstIndex(of: UInt16(truncatingIfNeeded: scalar)), scalar <= 0xFFFF,
              ![0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(0x80 + index) else { return nil }
        return UInt8(0x80 + index)
    }
}
