import Foundation

extension Distributions {
    /// `x^a y^b / B(a, b)` with `y = 1 - x`, both given so that each keeps its full relative
    /// precision. This factor fixes the accuracy of the incomplete beta, so it is computed
    /// without cancellation between large logarithms:
    /// - both shapes ≥ 10: the form of `brcomp` in Didonato & Morris, TOMS 708 (1992), with
    ///   `x0 = a / (a + b)`: `√(a b / (2π (a + b))) · exp(a·(log(x/x0) - (x - x0)/x0) +
    ///   b·(log(y/y0) - (y - y0)/y0) - Δ)`, where Δ is the Stirling corrections' difference and
    ///   every term of the exponent is ≤ 0 (the linear terms cancel, as `a/x0 = b/y0 = a + b`);
    /// - otherwise `exp(a log x + b log y - log B(a, b))`, each logarithm taken of whichever of
    ///   `x`, `y` is below 1/2 and `log B` as in `logBeta`.
    static func betaPowerTerm(x: Double, y: Double, a: Double, b: Double) -> Double {
        if min(a, b) >= 10 {
            let total = a + b
            let x0 = a / total, y0 = b / total
            let correction = stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(total)
            let exponent = a * logRatioDeviation(x, x0) + b * logRatioDeviation(y, y0) - correction
            return (x0 * b / (2 * .pi)).squareRoot() * exp(exponent)
        }
        let logX = x < 0.5 ? log(x) : log1p(-y)
        let logY = y < 0.5 ? log(y) : log1p(-x)
        return exp(a * logX + b * logY - logBeta(a, b))
    }

    /// `log(v / v0) - (v - v0) / v0`, which is ≤ 0: by `log1pmx` near `v0`, else directly (as
    /// TOMS 708 does), since `1 + (v - v0) / v0` loses `v`'s relative precision when `v ≪ v0`.
    private static func logRatioDeviation(_ v: Double, _ v0: Double) -> Double {
        let u = (v - v0) / v0
        return abs(u) < 0.5 ? log1pmx(u) : log(v / v0) - u
    }

    /// `log B(a, b)` for `min(a, b) < 10` (larger pairs go through the Stirling form of
    /// `betaPowerTerm`), as R's `lbeta`: with `p ≤ q`, when `q ≥ 10` the large log-gammas are
    /// replaced by Stirling's series, `lgamma(p) + Δ + p - p log(p + q) + (q - 1/2) log1p(-p / (p + q))`
    /// with `Δ = stirlingCorrection(q) - stirlingCorrection(p + q)`; otherwise plain `lgamma`.
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        let p = min(a, b), q = max(a, b)
        guard q >= 10 else { return lgamma(p) + lgamma(q) - lgamma(p + q) }
        let correction = stirlingCorrection(q) - stirlingCorrection(p + q)
        return lgamma(p) + correction + p - p * log(p + q) + (q - 0.5) * log1p(-p / (p + q))
    }

    /// The remainder of Stirling's formula, `lgamma(x) - ((x - 1/2) log x - x + log √(2π))`, for
    /// `x ≥ 10`: the asymptotic series `Σ B₂ₖ / (2k (2k - 1) x^(2k-1))` through k = 8, whose
    /// truncation error there is below 2e-18.
    private static func stirlingCorrection(_ x: Double) -> Double {
        let w = 1 / (x * x)
        return stirlingCoefficients.reversed().reduce(0) { $0 * w + $1 } / x
    }

    /// `B₂ₖ / (2k (2k - 1))` for k = 1...8.
    private static let stirlingCoefficients: [Double] = [
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360_360, 1.0 / 156, -3617.0 / 122_400,
    ]

    /// `log(1 + x) - x`, accurate also for small `|x|` where the difference cancels: for
    /// `|x| < 1/2` with `r = x / (2 + x)`, `log(1 + x) = 2 atanh r`, so the value is
    /// `-x r + 2r Σₖ≥₁ r^(2k) / (2k + 1)`, whose terms fall by `r² ≤ 1/9` each.
    private static func log1pmx(_ x: Double) -> Double {
        guard abs(x) < 0.5 else { return log1p(x) - x }
        let r = x / (2 + x), r2 = r * r
        var power = r2, sum = 0.0
        for k in 1...40 {
            let term = power / Double(2 * k + 1)
            sum += term
            if term <= 1e-17 * sum { break }
            power *= r2
        }
        return 2 * r * sum - x * r
    }
}
