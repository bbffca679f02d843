import IndcPlan
import IndcSemantics

/// One indicator compiled to SQL, or why it cannot be.
public struct IndicatorSQL: Sendable {
    public let indicator: Indicator
    /// The query (with its leading comments), or nil when refused.
    public let query: String?
    /// Why the indicator cannot be computed exactly in this dialect.
    public let refusal: String?
    /// Whether its interval columns are left empty (a survey sample: intervals come from `indc run`).
    public let lacksIntervals: Bool
}

/// Compiles an execution plan to one SQL query per indicator: the same plan the native engine runs,
/// giving the same columns, rows and order (intervals excepted, see `IndicatorSQL.lacksIntervals`).
public struct SQLCompiler: Sendable {
    public let dialect: SQLDialect
    /// Where each dataset is read from.
    public let locations: [String: DatasetLocation]

    public init(dialect: SQLDialect, locations: [String: DatasetLocation]) {
        self.dialect = dialect
        self.locations = locations
    }

    /// Why an indicator's suppression cannot be computed in SQL, or nil: `indc run` audits all the
    /// indicators of a dataset together and withholds more cells where the published ones would give a
    /// withheld one away (linked secondary suppression). That can happen when the indicator (or the one
    /// its relative target compares with) has a breakdown, or shares its dataset with another suppressing
    /// indicator; an indicator whose cells are disjoint and alone on its dataset never needs it.
    static func linkedSuppression(_ aggregation: IndicatorAggregation, _ scan: DatasetScan, other: IndicatorAggregation?) -> String? {
        func suppresses(_ aggregation: IndicatorAggregation) -> Bool {
            aggregation.post.contains { if case .suppress = $0 { true } else { false } }
        }
        for checked in [aggregation] + [other].compactMap({ $0 }) where suppresses(checked) {
            let shared = scan.aggregations.contains { $0.indicator.name != checked.indicator.name && suppresses($0) }
            guard !checked.indicator.breakdown.isEmpty || shared else { continue }
            return "its withheld cells are protected by secondary suppression over all the indicators of its dataset "
                + "(\(shared ? "other indicators share dataset \(scan.dataset.name)" : "its breakdown adds up to its total")), "
                + "which SQL does not reproduce; compute it with `indc run`"
        }
        return nil
    }

    /// The query of every indicator in `names` (all of the plan's when nil), in the plan's order.
    public func compile(_ plan: ExecutionPlan, names: Set<String>? = nil) -> [IndicatorSQL] {
        plan.scans.flatMap { scan in
            scan.aggregations.filter { names?.contains($0.indicator.name) ?? true }.map { compile($0, scan, plan) }
        }
    }

    private func compile(_ aggregation: IndicatorAggregation, _ scan: DatasetScan, _ plan: ExecutionPlan) -> IndicatorSQL {
        let indicator = aggregation.indicator
        let lacksIntervals = scan.dataset.isSample
        let other = indicator.target?.relativeTo.flatMap { name in
            plan.scans.lazy.compactMap { scan in scan.aggregations.first { $0.indicator.name == name }.map { ($0, scan) } }.first
        }
        for checked in [indicator] + [other?.0.indicator].compactMap({ $0 }) where checked.reliability == "nchs" {
            let reason = "`reliability nchs` needs Student-t and beta quantiles, which SQL does not have"
                + (checked.name == indicator.name ? "" : " (its relative target compares with \(checked.name), which has it)")
                + "; compute it with `indc run`"
            return IndicatorSQL(indicator: indicator, query: nil, refusal: reason, lacksIntervals: lacksIntervals)
        }
        if let reason = Self.linkedSuppression(aggregation, scan, other: other?.0) {
            return IndicatorSQL(indicator: indicator, query: nil, refusal: reason, lacksIntervals: lacksIntervals)
        }
        var parts = body(aggregation, scan, prefix: "i")
        let order = ResultOrder(dataset: scan.dataset, dialect: dialect)
        var relative: (relation: String, indicator: Indicator, hasLevels: Bool)?
        if let (otherAggregation, otherScan) = other {
            parts += body(otherAggregation, otherScan, prefix: "o")
            relative = (dialect.identifier("o_result"), otherAggregation.indicator, otherAggregation.distributionColumn != nil)
        }
        let targets = TargetSQL(indicator: indicator, dialect: dialect)
        parts.append(CTE(name: dialect.identifier("i_targeted"),
                         body: targets.targeted(dialect.identifier("i_result"), other: relative, hasLevels: aggregation.distributionColumn != nil)))
        let cellColumns = [dialect.identifier("__bname")] + indicator.breakdown.map { dialect.identifier("__b_\($0)") }
            + (aggregation.distributionColumn != nil ? [dialect.identifier("__level")] : [])
        let period = PeriodSQL(indicator: indicator, order: order, dialect: dialect, cellColumns: cellColumns) { dialect.identifier("i_\($0)") }
        parts += period.parts(after: dialect.identifier("i_targeted"))
        let final = OutputColumns(aggregation: aggregation, order: order, dialect: dialect).select(from: dialect.identifier("i_compared"))
        var comments = ["-- indicator: \(indicator.name)"]
        if let title = indicator.title { comments.append("-- \(title)") }
        if lacksIntervals {
            comments.append("-- \(scan.dataset.name) is a survey sample: se, ci_low, ci_high, df, n_eff, change_se, change_p, change_significant")
            comments.append("-- and reliability are left empty here; intervals come from the native engine (indc run).")
        }
        let query = comments.joined(separator: "\n") + "\nWITH\n" + parts.map { "\($0.name) AS (\n  \($0.body)\n)" }.joined(separator: ",\n") + "\n" + final + ";\n"
        return IndicatorSQL(indicator: indicator, query: query, refusal: nil, lacksIntervals: lacksIntervals)
    }

    /// The parts that compute one indicator's result relation, named with `prefix`.
    private func body(_ aggregation: IndicatorAggregation, _ scan: DatasetScan, prefix: String) -> [CTE] {
        let location = locations[scan.dataset.name] ?? .table(dialect.identifier(scan.dataset.name))
        let levels: [String] = aggregation.distributionColumn.map { column in
            if case .category(let labels)? = scan.dataset.rowType(of: column) { return labels.map(dialect.string) }
            return ["FALSE", "TRUE"]
        } ?? []
        let aggregates = AggregateSQL(aggregation: aggregation, dialect: dialect, levels: levels)
        let cells = CellQuery(scan: scan, aggregation: aggregation, location: location, dialect: dialect, prefix: prefix, aggregates: aggregates)
        let results = CellResults(cells: cells, measure: MeasureSQL(aggregation: aggregation, aggregates: aggregates),
                                  order: ResultOrder(dataset: scan.dataset, dialect: dialect))
        return cells.parts() + results.parts()
    }
}
