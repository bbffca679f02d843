import IndcPlan

/// The design-based statistics of a sample's result row: standard error, confidence interval,
/// degrees of freedom and Kish's effective sample size (see Grammar/STATISTICS.md).
struct CellStatistics {
    let aggregation: IndicatorAggregation
    let layout: DesignLayout
    /// The rows of the whole file per stratum code: the design's `n_h`.
    let stratumRows: [Int]

    /// Fills the interval columns of `row` (its value and n already set, unscaled) from the cell's
    /// design sums; for a distribution, `level` is the row's level. Median, min, max, distinct and
    /// `round` have no linearization: their interval stays empty.
    func fill(_ row: inout ResultRow, cell: Cell, level: Int?) {
        guard let design = cell.design, let value = row.value else { return }
        let domain = self.domain
        row.df = design.degreesOfFreedom(domain)
        row.nEff = design.effectiveSize(domain)
        let linearization = Linearization(layout: layout, totals: design.totals(width: layout.width))
        let gradient: [Double]?
        if let level, case .aggregate(let slot) = aggregation.formula {
            gradient = linearization.levelGradient(slot: slot, level: level)
        } else {
            gradient = linearization.gradient(aggregation.formula)
        }
        guard let gradient else { return }
        guard let variance = design.variance(gradient: gradient, stratumRows: stratumRows, width: layout.width) else {
            return row.addNote("no interval: a stratum has a single row")
        }
        let se = variance.squareRoot()
        row.se = se
        let level = aggregation.indicator.intervalLevel
        let outcome = isProportion
            ? Intervals.proportion(value, se: se, df: row.df ?? 0, rows: row.n ?? 0, method: aggregation.indicator.intervalMethod, level: level)
            : Intervals.symmetric(value, se: se, df: row.df ?? 0, level: level)
        switch outcome {
        case .interval(let low, let high):
            row.ciLow = low
            row.ciHigh = high
        case .none(let reason):
            row.addNote(reason)
        }
    }

    /// Whether the value is a proportion (a share, or a level of a distribution): its interval follows
    /// the indicator's method; every other estimate gets a t interval.
    var isProportion: Bool {
        guard case .aggregate(let slot) = aggregation.formula else { return false }
        return [.share, .distribution].contains(aggregation.aggregates[slot].function)
    }

    /// The domain whose rows the value rests on: that of the aggregate n counts, else the whole cell.
    private var domain: Int {
        switch aggregation.count {
        case .aggregate(let slot): slot
        case .cellRows: layout.cellDomain
        }
    }
}
