import IndcSemantics
import IndcSyntax

/// Prints a plan like a database EXPLAIN: scans, their columns and filters, then each aggregation.
public enum PlanPrinter {
    public static func render(_ plan: ExecutionPlan, displayPath: (String) -> String = { $0 }) -> String {
        plan.scans.map { render($0, displayPath) }.joined(separator: "\n")
    }

    private static func render(_ scan: DatasetScan, _ displayPath: (String) -> String) -> String {
        let dataset = scan.dataset
        var design = ["delimiter \(describe(dataset.delimiter))", "decimal \"\(Character(UnicodeScalar(dataset.decimalMark)))\"", dataset.encoding.rawValue]
        if let weight = dataset.weight { design.append("weight \(weight)") }
        if let strata = dataset.strata { design.append("strata \(strata)") }
        design.append(dataset.isSample ? "sample" : "census")
        var lines = ["scan \(dataset.name)  \(displayPath(dataset.path))  (\(design.joined(separator: ", ")))"]
        lines.append("  columns: \(scan.columns.map { "\($0.name) \($0.type.description)" }.joined(separator: ", "))  [\(scan.columns.count) of \(dataset.columns.count) decoded]")
        lines += scan.derived.map { "  derive \($0.name) = \(text($0.expression))" }
        lines += scan.filters.map { "  filter #\($0.id): \(text($0.condition))" }
        for aggregation in scan.aggregations { lines += render(aggregation, sample: dataset.isSample) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func render(_ aggregation: IndicatorAggregation, sample: Bool) -> [String] {
        var lines = ["  aggregate \(aggregation.indicator.name)"]
        if !aggregation.filters.isEmpty { lines.append("    rows: \(aggregation.filters.map { "#\($0)" }.joined(separator: " and "))") }
        let sets = aggregation.groupingSets.map { "(\($0.keys.joined(separator: ", ")))" }
        lines.append("    grouping sets: \(sets.joined(separator: ", "))")
        for (index, slot) in aggregation.aggregates.enumerated() {
            let arguments = [slot.input.map(text), slot.condition.map { "where \(text($0))" }].compactMap { $0 }
            var shown = "\(slot.function.rawValue)(\(arguments.joined(separator: " ")))"
            if slot.weighted, let weight = aggregation.weight { shown += " weighted by \(weight)" }
            lines.append("    $\(index + 1) = \(shown)")
        }
        let count = switch aggregation.count {
        case .aggregate(let slot): "rows of $\(slot + 1)"
        case .cellRows: "rows of the cell"
        }
        lines.append("    value: \(formula(aggregation.formula))    n: \(count)")
        lines.append("    then: \(aggregation.post.map(step).joined(separator: "; "))")
        let indicator = aggregation.indicator
        var statistics: [String] = []
        if sample, indicator.isExactCount {
            statistics.append("exact count (unweighted), no interval")
        } else if sample {
            statistics.append("linearized variance, interval \(indicator.intervalMethod) \((indicator.intervalLevel * 100).formatted)%")
        }
        if let period = indicator.period { statistics.append("change over \(period)") }
        if let standard = indicator.reliability { statistics.append("reliability \(standard)") }
        if !indicator.breakdown.isEmpty, indicator.minimumN > 0, aggregation.isAdditive {
            statistics.append("complementary suppression")
        }
        if !statistics.isEmpty { lines.append("    statistics: \(statistics.joined(separator: "; "))") }
        return lines
    }

    private static func formula(_ formula: MeasureFormula) -> String {
        switch formula {
        case .aggregate(let slot): "$\(slot + 1)"
        case .constant(let value): value.formatted
        case .negate(let operand): "-\(self.formula(operand))"
        case .binary(let operation, let left, let right): "(\(self.formula(left)) \(operation.rawValue) \(self.formula(right)))"
        case .round(let operand, let digits): "round(\(self.formula(operand)), \(digits))"
        case .abs(let operand): "abs(\(self.formula(operand)))"
        }
    }

    private static func step(_ step: PostStep) -> String {
        switch step {
        case .scale(let factor): "multiply by \(factor.formatted)"
        case .suppress(let minimumN): "suppress n < \(minimumN)"
        case .target(let target): "target \(target.comparison.rawValue) \(target.value.formatted)\(target.deadline.map { " by \($0)" } ?? "")"
        case .relativeTarget(let target, let other): "target \(target.comparison.rawValue) \(target.value.formatted) × \(other)"
        case .sort(let keys): "sort by \((keys + ["breakdown"]).joined(separator: ", "))"
        }
    }

    private static func text(_ expression: Expression) -> String { expression.span.foldedText }

    private static func describe(_ delimiter: UInt8) -> String {
        delimiter == 0x09 ? "tab" : "\"\(Character(UnicodeScalar(delimiter)))\""
    }
}
