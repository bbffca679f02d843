/// Values that probably mean "missing" rather than a real answer: survey codes such as `99` on a
/// 0-10 scale, and words such as "weet niet" or "NA".
///
/// Numbers are only ever suggested (in comments): `99` may be a real value. Words are set aside
/// while the column's type is chosen, so that `NA` in a column of integers does not make it text.
enum MissingCodeGuess {
    /// Text read as a probable missing code, compared without case and surrounding spaces.
    static let textCodes = ["weet niet", "weet ik niet", "onbekend", "niet bekend", "n.b.", "geen antwoord", "wil ik niet zeggen", "n.v.t.", "nvt",
                            "niet van toepassing", "na", "n/a", "n.a.", "#n/a", "null", "missing", "unknown", "-", "--", "?", "."]
    private static let encodedTextCodes = textCodes.map { Array($0.utf8) }

    /// Whether a field is one of `textCodes` (ASCII, so the comparison holds in every encoding).
    static func looksLikeTextCode(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var start = 0, end = bytes.count
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        guard end > start, end - start <= 20, bytes[start] &- UInt8(ascii: "0") >= 10 else { return false }
        let trimmed = bytes[start..<end]
        return encodedTextCodes.contains { code in
            code.count == trimmed.count && zip(code, trimmed).allSatisfy { $0 == ($1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) }
        }
    }

    /// A number that probably is a missing code, and the range of the values that are not.
    struct NumericCode: Equatable {
        let value: Double
        let count: Int
        let others: ClosedRange<Double>
    }

    /// The candidate codes of a column's numbers that lie outside the range of its other values.
    ///
    /// `9` is a code when the other values lie in 0-7 (a 1-5 scale), `99` when they lie in 0-10,
    /// `999` in 0-100 and `9999` in 0-1000; `-1`, `-9`, `-99` and `-999` when no other value is negative.
    static func numericCodes(_ numbers: NumberRange) -> [NumericCode] {
        guard numbers.lowest <= numbers.highest else { return [] }
        var (lowest, highest) = (numbers.lowest, numbers.highest)
        var codes: [NumericCode] = []
        for candidate in NumberRange.candidates.filter({ $0 < 0 }) {
            guard let count = numbers.candidateCounts[candidate] else { continue }
            if numbers.lowest >= 0 { codes.append(NumericCode(value: candidate, count: count, others: lowest...highest)) }
            else { lowest = min(lowest, candidate) }
        }
        for candidate in NumberRange.candidates.filter({ $0 > 0 }) {
            guard let count = numbers.candidateCounts[candidate] else { continue }
            let limit = candidate == 9 ? 7 : (candidate + 1) / 10
            if lowest >= 0 && highest <= limit { codes.append(NumericCode(value: candidate, count: count, others: lowest...highest)) }
            else { (lowest, highest) = (min(lowest, candidate), max(highest, candidate)) }
        }
        return codes
    }
}

/// The range of a column's numbers, with the values that may be missing codes counted apart.
struct NumberRange {
    /// The values counted apart: all nines, and small negative codes.
    static let candidates: [Double] = [-1, -9, -99, -999, 9, 99, 999, 9999]

    /// The smallest and largest number that is not a candidate (infinite while there is none).
    private(set) var lowest = Double.infinity, highest = -Double.infinity
    /// How often each candidate appears.
    private(set) var candidateCounts: [Double: Int] = [:]

    mutating func add(_ value: Double) {
        if Self.candidates.contains(value) {
            candidateCounts[value, default: 0] += 1
        } else {
            lowest = min(lowest, value)
            highest = max(highest, value)
        }
    }
}
