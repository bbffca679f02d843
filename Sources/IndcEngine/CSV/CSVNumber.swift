/// Parses numbers straight from a field's bytes, without building a `String` on the common path.
///
/// Accepted: an optional `+` or `-`, ASCII digits, for decimals one decimal mark and an exponent
/// (`12.5`, `-0.25`, `.5`, `1e3`, `2,5E-3` with a decimal comma). Rejected: empty fields, spaces,
/// thousands separators, the other decimal mark, `inf`, `nan` and hexadecimal.
public enum CSVNumber {
    /// The powers of ten a `Double` holds exactly.
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]
    private static let minus = UInt8(ascii: "-")
    private static let plus = UInt8(ascii: "+")
    private static let zero = UInt8(ascii: "0")

    /// An integer: optional sign and ASCII digits; nil when it is not one or does not fit an `Int`.
    public static func integer(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var index = 0
        let isNegative = bytes.first == minus
        if isNegative || bytes.first == plus { index = 1 }
        guard index < bytes.count else { return nil }
        var value = 0
        if bytes.count - index <= 18 {
            // At most 18 digits cannot overflow: no checks per digit.
            while index < bytes.count {
                let digit = bytes[index] &- zero
                guard digit < 10 else { return nil }
                value = value &* 10 &+ Int(digit)
                index += 1
            }
            return isNegative ? -value : value
        }
        while index < bytes.count {
            let digit = bytes[index] &- zero
            guard digit < 10 else { return nil }
            let (shifted, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowedAgain) = isNegative
                ? shifted.subtractingReportingOverflow(Int(digit)) : shifted.addingReportingOverflow(Int(digit))
            guard !overflowed && !overflowedAgain else { return nil }
            value = next
            index += 1
        }
        return value
    }

    /// A decimal number, correctly rounded to the nearest `Double`; nil when it is not one or is out of range.
    ///
    /// Up to 19 significant digits are gathered in an integer; when that mantissa is below 2^53 and the
    /// decimal exponent within ±22, one exact multiplication or division by a power of ten gives the
    /// correctly rounded result. Other numbers (rare in data) go through `Double(String)`.
    public static func decimal(_ bytes: UnsafeRawBufferPointer, decimalMark: UInt8 = UInt8(ascii: ".")) -> Double? {
        let count = bytes.count
        var index = 0
        let isNegative = bytes.first == minus
        if isNegative || bytes.first == plus { index = 1 }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var exponent = 0
        var isTruncated = false
        var hasDigits = false
        var isFraction = false
        while index < count {
            let byte = bytes[index]
            let digit = byte &- zero
            if digit < 10 {
                hasDigits = true
                if significantDigits < 19 {
                    mantissa = mantissa * 10 + UInt64(digit)
                    if mantissa != 0 { significantDigits += 1 }
                    if isFraction { exponent -= 1 }
                } else {
                    if !isFraction { exponent += 1 }
                    if digit != 0 { isTruncated = true }
                }
            } else if byte == decimalMark && !isFraction {
                isFraction = true
            } else {
                break
            }
            index += 1
        }
        guard hasDigits else { return nil }
        if index < count && bytes[index] | 0x20 == UInt8(ascii: "e") {
            guard let written = exponentValue(bytes, from: index + 1) else { return nil }
            exponent += written
        } else if index < count {
            return nil
        }
        if mantissa == 0 { return isNegative ? -0.0 : 0.0 }
        if !isTruncated && mantissa < 1 << 53 && (-22...22).contains(exponent) {
            let value = exponent >= 0 ? Double(mantissa) * exactPowersOfTen[exponent] : Double(mantissa) / exactPowersOfTen[-exponent]
            return isNegative ? -value : value
        }
        return parsedByStandardLibrary(bytes, decimalMark: decimalMark)
    }

    /// The exponent after `e`: optional sign and at least one digit, to the end of the field (capped far beyond `Double`'s range).
    private static func exponentValue(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        var index = start
        let isNegative = index < bytes.count && bytes[index] == minus
        if index < bytes.count && (isNegative || bytes[index] == plus) { index += 1 }
        guard index < bytes.count else { return nil }
        var value = 0
        while index < bytes.count {
            let digit = bytes[index] &- zero
            guard digit < 10 else { return nil }
            if value < 100_000 { value = value * 10 + Int(digit) }
            index += 1
        }
        return isNegative ? -value : value
    }

    private static func parsedByStandardLibrary(_ bytes: UnsafeRawBufferPointer, decimalMark: UInt8) -> Double? {
        let text = String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() {
                buffer[index] = byte == decimalMark ? UInt8(ascii: ".") : byte
            }
            return bytes.count
        }
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
