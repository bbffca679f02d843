import Foundation
import IndcEngine
import IndcPlan
import IndcSemantics
import Testing

/// The batch path computes exactly what the row path computes: for every run case and the shipped
/// indicators, read in one go and split over 3 threads, the same rows (every value to the last bit),
/// the same data errors with the same lines, the same failures. The row path itself is checked
/// against DuckDB, PostgreSQL and R by the run cases and the differential test.
struct BatchPathTests {
    @Test("batch path equals row path", arguments: ParallelScanTests.projects)
    func batchEqualsRows(_ path: String) throws {
        _ = TestSupport.root
        let plan = Planner.plan(try Checker.check(paths: [path]).project)
        for (threshold, parts) in [(FileSplit.minimumSize, 1), (0, 3)] {
            let rows = Engine.run(plan, splitThreshold: threshold, parts: parts, batches: false)
            let batches = Engine.run(plan, splitThreshold: threshold, parts: parts)
            #expect(rows.scans.allSatisfy { !$0.batched })
            #expect(Self.describe(batches) == Self.describe(rows), "\(path) in \(parts) part(s)")
        }
    }

    /// Enough of the cases take the batch path for the comparison to mean something, and what
    /// needs the row path (samples, derived columns, arithmetic inputs) does not take it.
    @Test func batchPathIsTakenWhereItApplies() throws {
        _ = TestSupport.root
        var batched: [String] = [], rowPath: [String] = []
        for path in ParallelScanTests.projects {
            let plan = Planner.plan(try Checker.check(paths: [path]).project)
            for scan in Engine.run(plan).scans {
                let name = "\(path):\(scan.dataset.name)"
                if scan.batched { batched.append(name) } else { rowPath.append(name) }
                #expect(!scan.batched || !scan.dataset.isSample, "\(name) is a sample")
            }
        }
        #expect(batched.count >= 15, "batched: \(batched)")
        #expect(rowPath.count >= 10, "row path: \(rowPath)")
    }

    static func describe(_ outcome: RunOutcome) -> [String] {
        outcome.results.flatMap { result in result.rows.map { "\(result.indicator.name) \($0)" } }
            + outcome.scans.map { "\($0.dataset.name) rows \($0.rows) errors \($0.errors.errors) fatal \(String(describing: $0.fatal)) "
                + "failures \($0.indicatorFailures.sorted { $0.key < $1.key })" }
    }
}
