import IndcDiagnostics
import IndcEngine
import IndcOutput
import IndcSemantics

/// The files `indc run` writes: one CSV per indicator (or results.xlsx; nothing more with `--format json`), results.json,
/// and a rejected-rows report per dataset that skipped bad rows; an indicator that could not be
/// computed, or was not selected with `--indicator`, keeps its CSV of the previous run.
enum RunOutput {
    static func files(_ outcome: RunOutcome, written: [IndicatorResult], failures: [String: String], project: Project,
                      directory: String, format: String, language: Language) -> OutputFiles {
        var files = OutputFiles(directory: directory)
        let tables = written.map(ResultTable.init)
        ResultFormats.add(tables, format: format, language: language, to: &files)
        if CSVDialect(rawValue: format) != nil {
            let writtenNames = Set(written.map(\.indicator.name))
            for indicator in project.indicators where !writtenNames.contains(indicator.name) { files.keep("\(indicator.name).csv") }
        }
        for scan in outcome.scans where !scan.failed && !scan.errors.isEmpty {
            files.add("\(scan.dataset.name).rejected.csv", rejected(scan))
        }
        let entries = Self.entries(tables, failures: failures, project: project)
        files.add("results.json") { sink in
            ResultJSON.write(entries, datasets: project.datasets, toolVersion: IndcCommand.version, sourcePath: SourceLoader.displayPath, into: &sink)
        }
        return files
    }

    /// The results.json document: the computed tables and the failed indicators, in the project's order.
    static func document(_ tables: [ResultTable], failures: [String: String], project: Project) -> JSONValue {
        ResultJSON.document(entries(tables, failures: failures, project: project), datasets: project.datasets,
                            toolVersion: IndcCommand.version, sourcePath: SourceLoader.displayPath)
    }

    private static func entries(_ tables: [ResultTable], failures: [String: String], project: Project) -> [ResultJSON.Entry] {
        let computed = Dictionary(tables.map { ($0.indicator.name, $0) }, uniquingKeysWith: { first, _ in first })
        return project.indicators.compactMap { indicator -> ResultJSON.Entry? in
            if let table = computed[indicator.name] { return .computed(table) }
            return failures[indicator.name].map { .failed(indicator, reason: $0) }
        }
    }

    /// A rejected value as the report quotes it: enough to find and fix it (100 characters), not a copy of the file.
    private static func shortened(_ value: String) -> String {
        value.count > 100 ? String(value.prefix(99)) + "…" : value
    }

    /// The rows a dataset skipped (`on error skip`): line, column, value and reason of each error (after
    /// the file it is in, for a dataset of several files); past
    /// `DataErrorLog.reportLimit` errors a last row counts those not listed.
    private static func rejected(_ scan: ScanOutcome) -> String {
        let files = DataFilePattern.isPattern(scan.path)
        let columns = (files ? ["file"] : []) + ["line", "column", "value", "reason"]
        var rows = scan.errors.errors.map { error -> [ResultField] in
            (files ? [.text(SourceLoader.displayPath(error.path))] : [])
                + [.integer(error.line), error.column.map(ResultField.text) ?? .empty, error.value.map { .text(shortened($0)) } ?? .empty, .text(error.reason)]
        }
        let unlisted = scan.errors.count - scan.errors.errors.count
        if unlisted > 0 {
            rows.append((files ? [.empty] : []) + [.empty, .empty, .empty, .text("and \(unlisted) more data errors, not listed (the report keeps the first \(DataErrorLog.reportLimit))")])
        }
        return ResultCSV.text(columns: columns, rows: rows, dialect: .standard)
    }
}
