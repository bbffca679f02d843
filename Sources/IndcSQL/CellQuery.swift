import IndcPlan
import IndcSemantics

/// One named part of a query's `WITH` clause.
struct CTE {
    let name: String
    let body: String
}

/// The rows of an indicator and its cells: reading, derived columns, filters and weights, then one
/// `GROUP BY GROUPING SETS` over the `group by` columns and each `breakdown` column.
struct CellQuery {
    let scan: DatasetScan
    let aggregation: IndicatorAggregation
    let location: DatasetLocation
    let dialect: SQLDialect
    /// Prefixes the names of this indicator's parts (a relative target embeds another indicator).
    let prefix: String
    let aggregates: AggregateSQL

    var row: RowSQL { RowSQL(dataset: scan.dataset, dialect: dialect) }
    func name(_ part: String) -> String { dialect.identifier("\(prefix)_\(part)") }

    /// The column holding breakdown dimension `dimension`'s value in the cells (NULL outside its set).
    func breakdownColumn(_ dimension: String) -> String { dialect.identifier("__b_\(dimension)") }

    /// The parts up to the cells, named `<prefix>_cells`. A file's fields and the weights are checked
    /// over every row first: a check that fails stops the query, as a data error stops the native run.
    func parts() -> [CTE] {
        let source = DatasetSource(dataset: scan.dataset, columns: scan.columns, dialect: dialect)
        var parts: [CTE] = []
        var checks: [(part: String, column: String)] = []
        switch location {
        case .table(let table):
            let columns = source.selectList(scan.columns.map { dialect.identifier($0.name) })
            parts.append(CTE(name: name("data"), body: "SELECT \(columns) FROM \(table)"))
        case .file(let path):
            parts.append(CTE(name: name("fields"), body: source.rawFromFile(path)))
            if !scan.dataset.skipsBadRows {
                parts.append(CTE(name: name("field_check"), body: source.check(from: name("fields"))))
                checks.append((name("field_check"), dialect.identifier("__errors")))
            }
            parts.append(CTE(name: name("data"), body: source.decoded(from: name("fields"))))
        }
        var relation = name("data")
        for (index, derived) in scan.derived.enumerated() {
            let expression = row.compile(derived.expression)
            let typed = derived.type == .number ? dialect.toDouble(expression) : expression
            parts.append(CTE(name: name("derived\(index + 1)"), body: "SELECT *, \(typed) AS \(dialect.identifier(derived.name)) FROM \(relation)"))
            relation = name("derived\(index + 1)")
        }
        var conditions = aggregation.filters.map { "\(filter($0)) IS TRUE" }
        if let badWeight = badWeight() {
            if scan.dataset.skipsBadRows {
                conditions.append("NOT coalesce(\(badWeight), FALSE)")
            } else {
                let message = dialect.string("\(scan.dataset.name): a row an indicator uses has a missing or negative weight")
                parts.append(CTE(name: name("weight_check"),
                                 body: "SELECT count(CASE WHEN \(badWeight) THEN \(dialect.failure(message)) END) AS \(dialect.identifier("__weights")) FROM \(relation)"))
                checks.append((name("weight_check"), dialect.identifier("__weights")))
            }
        }
        let joined = ([relation] + checks.map(\.part)).joined(separator: " CROSS JOIN ")
        parts.append(CTE(name: name("rows"), body: rows(from: joined, checks.map { "\($0.column) = 0" } + conditions)))
        let sets = aggregation.groupingSets
        var grouped = name("rows")
        let windows = aggregates.medianWindows(sets: sets)
        if !windows.isEmpty {
            parts.append(CTE(name: name("ranked"), body: "SELECT *, \(windows.joined(separator: ", ")) FROM \(name("rows"))"))
            grouped = name("ranked")
        }
        parts.append(CTE(name: name("cells"), body: cells(from: grouped)))
        return parts
    }

    private func filter(_ id: Int) -> String {
        row.compile(scan.filters.first { $0.id == id }!.condition)
    }

    /// Rows with a missing or negative weight that pass the filters of a weighted indicator of the scan
    /// (a data error for the whole dataset, as in the native engine); nil when no indicator is weighted.
    private func badWeight() -> String? {
        let cases = scan.aggregations.compactMap { other -> String? in
            guard let weight = other.weight else { return nil }
            let column = dialect.identifier(weight)
            let passes = other.filters.map { "\(filter($0)) IS TRUE" }
            return "(" + (passes + ["(\(column) IS NULL OR \(column) < 0)"]).joined(separator: " AND ") + ")"
        }
        return cases.isEmpty ? nil : "(" + cases.joined(separator: " OR ") + ")"
    }

    private func rows(from relation: String, _ conditions: [String]) -> String {
        var columns = ["*", "\(aggregation.weight.map { dialect.toDouble(dialect.identifier($0)) } ?? "1") AS \(dialect.identifier("__w"))"]
        for (slot, spec) in aggregation.aggregates.enumerated() {
            if let input = spec.input { columns.append("\(row.compile(input)) AS \(aggregates.input(slot))") }
            if let condition = spec.condition { columns.append("\(row.compile(condition)) AS \(aggregates.condition(slot))") }
        }
        return "SELECT \(columns.joined(separator: ", ")) FROM \(relation)" + (conditions.isEmpty ? "" : " WHERE \(conditions.joined(separator: " AND "))")
    }

    /// Which grouping set a cell belongs to: 0 for the total, i for the i-th breakdown.
    var setExpression: String {
        let breakdowns = aggregation.indicator.breakdown
        guard !breakdowns.isEmpty else { return "0" }
        let branches = breakdowns.enumerated().map { "WHEN GROUPING(\(dialect.identifier($1))) = 0 THEN \($0 + 1)" }
        return "(CASE \(branches.joined(separator: " ")) ELSE 0 END)"
    }

    private func cells(from relation: String) -> String {
        let indicator = aggregation.indicator
        var columns = indicator.groupBy.map(dialect.identifier)
        columns += indicator.breakdown.map { "\(dialect.identifier($0)) AS \(breakdownColumn($0))" }
        columns.append("\(setExpression) AS \(dialect.identifier("__set"))")
        columns.append("count(*) AS \(dialect.identifier("__rows"))")
        columns += aggregates.columns(sets: aggregation.groupingSets) { perSet in
            perSet.count == 1 ? perSet[0] : "(CASE \(setExpression) " + perSet.enumerated().map { "WHEN \($0) THEN \($1)" }.joined(separator: " ") + " END)"
        }
        var query = "SELECT \(columns.joined(separator: ", ")) FROM \(relation)"
        if !indicator.breakdown.isEmpty {
            let sets = aggregation.groupingSets.map { "(\($0.keys.map(dialect.identifier).joined(separator: ", ")))" }
            query += " GROUP BY GROUPING SETS (\(sets.joined(separator: ", ")))"
        } else if !indicator.groupBy.isEmpty {
            query += " GROUP BY \(indicator.groupBy.map(dialect.identifier).joined(separator: ", "))"
        }
        return query
    }
}
