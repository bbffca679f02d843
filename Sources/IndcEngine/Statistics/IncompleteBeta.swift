import Foundation

extension Distributions {
    /// The regularized incomplete beta function `I_x(a, b)`, the beta CDF, like R's
    /// `pbeta(x, a, b)`: 0 below the support, 1 above it, `.nan` when a shape is not finite
    /// and positive. See `betaTails` for the method.
    static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
        guard !x.isNaN, a > 0, b > 0, a.isFinite, b.isFinite else { return .nan }
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        return betaTails(x: x, y: 1 - x, a: a, b: b).lower
    }

    /// Both tails of the beta distribution at `x`, with `y = 1 - x` passed separately so that a
    /// caller that knows it more precisely than `1 - x` (Student t) keeps that precision.
    /// The tail on the near side of `(a + 1) / (a + b + 2)` (decided from whichever of `x`, `y`
    /// is below 1/2) is `betaPowerTerm` times `betaContinuedFraction`, to about 1e-14 relative;
    /// the other tail is its complement, so it is accurate to about 1e-16 absolute.
    static func betaTails(x: Double, y: Double, a: Double, b: Double) -> (lower: Double, upper: Double) {
        if x <= 0 { return (0, 1) }
        if y <= 0 { return (1, 0) }
        if y < 0.5 ? y * (a + b + 2) > b + 1 : x * (a + b + 2) < a + 1 {
            let lower = nearTail(x: x, y: y, a: a, b: b)
            return (lower, 1 - lower)
        }
        let upper = nearTail(x: y, y: x, a: b, b: a)
        return (1 - upper, upper)
    }

    /// `I_x(a, b)` for `x` below `(a + 1) / (a + b + 2)`: 0 when the power term underflows,
    /// else the power term times the continued fraction, at most 1 (NaN stays NaN).
    private static func nearTail(x: Double, y: Double, a: Double, b: Double) -> Double {
        let power = betaPowerTerm(x: x, y: y, a: a, b: b)
        if power == 0 { return 0 }
        let tail = power * betaContinuedFraction(x: x, y: y, a: a, b: b)
        return tail > 1 ? 1 : tail
    }

    /// `I_x(a, b) B(a, b) / (x^a y^b)` by the continued fraction of Abramowitz & Stegun 26.5.8
    /// in its even contraction, evaluated forward as `bfrac` in Didonato & Morris, TOMS 708
    /// (1992), with the convergents rescaled at each step. Its terms are built from `y` and
    /// `λ = a - (a + b) x` (formed from whichever of `x`, `y` is below 1/2), never from `1 - x`,
    /// so it keeps its accuracy for `x` near 1 and large `a`. It converges for
    /// `x < (a + 1) / (a + b + 2)`, in about √max(a, b) steps at worst; it stops when a step
    /// changes the value by less than 1e-16 relative; `.nan` when it has not converged after
    /// `continuedFractionLimit` steps (shapes beyond about 1e13 near the mean) or overflowed
    /// (shapes beyond about 1e150).
    private static func betaContinuedFraction(x: Double, y: Double, a: Double, b: Double) -> Double {
        let lambda = x < 0.5 ? a - (a + b) * x : (a + b) * y - b
        let c = lambda + 1, c0 = b / a, c1 = 1 / a + 1, yPlusOne = y + 1
        var p = 1.0, s = a + 1
        var previousNumerator = 0.0, previousDenominator = 1.0
        var numerator = 1.0, denominator = c / c1
        var value = c1 / c
        for step in 1...continuedFractionLimit {
            let n = Double(step), t = n / a
            let w = n * (b - n) * x
            let e = a / s
            let alpha = p * (p + c0) * e * e * (w * x)
            let beta = n + w / s + (t + 1) / (c1 + t + t) * (c + n * yPlusOne)
            p = t + 1
            s += 2
            (previousNumerator, numerator) = (numerator, alpha * previousNumerator + beta * numerator)
            (previousDenominator, denominator) = (denominator, alpha * previousDenominator + beta * denominator)
            let previous = value
            value = numerator / denominator
            if abs(value - previous) <= 1e-16 * value { return value }
            previousNumerator /= denominator
            previousDenominator /= denominator
            numerator = value
            denominator = 1
        }
        return .nan
    }

    /// The most steps `betaContinuedFraction` takes: enough for shapes to about 1e12, and a
    /// bound on the time of one evaluation (about a millisecond).
    private static let continuedFractionLimit = 100_000
}
