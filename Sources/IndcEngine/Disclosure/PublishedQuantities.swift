import IndcPlan

/// The additive quantities of a scan's result rows as sets of atoms: what a row publishes when it is
/// shown (its n, each count, sum, mean and share's domain, a share's true rows, a distribution level's
/// rows), and so what must stay unknown when it is withheld. A quantity's value in any additive
/// measure (rows, weights, sums) is the total of its atoms.
struct PublishedQuantities: Sendable {
    /// One quantity of one row: the atoms it covers, ascending.
    struct Quantity: Sendable {
        /// The row's place: the scan result's index and the row's index in it.
        let result: Int
        let row: Int
        var atoms: [Int32] = []
    }

    /// The rows of each atom.
    let atomRows: [Int]
    var quantities: [Quantity] = []

    /// Which atoms a quantity of an indicator covers.
    private enum Membership: Equatable {
        case active
        case domain(Int)
        case isTrue(Int)
        case level(Int, Int)

        func holds(_ layout: AtomLayout, _ signature: ArraySlice<UInt64>, runner: Int) -> Bool {
            switch self {
            case .active: true
            case .domain(let slot): layout.state(signature, runner: runner, slot: slot) != 0
            case .isTrue(let slot): layout.state(signature, runner: runner, slot: slot) == 2
            case .level(let slot, let level): layout.state(signature, runner: runner, slot: slot) == level + 1
            }
        }
    }

    /// No quantities: nothing is withheld, so there is nothing to audit.
    init(atomRows: [Int]) {
        self.atomRows = atomRows
    }

    /// The quantities of every row of `results` (one per runner in `runnerResults`, nil for a runner without results).
    init(atoms: AtomTable, layout: AtomLayout, runners: [AggregationRunner], runnerResults: [Int?], results: [IndicatorResult],
         keyValues: [[Value]]) {
        atomRows = atoms.rows
        var templates: [[[Membership]]] = []
        var cellRows: [[[Value]: [Int]]] = []
        for (runner, result) in zip(runners, runnerResults) {
            guard let result else {
                templates.append([])
                cellRows.append([:])
                continue
            }
            var cells: [[Value]: [Int]] = [:]
            var rowTemplates: [[Membership]] = []
            for (index, row) in results[result].rows.enumerated() {
                cells[row.groups + [row.breakdown.map(Value.text) ?? .missing, row.breakdownValue], default: []].append(index)
                let memberships = Self.memberships(runner, level: row.level)
                rowTemplates.append(memberships)
                for _ in memberships { quantities.append(Quantity(result: result, row: index)) }
            }
            templates.append(rowTemplates)
            cellRows.append(cells)
        }
        var first: [[Int]] = []
        var position = 0
        for rowTemplates in templates {
            first.append(rowTemplates.map { template in
                defer { position += template.count }
                return position
            })
        }
        let positions = Dictionary(uniqueKeysWithValues: layout.keySlots.enumerated().map { ($1, $0) })
        let tablePositions = runners.map { $0.tables.map { $0.keySlots.map { positions[$0]! } } }
        // The rows of each cell by its packed key codes (16 bits each), found through the values once per cell.
        var cellCache = runners.map { $0.tables.map { _ in [UInt64: [Int]]() } }
        for atom in atoms.rows.indices {
            let signature = atoms.signature(atom)
            for (runnerIndex, runner) in runners.enumerated() where runnerResults[runnerIndex] != nil {
                guard layout.isActive(signature, runner: runnerIndex) else { continue }
                for (set, table) in runner.tables.enumerated() {
                    var packed: UInt64 = 0
                    for (index, position) in tablePositions[runnerIndex][set].enumerated() {
                        packed |= UInt64(layout.keyCode(signature, position)) << (16 * UInt64(index % 4))
                    }
                    let rows: [Int]
                    if table.keySlots.count <= 4, let known = cellCache[runnerIndex][set][packed] {
                        rows = known
                    } else {
                        var key = zip(table.keySlots, tablePositions[runnerIndex][set]).map { slot, position in
                            keyValues[slot][Int(layout.keyCode(signature, position))]
                        }
                        let breakdown = runner.aggregation.groupingSets[set].breakdown
                        let breakdownValue = breakdown == nil ? Value.missing : key.removeLast()
                        rows = cellRows[runnerIndex][key + [breakdown.map(Value.text) ?? .missing, breakdownValue]] ?? []
                        if table.keySlots.count <= 4 { cellCache[runnerIndex][set][packed] = rows }
                    }
                    for row in rows {
                        for (offset, membership) in templates[runnerIndex][row].enumerated()
                        where membership.holds(layout, signature, runner: runnerIndex) {
                            quantities[first[runnerIndex][row] + offset].atoms.append(Int32(atom))
                        }
                    }
                }
            }
        }
    }

    /// What a row of the indicator publishes: its n, each additive aggregate's domain, a share's
    /// true rows; for a distribution's level row, the level's rows and the domain.
    private static func memberships(_ runner: AggregationRunner, level: Value?) -> [Membership] {
        let aggregation = runner.aggregation
        var result: [Membership] = []
        switch aggregation.count {
        case .aggregate(let slot): result.append(.domain(slot))
        case .cellRows: result.append(.active)
        }
        for (slot, aggregate) in aggregation.aggregates.enumerated() {
            switch aggregate.function {
            case .count, .sum, .mean: result.append(.domain(slot))
            case .share: result += [.domain(slot), .isTrue(slot)]
            case .distribution:
                result.append(.domain(slot))
                if let level, let index = runner.levels.firstIndex(of: level) { result.append(.level(slot, index)) }
            case .median, .min, .max, .distinct: continue
            }
        }
        var unique: [Membership] = []
        for membership in result where !unique.contains(membership) { unique.append(membership) }
        return unique
    }
}
