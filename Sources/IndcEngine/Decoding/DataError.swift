/// A value in a data file that does not fit its declaration, or a record the reader could not take.
///
/// Described as `data/zorggebruikers.csv:1234: column werkdruk_score: "tien" is not an integer`.
public struct DataError: Error, Sendable, Equatable {
    /// The data file, as the engine opened it.
    public let path: String
    /// The physical line the record starts on (the header is line 1); 0 when the error is about the whole file.
    public let line: Int
    /// The column whose value is wrong, if the error is about one field.
    public let column: String?
    /// The field's text, if the error is about one field.
    public let value: String?
    /// What is wrong: `is not an integer`, `the row has 3 fields, the header has 5`.
    public let reason: String

    public init(path: String, line: Int, column: String? = nil, value: String? = nil, reason: String) {
        self.path = path
        self.line = line
        self.column = column
        self.value = value
        self.reason = reason
    }

    /// The error with its line counted from `firstLine` instead of 1 (for a part of a split file).
    func shifted(to firstLine: Int) -> DataError {
        DataError(path: path, line: line > 0 ? line + firstLine - 1 : 0, column: column, value: value, reason: reason)
    }

    /// The error as one line, with the path as the user should see it.
    public func message(path shownPath: String) -> String {
        let place = line > 0 ? "\(shownPath):\(line)" : shownPath
        guard let column else { return "\(place): \(reason)" }
        guard let value else { return "\(place): column \(column): \(reason)" }
        return "\(place): column \(column): \(Self.quoted(value)) \(reason)"
    }

    /// A field's text in quotes, shortened and with line breaks visible.
    static func quoted(_ value: String) -> String {
        var shown = value.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
        if shown.count > 60 { shown = String(shown.prefix(57)) + "…" }
        return "\"\(shown)\""
    }
}

/// The data errors of one dataset: all of them counted, the first ones kept for the report.
public struct DataErrorLog: Sendable {
    /// How many errors are shown in full.
    public static let shownLimit = 20
    /// How many errors an `on error skip` dataset keeps for its rejected-rows report (about 200 MB at most):
    /// beyond it the report ends with a line that counts the rest.
    public static let reportLimit = 1_000_000
    /// The first errors: `shownLimit`, or `reportLimit` with `on error skip` (for the rejected-rows report).
    public private(set) var errors: [DataError] = []
    /// Every error counted, shown or not.
    public private(set) var count = 0
    /// The rows that had at least one error.
    public private(set) var rows = 0
    private let keptLimit: Int

    init(keepingAll: Bool) {
        keptLimit = keepingAll ? Self.reportLimit : Self.shownLimit
    }

    mutating func append(_ error: DataError) {
        count += 1
        if errors.count < keptLimit { errors.append(error) }
    }

    mutating func countRow() {
        rows += 1
    }

    /// Adds the errors found in a later part of the same file, whose line numbers start at 1
    /// where that part starts on line `firstLine`.
    mutating func append(_ other: DataErrorLog, firstLine: Int) {
        for error in other.errors { append(error.shifted(to: firstLine)) }
        count += other.count - other.errors.count
        rows += other.rows
    }

    /// Whether no error was found.
    public var isEmpty: Bool { count == 0 }
}
