/// Parses short numeric fields eight bytes at a time (SWAR): integers and decimals of at most eight
/// characters after an optional sign, the common case in registry data (years, codes, ids, amounts).
///
/// The results are exactly `CSVNumber`'s: the same digits give the same mantissa and exponent, and
/// a decimal is one exact division of that mantissa by a power of ten. Anything else (longer
/// fields, exponents, other characters) returns nil, and the caller asks `CSVNumber`, which also
/// decides whether the field is a number at all. The field must be followed by at least seven
/// readable bytes, as every field of a `FileWindow` is (`FileWindow.padding`).
enum ShortNumber {
    private static let zeros: UInt64 = 0x3030_3030_3030_3030
    private static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]

    /// The value of up to eight ASCII digits packed little-endian in the low `count` bytes of `word`, or nil.
    @inline(__always)
    private static func digits(_ word: UInt64, count: Int) -> UInt64? {
        guard count > 0 else { return nil }
        // Right-align the digits (the last digit in the top byte) and pad in front with '0's.
        let shift = UInt64(8 * (8 - count))
        let padded = (word &<< shift) | (count == 8 ? 0 : zeros &>> UInt64(8 * count))
        let value = padded &- zeros
        // Every byte a digit: no byte above 9, none borrowed below 0.
        guard (padded & 0xF0F0_F0F0_F0F0_F0F0) == zeros, (value &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0 == 0 else { return nil }
        var combined = (value &* 10) &+ (value >> 8)
        combined = ((combined & 0x00FF_00FF_00FF_00FF) &* 100) &+ ((combined >> 16) & 0x00FF_00FF_00FF_00FF)
        combined = ((combined & 0x0000_FFFF_0000_FFFF) &* 10_000) &+ ((combined >> 32) & 0x0000_FFFF_0000_FFFF)
        return combined & 0xFFFF_FFFF
    }

    /// The field's bytes after an optional sign, as a word with only those bytes (at most eight).
    @inline(__always)
    private static func body(_ field: UnsafeRawBufferPointer) -> (word: UInt64, count: Int, isNegative: Bool)? {
        guard let base = field.baseAddress, !field.isEmpty else { return nil }
        let first = base.load(as: UInt8.self)
        let signed = first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
        let count = field.count - (signed ? 1 : 0)
        guard count > 0, count <= 8 else { return nil }
        var word = (base + (signed ? 1 : 0)).loadUnaligned(as: UInt64.self)
        if count < 8 { word &= (1 &<< UInt64(8 * count)) &- 1 }
        return (word, count, first == UInt8(ascii: "-"))
    }

    /// An integer of at most eight digits, or nil (then `CSVNumber.integer` decides).
    @inline(__always)
    static func integer(_ field: UnsafeRawBufferPointer) -> Int? {
        guard let (word, count, isNegative) = body(field), let value = digits(word, count: count) else { return nil }
        return isNegative ? -Int(value) : Int(value)
    }

    /// A decimal of at most eight characters with one decimal mark (or none), or nil (then `CSVNumber.decimal` decides).
    @inline(__always)
    static func decimal(_ field: UnsafeRawBufferPointer, decimalMark: UInt8) -> Double? {
        guard let (word, count, isNegative) = body(field) else { return nil }
        let marks = word ^ (UInt64(decimalMark) &* 0x0101_0101_0101_0101)
        let found = ~(((marks & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | marks | 0x7F7F_7F7F_7F7F_7F7F)
            & ((count == 8 ? 0 : 1 &<< UInt64(8 * count)) &- 1)
        var mantissa: UInt64, fraction = 0
        if found == 0 {
            guard let value = digits(word, count: count) else { return nil }
            mantissa = value
        } else {
            guard found & (found &- 1) == 0, count > 1 else { return nil }
            let position = found.trailingZeroBitCount >> 3
            let before = word & ((1 &<< UInt64(8 * position)) &- 1)
            let after = word >> UInt64(8 * (position + 1))
            fraction = count - position - 1
            let joined = before | (after &<< UInt64(8 * position))
            guard let value = digits(joined, count: count - 1) else { return nil }
            mantissa = value
        }
        if mantissa == 0 { return isNegative ? -0.0 : 0.0 }
        let value = fraction == 0 ? Double(mantissa) : Double(mantissa) / powersOfTen[fraction]
        return isNegative ? -value : value
    }
}
