/// A sum of doubles with Neumaier's compensation: the rounding error of each addition is carried
/// along, so weighted sums of decimal inputs come out as the correctly rounded total (209.747, not
/// 209.74699999999993) and do not depend on the order rows are added in, to the last bits, in practice.
struct CompensatedSum {
    private var sum = 0.0
    private var compensation = 0.0

    mutating func add(_ value: Double) {
        let next = sum + value
        compensation += abs(sum) >= abs(value) ? (sum - next) + value : (value - next) + sum
        sum = next
    }

    /// The compensated total; infinite (not NaN) when the sum overflowed.
    var value: Double { sum.isFinite ? sum + compensation : sum }

    /// Adds another sum (of rows read by another thread).
    mutating func add(_ other: CompensatedSum) {
        add(other.sum)
        compensation += other.compensation
    }
}
