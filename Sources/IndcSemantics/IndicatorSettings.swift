import IndcDiagnostics
import IndcSyntax

/// Weight, unit, suppression, target, period and interval of an indicator, checked against its measure.
struct IndicatorSettings {
    let indicator: String
    let single: [String: Clause<IndicatorClause>]
    let scope: Scope
    let dataset: Dataset?
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var weight: String?
    private(set) var unit: Unit = .number
    private(set) var per: Double?
    private(set) var minimumN = 10
    private(set) var target: Target?
    private(set) var period: String?
    private(set) var intervalMethod = "logit"
    private(set) var intervalLevel = 0.95
    private(set) var reliability: String?

    init(indicator: String, single: [String: Clause<IndicatorClause>], scope: Scope, dataset: Dataset?) {
        self.indicator = indicator
        self.single = single
        self.scope = scope
        self.dataset = dataset
    }

    private mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    mutating func resolve(shape: MeasureShape?, per literal: NumberLiteral?, groupBy: [String]) {
        resolveWeight()
        if let literal {
            if literal.value > 0, !literal.isPercent { per = literal.value } else {
                report(Diagnostic(.invalidSetting, "`per` needs a positive number", at: Annotation(literal.span), help: ["write per 1000 or per 100000"]))
            }
        }
        if let shape { resolveUnit(shape) }
        minimumN = dataset?.minimumN ?? 10
        if case .minimumN(let literal)? = single["minimum n"]?.body, let value = DatasetSettings.minimumN(literal, &diagnostics) { minimumN = value }
        if weight != nil, minimumN == 0, let clause = single["minimum n"] ?? single["weight"] {
            report(Diagnostic(.weightWithoutSuppression, "weighted indicator `\(indicator)` has small-cell suppression turned off",
                              at: Annotation(clause.span, "minimum n 0"),
                              help: ["keep a threshold such as `minimum n 10`: weighted estimates from a few respondents are unreliable and may disclose them"]))
        }
        if case .target(let syntax)? = single["target"]?.body, let clause = single["target"], let shape {
            target = TargetCheck.check(syntax, span: clause.span, shape: shape, unit: unit, per: per, diagnostics: &diagnostics)
        }
        if case .period(let name)? = single["period"]?.body {
            if groupBy.contains(name.text) { period = name.text } else {
                report(Diagnostic(.periodNotGrouped, "period `\(name.text)` is not one of the `group by` columns", at: Annotation(name.span),
                                  help: ["add it to the grouping: group by \((groupBy + [name.text]).joined(separator: ", "))"]))
            }
        }
        resolveInterval(shape)
    }

    private mutating func resolveWeight() {
        weight = dataset?.weight
        guard case .weight(let name)? = single["weight"]?.body else { return }
        guard let name else {
            weight = nil
            return
        }
        guard let type = scope.types[name.text] else {
            if scope.declarations[name.text] == nil { report(scope.unknownColumn(name)) }
            return
        }
        guard type.isNumeric else {
            report(Diagnostic(.weightNotNumeric, "the weight column `\(name.text)` is \(type.description), not a number", at: Annotation(name.span),
                              help: ["weights are numbers: declare it as `column \(name.text): number`"]))
            return
        }
        weight = name.text
    }

    private mutating func resolveUnit(_ shape: MeasureShape) {
        let inferred: Unit = per.map { .per($0) } ?? (shape.isProportion && shape.unit != .number ? .percent : shape.unit)
        unit = inferred
        guard case .unit(let written)? = single["unit"]?.body, let clause = single["unit"] else { return }
        let declared: Unit = switch written {
        case .percent: .percent
        case .count: .count
        case .number: .number
        case .score: .score
        case .per(let base): .per(base)
        }
        unit = declared
        let fits = switch declared {
        case .percent: (shape.isProportion || shape.isRatio) && per == nil
        case .count: !shape.isProportion && per == nil
        case .number: per == nil
        case .score: !shape.isProportion && shape.unit != .count && per == nil
        case .per(let base): per == base
        }
        guard !fits else { return }
        var diagnostic = Diagnostic(.unitContradiction, "unit \(declared.description) contradicts the measure, which gives \(Self.phrase(inferred, shape))",
                                    at: Annotation(clause.span, "declared unit"))
        if case .per(let base) = declared, per == nil { diagnostic = diagnostic.helping("multiply the measure: measure … per \(base.formatted)") }
        report(diagnostic.helping("remove the `unit` clause to use the measure's own unit"))
    }

    private static func phrase(_ unit: Unit, _ shape: MeasureShape) -> String {
        switch unit {
        case .percent: "a proportion"
        case .count: "a count"
        case .per(let base): "a rate per \(base.formatted)"
        default: shape.isProportion ? "a proportion" : "a number"
        }
    }

    private mutating func resolveInterval(_ shape: MeasureShape?) {
        intervalMethod = dataset?.intervalMethod ?? "logit"
        intervalLevel = dataset?.intervalLevel ?? 0.95
        if case .interval(let method, let level)? = single["interval"]?.body {
            IntervalSetting.check(method, level, &diagnostics, method: &intervalMethod, level: &intervalLevel)
        }
        if case .reliability(let standard)? = single["reliability"]?.body {
            if standard.text != "nchs" {
                report(Diagnostic(.invalidSetting, "unknown reliability standard `\(standard.text)`", at: Annotation(standard.span),
                                  help: ["the supported standard is nchs (NCHS 2017 for proportions)"]))
            } else if let shape, !shape.isSingleProportion {
                report(Diagnostic(.invalidSetting, "`reliability nchs` judges proportions, and this measure is not a share or distribution",
                                  at: Annotation(standard.span), help: ["remove the clause, or measure a share: measure share(CONDITION)"]))
            } else {
                reliability = "nchs"
            }
        }
        if let dataset, !dataset.isSample, let clause = single["interval"] ?? single["reliability"] {
            report(Diagnostic(.surveySettingOnCensus, "`\(clause.keywordSpan.text)` has no effect: dataset `\(dataset.name)` is a census",
                              at: Annotation(clause.span, "no interval on a census"),
                              help: ["a survey sample declares `weight NAME` or `sample` in its dataset; a census gets exact figures without intervals"]))
        }
    }
}
