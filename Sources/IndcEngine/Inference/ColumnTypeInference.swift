import Foundation
import IndcSemantics

/// Chooses a column's type from its profile: the narrowest type every value fits.
///
/// In order: `integer`, `boolean` (a column of only 0 and 1 stays integer), `number` with the
/// file's decimal mark, `date` (yyyy-mm-dd), then `category` when at most 30 distinct values
/// repeat and each can be written as a string, else `text`. Values that look like missing codes
/// ("NA", "weet niet") do not decide the type; a category keeps them as levels.
enum ColumnTypeInference {
    static func type(of profile: ColumnProfile, decimalMark: UInt8, encoding: TextEncoding) -> ValueType {
        guard profile.typedValues > 0 else { return .text }
        if profile.integer.fits { return .integer }
        if profile.boolean.fits { return .boolean }
        if profile.numberFit(decimalMark: decimalMark).fits { return .number }
        if profile.date.fits { return .date }
        let values = profile.values
        guard values.overflowLine == nil, values.hasRepeats, !profile.hasCarriageReturn else { return .text }
        return .category(ordered(values.values.map { $0.bytes.withUnsafeBytes { FieldText.decode($0, encoding) } }))
    }

    /// The decimal mark of a file: `,` when more columns have numbers only with a decimal comma than
    /// only with a decimal point (never with the delimiter `,`), else `.`; and the columns that decided it.
    /// A column whose points could all be thousands separators (`1.250`) does not vote for the point.
    static func decimalMark(_ profiles: [ColumnProfile], delimiter: UInt8) -> (mark: UInt8, commaColumns: [Int]) {
        let point = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        guard delimiter != comma else { return (point, []) }
        let commaColumns = profiles.indices.filter {
            profiles[$0].commaNumber.fits && profiles[$0].commaDecimals > 0 && !(profiles[$0].pointNumber.fits && profiles[$0].pointDecimals > 0)
        }
        let pointColumns = profiles.indices.filter {
            profiles[$0].pointNumber.fits && profiles[$0].pointDecimals > 0 && !(profiles[$0].commaNumber.fits && profiles[$0].commaDecimals > 0)
                && !profiles[$0].pointIsAmbiguous
        }
        return commaColumns.count > pointColumns.count ? (comma, commaColumns) : (point, [])
    }

    /// Levels in a fixed order, whatever the order of the rows: by value when all are numbers,
    /// else alphabetically without regard to case or accents, with numbers inside the text compared
    /// by value (`groep 2` before `groep 10`); ties by the exact text.
    static func ordered(_ levels: [String]) -> [String] {
        let numbers = levels.map { level in
            Array(level.utf8).withUnsafeBytes { CSVNumber.decimal($0) ?? CSVNumber.decimal($0, decimalMark: UInt8(ascii: ",")) }
        }
        if numbers.allSatisfy({ $0 != nil }) {
            return zip(levels, numbers).sorted { ($0.1!, $0.0) < ($1.1!, $1.0) }.map(\.0)
        }
        return levels.sorted { left, right in
            switch left.compare(right, options: [.caseInsensitive, .diacriticInsensitive, .numeric]) {
            case .orderedAscending: true
            case .orderedDescending: false
            case .orderedSame: left < right
            }
        }
    }
}
