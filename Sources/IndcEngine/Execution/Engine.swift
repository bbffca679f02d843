import Dispatch
import Foundation
import IndcPlan
import IndcSemantics

/// Everything `indc run` computed.
public struct RunOutcome: Sendable {
    /// One outcome per scan, in the plan's order.
    public let scans: [ScanOutcome]
    /// The results of every indicator that was computed, in the order of the plan's scans.
    public let results: [IndicatorResult]
    /// What disclosure control withheld, and what the audit found.
    public let disclosure: DisclosureSummary
}

/// The native engine: runs an execution plan over the datasets' CSV files.
public enum Engine {
    /// Runs every scan of the plan (independent scans on separate cores) and resolves relative targets.
    /// - Parameter dataFiles: replacement files by dataset name (`--data DATASET=FILE`).
    /// - Parameter splitThreshold: files at least this large are read by `parts` threads (tests lower both).
    /// - Parameter batches: whether scans may take the batch path; false keeps every row on the row path (tests compare them).
    public static func run(_ plan: ExecutionPlan, dataFiles: [String: String] = [:], splitThreshold: Int = FileSplit.minimumSize,
                           parts: Int = ProcessInfo.processInfo.activeProcessorCount, batches: Bool = true) -> RunOutcome {
        let outcomes = Outcomes(count: plan.scans.count)
        DispatchQueue.concurrentPerform(iterations: plan.scans.count) { index in
            let scan = plan.scans[index]
            let runner = ScanRunner(scan: scan, path: dataFiles[scan.dataset.name] ?? scan.dataset.path, splitThreshold: splitThreshold, parts: parts, batches: batches)
            outcomes.set(index, runner.run())
        }
        let scans = outcomes.all
        var results: [IndicatorResult] = []
        var disclosure = DisclosureSummary()
        for scan in scans {
            var scanResults = scan.results
            disclosure.add(scan, &scanResults)
            results += scanResults
        }
        RelativeTargets.apply(to: &results, failed: Set(scans.filter(\.failed).flatMap(\.indicators) + scans.flatMap(\.indicatorFailures.keys)))
        for index in results.indices { PeriodComparison.apply(to: &results[index]) }
        return RunOutcome(scans: scans, results: results, disclosure: disclosure)
    }
}

/// The scans' outcomes, filled in from several threads, each index once.
private final class Outcomes: @unchecked Sendable {
    private var slots: [ScanOutcome?]
    private let lock = DispatchSemaphore(value: 1)

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ outcome: ScanOutcome) {
        lock.wait()
        slots[index] = outcome
        lock.signal()
    }

    var all: [ScanOutcome] { slots.map { $0! } }
}
