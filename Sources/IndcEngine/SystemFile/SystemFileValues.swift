import IndcSemantics

/// Writes one variable's value of a case as the text of a field.
enum SystemFileValues {
    /// Days from SPSS's day 0 (14 October 1582) to 1 January 1970.
    static let daysToUnixEpoch = 141_428

    /// Appends the variable's value in `slots` as UTF-8 text (nothing for a missing value).
    static func append(_ variable: SystemFileVariable, slots: [UInt8], isBigEndian: Bool, encoding: TextEncoding, useLabel: Bool,
                       to text: inout [UInt8]) {
        if variable.isNumeric {
            let start = variable.segments[0].slot * 8
            let value = Double(bitPattern: SystemFileCursor.word(slots[start..<start + 8], bigEndian: isBigEndian))
            guard let shown = number(value, variable, useLabel: useLabel) else { return }
            text += Array(shown.utf8)
            return
        }
        var bytes: [UInt8] = []
        for segment in variable.segments {
            let start = segment.slot * 8
            bytes += slots[start..<min(start + segment.bytes, slots.count)]
        }
        let value = SystemFileRecords.trimmed(bytes)
        let decoded = value.withUnsafeBytes { FieldText.decode($0, encoding) }
        if variable.missingStrings.contains(decoded) { return }
        if useLabel, let label = variable.stringLabels.first(where: { $0.value == value })?.label {
            text += Array(label.utf8)
        } else {
            text += Array(decoded.utf8)
        }
    }

    /// A number's text: its label, a date, or the shortest digits; nil when it is missing.
    static func number(_ value: Double, _ variable: SystemFileVariable, useLabel: Bool) -> String? {
        guard value.isFinite, value != SystemFileCases.systemMissing, !variable.isMissing(value) else { return nil }
        if useLabel, let label = variable.numberLabels.first(where: { $0.value == value })?.label { return label }
        if variable.isDate { return date(value) }
        return plain(value)
    }

    /// The shortest text that reads back as the number, without an exponent for whole numbers.
    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// yyyy-mm-dd of a number of seconds since 14 October 1582 (`CivilDate.civil` of the day count).
    static func date(_ seconds: Double) -> String? {
        guard abs(seconds) < 1e13 else { return nil }
        let (year, month, day) = CivilDate.civil(Int((seconds / 86400).rounded(.down)) - daysToUnixEpoch)
        guard (1...9999).contains(year) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
