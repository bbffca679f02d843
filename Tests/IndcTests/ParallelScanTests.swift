import Foundation
import IndcEngine
import IndcPlan
import IndcSemantics
import Testing

/// A file split over several threads gives the same results and the same data errors (with the same
/// line numbers) as reading it in one go: every run case and the shipped indicators (in 3), split in 2, 3 and 7.
struct ParallelScanTests {
    static let projects = ["Indicators"] + RunCaseTests.cases.map { "\(RunCaseTests.folder)/\($0)" }

    @Test("split reading equals one pass", arguments: projects)
    func splitEqualsSequential(_ path: String) throws {
        _ = TestSupport.root
        let project = try Checker.check(paths: [path]).project
        let plan = Planner.plan(project)
        let sequential = Engine.run(plan, parts: 1)
        for parts in path == "Indicators" ? [3] : [2, 3, 7] {
            let split = Engine.run(plan, splitThreshold: 0, parts: parts)
            #expect(split.results.count == sequential.results.count)
            for (a, b) in zip(split.results, sequential.results) {
                #expect(a.rows.count == b.rows.count, "\(a.indicator.name) with \(parts) parts")
                for (x, y) in zip(a.rows, b.rows) {
                    let same = x.groups == y.groups && x.breakdownValue == y.breakdownValue && x.level == y.level && x.n == y.n
                        && x.suppressed == y.suppressed && x.note == y.note && x.targetMet == y.targetMet
                        && [(x.value, y.value), (x.numerator, y.numerator), (x.denominator, y.denominator), (x.target, y.target)].allSatisfy(Self.close)
                    #expect(same, "\(a.indicator.name) with \(parts) parts: \(x) vs \(y)")
                }
            }
            for (a, b) in zip(split.scans, sequential.scans) {
                #expect(a.rows == b.rows && a.errors.count == b.errors.count && a.errors.rows == b.errors.rows, "\(a.dataset.name)")
                #expect(a.errors.errors == b.errors.errors, "\(a.dataset.name) with \(parts) parts")
            }
        }
    }

    static func close(_ pair: (Double?, Double?)) -> Bool {
        guard let a = pair.0, let b = pair.1 else { return pair.0 == nil && pair.1 == nil }
        return abs(a - b) <= 1e-12 * max(abs(a), abs(b))
    }
}
