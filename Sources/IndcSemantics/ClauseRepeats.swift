import IndcDiagnostics
import IndcSyntax

/// Clauses that may be given once: an identical repeat is a warning, a different one an error.
enum ClauseRepeats {
    /// The first clause of each keyword, and diagnostics for the repeats (keywords in `repeatable` may repeat).
    static func firstOfEach<Body>(_ clauses: [Clause<Body>], repeatable: Set<String>, in owner: String) -> ([String: Clause<Body>], [Diagnostic]) {
        var first: [String: Clause<Body>] = [:]
        var diagnostics: [Diagnostic] = []
        for clause in clauses where !repeatable.contains(clause.keyword) {
            guard let earlier = first[clause.keyword] else {
                first[clause.keyword] = clause
                continue
            }
            if earlier.span.foldedText == clause.span.foldedText {
                diagnostics.append(Diagnostic(
                    .duplicateClause, "`\(clause.keyword)` is given twice in \(owner)",
                    at: Annotation(clause.span, "repeated"), secondary: [Annotation(earlier.span, "first given here")],
                    help: ["remove one of the two"]))
            } else {
                diagnostics.append(Diagnostic(
                    .conflictingClause, "`\(clause.keyword)` is given twice in \(owner), with different values",
                    at: Annotation(clause.span, "second `\(clause.keyword)`"), secondary: [Annotation(earlier.span, "first given here")],
                    help: ["keep the one you mean and remove the other"]))
            }
        }
        return (first, diagnostics)
    }
}
