import IndcPlan
import IndcSemantics

/// Computes one indicator's aggregates over the rows of its dataset's scan.
struct AggregationRunner {
    let aggregation: IndicatorAggregation
    /// The positions of its filters in the scan's filter results.
    let filters: [Int]
    /// The position of its weight column in `RowState.values`, if weighted.
    let weightSlot: Int?
    private let inputs: [RowExpression?]
    /// Per aggregate whose input is a column: its slot, read directly instead of through a closure.
    private let inputSlots: [Int?]
    /// Per aggregate: its function and whether it is weighted (copied out of the plan for the row loop).
    private let functions: [AggregateFunction]
    private let weighted: [Bool]
    private let conditions: [RowExpression?]
    /// For `distribution(X)`: X's levels and their positions.
    let levels: [Value]
    private let levelIndex: [Value: Int]
    var tables: [CellTable]
    /// For a sample dataset: where the aggregates' totals sit in each cell's design sums.
    let design: DesignLayout?
    /// The position of the stratum column in `RowState.values`, if the design has strata.
    private let stratumSlot: Int?
    private var contribution = RowContribution()
    /// The most cells one indicator may have, over all its grouping sets: a `group by` on an
    /// identifier must stop with a message, not take the machine's memory (a cell costs ~400 bytes).
    static let maximumCells = 250_000
    /// The cells so far; past `maximumCells` the indicator stops aggregating and its cells are dropped.
    var cellCount = 0
    /// Whether the indicator has more cells than `maximumCells`.
    var exceedsCellLimit: Bool { cellCount > Self.maximumCells }
    /// Per-row scratch space: each aggregate's input and whether its `where` holds.
    private var inputValues: [Value]
    private var included: [Bool]

    init(_ aggregation: IndicatorAggregation, compiler: RowCompiler, filterPositions: [Int: Int]) {
        self.aggregation = aggregation
        filters = aggregation.filters.map { filterPositions[$0]! }
        weightSlot = aggregation.weight.map { compiler.slots[$0]! }
        inputs = aggregation.aggregates.map { $0.input.map(compiler.compile) }
        inputSlots = aggregation.aggregates.map { slot in
            guard case .column(let name)? = slot.input?.kind else { return nil }
            return compiler.slots[name.text]
        }
        functions = aggregation.aggregates.map(\.function)
        weighted = aggregation.aggregates.map(\.weighted)
        conditions = aggregation.aggregates.map { $0.condition.map(compiler.compile) }
        levels = aggregation.distributionColumn.map { Self.levels(of: compiler.dataset.rowType(of: $0)) } ?? []
        levelIndex = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($1, $0) })
        var empty = SlotState()
        empty.levels = Array(repeating: 0, count: levels.count)
        let slots = Array(repeating: empty, count: aggregation.aggregates.count)
        let design = compiler.dataset.isSample ? DesignLayout(aggregation.aggregates, levels: levels.count) : nil
        self.design = design
        stratumSlot = compiler.dataset.strata.map { compiler.slots[$0]! }
        let emptyDesign = design.map { CellDesign(domains: $0.domains) }
        tables = aggregation.groupingSets.map { set in
            CellTable(keySlots: set.keys.map { compiler.slots[$0]! }, emptySlots: slots, emptyDesign: emptyDesign)
        }
        inputValues = Array(repeating: .missing, count: slots.count)
        included = Array(repeating: true, count: slots.count)
    }

    /// The rows of a distribution: a category's levels in declared order, or false and true.
    static func levels(of type: ValueType?) -> [Value] {
        if case .category(let labels)? = type { return labels.map(Value.text) }
        return [.boolean(false), .boolean(true)]
    }

    /// Adds a row that passed the indicator's filters, with its weight (1 when unweighted).
    mutating func add(_ row: RowState, weight: Double) {
        guard !exceedsCellLimit else { return }
        for index in functions.indices {
            if let slot = inputSlots[index] {
                inputValues[index] = row.values[slot]
            } else {
                inputValues[index] = inputs[index]?(row) ?? .missing
            }
            included[index] = conditions[index].map { $0(row).condition == true } ?? true
        }
        if let design { collect(design, weight: weight) }
        let stratum = stratumSlot.map { Int(row.codes[$0]) } ?? 0
        for table in tables.indices {
            let isNew = tables[table].withCell(for: row) { cell in
                cell.rows += 1
                for index in functions.indices {
                    let function = functions[index]
                    let level = function == .distribution ? levelIndex[inputValues[index]] : nil
                    cell.slots[index].add(function, inputValues[index], included: included[index],
                                          weight: weighted[index] ? weight : 1, level: level)
                }
                if let design { cell.design?.add(contribution, stratum: stratum, layout: design) }
            }
            if isNew { cellCount += 1 }
        }
        if exceedsCellLimit { tables = [] }
    }

    /// The state of aggregate `slot` for the row last added (`AtomLayout`): 0 outside its domain, else
    /// 1, a share's 1 false / 2 true, a distribution's 1 + level.
    func atomState(_ slot: Int) -> UInt64 {
        guard included[slot] else { return 0 }
        let input = inputValues[slot]
        switch functions[slot] {
        case .count: return 1
        case .sum, .mean, .median, .min, .max: return input.number == nil ? 0 : 1
        case .distinct: return input == .missing ? 0 : 1
        case .share: return input.condition.map { $0 ? 2 : 1 } ?? 0
        case .distribution: return levelIndex[input].map { UInt64($0) + 1 } ?? 0
        }
    }

    /// The row's contributions to the design sums: each aggregate's totals and domain, then the cell's.
    private mutating func collect(_ design: DesignLayout, weight: Double) {
        contribution.reset()
        for (index, spec) in aggregation.aggregates.enumerated() where included[index] {
            guard let numerator = design.numerator[index] else { continue }
            let input = inputValues[index]
            switch spec.function {
            case .count:
                contribution.add(variable: numerator, weight)
            case .sum, .mean:
                guard let x = input.number else { continue }
                contribution.add(variable: numerator, weight * x)
            case .share:
                guard let condition = input.condition else { continue }
                contribution.add(variable: numerator, condition ? weight : 0)
            case .distribution:
                guard let level = levelIndex[input] else { continue }
                contribution.add(variable: numerator + level, weight)
            case .median, .min, .max, .distinct:
                continue
            }
            if let denominator = design.denominator[index] { contribution.add(variable: denominator, weight) }
            contribution.add(domain: index, weight: weight)
        }
        contribution.add(domain: design.cellDomain, weight: weight)
    }

    /// Adds the cells another thread computed over another part of the file; `recode[slot][code]`
    /// turns the other thread's value codes into this one's.
    mutating func merge(_ other: AggregationRunner, recode: [[Int32]]) {
        guard !exceedsCellLimit else { return }
        guard !other.exceedsCellLimit else {
            cellCount = other.cellCount
            tables = []
            return
        }
        let functions = aggregation.aggregates.map(\.function)
        for table in tables.indices {
            let slots = tables[table].keySlots
            for cell in other.tables[table].cells {
                let codes = zip(slots, cell.codes).map { recode[$0][Int($1)] }
                let strata = stratumSlot.map { recode[$0] } ?? [0]
                if tables[table].merge(cell, codes: codes, functions: functions, strata: strata) { cellCount += 1 }
            }
        }
        if exceedsCellLimit { tables = [] }
    }
}
