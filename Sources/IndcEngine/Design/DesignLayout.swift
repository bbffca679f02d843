import IndcPlan

/// Where each aggregate's linear totals sit in a cell's design moments (sample datasets only).
///
/// Every estimate with a variance is a function of weighted totals `T_k = Σ w·u_k` over the cell's
/// rows: `count` one total (u = 1), `sum` one (u = x), `mean` and `share` two (numerator and the Σw
/// it divides), `distribution` one per level plus their denominator. The linearization variance of
/// any formula over the aggregates follows from the per-stratum sums of `w·u_k` and `(w·u_k)(w·u_l)`.
struct DesignLayout: Sendable {
    /// Per aggregate: the variable of its numerator total (the first level's, for a distribution);
    /// nil for median, min, max and distinct, which get no interval.
    let numerator: [Int?]
    /// Per aggregate: the variable of the total its numerator is divided by (mean, share, distribution).
    let denominator: [Int?]
    /// The number of variables.
    let width: Int
    /// The number of domains whose rows are counted per stratum: one per aggregate, then the cell itself.
    let domains: Int

    init(_ aggregates: [AggregateSlot], levels: Int) {
        var numerator: [Int?] = []
        var denominator: [Int?] = []
        var width = 0
        for slot in aggregates {
            switch slot.function {
            case .count, .sum:
                numerator.append(width)
                denominator.append(nil)
                width += 1
            case .mean, .share:
                numerator.append(width)
                denominator.append(width + 1)
                width += 2
            case .distribution:
                numerator.append(width)
                denominator.append(width + levels)
                width += levels + 1
            case .median, .min, .max, .distinct:
                numerator.append(nil)
                denominator.append(nil)
            }
        }
        self.numerator = numerator
        self.denominator = denominator
        self.width = width
        domains = aggregates.count + 1
    }

    /// The domain of the cell's own rows (for an n that counts all rows of the cell).
    var cellDomain: Int { domains - 1 }
}

/// One row's nonzero contributions `w·u_k` to a cell's variables, and the domains it belongs to.
struct RowContribution {
    private(set) var variables: [Int] = []
    private(set) var values: [Double] = []
    private(set) var domains: [Int] = []
    /// The row's weight in each of its domains.
    private(set) var weights: [Double] = []

    mutating func reset() {
        variables.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        domains.removeAll(keepingCapacity: true)
        weights.removeAll(keepingCapacity: true)
    }

    mutating func add(variable: Int, _ value: Double) {
        guard value != 0 else { return }
        variables.append(variable)
        values.append(value)
    }

    mutating func add(domain: Int, weight: Double) {
        domains.append(domain)
        weights.append(weight)
    }
}
