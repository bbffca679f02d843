import IndcSemantics
import IndcSyntax

/// What `indc infer` says about one column: why its type is what it is, and what to check.
///
/// Suggestions are never applied: a probable missing code is a comment, not a `missing(...)` clause.
/// Each description is one sentence for a comment line above the column.
public enum ColumnRemark: Sendable, Equatable, CustomStringConvertible {
    /// Every field is empty.
    case alwaysEmpty
    /// Every value looks like a missing code.
    case onlyMissingCodes([String])
    /// Only 0 and 1: an integer that may be a yes/no.
    case zeroOrOne
    /// The sampled rows fitted a narrower type than the whole file: the line and value that did not.
    case widened(sampleRows: Int, from: ValueType, line: Int, value: String)
    /// Text in a column of another type, read as missing (the clause is printed).
    case declaredMissing(String, count: Int, type: ValueType)
    /// A number outside the range of the other values that looks like a missing code.
    case probableNumericCode(Double, count: Int, others: ClosedRange<Double>)
    /// A category level or text value that looks like a missing code.
    case probableTextCode(String, count: Int, isLevel: Bool)
    /// More distinct values than a category gets: the line of the first one beyond.
    case manyValues(line: Int)
    /// Every value appears once.
    case allDifferent
    /// A value holds a carriage return, which no string literal can write.
    case carriageReturn
    /// A few values are not numbers (the first with its line): probably missing codes.
    case mostlyNumbers(others: Int, line: Int, value: String, type: ValueType)
    /// Numbers written with a leading zero, which reading them as numbers drops.
    case leadingZeros(String)
    /// Numbers such as `1.250` in a file whose decimal mark is not the point: thousands separators?
    case thousandsSeparators(String, decimalMark: UInt8)
    /// Amounts with a currency sign or thousands separators (`€ 12,50`, `1.250,00`), and the first as a plain number.
    case amounts(String, plain: String)
    /// Values that differ only in case or spaces (`"Laag"`, `" laag"`): probably the same level.
    case similarLevels([String])
    /// Dates written day-month-year, which are not read as dates.
    case dayMonthYear(String)
    /// An SPSS variable's label.
    case variableLabel(String)
    /// The name suggests a survey weight.
    case weightLike(String)
    /// The header is a keyword, so the name is written in backticks.
    case keyword(String)
    /// The header is empty.
    case unnamed(position: Int)
    /// The header repeats an earlier column's: its position, the first one's, and which repeat it is (2 for the second).
    case duplicate(String, position: Int, first: Int, occurrence: Int)
    /// The header cannot be written as a name (it holds a backtick or a line break).
    case unwritableName(String, position: Int)

    /// The remark as one sentence.
    public var description: String {
        switch self {
        case .alwaysEmpty:
            "always empty: text"
        case .onlyMissingCodes(let codes):
            "only \(codes.map(Self.literal).joined(separator: ", ")), which look like missing codes: text"
        case .zeroOrOne:
            "only 0 and 1: declare it boolean if it means no/yes"
        case .widened(let rows, let type, let line, let value):
            "the first \(rows) rows fit \(type.description), but line \(line) has \(Self.literal(value))"
        case .declaredMissing(let text, let count, let type):
            "\(Self.literal(text)) (\(Self.rows(count))) is not \(type.article) \(type.description): declared missing"
        case .probableNumericCode(let code, let count, let others):
            "\(code.formatted) looks like a missing code (\(Self.rows(count)); the other values are \(others.lowerBound.formatted) to "
                + "\(others.upperBound.formatted)): add missing(\(code.formatted))"
        case .probableTextCode(let text, let count, let isLevel):
            "\(Self.literal(text)) (\(Self.rows(count))) looks like a missing code: "
                + (isLevel ? "remove the level and add missing(\(Self.literal(text)))" : "add missing(\(Self.literal(text)))")
        case .manyValues(let line):
            "more than \(DistinctValues.limit) different values (from line \(line)): text"
        case .allDifferent:
            "every value is different: text"
        case .carriageReturn:
            "a value holds a carriage return, which a category level cannot: text"
        case .mostlyNumbers(let others, let line, let value, let type):
            "all values but \(others) are numbers (line \(line): \(Self.literal(value))): if those mean missing, declare it "
                + "\(type.description) missing(\(Self.literal(value)))"
        case .thousandsSeparators(let example, let mark):
            mark == UInt8(ascii: ",")
                ? "values such as \(Self.literal(example)) look like numbers with thousands separators, which indc does not read: export the column without them"
                : "values such as \(Self.literal(example)) may be numbers with thousands separators: check that \(Self.literal(example)) means \(example.replacingOccurrences(of: ".", with: "")) or a decimal"
        case .amounts(let example, let plain):
            "values such as \(Self.literal(example)) are amounts with a currency sign or thousands separators, which indc does not read as numbers "
                + "(declaring them missing would drop real amounts): export the column as plain numbers (\(plain)), then declare it number"
        case .similarLevels(let values):
            "\(values.map(Self.literal).joined(separator: ", ")) differ only in case or spaces: if they mean the same, fix the file or recode them into one level"
        case .leadingZeros(let example):
            "numbers such as \(Self.literal(example)) lose their leading zeros: declare it text to keep them"
        case .dayMonthYear(let example):
            "dates such as \(Self.literal(example)) are read as dates only when written yyyy-mm-dd: text"
        case .variableLabel(let label):
            label
        case .weightLike(let name):
            "looks like a survey weight: add `weight \(name)` to the dataset if it is one"
        case .keyword(let name):
            "\(name) is a keyword of the language, so the name is written in backticks"
        case .unnamed(let position):
            "column \(position) has no name in the header, so it cannot be declared: name it in the file (column_\(position)) to use it"
        case .duplicate(let name, let position, let first, let occurrence):
            "column \(position) repeats the name \(Self.literal(name)) of column \(first), and indc reads the first: "
                + "rename it in the file (\(name)_\(occurrence)) to use it"
        case .unwritableName(let name, let position):
            "column \(position) is named \(Self.literal(name)), which cannot be written in a .ind file: rename it in the file to use it"
        }
    }

    private static func literal(_ text: String) -> String {
        Spelling.string(text) ?? Spelling.string(String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\r" })))!
    }

    private static func rows(_ count: Int) -> String {
        count == 1 ? "1 row" : "\(count) rows"
    }
}
