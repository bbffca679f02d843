import IndcDiagnostics
import IndcEngine
import IndcOutput
import IndcSemantics

/// The files `indc run` writes: one CSV per indicator (unless `--format json`), results.json,
/// and a rejected-rows report per dataset that skipped bad rows.
enum RunOutput {
    static func files(_ outcome: RunOutcome, written: [IndicatorResult], failures: [String: String], project: Project,
                      directory: String, format: String) -> OutputFiles {
        var files = OutputFiles(directory: directory)
        let tables = written.map(ResultTable.init)
        if let dialect = CSVDialect(rawValue: format) {
            for table in tables { files.add("\(table.indicator.name).csv", ResultCSV.text(table, dialect: dialect)) }
        }
        for scan in outcome.scans where !scan.failed && !scan.errors.isEmpty {
            files.add("\(scan.dataset.name).rejected.csv", rejected(scan))
        }
        files.add("results.json", document(tables, failures: failures, project: project).serialized() + "\n")
        return files
    }

    /// The results.json document: the computed tables and the failed indicators, in the project's order.
    static func document(_ tables: [ResultTable], failures: [String: String], project: Project) -> JSONValue {
        let computed = Dictionary(tables.map { ($0.indicator.name, $0) }, uniquingKeysWith: { first, _ in first })
        let entries = project.indicators.compactMap { indicator -> ResultJSON.Entry? in
            if let table = computed[indicator.name] { return .computed(table) }
            return failures[indicator.name].map { .failed(indicator, reason: $0) }
        }
        return ResultJSON.document(entries, datasets: project.datasets, toolVersion: IndcCommand.version, sourcePath: SourceLoader.displayPath)
    }

    /// The rows a dataset skipped (`on error skip`): line, column, value and reason of each error; past
    /// `DataErrorLog.reportLimit` errors a last row counts those not listed.
    private static func rejected(_ scan: ScanOutcome) -> String {
        let columns = ["line", "column", "value", "reason"]
        var rows = scan.errors.errors.map { error -> [ResultField] in
            [.integer(error.line), error.column.map(ResultField.text) ?? .empty, error.value.map(ResultField.text) ?? .empty, .text(error.reason)]
        }
        let unlisted = scan.errors.count - scan.errors.errors.count
        if unlisted > 0 {
            rows.append([.empty, .empty, .empty, .text("and \(unlisted) more data errors, not listed (the report keeps the first \(DataErrorLog.reportLimit))")])
        }
        return ResultCSV.text(columns: columns, rows: rows, dialect: .standard)
    }
}
