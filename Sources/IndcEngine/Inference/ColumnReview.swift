import IndcSemantics

/// Reviews a column whose type is chosen: the missing codes its type needs, and the remarks that
/// explain the type or suggest a change (probable missing codes, another type, a weight).
struct ColumnReview {
    let profile: ColumnProfile
    let type: ValueType
    /// The profile and type of the sampled rows, when the file has more rows than the sample.
    let sample: (profile: ColumnProfile, type: ValueType, rows: Int)?
    let decimalMark: UInt8
    /// The file's encoding, to show values.
    var encoding = TextEncoding.utf8

    /// The words set aside as missing codes that the type needs declared.
    var missingCodes: [MissingCode] {
        switch type {
        case .integer, .number, .boolean, .date: profile.textCodes.map { .text($0.text) }
        case .text, .category: []
        }
    }

    var remarks: [ColumnRemark] {
        guard profile.filled > 0 else { return [.alwaysEmpty] }
        guard profile.typedValues > 0 else { return [.onlyMissingCodes(profile.textCodes.map(\.text))] }
        var remarks = widening.map { [$0] } ?? []
        switch type {
        case .integer, .number:
            remarks += declaredCodes + MissingCodeGuess.numericCodes(profile.numbers).map { .probableNumericCode($0.value, count: $0.count, others: $0.others) }
            if type == .integer && profile.boolean.fits { remarks.append(.zeroOrOne) }
            if let example = profile.leadingZero { remarks.append(.leadingZeros(example)) }
        case .boolean, .date:
            remarks += declaredCodes
        case .category, .text:
            remarks += reasonsForText + profile.textCodes.map { .probableTextCode($0.text, count: $0.count, isLevel: type != .text) }
        }
        if profile.pointIsAmbiguous, let example = profile.firstGrouped, type != .integer {
            remarks.append(.thousandsSeparators(example, decimalMark: decimalMark))
        }
        return remarks
    }

    /// Remarks for a column that is text or a category: why it is no narrower type, and why no category.
    private var reasonsForText: [ColumnRemark] {
        var remarks: [ColumnRemark] = []
        if type == .text {
            if let line = profile.values.overflowLine { remarks.append(.manyValues(line: line)) }
            else if profile.hasCarriageReturn { remarks.append(.carriageReturn) }
            else { remarks.append(.allDifferent) }
        }
        if profile.dayMonthYear.fits, let example = profile.firstTypedValue { remarks.append(.dayMonthYear(example)) }
        let numbers = profile.typedValues - profile.nonNumbers
        if let amount = profile.firstAmount, profile.amounts == profile.nonNumbers {
            remarks.append(.amounts(amount.value, plain: amount.plain))
        } else if let first = profile.firstNonNumber, numbers > 0, profile.nonNumbers * 20 <= profile.typedValues {
            let type: ValueType = profile.pointDecimals + profile.commaDecimals > 0 ? .number : .integer
            remarks.append(.mostlyNumbers(others: profile.nonNumbers, line: first.line, value: first.value, type: type))
        }
        return remarks + similarLevels
    }

    /// Groups of values that differ only in case or spaces (`"Laag"`, `" laag"`, `"laag"`), each a remark.
    private var similarLevels: [ColumnRemark] {
        guard profile.values.overflowLine == nil else { return [] }
        var groups: [String: [String]] = [:]
        var order: [String] = []
        for value in profile.values.values {
            let text = value.bytes.withUnsafeBytes { FieldText.decode($0, encoding) }
            let key = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(text)
        }
        return order.compactMap { groups[$0]!.count > 1 ? .similarLevels(groups[$0]!) : nil }
    }

    private var declaredCodes: [ColumnRemark] {
        profile.textCodes.map { .declaredMissing($0.text, count: $0.count, type: type) }
    }

    /// The sampled rows fitted a narrower type: the first value of the whole file that did not fit it.
    /// (A category that grows too large is told by `manyValues`.)
    private var widening: ColumnRemark? {
        guard let sample, sample.profile.typedValues > 0, sample.type.description != type.description else { return nil }
        let miss: (line: Int, value: String)? = switch sample.type {
        case .integer: profile.integer.firstMiss
        case .boolean: profile.boolean.firstMiss
        case .number: profile.numberFit(decimalMark: decimalMark).firstMiss
        case .date: profile.date.firstMiss
        case .category, .text: nil
        }
        guard let miss else { return nil }
        return .widened(sampleRows: sample.rows, from: sample.type, line: miss.line, value: miss.value)
    }
}
