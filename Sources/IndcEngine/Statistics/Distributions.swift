import Foundation

/// The normal, Student t and beta distribution functions that confidence intervals for survey
/// estimates need, written to agree with R's `pnorm`, `qnorm`, `pt`, `qt`, `pbeta` and `qbeta`
/// to about 1e-13 relative wherever the value is representable (checked against R over a grid
/// in `DistributionTests`, fixture `Tests/Cases/numerics/reference.csv`), for beta shapes from
/// 0.01 to 1e12 and degrees of freedom from 0.3 up (below 1, R's own `qt` is off by up to 1e-4
/// far in the tails, where these agree with R's `pt`).
///
/// Every function returns for every input, in a bounded number of steps. A probability of 0 or
/// 1 gives the end of the support (±infinity, or 0 and 1 for the beta); an invalid argument (a
/// NaN, a probability outside [0, 1], a shape or degrees of freedom that is not finite and
/// positive — infinite degrees of freedom are the normal) gives `.nan`. Outside the range
/// above: a shape below 0.01 loses relative accuracy in a tail whose mass is of the order of
/// that shape (1e-12 at 1e-3), and shapes near 1e13 and beyond, or below about 1e-150, give
/// `.nan` where the continued fraction does not converge.
enum Distributions {
    /// The standard normal CDF Φ(x), like R's `pnorm(x)`: `erfc(-x / √2) / 2`, which keeps its
    /// relative accuracy in the lower tail (about 1e-13 near x = -37, where Φ underflows).
    static func normalCDF(_ x: Double) -> Double {
        0.5 * erfc(-x * 0.707_106_781_186_547_524_40)
    }

    /// The Student t CDF with `df` degrees of freedom, like R's `pt(t, df)`: the two-sided tail
    /// is the incomplete beta `I_x(df/2, 1/2)` at `x = df / (df + t²)`, with `x` and `1 - x`
    /// each formed without cancellation. `df` may be non-integer; above 1e20 it is the normal.
    static func studentTCDF(_ t: Double, df: Double) -> Double {
        guard !t.isNaN, df > 0 else { return .nan }
        if df > 1e20 { return normalCDF(t) }
        if t.isInfinite { return t < 0 ? 0 : 1 }
        let tail = 0.5 * twoSidedTail(abs(t), df: df)
        return t < 0 ? tail : 1 - tail
    }

    /// The Student t quantile, like R's `qt(p, df)`: from the beta quantile of the two-sided
    /// tail (`betaQuantilePair`, which gives `x` and `1 - x` both to full relative precision),
    /// in closed form for `df = 1` (Cauchy), and the normal quantile above 1e20 degrees of
    /// freedom. Returns ±infinity at p = 0 and 1, and where `|t|` overflows or the beta
    /// quantile underflows (df well below 1 far in the tails).
    static func studentTQuantile(_ p: Double, df: Double) -> Double {
        guard p >= 0, p <= 1, df > 0 else { return .nan }
        if df > 1e20 { return normalQuantile(p) }
        let lower = min(p, 1 - p)
        let magnitude: Double
        if df == 1 {
            magnitude = lower < 0.25 ? 1 / tan(.pi * lower) : tan(.pi * (0.5 - lower))
        } else {
            let root = betaQuantilePair(p: 2 * lower, q: 1 - 2 * lower, a: df / 2, b: 0.5)
            magnitude = df.squareRoot() * (root.y / root.x).squareRoot()
        }
        return p < 0.5 ? -magnitude : magnitude
    }

    /// `P(|T| ≥ t)` for `t ≥ 0`. Past `t² > 1e100 · df` the incomplete beta's argument would
    /// underflow, so the tail is its leading term `x^(df/2) / ((df/2) B(df/2, 1/2))`, in logs,
    /// as R's `pt` does.
    private static func twoSidedTail(_ t: Double, df: Double) -> Double {
        let a = df / 2
        if (t / df) * t > 1e100 {
            return exp(a * (log(df) - 2 * log(t)) - logBeta(a, 0.5) - log(a))
        }
        let tSquared = t * t
        if df > tSquared {
            let total = df + tSquared
            return betaTails(x: df / total, y: tSquared / total, a: a, b: 0.5).lower
        }
        let ratio = (df / t) / t
        return betaTails(x: ratio / (1 + ratio), y: 1 / (1 + ratio), a: a, b: 0.5).lower
    }
}
