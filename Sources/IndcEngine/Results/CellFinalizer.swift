import IndcPlan

/// Turns an aggregation's cells into result rows: the measure's formula, numerator, denominator and n.
struct CellFinalizer {
    let aggregation: IndicatorAggregation
    /// For a sample dataset: the statistics of each row.
    let statistics: CellStatistics?

    /// A value, or why there is none.
    private enum Outcome {
        case value(Double)
        case none(String)

        var value: Double? {
            if case .value(let value) = self { return value }
            return nil
        }
    }

    /// The rows of one cell of the grouping set `set`, whose key values are `key`.
    func rows(_ cell: Cell, key: [Value], set: Int, levels: [Value]) -> [ResultRow] {
        let grouping = aggregation.groupingSets[set]
        let groups = Array(key.prefix(aggregation.indicator.groupBy.count))
        let breakdownValue = grouping.breakdown == nil ? Value.missing : key[key.count - 1]
        let n = count(cell)
        if case .aggregate(let slot) = aggregation.formula, aggregation.aggregates[slot].function == .distribution {
            let state = cell.slots[slot]
            return levels.indices.map { level in
                let outcome: Outcome = state.rows == 0 ? .none("no values") : state.weight == 0 ? .none("division by zero")
                    : .value(state.levels[level] / state.weight)
                var result = row(groups, grouping.breakdown, breakdownValue, levels[level], outcome, (state.levels[level], state.weight), n)
                statistics?.fill(&result, cell: cell, level: level)
                return scaled(result)
            }
        }
        let fraction = parts(of: aggregation.formula, cell)
        var result = row(groups, grouping.breakdown, breakdownValue, nil, evaluate(aggregation.formula, cell), fraction, n)
        statistics?.fill(&result, cell: cell, level: nil)
        return [scaled(result)]
    }

    private func row(_ groups: [Value], _ breakdown: String?, _ breakdownValue: Value, _ level: Value?, _ outcome: Outcome,
                     _ fraction: (Double?, Double?), _ n: Int) -> ResultRow {
        var note: String?
        if case .none(let reason) = outcome { note = reason }
        return ResultRow(groups: groups, breakdown: breakdown, breakdownValue: breakdownValue, level: level, value: outcome.value,
                         numerator: fraction.0, denominator: fraction.1, n: n, note: note)
    }

    /// Applies `per N` to the value and its standard error and interval; empties numbers out of range
    /// (before suppression and targets look at them).
    private func scaled(_ row: ResultRow) -> ResultRow {
        var row = row
        for case .scale(let factor) in aggregation.post {
            row.value = row.value.map { $0 * factor }
            row.se = row.se.map { $0 * factor }
            row.ciLow = row.ciLow.map { $0 * factor }
            row.ciHigh = row.ciHigh.map { $0 * factor }
        }
        row.keepFinite()
        return row
    }

    /// The n of the cell (LANGUAGE.md): an aggregate's rows, or all rows of the cell.
    private func count(_ cell: Cell) -> Int {
        switch aggregation.count {
        case .aggregate(let slot): cell.slots[slot].rows
        case .cellRows: cell.rows
        }
    }

    /// What the value divides: a share's weighted sums, or the two sides of a top-level `/`.
    private func parts(of formula: MeasureFormula, _ cell: Cell) -> (Double?, Double?) {
        switch formula {
        case .aggregate(let slot) where aggregation.aggregates[slot].function == .share:
            (cell.slots[slot].total, cell.slots[slot].weight)
        case .binary(.divide, let numerator, let denominator):
            (evaluate(numerator, cell).value, evaluate(denominator, cell).value)
        default:
            (nil, nil)
        }
    }

    private func evaluate(_ formula: MeasureFormula, _ cell: Cell) -> Outcome {
        switch formula {
        case .aggregate(let slot): return aggregate(aggregation.aggregates[slot].function, cell.slots[slot])
        case .constant(let value): return .value(value)
        case .negate(let operand): return evaluate(operand, cell).value.map { .value(-$0) } ?? evaluate(operand, cell)
        case .abs(let operand): return evaluate(operand, cell).value.map { .value(Swift.abs($0)) } ?? evaluate(operand, cell)
        case .round(let operand, let digits):
            return evaluate(operand, cell).value.map { .value(RowCompiler.round($0, digits: digits)) } ?? evaluate(operand, cell)
        case .binary(let operation, let left, let right):
            let a = evaluate(left, cell)
            let b = evaluate(right, cell)
            if operation == .divide, b.value == 0 { return .none("division by zero") }
            guard let x = a.value else { return a }
            guard let y = b.value else { return operation == .divide ? .none("division by zero") : b }
            switch operation {
            case .add: return .value(x + y)
            case .subtract: return .value(x - y)
            case .multiply: return .value(x * y)
            default: return .value(x / y)
            }
        }
    }

    private func aggregate(_ function: AggregateFunction, _ state: SlotState) -> Outcome {
        switch function {
        case .count: return .value(state.weight)
        case .sum: return .value(state.total)
        case .distinct: return .value(Double(state.distinctCount))
        case .mean, .share:
            if state.rows == 0 { return .none("no values") }
            return state.weight == 0 ? .none("division by zero") : .value(state.total / state.weight)
        case .median: return state.rows == 0 ? .none("no values") : state.median().map(Outcome.value) ?? .none("division by zero")
        case .min, .max: return state.extreme.map(Outcome.value) ?? .none("no values")
        case .distribution: return .none("distribution is the whole measure")
        }
    }
}
