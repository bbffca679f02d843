import IndcEngine
import IndcOutput
import IndcSemantics

/// Why an engine's output could not be read.
struct SQLResultError: Error {
    let message: String
}

/// Reads the CSV an SQL client printed for one indicator into a result table, typing each field as
/// the native engine does: group values by their column's type, counts as integers, the rest numbers,
/// booleans (`true`/`false` or psql's `t`/`f`) and text.
enum SQLResultReader {
    private static let integers: Set<String> = ["n", "df"]
    private static let booleans: Set<String> = ["target_met", "change_significant"]
    private static let texts: Set<String> = ["indicator", "breakdown", "suppressed", "target_status", "reliability", "note"]

    static func table(path: String, indicator: Indicator, dataset: Dataset) -> Result<ResultTable, SQLResultError> {
        do {
            let reader = try CSVReader(path: path, format: CSVFormat())
            let columns = try reader.readHeader()
            guard let breakdown = columns.firstIndex(of: "breakdown"), breakdown + 2 < columns.count else {
                return .failure(SQLResultError(message: "the engine's output has no breakdown column"))
            }
            let level = columns[breakdown + 2] == "value" ? nil : columns[breakdown + 2]
            var rows: [[ResultField]] = []
            var record = CSVRecord()
            while try reader.next(&record) {
                let fields = (0..<record.count).map { record.text($0) }
                guard fields.count == columns.count else { continue }
                rows.append(zip(columns, fields).map { column, text in
                    let type: ValueType?? = column == "breakdown_value" ? .some(dataset.type(of: fields[breakdown]))
                        : indicator.groupBy.contains(column) || column == level ? .some(dataset.type(of: column)) : nil
                    return field(text, column: column, groupType: type)
                })
            }
            return .success(ResultTable(indicator: indicator, columns: columns, rows: rows))
        } catch {
            return .failure(SQLResultError(message: "cannot read the engine's output: \(error.description)"))
        }
    }

    /// A field; `groupType` is set for group, breakdown and level values (the type of their column, nil for a label).
    private static func field(_ text: String, column: String, groupType: ValueType??) -> ResultField {
        guard !text.isEmpty else { return .empty }
        if let groupType {
            switch groupType {
            case .integer?: return Int(text).map(ResultField.integer) ?? .text(text)
            case .number?: return Double(text).map(ResultField.number) ?? .text(text)
            case .boolean?: return boolean(text).map(ResultField.boolean) ?? .text(text)
            default: return .text(text)
            }
        }
        if texts.contains(column) { return .text(text) }
        if integers.contains(column) { return Int(text).map(ResultField.integer) ?? .text(text) }
        if booleans.contains(column) { return boolean(text).map(ResultField.boolean) ?? .text(text) }
        return Double(text).map(ResultField.number) ?? .text(text)
    }

    private static func boolean(_ text: String) -> Bool? {
        ["true": true, "t": true, "false": false, "f": false][text]
    }
}
