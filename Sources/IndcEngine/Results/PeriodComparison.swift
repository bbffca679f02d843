import IndcSemantics

/// Change over time (`period NAME`): each row is compared with the same cell in the preceding
/// period, and with `target … by YEAR` the latest period gets a target status from the cell's trend.
enum PeriodComparison {
    /// Fills `previous`, `change` (and for samples `change_se`, `change_p`, `change_significant`),
    /// `target_status` and its notes. Suppressed cells are neither compared nor compared with.
    static func apply(to result: inout IndicatorResult) {
        let indicator = result.indicator
        guard let period = indicator.period, let position = indicator.groupBy.firstIndex(of: period) else { return }
        let order = result.periodOrder
        var periods = Array(Set(result.rows.map { $0.groups[position] }.filter { !$0.isMissing }))
        periods.sort { order.compare($0, $1) ?? false }
        let rank = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
        var series: [[Value]: [Int: Int]] = [:]
        for (index, row) in result.rows.enumerated() {
            guard let at = rank[row.groups[position]] else { continue }
            series[seriesKey(row, position), default: [:]][at] = index
        }
        for cells in series.values {
            for (at, index) in cells {
                guard at > 0, let before = cells[at - 1] else { continue }
                compare(&result.rows[index], with: result.rows[before], level: indicator.intervalLevel)
            }
            if let target = indicator.target, let deadline = target.deadline, let latest = cells[periods.count - 1] {
                let points = cells.compactMap { at, index -> (x: Double, gap: Double)? in
                    guard let x = Self.position(periods[at]), let gap = result.rows[index].targetGap else { return nil }
                    return (x, gap)
                }
                status(&result.rows[latest], target: target, deadline: deadline, latest: periods[periods.count - 1], points: points)
            }
        }
    }

    /// The cell's identity apart from its period.
    private static func seriesKey(_ row: ResultRow, _ position: Int) -> [Value] {
        var key = row.cellKey
        key[position] = .missing
        return key
    }

    private static func compare(_ row: inout ResultRow, with before: ResultRow, level: Double) {
        guard row.suppressed == nil, before.suppressed == nil, let value = row.value, let previous = before.value else { return }
        row.previous = previous
        row.change = value - previous
        guard let se = row.se, let previousSE = before.se else { return }
        let changeSE = (se * se + previousSE * previousSE).squareRoot()
        row.changeSE = changeSE
        guard changeSE > 0 else { return }
        let p = 2 * Distributions.normalCDF(-abs(value - previous) / changeSE)
        row.changeP = p
        row.changeSignificant = p < 1 - level
    }

    /// `met` when the latest value meets the target; otherwise `on track` when the least-squares line
    /// through the cell's gaps (value − target) per period meets it at the deadline, else `off track`.
    private static func status(_ row: inout ResultRow, target: Target, deadline: Int, latest: Value, points: [(x: Double, gap: Double)]) {
        guard row.suppressed == nil, let met = row.targetMet else { return }
        if met { return row.targetStatus = "met" }
        guard let now = position(latest) else { return row.addNote("no target status: the period is not a year or date") }
        let end = latest.isoDate == nil ? Double(deadline) : Double(deadline + 1)
        if now >= end { return row.targetStatus = "off track" }
        guard points.count >= 2 else { return row.addNote("no target status: one period") }
        let meanX = points.map(\.x).reduce(0, +) / Double(points.count)
        let meanGap = points.map(\.gap).reduce(0, +) / Double(points.count)
        let spread = points.map { ($0.x - meanX) * ($0.x - meanX) }.reduce(0, +)
        let slope = spread > 0 ? points.map { ($0.x - meanX) * ($0.gap - meanGap) }.reduce(0, +) / spread : 0
        let projected = meanGap + slope * (end - meanX)
        row.targetStatus = PostProcessing.meets(projected, target.comparison, 0) ? "on track" : "off track"
    }

    /// A period as a point in time: a year as itself, a date as a fractional year.
    static func position(_ value: Value) -> Double? {
        switch value {
        case .integer(let year): return Double(year)
        case .number(let year): return year
        case .date(let days):
            let year = CivilDate.civil(days).year
            let start = CivilDate.days(year: year, month: 1, day: 1)
            let length = CivilDate.days(year: year + 1, month: 1, day: 1) - start
            return Double(year) + Double(days - start) / Double(length)
        default: return nil
        }
    }
}
