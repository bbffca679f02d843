import IndcEngine
import IndcOutput
import IndcSemantics

/// The files `indc run` writes: one CSV per indicator (unless `--format json`), results.json,
/// disclosure.csv (for the analyst, not for publication), and a rejected-rows report per dataset
/// that skipped bad rows.
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
        let computed = Dictionary(tables.map { ($0.indicator.name, $0) }, uniquingKeysWith: { first, _ in first })
        let entries = project.indicators.compactMap { indicator -> ResultJSON.Entry? in
            if let table = computed[indicator.name] { return .computed(table) }
            return failures[indicator.name].map { .failed(indicator, reason: $0) }
        }
        let document = ResultJSON.document(entries, datasets: project.datasets, toolVersion: IndcCommand.version, sourcePath: SourceLoader.displayPath)
        files.add("results.json", document.serialized() + "\n")
        files.add("disclosure.csv", disclosure(written))
        return files
    }

    /// Every withheld cell with why it is withheld and the audit's verdict: the analyst's record,
    /// which published files never show (they say only `withheld`).
    private static func disclosure(_ results: [IndicatorResult]) -> String {
        let columns = ["indicator", "cell", "withheld_because", "audit"]
        var rows: [[ResultField]] = []
        for result in results {
            for (index, row) in result.rows.enumerated() where row.suppressed != nil {
                rows.append([.text(result.indicator.name), .text(result.cellDescription(row: index)),
                             .text(row.withheldBecause ?? ""), .text(row.auditVerdict ?? "")])
            }
        }
        return ResultCSV.text(columns: columns, rows: rows, dialect: .standard)
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
