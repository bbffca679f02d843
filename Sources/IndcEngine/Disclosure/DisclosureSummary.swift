/// What disclosure control did in a run: the cells withheld, how many of them by secondary
/// suppression, and what the audit could not clear; `indc run` prints it on one line.
public struct DisclosureSummary: Sendable {
    /// Withheld cells, over every computed indicator.
    public private(set) var withheld = 0
    /// Of those, withheld by secondary suppression (to protect others).
    public private(set) var secondary = 0
    /// Withheld cells whose protection the audit could not establish (exact arithmetic overflowed, or
    /// too many atoms: complementary suppression per indicator instead).
    public private(set) var unaudited = 0
    /// Datasets whose scan had more than `AtomTable.maximumAtoms` atoms: not audited.
    public private(set) var unauditedDatasets: [String] = []

    /// Audits one scan's results and applies secondary suppression to them.
    mutating func add(_ scan: ScanOutcome, _ results: inout [IndicatorResult]) {
        guard !results.isEmpty else { return }
        guard let quantities = scan.quantities else {
            unauditedDatasets.append(scan.dataset.name)
            for result in results.indices {
                for row in results[result].rows.indices where results[result].rows[row].suppressed != nil {
                    results[result].rows[row].auditVerdict = "not audited: more than \(AtomTable.maximumAtoms) atoms"
                    withheld += 1
                    unaudited += 1
                    if results[result].rows[row].withheldBecause?.hasPrefix("secondary") == true { secondary += 1 }
                }
            }
            return
        }
        let report = LinkedSuppression.apply(to: &results, quantities: quantities, extremes: scan.extremes)
        withheld += report.withheld
        secondary += report.secondary
        unaudited += report.unaudited
    }

    /// The one-line summary `indc run` prints.
    public var line: String {
        var text = "disclosure: \(withheld) cell\(withheld == 1 ? "" : "s") withheld (\(secondary) to protect others), "
        text += unaudited == 0 ? "0 recoverable by the audit" : "\(unaudited) not audited"
        if !unauditedDatasets.isEmpty { text += " (too many atoms in \(unauditedDatasets.joined(separator: ", ")))" }
        return text + "; reasons in disclosure.csv"
    }
}
