import IndcSemantics
import IndcSyntax

/// Compiles a checked project into an execution plan.
public enum Planner {
    /// The plan for every indicator of `project`, or only those named in `selected`.
    public static func plan(_ project: Project, selected: Set<String>? = nil) -> ExecutionPlan {
        let scans = project.datasets.compactMap { dataset -> DatasetScan? in
            let indicators = project.indicators.filter { $0.source == dataset.name && (selected?.contains($0.name) ?? true) }
            return indicators.isEmpty ? nil : scan(dataset, indicators)
        }
        return ExecutionPlan(scans: scans)
    }

    private static func scan(_ dataset: Dataset, _ indicators: [Indicator]) -> DatasetScan {
        var filters: [RowFilter] = []
        var filterIDs: [String: Int] = [:]
        var referenced = Set([dataset.strata].compactMap { $0 })
        let aggregations = indicators.map { indicator -> IndicatorAggregation in
            let ids = indicator.filters.map { condition -> Int in
                let key = condition.span.foldedText
                if let id = filterIDs[key] { return id }
                filters.append(RowFilter(id: filters.count + 1, condition: condition))
                filterIDs[key] = filters.count
                return filters.count
            }
            let aggregation = MeasureCompiler.aggregation(indicator, filters: ids)
            referenced.formUnion(indicator.groupBy + indicator.breakdown + [indicator.weight].compactMap { $0 })
            referenced.formUnion(indicator.filters.flatMap(\.columnNames))
            referenced.formUnion(indicator.measure.columnNames)
            return aggregation
        }
        for derived in dataset.derived.reversed() where referenced.contains(derived.name) {
            referenced.formUnion(derived.expression.columnNames)
        }
        return DatasetScan(
            dataset: dataset, columns: dataset.columns.filter { referenced.contains($0.name) },
            derived: dataset.derived.filter { referenced.contains($0.name) }, filters: filters, aggregations: aggregations)
    }
}
