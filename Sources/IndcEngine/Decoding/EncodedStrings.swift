import Foundation
import IndcSemantics

/// Finds a field's bytes among a set of strings encoded as the file is (category levels, missing codes),
/// so fields are matched without decoding them to `String`.
struct EncodedStrings {
    /// Every string's bytes one after the other; string i is `storage[offsets[i] ..< offsets[i] + lengths[i]]`.
    private let storage: [UInt8]
    private let offsets: [Int]
    /// Each string's length; -1 for a string the encoding cannot write (a `€` in a Latin-1 file), which never matches.
    private let lengths: [Int]
    /// By `bucket` of length, first and last byte: the one string there (index + 1), 0 for none, -1 for several.
    private let buckets: [Int32]

    init(_ strings: [String], encoding: TextEncoding) {
        let encoded = strings.map { Self.encode($0, encoding) }
        storage = encoded.flatMap { $0 ?? [] }
        lengths = encoded.map { $0?.count ?? -1 }
        offsets = lengths.reduce(into: [0]) { $0.append($0[$0.count - 1] + max($1, 0)) }
        var buckets = [Int32](repeating: 0, count: 1024)
        for (index, bytes) in encoded.enumerated() {
            guard let bytes else { continue }
            let bucket = bytes.withUnsafeBytes(Self.bucket)
            buckets[bucket] = buckets[bucket] == 0 ? Int32(index + 1) : -1
        }
        self.buckets = buckets
    }

    /// A field's bucket: its length, first and last byte mixed into 10 bits.
    private static func bucket(_ field: UnsafeRawBufferPointer) -> Int {
        guard let first = field.first, let last = field.last else { return 0 }
        return (field.count &* 97 &+ Int(first) &* 31 &+ Int(last)) & 1023
    }

    /// The index of the string equal to the field, if any: its bucket, else lengths, then `memcmp`.
    func index(of field: UnsafeRawBufferPointer) -> Int? {
        let count = field.count
        let candidate = buckets[Self.bucket(field)]
        if candidate == 0 { return nil }
        return storage.withUnsafeBytes { bytes in
            if candidate > 0 {
                let index = Int(candidate) - 1
                return lengths[index] == count && (count == 0 || memcmp(bytes.baseAddress! + offsets[index], field.baseAddress!, count) == 0)
                    ? index : nil
            }
            for index in lengths.indices where lengths[index] == count {
                if count == 0 || memcmp(bytes.baseAddress! + offsets[index], field.baseAddress!, count) == 0 { return index }
            }
            return nil
        }
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
