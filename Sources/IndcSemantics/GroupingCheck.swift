import IndcDiagnostics
import IndcSyntax

/// `group by` and `breakdown`: known columns, each used once, and no grouping by identifiers.
struct GroupingCheck {
    private(set) var groupBy: [String] = []
    private(set) var breakdown: [String] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(groupBy: [Name], breakdown: [Name], scope: Scope) {
        var seen: [String: Span] = [:]
        for (names, isBreakdown) in [(groupBy, false), (breakdown, true)] {
            for name in names {
                if let earlier = seen[name.text] {
                    diagnostics.append(Diagnostic(
                        .overlappingGroups, "`\(name.text)` is grouped twice", at: Annotation(name.span, "again"),
                        secondary: [Annotation(earlier, "first here")],
                        help: ["a column is either in `group by` (crossed with everything) or in `breakdown` (shown separately), once"]))
                    continue
                }
                seen[name.text] = name.span
                guard scope.declarations[name.text] != nil else {
                    diagnostics.append(scope.unknownColumn(name))
                    continue
                }
                if !isBreakdown, ResultColumns.all.contains(name.text) {
                    diagnostics.append(Diagnostic(
                        .resultColumnName, "group by column `\(name.text)` has the name of a result column",
                        at: Annotation(name.span, "results already have a `\(name.text)` column"),
                        help: ["group by a copy under another name: `derive \(name.text)_group = \(name.text)` in the dataset"]))
                    continue
                }
                if isBreakdown { self.breakdown.append(name.text) } else { self.groupBy.append(name.text) }
                if Self.looksLikeIdentifier(name.text, scope.types[name.text]) {
                    diagnostics.append(Diagnostic(
                        .identifierGrouping, "grouping by `\(name.text)`, which looks like an identifier",
                        at: Annotation(name.span, "one cell per \(name.text)?"),
                        help: ["group by a characteristic (year, panel, age group); to count distinct \(name.text) values, measure distinct(\(name.text))"],
                        notes: ["cells of single respondents or patients are unreliable and may disclose individuals"]))
                }
            }
        }
    }

    /// A name ending in `_id`, or an integer column with an `id` word in its name (`id`, `idnr`, `idnummer`; not words that merely contain "id", such as `tevredenheid` or `covid_fase`).
    static func looksLikeIdentifier(_ name: String, _ type: ValueType?) -> Bool {
        let lowered = name.lowercased()
        if lowered == "id" || lowered.hasSuffix("_id") { return true }
        guard type == .integer else { return false }
        return lowered.split(separator: "_").contains { $0 == "id" || $0.hasPrefix("idnr") || $0.hasPrefix("idnummer") }
    }
}
