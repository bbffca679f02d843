import IndcPlan
import IndcSemantics

/// Why `indc sql --ddl` writes no statements.
public struct DDLRefusal: Error {
    public let message: String
}

/// `indc sql --ddl`: statements that create one table per dataset from its CSV file, holding the
/// columns the indicators use with their SQL types and missing codes as NULL — the tables the queries
/// read. Fields are decoded as `indc run` decodes them: a field that does not fit stops the load
/// (`on error fail`) or leaves its row out (`on error skip`).
public struct DatasetDDL: Sendable {
    public let dialect: SQLDialect

    public init(dialect: SQLDialect) {
        self.dialect = dialect
    }

    /// Whether the dialect has a way to load a CSV file that indc can write.
    public var isSupported: Bool { dialect != .trino }

    /// The statements for every scan of `plan`; `headers` gives the column names of a dataset's file,
    /// `paths` the file to load (by dataset name). Refused when a file's path cannot be written safely:
    /// psql reads `\copy` up to the end of its line, so its path and table name hold no control character.
    public func statements(_ plan: ExecutionPlan, headers: [String: [String]], paths: [String: String]) throws(DDLRefusal) -> String {
        var text = dialect == .postgres
            ? "CREATE OR REPLACE FUNCTION indc_data_error(message text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '%', message; END $$;\n\n"
            : ""
        if dialect == .spark, plan.scans.contains(where: { $0.dataset.encoding == .windows1252 }) {
            text += "-- Spark 4 reads Windows-1252 files only with Java's charsets enabled\nSET spark.sql.legacy.javaCharsets = true;\n\n"
        }
        for scan in plan.scans {
            let dataset = scan.dataset
            let path = paths[dataset.name] ?? dataset.path
            for (what, text) in [("file path", path), ("name", dataset.name)]
            where dialect == .postgres && text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                throw DDLRefusal(message: "dataset \(SQLDialect.comment(dataset.name).dropFirst(3)): its \(what) holds a line break or other "
                                 + "control character, which psql's \\copy line cannot take; rename it")
            }
            text += SQLDialect.comment("dataset \(dataset.name): \(path)") + "\n"
            text += load(scan, header: headers[dataset.name] ?? scan.columns.map(\.name), path: path) + "\n"
        }
        if let unsafe = dialect.unsafeText(text) { throw DDLRefusal(message: unsafe) }
        return text
    }

    private func load(_ scan: DatasetScan, header: [String], path: String) -> String {
        let dataset = scan.dataset
        let source = DatasetSource(dataset: dataset, columns: scan.columns, dialect: dialect)
        let table = dialect.identifier(dataset.name)
        let staging = dialect.identifier("\(dataset.name)__fields")
        let decoded = decodedQuery(source, fields: staging)
        switch dialect {
        case .postgres:
            let encoding = ["utf-8": "UTF8", "latin-1": "LATIN1", "windows-1252": "WIN1252"][dataset.encoding.rawValue] ?? "UTF8"
            let delimiter = dataset.delimiter == 9 ? "E'\\t'" : dialect.string(String(UnicodeScalar(dataset.delimiter)))
            let columns = header.map { "\(dialect.identifier($0)) TEXT" }.joined(separator: ", ")
            return """
                DROP TABLE IF EXISTS \(table);
                CREATE TEMP TABLE \(staging) (\(columns));
                \\copy \(staging) FROM \(dialect.string(path)) WITH (FORMAT csv, HEADER, DELIMITER \(delimiter), QUOTE '"', ENCODING '\(encoding)')
                CREATE TABLE \(table) AS \(decoded);
                DROP TABLE \(staging);

                """
        case .spark:
            let delimiter = dataset.delimiter == 9 ? "\\t" : String(UnicodeScalar(dataset.delimiter))
            // Spark reads the path as a Hadoop glob, where a backslash makes the next character literal
            let literal = path.unicodeScalars.map { "\\*?[]{}".unicodeScalars.contains($0) ? "\\\($0)" : String($0) }.joined()
            let options = ["path \(dialect.string(literal))", "header 'true'", "sep \(dialect.string(delimiter))", "quote '\"'", "escape '\"'",
                           "encoding '\(Self.sparkCharset(dataset.encoding))'", "mode '\(dataset.skipsBadRows ? "DROPMALFORMED" : "FAILFAST")'"]
            return """
                CREATE OR REPLACE TEMPORARY VIEW \(staging) USING csv OPTIONS (\(options.joined(separator: ", ")));
                CREATE OR REPLACE TEMPORARY VIEW \(table) AS \(decoded);

                """
        default:
            let read = DatasetSource(dataset: dataset, columns: scan.columns, dialect: dialect).rawFromFile(path)
            return "CREATE OR REPLACE TABLE \(table) AS \(decodedQuery(source, fields: "(\(read)) \(dialect.identifier("__file"))", raw: true));\n"
        }
    }

    /// The decoded columns, after a check of every field (`on error fail`) or without the bad rows (`on error skip`).
    private func decodedQuery(_ source: DatasetSource, fields: String, raw: Bool = false) -> String {
        let fieldsQuery = raw ? "SELECT * FROM \(fields)" : source.fields(from: fields)
        let fieldsName = dialect.identifier("__fields")
        let check = source.dataset.skipsBadRows ? "" : ", \(dialect.identifier("__check")) AS (\(source.check(from: fieldsName)))"
        let from = source.dataset.skipsBadRows ? fieldsName
            : "\(fieldsName) CROSS JOIN \(dialect.identifier("__check")) WHERE \(dialect.identifier("__errors")) = 0"
        let decoded = source.decoded(from: from)
        return "WITH \(fieldsName) AS (\(fieldsQuery))\(check) \(decoded)"
    }

    /// The charset name Spark's CSV reader knows for an encoding (Java names: `ISO-8859-1`, not `latin-1`).
    private static func sparkCharset(_ encoding: TextEncoding) -> String {
        switch encoding {
        case .utf8: "UTF-8"
        case .latin1: "ISO-8859-1"
        case .windows1252: "windows-1252"
        }
    }
}
