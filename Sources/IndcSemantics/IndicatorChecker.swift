import IndcDiagnostics
import IndcSyntax

/// Checks one indicator against its dataset and builds the `Indicator` the planner takes.
struct IndicatorChecker {
    private let syntax: IndicatorSyntax
    private let datasets: [String: (dataset: Dataset?, scope: Scope)]
    private var diagnostics: [Diagnostic] = []
    private var single: [String: Clause<IndicatorClause>] = [:]

    /// The checked indicator (nil when a required part is unusable) and the diagnostics.
    static func check(_ syntax: IndicatorSyntax, datasets: [String: (dataset: Dataset?, scope: Scope)]) -> (Indicator?, [Diagnostic]) {
        var checker = IndicatorChecker(syntax: syntax, datasets: datasets)
        let indicator = checker.run()
        return (indicator, checker.diagnostics)
    }

    private init(syntax: IndicatorSyntax, datasets: [String: (dataset: Dataset?, scope: Scope)]) {
        self.syntax = syntax
        self.datasets = datasets
    }

    private var name: String { syntax.name.text }

    private mutating func run() -> Indicator? {
        let (first, repeats) = ClauseRepeats.firstOfEach(syntax.clauses, repeatable: ["filter", "display"], in: "indicator `\(name)`")
        single = first
        diagnostics += repeats
        if single["title"] == nil, !syntax.hasSkippedClauses {
            diagnostics.append(Diagnostic(.missingTitle, "indicator `\(name)` has no title", at: Annotation(syntax.name.span),
                                          help: ["add a display name: title \"…\""]))
        }
        let source = resolveSource()
        let measureClause = single["measure"]
        if measureClause == nil, !syntax.hasSkippedClauses {
            diagnostics.append(Diagnostic(.missingClause, "indicator `\(name)` has no `measure` clause", at: Annotation(syntax.name.span, "nothing to compute"),
                                          help: ["say what is computed per cell, e.g. measure share(portaal_gebruik = \"ja\")"]))
        }
        guard let (dataset, scope) = source else { return nil }
        var checker = ExpressionChecker(scope: scope)
        let filters = syntax.clauses.compactMap { clause -> Expression? in
            guard case .filter(let condition) = clause.body else { return nil }
            checker.requireCondition(condition, .filter, "`filter`")
            return condition
        }
        var shape: MeasureShape?
        var measure: (Expression, NumberLiteral?)?
        if case .measure(let expression, let per)? = measureClause?.body {
            shape = checker.measureShape(expression)
            measure = (expression, per)
        }
        diagnostics += checker.diagnostics
        diagnostics += FilterAnalysis.neverTrue(filters, scope: scope)
        let grouping = GroupingCheck(groupBy: names("group by"), breakdown: names("breakdown"), scope: scope)
        diagnostics += grouping.diagnostics
        var settings = IndicatorSettings(indicator: name, single: single, scope: scope, dataset: dataset)
        settings.resolve(shape: shape, per: measure?.1, groupBy: grouping.groupBy)
        diagnostics += settings.diagnostics
        let (presentation, displayDiagnostics) = PresentationCheck.check(
            syntax.clauses, display: { if case .display(let setting) = $0 { setting } else { nil } }, scope: scope,
            owner: "indicator `\(name)`", unit: shape == nil ? nil : settings.unit)
        diagnostics += displayDiagnostics
        guard let dataset, let (expression, _) = measure, let shape else { return nil }
        var indicator = Indicator(
            name: name, span: syntax.name.span, title: text("title"), description: text("description"), theme: text("theme"), owner: text("owner"),
            source: dataset.name, filters: filters, groupBy: grouping.groupBy, breakdown: grouping.breakdown,
            measure: expression, per: settings.per, weight: settings.weight, unit: settings.unit, minimumN: settings.minimumN,
            target: settings.target, period: settings.period, intervalMethod: settings.intervalMethod,
            intervalLevel: settings.intervalLevel, reliability: settings.reliability)
        indicator.presentation = presentation.over(dataset.presentation, unit: settings.unit)
        indicator.isExactCount = dataset.isSample && settings.weight == nil && shape.unit == .count && single["interval"] == nil
        return indicator
    }

    private mutating func resolveSource() -> (Dataset?, Scope)? {
        guard case .source(let source)? = single["source"]?.body else {
            if syntax.hasSkippedClauses { return nil }
            diagnostics.append(Diagnostic(.missingClause, "indicator `\(name)` has no `source` clause", at: Annotation(syntax.name.span, "no dataset"),
                                          help: ["name the dataset it is computed from: source \(datasets.keys.sorted().first ?? "zorggebruikers")"]))
            return nil
        }
        guard let found = datasets[source.text] else {
            diagnostics.append(Diagnostic(.unknownDataset, "unknown dataset `\(source.text)`", at: Annotation(source.span, "no dataset with this name"))
                .helping(Suggestion.didYouMean(source.text, among: datasets.keys.sorted())
                    ?? "declare it with `dataset \(source.text) { file \"…\" … }`"))
            return nil
        }
        return found
    }

    private func names(_ keyword: String) -> [Name] {
        switch single[keyword]?.body {
        case .groupBy(let names)?, .breakdown(let names)?: names
        default: []
        }
    }

    private func text(_ keyword: String) -> String? {
        switch single[keyword]?.body {
        case .title(let literal)?, .description(let literal)?, .theme(let literal)?, .owner(let literal)?: literal.value
        default: nil
        }
    }
}
