import IndcDiagnostics
import IndcSemantics

/// Decodes one declared column's fields to values: its type, its category levels, its missing codes.
///
/// Fields are read from their bytes; only text columns build a `String` per field.
final class FieldDecoder {
    let column: Column
    private let kind: Kind
    private let decimalMark: UInt8
    private let encoding: TextEncoding
    private let textCodes: LevelMatcher
    private let numberCodes: [Double]
    /// A category's levels (empty for other types) and their labels.
    private let levels: LevelMatcher
    private let labels: [Value]

    private enum Kind {
        case integer, number, text, boolean, date, category
    }

    init(_ column: Column, dataset: Dataset) {
        self.column = column
        decimalMark = dataset.decimalMark
        encoding = dataset.encoding
        textCodes = LevelMatcher(column.missingCodes.compactMap { if case .text(let code) = $0 { code } else { nil } }, encoding: encoding)
        numberCodes = column.missingCodes.compactMap { if case .number(let code) = $0 { code } else { nil } }
        kind = switch column.type {
        case .integer: .integer
        case .number: .number
        case .text: .text
        case .boolean: .boolean
        case .date: .date
        case .category: .category
        }
        let names = if case .category(let names) = column.type { names } else { [String]() }
        levels = LevelMatcher(names, encoding: dataset.encoding)
        labels = names.map(Value.text)
    }

    deinit {
        textCodes.deallocate()
        levels.deallocate()
    }

    /// For a category column, the level the last decoded field matched (-1 when missing).
    private(set) var level: Int32 = -1

    /// The number of levels of a category column, nil for other types.
    var levelCount: Int? {
        if case .category(let levels) = column.type { return levels.count }
        return nil
    }

    /// The field's value, or nil when it does not fit the column (then `problem` says why). The field
    /// must come from a `FileWindow` buffer (`LevelMatcher` reads whole words).
    func decode(_ bytes: UnsafeRawBufferPointer) -> Value? {
        level = -1
        if bytes.isEmpty || textCodes.index(of: bytes) >= 0 { return .missing }
        switch kind {
        case .integer:
            guard let value = CSVNumber.integer(bytes) else { return nil }
            return numberCodes.contains(Double(value)) ? .missing : .integer(value)
        case .number:
            guard let value = CSVNumber.decimal(bytes, decimalMark: decimalMark) else { return nil }
            return numberCodes.contains(value) ? .missing : .number(value)
        case .text:
            return .text(FieldText.decode(bytes, encoding))
        case .boolean:
            return Self.boolean(bytes).map(Value.boolean)
        case .date:
            return CivilDate.days(bytes).map(Value.date)
        case .category:
            let index = levels.index(of: bytes)
            guard index >= 0 else { return nil }
            level = Int32(index)
            return labels[index]
        }
    }

    /// Why a field does not fit: `is not an integer`, `is not a level of panel (did you mean …?)`.
    func problem(_ text: String) -> String {
        switch column.type {
        case .integer:
            Array(text.utf8).withUnsafeBytes { CSVNumber.decimal($0, decimalMark: decimalMark) } != nil
                ? "is not an integer (the column is declared `integer`; declare it `number` for decimals)" : "is not an integer"
        case .number:
            decimalMark == UInt8(ascii: ".") && text.contains(",") && !text.contains(".")
                ? "is not a number (a decimal comma? declare `decimal \",\"` in the dataset)" : "is not a number"
        case .boolean: "is not a boolean (true/false, 1/0, ja/nee, yes/no)"
        case .date: "is not a date (yyyy-mm-dd)"
        case .category(let levels):
            "is not a level of \(column.name)" + (Suggestion.didYouMean(text, among: levels) { "\"\($0)\"" }.map { " (\($0))" } ?? "")
        case .text: "cannot be read"
        }
    }

    private static let booleanWords: [(String, Bool)] = [("true", true), ("false", false), ("1", true), ("0", false),
                                                         ("ja", true), ("nee", false), ("yes", true), ("no", false)]

    /// A boolean word (true/false, 1/0, ja/nee, yes/no, in any case), or nil.
    static func boolean(_ bytes: UnsafeRawBufferPointer) -> Bool? {
        guard bytes.count <= 5 else { return nil }
        let lowered = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return booleanWords.first { $0.0.utf8.elementsEqual(lowered) }?.1
    }
}
