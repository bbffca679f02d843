import IndcEngine
import IndcSemantics

/// What `indc run` tells the user on standard error: data errors, then one line per indicator and the total.
enum RunReport {
    /// Prints each failed or skipping dataset's errors; returns why each written-or-selected indicator failed, by name.
    static func failures(_ outcome: RunOutcome, selected: Set<String>?, _ console: inout Console) -> [String: String] {
        var failures: [String: String] = [:]
        for scan in outcome.scans {
            for (name, reason) in scan.indicatorFailures.sorted(by: { $0.key < $1.key }) where selected?.contains(name) ?? true {
                console.error("error: indicator \(name): \(reason); not computed")
                failures[name] = reason
            }
        }
        for scan in outcome.scans where !scan.errors.isEmpty || scan.fatal != nil {
            let path = SourceLoader.displayPath(scan.path)
            let label = scan.failed ? "error" : "warning"
            if let fatal = scan.fatal {
                console.error("\(label): \(fatal.message(path: path))")
            }
            for error in scan.errors.errors.prefix(DataErrorLog.shownLimit) { console.error("\(label): \(error.message(path: path))") }
            let hidden = scan.errors.count - min(scan.errors.errors.count, DataErrorLog.shownLimit)
            if hidden > 0 { console.error("\(label): … and \(hidden) more data error\(hidden == 1 ? "" : "s") in \(path)") }
            let affected = scan.indicators.filter { selected?.contains($0) ?? true }
            if scan.failed {
                let reason = scan.fatal != nil && scan.errors.isEmpty ? "its data file could not be read" : "its data file has errors"
                console.error("error: dataset `\(scan.dataset.name)`: \(reason); \(describe(affected)) not computed")
                for name in affected { failures[name] = "dataset \(scan.dataset.name): \(reason) (\(path))" }
            } else {
                console.error("warning: dataset `\(scan.dataset.name)`: skipped \(scan.errors.rows) bad row\(scan.errors.rows == 1 ? "" : "s") (on error skip); see \(scan.dataset.name).rejected.csv")
            }
        }
        return failures
    }

    private static func describe(_ names: [String]) -> String {
        names.count == 1 ? "its indicator \(names[0]) was" : "its \(names.count) indicators were"
    }

    /// One line per indicator (cells, suppressed cells) and the total.
    static func summary(_ outcome: RunOutcome, written: [IndicatorResult], failures: [String: String], directory: String,
                        elapsed: Duration, _ console: inout Console) {
        let width = (written.map(\.indicator.name.count) + failures.keys.map(\.count)).max() ?? 0
        let results = Dictionary(written.map { ($0.indicator.name, $0) }, uniquingKeysWith: { first, _ in first })
        let order = outcome.scans.flatMap(\.indicators).filter { results[$0] != nil || failures[$0] != nil }
        for name in order {
            let padded = name.padding(toLength: width, withPad: " ", startingAt: 0)
            if let result = results[name] {
                console.error("  \(padded)  \(plural(result.rows.count, "cell")), \(result.suppressedCount) withheld")
            } else {
                console.error("  \(padded)  not computed")
            }
        }
        let rows = outcome.scans.reduce(0) { $0 + $1.rows }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let failed = failures.isEmpty ? "" : ", \(failures.count) not computed"
        console.error("computed \(plural(written.count, "indicator"))\(failed) from \(plural(outcome.scans.count, "dataset")) (\(plural(rows, "row"))) in \(String(format: seconds))s; results in \(directory)/")
        console.error(outcome.disclosure.line)
    }

    private static func plural(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }
}

extension String {
    /// Seconds with two decimals.
    fileprivate init(format seconds: Double) {
        let hundredths = Int((seconds * 100).rounded())
        self = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
