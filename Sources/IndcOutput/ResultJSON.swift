import IndcDiagnostics
import IndcSemantics
import IndcSyntax

/// The `results.json` document: every indicator with its metadata and rows (or why it has none).
public enum ResultJSON {
    /// An indicator as the document lists it.
    public enum Entry: Sendable {
        case computed(ResultTable)
        /// Not computed: its dataset had errors or could not be read.
        case failed(Indicator, reason: String)
    }

    /// The document; `sourcePath` shows a dataset's file as the user sees it. `write(_:datasets:toolVersion:sourcePath:into:)`
    /// writes the same text without holding the whole document.
    public static func document(_ entries: [Entry], datasets: [Dataset], toolVersion: String, sourcePath: (String) -> String) -> JSONValue {
        let byName = Dictionary(datasets.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return [
            "generator": .string("indc \(toolVersion)"),
            "indicators": .array(entries.map { entry in
                let rows: [(String, JSONValue)] = if case .computed(let table) = entry { [("rows", .array(table.rows.map { row(table, $0) }))] } else { [] }
                return .object(members(entry, byName, sourcePath) + rows)
            }),
        ]
    }

    /// An entry's members before its rows: the metadata, the status, and the columns or the reason it failed.
    static func members(_ entry: Entry, _ datasets: [String: Dataset], _ sourcePath: (String) -> String) -> [(String, JSONValue)] {
        switch entry {
        case .computed(let table):
            metadata(table.indicator, datasets, sourcePath) + [("status", "computed"), ("columns", .array(table.columns.map(JSONValue.string)))]
        case .failed(let indicator, let reason):
            metadata(indicator, datasets, sourcePath) + [("status", "failed"), ("reason", .string(reason))]
        }
    }

    /// One result row as an object keyed by column.
    static func row(_ table: ResultTable, _ fields: [ResultField]) -> JSONValue {
        .object(zip(table.columns, fields).map { ($0, value($1)) })
    }

    private static func metadata(_ indicator: Indicator, _ datasets: [String: Dataset], _ sourcePath: (String) -> String) -> [(String, JSONValue)] {
        let dataset = datasets[indicator.source]
        let filter = indicator.filters.map { indicator.filters.count > 1 ? "(\($0.span.text))" : $0.span.text }.joined(separator: " and ")
        return [
            ("name", .string(indicator.name)), ("title", .string(indicator.title)), ("description", .string(indicator.description)),
            ("theme", .string(indicator.theme)), ("owner", .string(indicator.owner)), ("unit", .string(indicator.unit.description)),
            ("source", ["dataset": .string(indicator.source), "file": .string(dataset.map { sourcePath($0.path) })]),
            ("design", dataset.map(design) ?? .null),
            ("filter", filter.isEmpty ? .null : .string(filter)), ("group_by", .array(indicator.groupBy.map(JSONValue.string))),
            ("breakdown", .array(indicator.breakdown.map(JSONValue.string))), ("measure", .string(indicator.measure.span.text)),
            ("weight", .string(indicator.weight)), ("minimum_n", .integer(indicator.minimumN)),
            ("target", indicator.target.map(target) ?? .null), ("period", .string(indicator.period)),
            ("interval", dataset?.isSample == true
                ? ["method": .string(indicator.intervalMethod), "level": .number(indicator.intervalLevel)] : .null),
            ("reliability", .string(indicator.reliability)),
        ]
    }

    /// How the dataset was collected: a census, or a sample with its weight and strata.
    private static func design(_ dataset: Dataset) -> JSONValue {
        guard dataset.isSample else { return ["kind": "census"] }
        return ["kind": "sample", "weight": .string(dataset.weight), "strata": .string(dataset.strata)]
    }

    private static func target(_ target: Target) -> JSONValue {
        var members: [(String, JSONValue)] = [("comparison", .string(target.comparison.rawValue))]
        if let other = target.relativeTo {
            members += [("share_of", .number(target.value)), ("indicator", .string(other))]
        } else {
            members.append(("value", value(.number(target.value))))
        }
        members.append(("by", target.deadline.map(JSONValue.integer) ?? .null))
        return .object(members)
    }

    static func value(_ field: ResultField) -> JSONValue {
        switch field {
        case .empty: .null
        case .text(let text): .string(text)
        case .integer(let number): .integer(number)
        case .number(let number): number == number.rounded() && abs(number) < 0x1p53 ? .integer(Int(number)) : .number(number)
        case .boolean(let flag): .bool(flag)
        }
    }
}
