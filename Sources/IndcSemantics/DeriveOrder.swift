import IndcDiagnostics
import IndcSyntax

/// Orders derived columns so each comes after those it uses, and reports cycles.
struct DeriveOrder {
    private(set) var sorted: [(Name, Expression, Span)] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(_ clauses: [Clause<DatasetClause>], columns: Set<String>) {
        var definitions: [String: (Name, Expression, Span)] = [:]
        var order: [String] = []
        for clause in clauses {
            guard case .derive(let name, let expression) = clause.body, !columns.contains(name.text), definitions[name.text] == nil else { continue }
            definitions[name.text] = (name, expression, clause.span)
            order.append(name.text)
        }
        var state: [String: Bool] = [:]
        var reported = Set<String>()
        func visit(_ name: String, _ path: [String]) {
            if state[name] == true { return }
            if state[name] == false {
                let cycle = Array(path.drop(while: { $0 != name }))
                guard reported.isDisjoint(with: cycle), let (first, _, _) = definitions[name] else { return }
                reported.formUnion(cycle)
                let chain = (cycle + [name]).map { "`\($0)`" }.joined(separator: " → ")
                diagnostics.append(Diagnostic(
                    .deriveCycle, "derived column `\(name)` depends on itself: \(chain)", at: Annotation(first.span, "part of a cycle"),
                    secondary: cycle.dropFirst().compactMap { definitions[$0].map { Annotation($0.0.span, "uses the next one") } },
                    help: ["compute one of them from the data's columns only"]))
                return
            }
            guard let definition = definitions[name] else { return }
            state[name] = false
            for used in definition.1.columnNames where definitions[used] != nil { visit(used, path + [name]) }
            state[name] = true
            if !reported.contains(name) { sorted.append(definition) }
        }
        for name in order { visit(name, []) }
    }
}
