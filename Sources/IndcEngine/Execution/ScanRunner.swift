import IndcPlan
import IndcSemantics

/// Runs one dataset scan: reads the file once, decodes the referenced columns, evaluates derived columns
/// and shared filters once per row, and feeds every indicator's aggregation.
struct ScanRunner {
    let scan: DatasetScan
    let path: String

    func run() -> ScanOutcome {
        var errors = DataErrorLog(keepingAll: scan.dataset.skipsBadRows)
        let reader: CSVReader
        let header: [String]
        do {
            reader = try CSVReader(path: path, format: CSVFormat(dataset: scan.dataset))
            header = try reader.readHeader()
        } catch {
            let isIO = if case .cannotOpen = error { true } else if case .cannotRead = error { true } else { false }
            return outcome(rows: 0, errors: errors, fatal: DataError(path: path, line: isIO ? 0 : 1, reason: Self.reason(error)), isIO: isIO)
        }
        let positions = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        if let absent = scan.columns.first(where: { positions[$0.name] == nil }) {
            let reason = header.isEmpty ? "the file is empty: it has no header row" : "column \(absent.name) is not in the header"
            return outcome(rows: 0, errors: errors, fatal: DataError(path: path, line: 1, reason: reason), isIO: false)
        }
        var evaluation = RowEvaluation(scan: scan, fieldPositions: scan.columns.map { positions[$0.name]! }, headerWidth: header.count)
        var record = CSVRecord()
        var rows = 0
        while true {
            do {
                guard try reader.next(&record) else { break }
            } catch {
                errors.append(DataError(path: path, line: Self.line(of: error), reason: Self.reason(error)))
                errors.countRow()
                if case .invalidEncoding = error { continue }
                return outcome(rows: rows, errors: errors, fatal: DataError(path: path, line: Self.line(of: error), reason: Self.reason(error)), isIO: false)
            }
            if record.count == 1, header.count > 1, record.isEmpty(0) { continue }
            rows += 1
            evaluation.process(record, path: path, errors: &errors, aggregate: errors.isEmpty || scan.dataset.skipsBadRows)
        }
        if !errors.isEmpty && !scan.dataset.skipsBadRows { return outcome(rows: rows, errors: errors, fatal: nil, isIO: false) }
        return outcome(rows: rows, errors: errors, fatal: nil, isIO: false, results: evaluation.results(), failures: evaluation.failures())
    }

    private func outcome(rows: Int, errors: DataErrorLog, fatal: DataError?, isIO: Bool, results: [IndicatorResult] = [],
                         failures: [String: String] = [:]) -> ScanOutcome {
        ScanOutcome(dataset: scan.dataset, path: path, rows: rows, results: results, errors: errors, fatal: fatal, isIOError: isIO,
                    indicators: scan.aggregations.map(\.indicator.name), indicatorFailures: failures)
    }

    private static func line(of error: CSVError) -> Int {
        switch error {
        case .unclosedQuote(let line), .malformedQuote(let line), .invalidEncoding(let line, _, _), .recordTooLong(let line, _): line
        case .cannotOpen, .cannotRead: 0
        }
    }

    /// The error's text without its `line N: ` prefix (the path and line come first in messages).
    private static func reason(_ error: CSVError) -> String {
        let text = error.description
        guard text.hasPrefix("line "), let colon = text.firstIndex(of: ":") else { return text }
        return String(text[text.index(colon, offsetBy: 2)...])
    }
}
