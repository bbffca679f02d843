import IndcPlan

/// The running state of one aggregate in one cell.
struct SlotState {
    /// Rows the aggregate used: its input not missing, or the rows counted (the `n` of LANGUAGE.md).
    var rows = 0
    /// Σw over those rows: the rows of weight exactly 1 (every row of an unweighted aggregate) are
    /// counted in `unitWeights`, exactly and without a compensated addition each, the others summed here.
    private var weightSum = CompensatedSum()
    private var unitWeights = 0
    /// Σw·x for sum and mean; Σw over rows where the condition is true for share.
    var totalSum = CompensatedSum()
    /// The smallest or largest input so far, for min and max.
    var extreme: Double?
    /// (x, w) of every row, for median.
    var values: [(Double, Double)] = []
    /// The distinct non-missing inputs, for distinct: integers (and dates) in an `IntegerSet`, others in a `Set`.
    var distinctIntegers = IntegerSet()
    var distinctOthers: Set<Value> = []
    /// Σw per level, for distribution.
    var levels: [Double] = []

    var weight: Double { unitWeights == 0 ? weightSum.value : weightSum.value + Double(unitWeights) }
    /// The number of distinct non-missing inputs.
    var distinctCount: Int { distinctIntegers.count + distinctOthers.count }
    var total: Double { totalSum.value }

    /// Adds one row of the cell: `input` is the aggregate's input, `included` whether its `where` holds.
    mutating func add(_ function: AggregateFunction, _ input: Value, included: Bool, weight w: Double, level: Int?) {
        guard included else { return }
        switch function {
        case .count:
            addCount(weight: w)
        case .sum, .mean, .median, .min, .max:
            guard let x = input.number else { return }
            add(function, number: x, weight: w)
        case .share:
            guard let condition = input.condition else { return }
            add(condition: condition, weight: w)
        case .distinct:
            switch input {
            case .missing: return
            case .integer(let value): addDistinct(Int64(value))
            default:
                distinctOthers.insert(input)
                rows += 1
            }
        case .distribution:
            guard let level else { return }
            add(level: level, weight: w)
        }
    }

    /// A row counted by `count`.
    mutating func addCount(weight w: Double) {
        rows += 1
        addWeight(w)
    }

    @inline(__always)
    private mutating func addWeight(_ w: Double) {
        if w == 1 { unitWeights += 1 } else { weightSum.add(w) }
    }

    /// A row's number for sum, mean, median, min or max.
    mutating func add(_ function: AggregateFunction, number x: Double, weight w: Double) {
        rows += 1
        switch function {
        case .median:
            values.append((x, w))
        case .min, .max:
            if let current = extreme { extreme = function == .min ? Swift.min(current, x) : Swift.max(current, x) } else { extreme = x }
        default:
            addWeight(w)
            totalSum.add(w * x)
        }
    }

    /// A row's number for sum or mean, of weight 1: `add(.sum, number: x, weight: 1)` without its switches.
    @inline(__always)
    mutating func addUnitSum(_ x: Double) {
        rows += 1
        unitWeights += 1
        totalSum.add(x)
    }

    /// A row's known condition, for share.
    mutating func add(condition: Bool, weight w: Double) {
        rows += 1
        addWeight(w)
        if condition { totalSum.add(w) }
    }

    /// A row's integer (or date) for distinct.
    mutating func addDistinct(_ value: Int64) {
        distinctIntegers.insert(UInt64(bitPattern: value))
        rows += 1
    }

    /// A row's level, for distribution.
    mutating func add(level: Int, weight w: Double) {
        rows += 1
        addWeight(w)
        levels[level] += w
    }

    /// Adds the state of the same aggregate in the same cell over other rows (read by another thread).
    mutating func merge(_ other: SlotState, _ function: AggregateFunction) {
        rows += other.rows
        weightSum.add(other.weightSum)
        unitWeights += other.unitWeights
        totalSum.add(other.totalSum)
        if let theirs = other.extreme {
            extreme = extreme.map { function == .min ? Swift.min($0, theirs) : Swift.max($0, theirs) } ?? theirs
        }
        values += other.values
        distinctIntegers.formUnion(other.distinctIntegers)
        distinctOthers.formUnion(other.distinctOthers)
        for index in levels.indices { levels[index] += other.levels[index] }
    }

    /// The weighted median (LANGUAGE.md): walk the cumulative weight of the sorted values; where it is
    /// exactly half the total, the mean of that value and the next, else the first value past half.
    /// Values are sorted with their weights (so the file's row order and its split over threads do not
    /// matter), and a cumulative weight within `WeightedMedian.tolerance` of the total from half counts
    /// as exactly half, so rounding in the sums cannot flip the answer (as in `indc sql`).
    func median() -> Double? {
        let sorted = values.sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        var total = CompensatedSum()
        for (_, w) in sorted { total.add(w) }
        let half = total.value / 2
        guard half > 0 else { return nil }
        let tolerance = WeightedMedian.tolerance * total.value
        var cumulative = CompensatedSum()
        for (index, (x, w)) in sorted.enumerated() {
            cumulative.add(w)
            if abs(cumulative.value - half) <= tolerance, index + 1 < sorted.count { return Self.midpoint(x, sorted[index + 1].0) }
            if cumulative.value - half > tolerance { return x }
        }
        return sorted.last?.0
    }

    /// The mean of two numbers, also when their sum would overflow (the median of 1e308 and 1e308).
    static func midpoint(_ x: Double, _ y: Double) -> Double {
        let sum = x + y
        return sum.isFinite ? sum / 2 : x / 2 + y / 2
    }
}
