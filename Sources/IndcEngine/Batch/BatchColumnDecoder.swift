import IndcSemantics

/// Decodes one column's fields straight into a `ColumnBatch` slot: the batch path's `FieldDecoder`,
/// with the same rules (an empty field or a missing code is missing; integers, numbers, booleans,
/// dates and category levels as declared) but holding only raw pointers and plain values. It is a
/// class, reached through `Unmanaged` in the per-field loop: no reference counting and no copy of
/// its fields per field. The `FieldDecoder` still explains a field that does not fit.
final class BatchColumnDecoder {
    private enum Kind { case integer, number, boolean, date, category }
    private let kind: Kind
    private let codes: UnsafeMutablePointer<Int64>
    private let reals: UnsafeMutablePointer<Double>
    private let missing: UnsafeMutablePointer<Bool>
    /// The category's levels, then the missing codes that are text: behind a pointer, so that the
    /// decoder stays a few words (a larger one is copied onto the stack for every field).
    private let matchers: UnsafeMutablePointer<LevelMatcher>
    private let hasMissingTexts: Bool
    private let missingNumbers: UnsafeMutablePointer<Double>
    private let missingNumberCount: Int
    private let decimalMark: UInt8

    /// A decoder for a column of any type but text, writing to `slot` of `batch`.
    init(_ column: Column, dataset: Dataset, batch: ColumnBatch, slot: Int) {
        codes = batch.codes[slot]
        reals = batch.reals[slot]
        missing = batch.missing[slot]
        decimalMark = dataset.decimalMark
        let texts = column.missingCodes.compactMap { if case .text(let code) = $0 { code } else { nil } }
        let numbers = column.missingCodes.compactMap { if case .number(let code) = $0 { code } else { nil } }
        hasMissingTexts = !texts.isEmpty
        missingNumbers = .allocate(capacity: max(numbers.count, 1))
        missingNumbers.initialize(from: numbers, count: numbers.count)
        missingNumberCount = numbers.count
        var labels: [String] = []
        switch column.type {
        case .integer: kind = .integer
        case .number: kind = .number
        case .boolean: kind = .boolean
        case .date: kind = .date
        case .category(let levels):
            kind = .category
            labels = levels
        case .text: preconditionFailure("the batch path holds no text columns")
        }
        matchers = .allocate(capacity: 2)
        matchers.initialize(to: LevelMatcher(labels, encoding: dataset.encoding))
        (matchers + 1).initialize(to: LevelMatcher(texts, encoding: dataset.encoding))
    }

    deinit {
        matchers[0].deallocate()
        matchers[1].deallocate()
        matchers.deallocate()
        missingNumbers.deallocate()
    }

    /// Decodes a field into `row`; false when it does not fit the column.
    @inline(__always)
    func decode(_ bytes: UnsafeRawBufferPointer, row: Int) -> Bool {
        if bytes.isEmpty || (hasMissingTexts && matchers[1].index(of: bytes) >= 0) {
            missing[row] = true
            return true
        }
        var isMissing = false
        switch kind {
        case .integer:
            guard let value = ShortNumber.integer(bytes) ?? CSVNumber.integer(bytes) else { return false }
            isMissing = isMissingNumber(Double(value))
            codes[row] = Int64(value)
        case .number:
            guard let value = ShortNumber.decimal(bytes, decimalMark: decimalMark) ?? CSVNumber.decimal(bytes, decimalMark: decimalMark) else { return false }
            isMissing = isMissingNumber(value)
            reals[row] = value
        case .boolean:
            guard let value = FieldDecoder.boolean(bytes) else { return false }
            codes[row] = value ? 1 : 0
        case .date:
            guard let days = CivilDate.days(bytes) else { return false }
            codes[row] = Int64(days)
        case .category:
            let index = matchers[0].index(of: bytes)
            guard index >= 0 else { return false }
            codes[row] = Int64(index)
        }
        missing[row] = isMissing
        return true
    }

    @inline(__always)
    private func isMissingNumber(_ value: Double) -> Bool {
        for index in 0..<missingNumberCount where missingNumbers[index] == value { return true }
        return false
    }
}
