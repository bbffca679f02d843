/// Whether every value seen so far fits a type, and the first one that did not.
struct Fit {
    private(set) var fits = true
    /// The line and text of the first value that did not fit.
    private(set) var firstMiss: (line: Int, value: String)?

    /// Records a value that does not fit; only the first is kept.
    mutating func miss(line: Int, _ value: @autoclosure () -> String) {
        guard fits else { return }
        fits = false
        firstMiss = (line, value())
    }
}

/// What one column's values have shown so far: which types they fit, their distinct values,
/// their range and the text among them that looks like a missing code.
///
/// Values that look like missing codes ("weet niet", "NA") are counted apart and do not decide
/// the type; empty fields are missing and decide nothing. Checks for a type stop at its first miss.
struct ColumnProfile {
    /// Non-empty fields, missing-code look-alikes included.
    private(set) var filled = 0
    /// Text that looks like a missing code, exactly as written, with its count, in order of appearance.
    private(set) var textCodes: [(text: String, count: Int)] = []
    private(set) var integer = Fit(), pointNumber = Fit(), commaNumber = Fit(), boolean = Fit(), date = Fit()
    /// Whether every value looks like a day-month-year date (`31-12-2024`, `31/12/2024`).
    private(set) var dayMonthYear = Fit()
    /// Values that need a decimal mark: `12.5` and `12,5`.
    private(set) var pointDecimals = 0, commaDecimals = 0
    /// Values written like a number with thousands separators (`1.250`, `12.000.000`), and the first.
    private(set) var groupedPoint = 0
    private(set) var firstGrouped: String?
    /// The first value that does not look like a missing code, as an example.
    private(set) var firstTypedValue: String?
    /// Values that are numbers with neither decimal mark, and the first of them.
    private(set) var nonNumbers = 0
    private(set) var firstNonNumber: (line: Int, value: String)?
    /// Non-numbers that are amounts with a currency sign or thousands separators (`€ 12,50`), and the
    /// first of them with its plain number.
    private(set) var amounts = 0
    private(set) var firstAmount: (value: String, plain: String)?
    /// The numbers' range and the values among them that may be missing codes.
    private(set) var numbers = NumberRange()
    private(set) var values = DistinctValues()
    /// An integer written with a leading zero (`007`), if any.
    private(set) var leadingZero: String?
    /// Whether a value holds a carriage return (a CRLF line break inside quotes), which no string literal can write.
    private(set) var hasCarriageReturn = false

    /// Values that decided the type: the non-empty ones that do not look like missing codes.
    var typedValues: Int { filled - textCodes.reduce(0) { $0 + $1.count } }

    /// Adds the field of a record.
    mutating func add(_ record: borrowing CSVRecord, field: Int) {
        let bytes = record.bytes(field)
        guard !bytes.isEmpty else { return }
        filled += 1
        let line = record.line
        values.add(bytes, line: line)
        if !hasCarriageReturn && bytes.contains(RecordScanner.carriageReturn) { hasCarriageReturn = true }
        if MissingCodeGuess.looksLikeTextCode(bytes) {
            let text = record.text(field)
            if let index = textCodes.firstIndex(where: { $0.text == text }) { textCodes[index].count += 1 } else { textCodes.append((text, 1)) }
            return
        }
        addNumber(bytes, record, field)
        if firstTypedValue == nil { firstTypedValue = record.text(field) }
        if boolean.fits && FieldDecoder.boolean(bytes) == nil { boolean.miss(line: line, record.text(field)) }
        if date.fits && CivilDate.days(bytes) == nil { date.miss(line: line, record.text(field)) }
        if dayMonthYear.fits && !Self.isDayMonthYear(bytes) { dayMonthYear.miss(line: line, record.text(field)) }
    }

    private mutating func addNumber(_ bytes: UnsafeRawBufferPointer, _ record: borrowing CSVRecord, _ field: Int) {
        let line = record.line
        if let whole = CSVNumber.integer(bytes) {
            numbers.add(Double(whole))
            let digits = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? bytes.dropFirst() : bytes[...]
            if leadingZero == nil && digits.count > 1 && digits.first == UInt8(ascii: "0") { leadingZero = record.text(field) }
            return
        }
        integer.miss(line: line, record.text(field))
        let point = CSVNumber.decimal(bytes, decimalMark: UInt8(ascii: "."))
        let comma = CSVNumber.decimal(bytes, decimalMark: UInt8(ascii: ","))
        if point != nil { pointDecimals += 1 } else { pointNumber.miss(line: line, record.text(field)) }
        if Self.isGrouped(bytes) {
            groupedPoint += 1
            if firstGrouped == nil { firstGrouped = record.text(field) }
        }
        if comma != nil { commaDecimals += 1 } else { commaNumber.miss(line: line, record.text(field)) }
        if let value = point ?? comma {
            numbers.add(value)
        } else {
            nonNumbers += 1
            if firstNonNumber == nil { firstNonNumber = (line, record.text(field)) }
            if let plain = AmountText.plain(bytes) {
                amounts += 1
                if firstAmount == nil { firstAmount = (record.text(field), plain) }
            }
        }
    }

    /// Whether every number with a point could be thousands separators instead (`1.250`): then the
    /// point does not tell the decimal mark.
    var pointIsAmbiguous: Bool { pointDecimals > 0 && groupedPoint == pointDecimals }

    /// `1.250`, `-12.000.000`: one to three digits, then groups of a point and three digits.
    private static func isGrouped(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let digits = bytes.first == UInt8(ascii: "-") ? bytes.dropFirst() : bytes[...]
        let groups = digits.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard groups.count >= 2, (1...3).contains(groups[0].count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 } && groups.allSatisfy { $0.allSatisfy(isDigit) }
    }

    /// Whether every value fits numbers with a decimal mark.
    func numberFit(decimalMark: UInt8) -> Fit {
        decimalMark == UInt8(ascii: ",") ? commaNumber : pointNumber
    }

    /// `d-m-yyyy` or `dd/mm/yyyy` (also with dots): dates indc does not read.
    private static func isDayMonthYear(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let parts = bytes.split(whereSeparator: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") })
        guard parts.count == 3, bytes.count <= 10 else { return false }
        let lengths = parts.map(\.count)
        return (1...2).contains(lengths[0]) && (1...2).contains(lengths[1]) && lengths[2] == 4
            && parts.allSatisfy { $0.allSatisfy(isDigit) }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }
}
