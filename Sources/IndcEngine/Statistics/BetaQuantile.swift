import Foundation

extension Distributions {
    /// The beta quantile, like R's `qbeta(p, a, b)`: the `x` with `I_x(a, b) = p`, to within a
    /// few units in the last place of what the incomplete beta's accuracy allows. Returns 0 at
    /// p = 0, 1 at p = 1, and `.nan` for p outside [0, 1] or a shape that is not finite and
    /// positive. See `betaQuantilePair` for the method.
    static func betaQuantile(_ p: Double, a: Double, b: Double) -> Double {
        guard p >= 0, p <= 1, a > 0, b > 0, a.isFinite, b.isFinite else { return .nan }
        return betaQuantilePair(p: p, q: 1 - p, a: a, b: b).x
    }

    /// The point `x` where Beta(a, b) has lower tail `p` and upper tail `q`, and `y = 1 - x`,
    /// both to full relative precision: of `p` and `q = 1 - p` the smaller is taken as the exact
    /// one, and the root is sought in whichever of `x` and `y` is below 1/2 (for `y`, as the
    /// quantile of Beta(b, a) with the tails swapped), so neither is formed as `1 - ` a number
    /// near 1. Newton's method on the log of the tail nearest to the target (`quantileBelowHalf`).
    static func betaQuantilePair(p: Double, q: Double, a: Double, b: Double) -> (x: Double, y: Double) {
        if p <= 0 { return (0, 1) }
        if q <= 0 { return (1, 0) }
        let middle = betaTails(x: 0.5, y: 0.5, a: a, b: b)
        if p <= q ? middle.lower >= p : middle.upper <= q {
            let x = quantileBelowHalf(p: p, q: q, a: a, b: b)
            return (x, 1 - x)
        }
        let y = quantileBelowHalf(p: q, q: p, a: b, b: a)
        return (1 - y, y)
    }

    /// The root in (0, 1/2] of `log T(x) = log t`, where `T` is the lower tail and `t = p` when
    /// `p ≤ q`, else the upper tail and `t = q`. Each step is Newton's in `log x`, which is exact
    /// for a power-law tail `x^a` and converges fast for the near-exponential tails of large
    /// shapes; a step that leaves the bracket known to hold the root is replaced by bisection
    /// (geometric once the bracket spans more than a factor 4). It stops when a step changes `x`
    /// by less than 2e-15 relative, or after `quantileStepLimit` steps; `.nan` where the
    /// incomplete beta is (`betaContinuedFraction`).
    private static func quantileBelowHalf(p: Double, q: Double, a: Double, b: Double) -> Double {
        let lowerTail = p <= q
        let logTarget = log(lowerTail ? p : q)
        var low = 0.0, high = 0.5
        var x = initialQuantile(p: p, q: q, a: a, b: b)
        for _ in 0..<quantileStepLimit {
            let tails = betaTails(x: x, y: 1 - x, a: a, b: b)
            let tail = lowerTail ? tails.lower : tails.upper
            let residual = lowerTail ? log(tail) - logTarget : logTarget - log(tail)
            if residual.isNaN { return .nan }
            if residual == 0 { return x }
            if residual < 0 { low = x } else { high = x }
            let logSlope = betaPowerTerm(x: x, y: 1 - x, a: a, b: b) / ((1 - x) * tail)
            var next = x + x * expm1(-residual / logSlope)
            if !(next > low && next < high) {
                next = low > 0 && high > 4 * low ? (low * high).squareRoot() : 0.5 * (low + high)
            }
            if abs(next - x) <= 2e-15 * x { return next }
            x = next
        }
        return x
    }

    /// The most steps `quantileBelowHalf` takes; bisection alone narrows (0, 1/2] to one unit
    /// in the last place of any normal double in fewer.
    private static let quantileStepLimit = 1200

    /// A start in (0, 1/2] for `quantileBelowHalf`, as `invbetai` in Numerical Recipes (3rd ed.,
    /// §6.4): for both shapes ≥ 1 the normal approximation of Abramowitz & Stegun 26.5.22
    /// through `z = Φ⁻¹(1 - p)`, else the leading terms of the two tails' power series.
    private static func initialQuantile(p: Double, q: Double, a: Double, b: Double) -> Double {
        let guess: Double
        if a >= 1, b >= 1 {
            let z = p <= q ? -normalQuantile(p) : normalQuantile(q)
            let lambda = (z * z - 3) / 6
            let h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1))
            let w = z * (lambda + h).squareRoot() / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (lambda + 5.0 / 6 - 2 / (3 * h))
            guess = a / (a + b * exp(2 * w))
        } else {
            let total = a + b
            let lowerMass = exp(a * log(a / total)) / a
            let upperMass = exp(b * log(b / total)) / b
            let mass = lowerMass + upperMass
            guess = p < lowerMass / mass ? pow(a * mass * p, 1 / a) : 1 - pow(b * mass * q, 1 / b)
        }
        return guess > 0 ? min(guess, 0.5) : 0.25
    }
}
