import IndcDiagnostics
import IndcSyntax

/// Checks `test` declarations: the indicator exists, the columns belong to its dataset, every value
/// fits its column's type, and the cell keys name the indicator's dimensions.
struct TestChecker {
    private var diagnostics: [Diagnostic] = []

    /// The checked tests and the diagnostics. Tests of indicators that failed their own checks are skipped silently.
    static func check(_ tests: [TestSyntax], indicators: [Indicator], declared: Set<String>, datasets: [Dataset]) -> ([IndicatorTest], [Diagnostic]) {
        var checker = TestChecker()
        var seen: [String: Span] = [:]
        var checked: [IndicatorTest] = []
        for syntax in tests {
            if let earlier = seen[syntax.name.text] {
                checker.diagnostics.append(Diagnostic(
                    .duplicateDeclaration, "two tests are named `\(syntax.name.text)`", at: Annotation(syntax.name.span, "named again"),
                    secondary: [Annotation(earlier, "first named here")], help: ["give each test its own name"]))
                continue
            }
            seen[syntax.name.text] = syntax.name.span
            guard let indicator = indicators.first(where: { $0.name == syntax.indicator.text }) else {
                if !declared.contains(syntax.indicator.text) {
                    checker.diagnostics.append(Diagnostic(
                        .unknownIndicator, "unknown indicator `\(syntax.indicator.text)` in test `\(syntax.name.text)`",
                        at: Annotation(syntax.indicator.span, "no indicator has this name"))
                        .helping(Suggestion.didYouMean(syntax.indicator.text, among: indicators.map(\.name)) ?? "name the indicator the test is about"))
                }
                continue
            }
            guard let dataset = datasets.first(where: { $0.name == indicator.source }) else { continue }
            if let test = checker.check(syntax, indicator, dataset) { checked.append(test) }
        }
        return (checked, checker.diagnostics)
    }

    private mutating func check(_ syntax: TestSyntax, _ indicator: Indicator, _ dataset: Dataset) -> IndicatorTest? {
        let errorsBefore = diagnostics.count
        var columns: [Column?] = []
        var rows: [[String?]] = []
        var expectations: [CellExpectation] = []
        var minimumN: Int?
        for clause in syntax.clauses {
            switch clause.body {
            case .minimumN(let literal):
                minimumN = literal.isInteger && literal.value >= 0 && literal.value < 1e15 ? Int(literal.value) : nil
                if minimumN == nil { report(.invalidSetting, "`minimum n` takes a whole number of rows, 0 or more", literal.span) }
            case .columns(let names):
                columns = []
                for name in names { columns.append(column(named: name, dataset, already: columns.compactMap { $0 })) }
            case .row(let values):
                guard columns.count == values.count else {
                    diagnostics.append(Diagnostic(
                        .testRowLength, "this row has \(values.count) value\(values.count == 1 ? "" : "s"), the test's `columns` name \(columns.count)",
                        at: Annotation(clause.span, "\(values.count) value\(values.count == 1 ? "" : "s")"),
                        help: ["give one value per column of `columns`, in that order; write `missing` for an empty field"]))
                    continue
                }
                var fields = [String?](repeating: nil, count: dataset.columns.count)
                if let weight = indicator.weight, let index = dataset.columns.firstIndex(where: { $0.name == weight }) { fields[index] = "1" }
                for case let (column?, value) in zip(columns, values) {
                    fields[dataset.columns.firstIndex { $0.name == column.name }!] = field(value, column)
                }
                rows.append(fields)
            case .expect(let cell, let facts):
                let keys = cell.compactMap { key(column: $0.column, value: $0.value, indicator, dataset) }
                let written = cell.map { "\($0.column.span.text) = \($0.value.span.text)" }.joined(separator: ", ")
                expectations.append(CellExpectation(keys: keys, facts: facts, span: clause.span, description: cell.isEmpty ? "without keys (the total)" : written))
            }
        }
        if expectations.isEmpty, !syntax.hasSkippedClauses {
            diagnostics.append(Diagnostic(.missingClause, "test `\(syntax.name.text)` expects nothing", at: Annotation(syntax.name.span),
                                          help: ["add what a cell must hold: expect jaar = 2024: value 50%, n 4"]))
        }
        guard diagnostics.count == errorsBefore else { return nil }
        return IndicatorTest(name: syntax.name.text, span: syntax.name.span, indicator: minimumN.map(indicator.withMinimumN) ?? indicator,
                             dataset: dataset, minimumN: minimumN, rows: rows, expectations: expectations)
    }

    private mutating func column(named name: Name, _ dataset: Dataset, already: [Column]) -> Column? {
        guard let column = dataset.columns.first(where: { $0.name == name.text }) else {
            let derived = dataset.derived.contains { $0.name == name.text }
            diagnostics.append(Diagnostic(.unknownColumn, "`\(name.text)` is not a column of dataset `\(dataset.name)`",
                                          at: Annotation(name.span, derived ? "a derived column" : "not a column of `\(dataset.name)`"))
                .helping(derived ? "derived columns are computed: give the columns `\(name.text)` is derived from"
                    : Suggestion.didYouMean(name.text, among: dataset.columns.map(\.name)) ?? "name columns declared in dataset `\(dataset.name)`"))
            return nil
        }
        if already.contains(where: { $0.name == name.text }) {
            report(.duplicateColumn, "`\(name.text)` is named twice in `columns`", name.span)
            return nil
        }
        return column
    }

    mutating func report(_ code: DiagnosticCode, _ message: String, _ span: Span, help: String? = nil) {
        diagnostics.append(Diagnostic(code, message, at: Annotation(span)).helping(help))
    }

    mutating func diagnostics(append diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }
}
