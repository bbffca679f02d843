import IndcPlan

/// The gradient of a measure's formula in the cell's weighted totals (the delta method), from which
/// `CellDesign.variance` gives the linearization variance of the estimate.
struct Linearization {
    let layout: DesignLayout
    /// The totals `T_k` of the cell.
    let totals: [Double]

    /// The gradient of `formula`, or nil when it has no linearization variance (median, min, max,
    /// distinct, round, or a zero denominator).
    func gradient(_ formula: MeasureFormula) -> [Double]? {
        estimate(formula)?.gradient
    }

    /// The gradient of level `level`'s share of a distribution aggregate.
    func levelGradient(slot: Int, level: Int) -> [Double]? {
        guard let numerator = layout.numerator[slot], let denominator = layout.denominator[slot] else { return nil }
        return ratio(numerator + level, denominator)?.gradient
    }

    private func estimate(_ formula: MeasureFormula) -> (value: Double, gradient: [Double])? {
        switch formula {
        case .aggregate(let slot):
            guard let numerator = layout.numerator[slot] else { return nil }
            guard let denominator = layout.denominator[slot] else { return (totals[numerator], unit(numerator)) }
            return ratio(numerator, denominator)
        case .constant(let value):
            return (value, zero)
        case .negate(let operand):
            return estimate(operand).map { (-$0.value, $0.gradient.map { -$0 }) }
        case .abs(let operand):
            guard let inner = estimate(operand), inner.value != 0 else { return nil }
            let sign: Double = inner.value < 0 ? -1 : 1
            return (Swift.abs(inner.value), inner.gradient.map { sign * $0 })
        case .round:
            return nil
        case .binary(let operation, let left, let right):
            guard let a = estimate(left), let b = estimate(right) else { return nil }
            switch operation {
            case .add: return (a.value + b.value, zip(a.gradient, b.gradient).map { $0 + $1 })
            case .subtract: return (a.value - b.value, zip(a.gradient, b.gradient).map { $0 - $1 })
            case .multiply: return (a.value * b.value, zip(a.gradient, b.gradient).map { b.value * $0 + a.value * $1 })
            default:
                guard b.value != 0 else { return nil }
                let quotient = a.value / b.value
                return (quotient, zip(a.gradient, b.gradient).map { ($0 - quotient * $1) / b.value })
            }
        }
    }

    /// `T_y / T_x` and its gradient `(e_y − R e_x) / T_x`.
    private func ratio(_ numerator: Int, _ denominator: Int) -> (value: Double, gradient: [Double])? {
        let base = totals[denominator]
        guard base != 0 else { return nil }
        let value = totals[numerator] / base
        var gradient = zero
        gradient[numerator] = 1 / base
        gradient[denominator] -= value / base
        return (value, gradient)
    }

    private var zero: [Double] { Array(repeating: 0, count: layout.width) }

    private func unit(_ variable: Int) -> [Double] {
        var gradient = zero
        gradient[variable] = 1
        return gradient
    }
}
