import IndcDiagnostics
import IndcSyntax

/// Relative targets (`target >= 70% of OTHER`): the other indicator exists, has the same cells, and no cycles.
struct RelativeTargets {
    private(set) var diagnostics: [Diagnostic] = []
    /// Indicators whose relative target is unusable.
    private(set) var invalid = Set<String>()

    init(indicators: [Indicator], names: [String: Name], datasets: Set<String>) {
        let byName = Dictionary(indicators.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for indicator in indicators {
            guard let target = indicator.target, let other = target.relativeTo else { continue }
            guard let referenced = byName[other] else {
                if names[other] == nil {
                    invalid.insert(indicator.name)
                    diagnostics.append(Diagnostic(.unknownIndicator, "unknown indicator `\(other)` in the relative target of `\(indicator.name)`",
                                                  at: Annotation(target.span, "no indicator with this name"))
                        .helping(Suggestion.didYouMean(other, among: byName.keys.sorted())))
                } else if datasets.contains(other) {
                    invalid.insert(indicator.name)
                    diagnostics.append(Diagnostic(.unknownIndicator, "`\(other)` is a dataset, not an indicator",
                                                  at: Annotation(target.span, "relative target"),
                                                  help: ["a relative target compares with another indicator's value in the same cell: target >= 70% of INDICATOR"]))
                } else {
                    invalid.insert(indicator.name)
                }
                continue
            }
            if Set(referenced.groupBy) != Set(indicator.groupBy) || Set(referenced.breakdown) != Set(indicator.breakdown) {
                invalid.insert(indicator.name)
                diagnostics.append(Diagnostic(
                    .relativeTargetGroups, "`\(indicator.name)` and `\(other)` have different cells, so their values cannot be compared",
                    at: Annotation(target.span, "relative target"), secondary: [Annotation(referenced.span, "`\(other)` declared here")],
                    help: ["give both the same `group by` and `breakdown`"],
                    notes: ["`\(indicator.name)`: \(Self.cells(indicator)); `\(other)`: \(Self.cells(referenced))"]))
            }
        }
        findCycles(byName)
    }

    private static func cells(_ indicator: Indicator) -> String {
        let groups = indicator.groupBy.isEmpty ? "no group by" : "group by \(indicator.groupBy.joined(separator: ", "))"
        return indicator.breakdown.isEmpty ? groups : groups + ", breakdown \(indicator.breakdown.joined(separator: ", "))"
    }

    private mutating func findCycles(_ byName: [String: Indicator]) {
        var done = Set<String>()
        for start in byName.keys.sorted() where !done.contains(start) {
            var path: [String] = []
            var current: String? = start
            while let name = current, !done.contains(name) {
                if let position = path.firstIndex(of: name) {
                    let cycle = Array(path[position...])
                    invalid.formUnion(cycle)
                    let first = byName[cycle[0]]!
                    diagnostics.append(Diagnostic(
                        .indicatorCycle, "relative targets form a cycle: \((cycle + [cycle[0]]).map { "`\($0)`" }.joined(separator: " → "))",
                        at: Annotation(first.target!.span, "refers onwards"),
                        secondary: cycle.dropFirst().compactMap { byName[$0]?.target.map { Annotation($0.span, "refers onwards") } },
                        help: ["a relative target must end at an indicator with an absolute target or none"]))
                    break
                }
                path.append(name)
                current = byName[name]?.target?.relativeTo
            }
            done.formUnion(path)
        }
    }
}
