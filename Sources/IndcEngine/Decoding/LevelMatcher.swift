import Foundation
import IndcSemantics

/// Finds a field's bytes among strings (a category's levels, a column's missing codes) with no
/// reference counting on the way: candidates are grouped by length, compared first by their
/// leading eight bytes as one word, then the rest with `memcmp`. A length with more than
/// `hashedFrom` candidates (a category of 100,000 levels) is searched through a hash table of the
/// whole strings instead, so a field costs the same whatever the number of levels.
///
/// Its storage is raw memory so copies are free in the batch path's per-field loop; the owner
/// calls `deallocate()` once. Both decoders use it (`FieldDecoder`, `BatchColumnDecoder`).
struct LevelMatcher {
    /// Per length 0 ... `longest`: the first candidate of that length and how many there are.
    private let byLength: UnsafeMutablePointer<Int32>
    private let longest: Int
    /// Per candidate, sorted by length: its leading word, its string's index, where its bytes start.
    private let words: UnsafeMutablePointer<UInt64>
    private let indices: UnsafeMutablePointer<Int32>
    private let offsets: UnsafeMutablePointer<Int>
    private let bytes: UnsafeMutablePointer<UInt8>
    /// Open addressing over every candidate (position + 1; 0 is empty), `mask + 1` slots; used for
    /// lengths with more than `hashedFrom` candidates.
    private let slots: UnsafeMutablePointer<Int32>
    private let mask: Int
    static let hashedFrom = 16

    /// The strings as the file encodes them; one the encoding cannot write never matches.
    init(_ strings: [String], encoding: TextEncoding) {
        let encoded = strings.enumerated().compactMap { index, string in Self.encode(string, encoding).map { (index, $0) } }
            .sorted { $0.1.count < $1.1.count }
        longest = encoded.last?.1.count ?? 0
        byLength = .allocate(capacity: 2 * (longest + 1))
        byLength.initialize(repeating: 0, count: 2 * (longest + 1))
        words = .allocate(capacity: max(encoded.count, 1))
        indices = .allocate(capacity: max(encoded.count, 1))
        offsets = .allocate(capacity: max(encoded.count, 1))
        bytes = .allocate(capacity: encoded.reduce(0) { $0 + $1.1.count } + 8)
        bytes.initialize(repeating: 0, count: encoded.reduce(0) { $0 + $1.1.count } + 8)
        var size = 1
        while size < 2 * max(encoded.count, 1) { size *= 2 }
        mask = size - 1
        let table = UnsafeMutablePointer<Int32>.allocate(capacity: size)
        table.initialize(repeating: 0, count: size)
        slots = table
        var offset = 0
        for (position, (index, string)) in encoded.enumerated() {
            if byLength[2 * string.count + 1] == 0 { byLength[2 * string.count] = Int32(position) }
            byLength[2 * string.count + 1] += 1
            string.withUnsafeBytes { words[position] = Self.word($0.baseAddress!, count: string.count) }
            indices[position] = Int32(index)
            offsets[position] = offset
            for byte in string {
                bytes[offset] = byte
                offset += 1
            }
        }
        let lengths = encoded.map(\.1.count)
        for position in lengths.indices {
            let start = bytes + offsets[position]
            guard lookup(start, count: lengths[position]) < 0 else { continue }
            var slot = Self.hash(start, count: lengths[position]) & (size - 1)
            while table[slot] != 0 { slot = (slot + 1) & (size - 1) }
            table[slot] = Int32(position + 1)
        }
    }

    /// The candidate position holding exactly these bytes, through the hash table, or -1.
    private func lookup(_ base: UnsafeRawPointer, count: Int) -> Int {
        var slot = Self.hash(base, count: count) & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            let start = Int(byLength[2 * count]), candidates = Int(byLength[2 * count + 1])
            if position >= start, position < start + candidates, memcmp(bytes + offsets[position], base, count) == 0 { return position }
            slot = (slot + 1) & mask
        }
        return -1
    }

    /// FNV-1a over the bytes.
    @inline(__always)
    private static func hash(_ base: UnsafeRawPointer, count: Int) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in 0..<count { hash = (hash ^ UInt64(base.load(fromByteOffset: index, as: UInt8.self))) &* 0x100_0000_01B3 }
        return Int(truncatingIfNeeded: hash)
    }

    func deallocate() {
        byLength.deallocate()
        words.deallocate()
        indices.deallocate()
        offsets.deallocate()
        bytes.deallocate()
        slots.deallocate()
    }

    /// The index of the string equal to the field, or -1. The field must be followed by at least
    /// seven readable bytes, as every field in a `FileWindow` is (`FileWindow.padding`).
    @inline(__always)
    func index(of field: UnsafeRawBufferPointer) -> Int {
        let count = field.count
        guard count <= longest, let base = field.baseAddress else { return -1 }
        let first = Int(byLength[2 * count]), candidates = Int(byLength[2 * count + 1])
        guard candidates > 0 else { return -1 }
        if candidates > Self.hashedFrom {
            let position = lookup(base, count: count)
            return position < 0 ? -1 : Int(indices[position])
        }
        let loaded = base.loadUnaligned(as: UInt64.self)
        let word = count >= 8 ? loaded : loaded & ((1 << (8 * UInt64(count))) - 1)
        for position in first..<first + candidates where words[position] == word {
            if count <= 8 { return Int(indices[position]) }
            let rest = UnsafeRawPointer(bytes + offsets[position] + 8)
            if count <= 16 {
                let mask: UInt64 = count == 16 ? ~0 : (1 << (8 * UInt64(count - 8))) - 1
                if (rest.loadUnaligned(as: UInt64.self) ^ (base + 8).loadUnaligned(as: UInt64.self)) & mask == 0 { return Int(indices[position]) }
            } else if memcmp(rest, base + 8, count - 8) == 0 {
                return Int(indices[position])
            }
        }
        return -1
    }

    /// The first (up to) eight bytes of a level as one word, reading no byte past `count`.
    @inline(__always)
    private static func word(_ base: UnsafeRawPointer, count: Int) -> UInt64 {
        if count >= 8 { return base.loadUnaligned(as: UInt64.self) }
        var word: UInt64 = 0
        for index in 0..<count { word |= UInt64(base.load(fromByteOffset: index, as: UInt8.self)) << (8 * UInt64(index)) }
        return word
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
