/// Secondary suppression over all the indicators of one scan: after primary suppression, every
/// quantity of a primary-withheld cell must stay undetermined by everything published (`SpanAudit`;
/// a cell withheld to protect others needs no protection of its own), and a min or max
/// total must not equal a withheld cell's extreme. While the audit finds a withheld quantity that
/// the published ones give away, one published cell of the combination that gives it is withheld
/// too: the quantity whose shown cells have the smallest largest n, then the fewest such cells, then
/// the first in result order (a distribution's level rows are one cell).
enum LinkedSuppression {
    /// What the audit of one scan found, for the run's summary.
    struct Report: Sendable {
        var withheld = 0
        var secondary = 0
        /// Withheld cells the audit could not clear (an arithmetic overflow), or that were not audited.
        var unaudited = 0
    }

    /// Applies linked secondary suppression to `results` (one scan's, in order) and gives every
    /// withheld row its audit verdict.
    static func apply(to results: inout [IndicatorResult], quantities: PublishedQuantities, extremes: Set<Int>) -> Report {
        var vectorIndex: [[Int32]: Int] = [:]
        var vectors: [[Int32]] = []
        var owners: [[(result: Int, row: Int)]] = []
        for quantity in quantities.quantities where !quantity.atoms.isEmpty {
            let vector = vectorIndex[quantity.atoms] ?? {
                vectorIndex[quantity.atoms] = vectors.count
                vectors.append(quantity.atoms)
                owners.append([])
                return vectors.count - 1
            }()
            owners[vector].append((quantity.result, quantity.row))
        }
        let audit = SpanAudit(vectors: vectors)
        var components: [[Int]: Set<Int>] = [:]
        for (component, members) in audit.components.enumerated() {
            for vector in members { for owner in owners[vector] { components[[owner.result, owner.row], default: []].insert(component) } }
        }
        var overflowed: Set<Int> = []
        let original = results
        var steps: [[(result: Int, row: Int)]] = []
        var changed = true
        while changed {
            changed = false
            var costs: [Int: (Int, Int, Int, Int)] = [:]
            func cached(_ vector: Int) -> (Int, Int, Int, Int) {
                if let known = costs[vector] { return known }
                let value = cost(owners[vector], results)
                costs[vector] = value
                return value
            }
            let state = flags(owners, results)
            for component in audit.components.indices where !overflowed.contains(component) {
                let findings: [SpanAudit.Finding]
                do { findings = try determined(component, audit, owners, results, state) } catch {
                    overflowed.insert(component)
                    continue
                }
                // One elimination per pass: each finding whose combination is still whole gets a cell withheld.
                for finding in findings {
                    guard finding.combination.allSatisfy({ vector in
                        owners[vector].contains { results[$0.result].rows[$0.row].suppressed == nil }
                    }) else { continue }
                    let exposed = owners[finding.vector].first { isPrimary(results[$0.result].rows[$0.row]) }!
                    let choice = finding.combination.min { cached($0) < cached($1) }!
                    let rows = owners[choice].flatMap { cell($0, results) }.filter { results[$0.result].rows[$0.row].suppressed == nil }
                    for vector in finding.combination { costs[vector] = nil }
                    for (result, row) in rows {
                        Suppression.suppress(&results[result].rows[row], reason: "secondary: \(describe(results, exposed)) = a sum of shown cells")
                    }
                    steps.append(rows)
                    changed = true
                }
            }
            if !changed, let rows = extremeRule(&results, extremes: extremes) {
                steps.append(rows)
                changed = true
            }
        }
        // Greedy choices can be redundant: show a step's cells again, largest first, when the audit still
        // passes (at most `pruneLimit` tries: each is an elimination).
        let order = steps.indices.sorted { (steps[$0].map { original[$0.result].rows[$0.row].n ?? 0 }.max() ?? 0)
            > (steps[$1].map { original[$0.result].rows[$0.row].n ?? 0 }.max() ?? 0) }
        var secondary = 0
        for (tried, step) in order.enumerated() {
            guard tried < pruneLimit else {
                secondary += steps[step].count
                continue
            }
            let withheld = steps[step].map { results[$0.result].rows[$0.row] }
            for (result, row) in steps[step] { results[result].rows[row] = original[result].rows[row] }
            let touched = Set(steps[step].flatMap { components[[$0.result, $0.row]] ?? [] })
            var copy = results
            let state = flags(owners, results)
            let clean = touched.allSatisfy { component in
                overflowed.contains(component) || (try? determined(component, audit, owners, results, state))?.isEmpty == true
            } && extremeRule(&copy, extremes: extremes) == nil
            if clean { continue }
            for ((result, row), saved) in zip(steps[step], withheld) { results[result].rows[row] = saved }
            secondary += steps[step].count
        }
        var unaudited: Set<[Int]> = []
        for component in overflowed {
            for vector in audit.components[component] { for owner in owners[vector] { unaudited.insert([owner.result, owner.row]) } }
        }
        var report = Report(secondary: secondary)
        for result in results.indices {
            for row in results[result].rows.indices where results[result].rows[row].suppressed != nil {
                report.withheld += 1
                if unaudited.contains([result, row]) {
                    results[result].rows[row].auditVerdict = "not audited: the exact arithmetic overflowed"
                    report.unaudited += 1
                } else {
                    results[result].rows[row].auditVerdict = "protected: not determined by the published cells"
                }
            }
        }
        return report
    }

    /// Whether a row is withheld by a primary rule (`minimum n`, reliability): its quantities must stay
    /// unknown. A cell withheld to protect others needs no protection of its own.
    private static func isPrimary(_ row: ResultRow) -> Bool {
        row.suppressed != nil && row.withheldBecause?.hasPrefix("secondary") != true
    }

    /// The most secondary steps the pruning tries to undo.
    static let pruneLimit = 16

    /// Per quantity: whether a shown cell publishes it, and whether a primary-withheld cell has it.
    private static func flags(_ owners: [[(result: Int, row: Int)]], _ results: [IndicatorResult]) -> (published: [Bool], withheld: [Bool]) {
        (owners.map { $0.contains { results[$0.result].rows[$0.row].suppressed == nil } },
         owners.map { $0.contains { isPrimary(results[$0.result].rows[$0.row]) } })
    }

    /// The quantities of primary-withheld cells in the component that the shown cells determine.
    private static func determined(_ component: Int, _ audit: SpanAudit, _ owners: [[(result: Int, row: Int)]], _ results: [IndicatorResult],
                                   _ state: (published: [Bool], withheld: [Bool])) throws(SpanAudit.Overflow) -> [SpanAudit.Finding] {
        try audit.determined(component: component, published: state.published, withheld: state.withheld)
    }

    /// The cost of withholding a quantity: the largest n of the shown cells that publish it, then
    /// their number, then result order.
    private static func cost(_ owners: [(result: Int, row: Int)], _ results: [IndicatorResult]) -> (Int, Int, Int, Int) {
        let shown = owners.flatMap { cell($0, results) }.filter { results[$0.result].rows[$0.row].suppressed == nil }
        let first = shown.min { ($0.result, $0.row) < ($1.result, $1.row) } ?? (Int.max, Int.max)
        return (shown.map { results[$0.result].rows[$0.row].n ?? 0 }.max() ?? 0, shown.count, first.result, first.row)
    }

    /// The rows of a row's cell: itself, or every level row of a distribution's cell (withheld together).
    private static func cell(_ place: (result: Int, row: Int), _ results: [IndicatorResult]) -> [(result: Int, row: Int)] {
        let rows = results[place.result].rows
        guard rows[place.row].level != nil else { return [place] }
        let key = rows[place.row].cellKey.dropLast()
        var first = place.row, last = place.row
        while first > 0, rows[first - 1].cellKey.dropLast() == key { first -= 1 }
        while last + 1 < rows.count, rows[last + 1].cellKey.dropLast() == key { last += 1 }
        return (first...last).map { (place.result, $0) }
    }

    /// For min and max: a shown total whose extreme no shown cell of a breakdown dimension has, while
    /// a cell of that dimension is withheld, gives that cell's extreme away; it is withheld.
    /// Returns the rows it withheld, or nil.
    private static func extremeRule(_ results: inout [IndicatorResult], extremes: Set<Int>) -> [(result: Int, row: Int)]? {
        var withheld: [(result: Int, row: Int)] = []
        for result in extremes.sorted() {
            let rows = results[result].rows
            var byGroup: [[Value]: [Int]] = [:]
            for index in rows.indices { byGroup[rows[index].groups, default: []].append(index) }
            for indices in byGroup.values.sorted(by: { $0[0] < $1[0] }) {
                guard let total = indices.first(where: { rows[$0].breakdown == nil }), rows[total].suppressed == nil,
                      let extreme = rows[total].value else { continue }
                let dimensions = Set(indices.compactMap { rows[$0].breakdown })
                for dimension in dimensions.sorted() {
                    let cells = indices.filter { rows[$0].breakdown == dimension }
                    guard cells.contains(where: { rows[$0].suppressed != nil }),
                          !cells.contains(where: { rows[$0].suppressed == nil && rows[$0].value == extreme }) else { continue }
                    Suppression.suppress(&results[result].rows[total], reason: "secondary: its extreme is a withheld \(dimension) cell's")
                    withheld.append((result, total))
                    break
                }
            }
        }
        return withheld.isEmpty ? nil : withheld
    }

    /// A row as the analyst reads it.
    static func describe(_ results: [IndicatorResult], _ place: (result: Int, row: Int)) -> String {
        results[place.result].cellDescription(row: place.row)
    }
}

extension IndicatorResult {
    /// A row as the analyst reads it (`disclosure.csv`): the indicator and the cell's values.
    public func cellDescription(row index: Int) -> String {
        let row = rows[index]
        var parts = zip(indicator.groupBy, row.groups).map { "\($0)=\(Self.text($1))" }
        if let breakdown = row.breakdown { parts.append("\(breakdown)=\(Self.text(row.breakdownValue))") }
        if let level = row.level { parts.append("level \(Self.text(level))") }
        return indicator.name + (parts.isEmpty ? " total" : " " + parts.joined(separator: " "))
    }

    private static func text(_ value: Value) -> String {
        switch value {
        case .missing: "(missing)"
        case .integer(let number): String(number)
        case .number(let number): String(number)
        case .boolean(let flag): String(flag)
        case .text(let text): text
        case .date: value.isoDate ?? ""
        }
    }
}
