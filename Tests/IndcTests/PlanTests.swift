import Foundation
@testable import IndcPlan
import IndcSemantics
import Testing

/// The planner: one scan per dataset, only referenced columns, shared filters, grouping sets, n rules.
/// Expected structures are worked out by hand from the `.ind` source; the EXPLAIN text is a snapshot.
struct PlanTests {
    static let folder = "Tests/Cases/plan"

    static func plan(_ name: String) throws -> ExecutionPlan {
        let result = try Checker.check(paths: ["\(folder)/\(name).ind"])
        #expect(result.errorCount == 0)
        return Planner.plan(result.project)
    }

    @Test("one scan decodes only the referenced columns and evaluates a repeated filter once")
    func sharedScan() throws {
        let plan = try Self.plan("shared-filter")
        let scan = try #require(plan.scans.first)
        #expect(plan.scans.count == 1)
        #expect(scan.columns.map(\.name) == ["jaar", "beroep", "gewicht", "portaal", "score", "opleiding_detail"])
        #expect(scan.derived.map(\.name) == ["opleiding", "hoog"])
        #expect(scan.filters.count == 1)
        #expect(scan.aggregations.map(\.filters) == [[1], [1]])
    }

    @Test("grouping sets, slots, weights, n and steps follow LANGUAGE.md")
    func aggregations() throws {
        let scan = try #require(try Self.plan("shared-filter").scans.first)
        let portaal = scan.aggregations[0]
        #expect(portaal.groupingSets == [
            GroupingSet(keys: ["jaar"], breakdown: nil),
            GroupingSet(keys: ["jaar", "beroep"], breakdown: "beroep"),
            GroupingSet(keys: ["jaar", "opleiding"], breakdown: "opleiding"),
        ])
        #expect(portaal.aggregates.map(\.function) == [.share])
        #expect(portaal.weight == "gewicht" && portaal.aggregates[0].weighted)
        #expect(portaal.count == .aggregate(0))
        let rate = scan.aggregations[1]
        #expect(rate.aggregates.map(\.function) == [.count, .count])
        #expect(rate.weight == nil && !rate.aggregates[0].weighted)
        #expect(rate.count == .aggregate(1), "a / b has the n of b")
        let steps = rate.post.map { step -> String in
            switch step {
            case .scale(let factor): "scale \(factor)"
            case .suppress(let n): "suppress \(n)"
            case .target, .relativeTarget: "target"
            case .sort(let keys): "sort \(keys)"
            }
        }
        #expect(steps == ["scale 1000.0", "suppress 10", "sort [\"jaar\"]"])
    }

    @Test("every shipped indicator is planned once, in the scan of its dataset")
    func shippedIndicators() throws {
        _ = TestSupport.root
        let result = try Checker.check(paths: ["Indicators"])
        let plan = Planner.plan(result.project)
        let planned = plan.scans.flatMap { scan in scan.aggregations.map { ($0.indicator.name, scan.dataset.name, $0.indicator.source) } }
        #expect(planned.count == result.project.indicators.count)
        #expect(Set(planned.map(\.0)).count == planned.count)
        #expect(planned.allSatisfy { $0.1 == $0.2 })
        for scan in plan.scans {
            let decoded = Set(scan.columns.map(\.name) + scan.derived.map(\.name))
            for aggregation in scan.aggregations {
                #expect(Set(aggregation.indicator.groupBy + aggregation.indicator.breakdown).isSubset(of: decoded))
            }
        }
    }

    @Test("indc plan prints the EXPLAIN text", arguments: ["shared-filter"])
    func explain(_ name: String) throws {
        let result = TestSupport.run(["plan", "\(Self.folder)/\(name).ind"])
        #expect(result.status == 0)
        try TestSupport.expectMatches(result.stdout, expectedPath: "\(Self.folder)/\(name).expected")
    }
}
