import IndcSemantics

/// Where a query reads a dataset from.
public enum DatasetLocation: Sendable, Equatable {
    /// A table holding the dataset's columns with their SQL types, missing codes already NULL
    /// (what `indc sql --ddl` creates).
    case table(String)
    /// The CSV file itself, read and decoded by the query (DuckDB).
    case file(String)
}

/// Reading a dataset in SQL: its fields as text, then decoded by the column types, category levels
/// and missing codes of the declaration, as the native engine decodes them. A field that does not fit
/// stops the query (`on error fail`) or leaves its row out (`on error skip`).
struct DatasetSource {
    let dataset: Dataset
    /// The columns the queries use.
    let columns: [Column]
    let dialect: SQLDialect

    /// The raw fields of `columns` from the CSV file (DuckDB's `read_csv`), an empty field NULL.
    /// Windows-1252 needs DuckDB's `encodings` extension (loaded automatically where extensions can be installed).
    /// DuckDB reads `*`, `?` and `[` in a path as a pattern: each is written as a one-character class.
    func rawFromFile(_ path: String) -> String {
        let literal = path.unicodeScalars.map { "*?[".unicodeScalars.contains($0) ? "[\($0)]" : String($0) }.joined()
        let delimiter = dataset.delimiter == 9 ? "\\t" : String(UnicodeScalar(dataset.delimiter))
        let options = "header = true, all_varchar = true, delim = \(dialect.string(delimiter)), "
            + "quote = '\"', escape = '\"', encoding = \(dialect.string(dataset.encoding.rawValue))"
            + (dataset.skipsBadRows ? ", ignore_errors = true" : "")
        return fields(from: "read_csv(\(dialect.string(literal)), \(options))")
    }

    /// The raw fields of `columns` from a relation holding the file's fields as text, an empty field NULL.
    func fields(from relation: String) -> String {
        let fields = columns.map { column -> String in
            let name = dialect.identifier(column.name)
            return "NULLIF(\(name), '') AS \(name)"
        }
        return "SELECT \(selectList(fields)) FROM \(relation)"
    }

    /// The decoded columns, from a relation of raw fields.
    func decoded(from raw: String) -> String {
        let fields = columns.map { "\(value($0)) AS \(dialect.identifier($0.name))" }
        let skip = dataset.skipsBadRows && !columns.isEmpty ? " WHERE \(columns.map(valid).joined(separator: " AND "))" : ""
        return "SELECT \(selectList(fields)) FROM \(raw)\(skip)"
    }

    /// The items of a SELECT list; a query that uses no column (`measure count()` alone) keeps one
    /// constant per row, since SQL has no empty SELECT list.
    func selectList(_ items: [String]) -> String {
        items.isEmpty ? "1 AS \(dialect.identifier("__row"))" : items.joined(separator: ", ")
    }

    /// One row counting the invalid fields of a relation of raw fields; evaluating it stops the query at the first.
    func check(from raw: String) -> String {
        guard !columns.isEmpty else { return "SELECT 0 AS \(dialect.identifier("__errors"))" }
        let branches = columns.map { column in
            "WHEN NOT \(valid(column)) THEN \(dialect.failure(message(column)))"
        }
        return "SELECT count(CASE \(branches.joined(separator: " ")) END) AS \(dialect.identifier("__errors")) FROM \(raw)"
    }

    /// Whether the raw field of `column` fits its declaration.
    func valid(_ column: Column) -> String {
        let field = dialect.identifier(column.name)
        let codes = textCodes(column)
        let missing = "\(field) IS NULL" + (codes.isEmpty ? "" : " OR \(field) IN (\(codes))")
        let fits: String
        switch column.type {
        case .integer: fits = "(CASE WHEN \(dialect.matches(field, "[+-]?[0-9]+")) THEN \(integerFits(field)) ELSE FALSE END)"
        case .number: fits = "(CASE WHEN \(dialect.matches(field, numberPattern)) THEN \(numberFits(pointed(field))) ELSE FALSE END)"
        case .text: fits = "TRUE"
        case .boolean: fits = "lower(\(field)) IN ('true', '1', 'ja', 'yes', 'false', '0', 'nee', 'no')"
        case .date:
            fits = "(CASE WHEN \(dialect.matches(field, "[0-9]{4}-[0-9]{2}-[0-9]{2}")) AND NOT \(yearZero(field, column: column)) "
                + "THEN \(calendarDay(field)) ELSE FALSE END)"
        case .category(let levels): fits = "\(field) IN (\(levels.map(dialect.string).joined(separator: ", ")))"
        }
        return "(\(missing) OR \(fits))"
    }

    /// The typed value of a raw field: NULL for an empty field or a missing code (and for a field that does not fit).
    func value(_ column: Column) -> String {
        let field = dialect.identifier(column.name)
        let codes = textCodes(column)
        let missing = "\(field) IS NULL" + (codes.isEmpty ? "" : " OR \(field) IN (\(codes))") + " OR NOT \(valid(column))"
        let numberCodes = column.missingCodes.compactMap { if case .number(let code) = $0 { dialect.double(code) } else { nil } }
        let typed: String
        switch column.type {
        case .integer: typed = "CAST(\(field) AS BIGINT)"
        case .number: typed = numberValue(pointed(field))
        case .text, .category: typed = field
        case .boolean: typed = "lower(\(field)) IN ('true', '1', 'ja', 'yes')"
        case .date: typed = "CAST(\(field) AS DATE)"
        }
        let coded = numberCodes.isEmpty ? "" : " WHEN \(typed) IN (\(numberCodes.joined(separator: ", "))) THEN NULL"
        return "(CASE WHEN \(missing) THEN NULL\(coded) ELSE \(typed) END)"
    }

    /// Why a field does not fit, as the native engine says it.
    private func message(_ column: Column) -> String {
        let field = dialect.identifier(column.name)
        let what = switch column.type {
        case .integer: "is not an integer"
        case .number: "is not a number"
        case .boolean: "is not a boolean (true/false, 1/0, ja/nee, yes/no)"
        case .date: "is not a date (yyyy-mm-dd)"
        case .category: "is not a level of \(column.name)"
        case .text: "cannot be read"
        }
        return dialect.concat([dialect.string("\(dataset.name): column \(column.name): \""), field, dialect.string("\" \(what)")])
    }

    /// A number field with `.` as its decimal mark.
    private func pointed(_ field: String) -> String {
        dataset.decimalMark == UInt8(ascii: ",") ? "replace(\(field), ',', '.')" : field
    }

    private var numberPattern: String {
        let mark = dataset.decimalMark == UInt8(ascii: ",") ? "," : "[.]"
        return "[+-]?([0-9]+\(mark)?[0-9]*|\(mark)[0-9]+)([eE][+-]?[0-9]+)?"
    }

    /// Whether a `yyyy-mm-dd` field is a day of the calendar (30 February is not).
    private func calendarDay(_ field: String) -> String {
        let year = "CAST(substr(\(field), 1, 4) AS INTEGER)"
        let month = "CAST(substr(\(field), 6, 2) AS INTEGER)"
        let day = "CAST(substr(\(field), 9, 2) AS INTEGER)"
        let leap = "((\(year) % 4 = 0 AND \(year) % 100 <> 0) OR \(year) % 400 = 0)"
        let length = "CASE WHEN \(month) IN (4, 6, 9, 11) THEN 30 WHEN \(month) = 2 THEN CASE WHEN \(leap) THEN 29 ELSE 28 END ELSE 31 END"
        return "(\(month) BETWEEN 1 AND 12 AND \(day) BETWEEN 1 AND \(length))"
    }

    private func textCodes(_ column: Column) -> String {
        column.missingCodes.compactMap { if case .text(let code) = $0 { dialect.string(code) } else { nil } }.joined(separator: ", ")
    }
}
