// The SQL stage: an execution plan → one query per indicator, in the dialect of a warehouse engine.
// Each file compiles one concern: reading and decoding a dataset, row expressions, aggregates and
// grouping sets, the measure's value and notes, suppression and targets, change over time, DDL.

/// The SQL dialects `indc sql` writes, and what differs between them.
public enum SQLDialect: String, CaseIterable, Sendable {
    case duckdb, postgres, spark, trino

    /// A quoted identifier: `"x"` (backticks in Spark).
    func identifier(_ name: String) -> String {
        switch self {
        case .spark: "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
        default: "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }

    /// A string literal; Spark reads backslash escapes in literals, the others do not. Spark also
    /// substitutes `${…}` anywhere in a query's text, so its `{` after a `$` is written `\{`.
    func string(_ text: String) -> String {
        switch self {
        case .spark:
            "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
                .replacingOccurrences(of: "${", with: "$\\{") + "'"
        default: "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        }
    }

    /// A `--` comment line showing `text`: control, format and line-separator characters (which would
    /// end the comment, hide text or reorder it on screen), a `$` before `{` and a final backslash
    /// (which continues a Spark comment onto the next line) are written as `\u{…}`.
    public static func comment(_ text: String) -> String {
        var shown = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
                shown += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default:
                shown += scalar == "{" && previous == "$" ? "\\u{7B}" : String(scalar)
            }
            previous = scalar
        }
        if shown.hasSuffix("\\") { shown = shown.dropLast() + "\\u{5C}" }
        return "-- " + shown
    }

    /// Why SQL text cannot be handed to this dialect's engines safely, or nil: a NUL character (clients
    /// read text up to it, which would put the rest of a line outside its quotes) or, in Spark, a
    /// `${` left in a quoted name (Spark substitutes variables before it parses).
    public func unsafeText(_ sql: String) -> String? {
        if sql.unicodeScalars.contains("\u{0}") { return "a name or string holds a NUL character, which SQL clients cannot read" }
        if self == .spark, sql.contains("${") { return "a name holds `${`, which Spark replaces by a variable's value" }
        return nil
    }

    /// Whether `text` is a table name a query may hold as written: dot-separated parts, each a plain
    /// name (letters, digits, `_`, `$`; not starting with a digit or `$`) or a quoted name in the
    /// dialect's quotes (the quote doubled inside), without control characters.
    public func isTableName(_ text: String) -> Bool {
        let quote: Unicode.Scalar = self == .spark ? "`" : "\""
        var scalars = Array(text.unicodeScalars)[...]
        while true {
            if scalars.first == quote {
                scalars = scalars.dropFirst()
                while true {
                    guard let scalar = scalars.popFirst(), scalar.properties.generalCategory != .control else { return false }
                    if scalar == quote {
                        guard scalars.first == quote else { break }
                        scalars = scalars.dropFirst()
                    }
                }
            } else {
                let plain = scalars.prefix { $0.isASCII && (Character($0).isLetter || Character($0).isNumber || $0 == "_" || $0 == "$") }
                guard let first = plain.first, first != "$", !Character(first).isNumber else { return false }
                scalars = scalars.dropFirst(plain.count)
            }
            guard let next = scalars.popFirst() else { return true }
            guard next == "." else { return false }
        }
    }

    /// The 64-bit floating-point type.
    var doubleType: String { self == .postgres ? "DOUBLE PRECISION" : "DOUBLE" }

    /// The text type.
    var textType: String {
        switch self {
        case .postgres: "TEXT"
        case .spark: "STRING"
        default: "VARCHAR"
        }
    }

    /// The SQL type of a column of this value type.
    func type(_ type: ValueTypeName) -> String {
        switch type {
        case .integer: "BIGINT"
        case .number: doubleType
        case .boolean: "BOOLEAN"
        case .date: "DATE"
        case .text: textType
        }
    }

    /// A floating-point literal that reads back as exactly `value` (decimal literals are exact decimals in SQL).
    func double(_ value: Double) -> String {
        "CAST(\(value.sqlText) AS \(doubleType))"
    }

    /// An expression cast to double.
    func toDouble(_ expression: String) -> String {
        "CAST(\(expression) AS \(doubleType))"
    }

    /// An expression cast to text.
    func toText(_ expression: String) -> String {
        "CAST(\(expression) AS \(textType))"
    }

    /// A date literal (`yyyy-mm-dd`). Year 0, which DuckDB alone holds, stops the query where it is used.
    func date(_ iso: String) -> String {
        guard iso.hasPrefix("0000"), self != .duckdb else { return "DATE " + string(iso) }
        return "CAST(\(failure(string("the date \(iso) is in year 0, which \(rawValue) cannot hold; compute it with indc run"))) AS DATE)"
    }

    /// Whether `text` matches the regular expression `pattern` as a whole.
    func matches(_ text: String, _ pattern: String) -> String {
        let anchored = string("^" + pattern + "$")
        switch self {
        case .duckdb: return "regexp_full_match(\(text), \(string(pattern)))"
        case .postgres: return "(\(text) ~ \(anchored))"
        case .spark: return "(\(text) RLIKE \(anchored))"
        case .trino: return "regexp_like(\(text), \(anchored))"
        }
    }

    /// An expression that stops the query with `message` (an expression giving text) when evaluated.
    /// PostgreSQL has no such function: `indc sql --ddl` creates `indc_data_error`.
    func failure(_ message: String) -> String {
        switch self {
        case .duckdb: "error(\(message))"
        case .postgres: "indc_data_error(\(message))"
        case .spark: "raise_error(\(message))"
        case .trino: "fail(\(message))"
        }
    }

    /// Text concatenation.
    func concat(_ parts: [String]) -> String {
        self == .spark ? "concat(\(parts.joined(separator: ", ")))" : "(" + parts.joined(separator: " || ") + ")"
    }

    /// Equality where two missing values are equal (for joining cells).
    func sameValue(_ left: String, _ right: String) -> String {
        self == .spark ? "(\(left) <=> \(right))" : "(\(left) IS NOT DISTINCT FROM \(right))"
    }

    /// A text sort key ordering by UTF-8 bytes (code points).
    func byteOrder(_ expression: String) -> String {
        self == .postgres ? "(\(expression) COLLATE \"C\")" : expression
    }
}

/// The SQL types of values (a category is text).
enum ValueTypeName {
    case integer, number, boolean, date, text
}

extension Double {
    /// The shortest digits that read back exactly, as a SQL numeric literal.
    var sqlText: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
        return description
    }
}
