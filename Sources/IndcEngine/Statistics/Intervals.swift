import Foundation

/// Confidence intervals for survey estimates, as R's `survey` package computes them
/// (`svyciprop` for proportions, `confint(..., df = degf(design))` for everything else).
enum Intervals {
    /// An interval, or why there is none (the `note` of the result row).
    enum Outcome: Equatable {
        case interval(low: Double, high: Double)
        case none(String)
    }

    /// The interval of a proportion `p` with standard error `se` on `df` degrees of freedom.
    /// `rows` is the number of rows of the domain (Korn-Graubard's `nrow(design)`).
    static func proportion(_ p: Double, se: Double, df: Int, rows: Int, method: String, level: Double) -> Outcome {
        finite(proportionInterval(p, se: se, df: df, rows: rows, method: method, level: level))
    }

    /// The outcome, or `no variance` where a bound is not a finite number (never NaN in any output).
    private static func finite(_ outcome: Outcome) -> Outcome {
        guard case .interval(let low, let high) = outcome, !low.isFinite || !high.isFinite else { return outcome }
        return .none("no interval: no variance")
    }

    private static func proportionInterval(_ p: Double, se: Double, df: Int, rows: Int, method: String, level: Double) -> Outcome {
        if p <= 0 || p >= 1 { return .none("no interval: the share is \(p <= 0 ? 0 : 100)%") }
        guard df >= 1 else { return .none("no interval: fewer than 1 degree of freedom") }
        let alpha = 1 - level
        let t = Distributions.studentTQuantile(1 - alpha / 2, df: Double(df))
        switch method {
        case "mean":
            return .interval(low: p - t * se, high: p + t * se)
        case "beta":
            guard se > 0, rows >= 2 else { return .none("no interval: no variance") }
            let bounds = kornGraubard(p, effectiveSize: p * (1 - p) / (se * se), df: df, rows: rows, alpha: alpha)
            return .interval(low: bounds.low, high: bounds.high)
        case "wilson":
            guard se > 0 else { return .none("no interval: no variance") }
            let size = p * (1 - p) / (se * se)
            let spread = t * t / size
            let centre = (p + spread / 2) / (1 + spread)
            let half = t * (p * (1 - p) / size + t * t / (4 * size * size)).squareRoot() / (1 + spread)
            return .interval(low: centre - half, high: centre + half)
        default:
            let logit = log(p / (1 - p))
            let width = t * se / (p * (1 - p))
            return .interval(low: expit(logit - width), high: expit(logit + width))
        }
    }

    /// The Korn-Graubard bounds for an effective sample size, with R's degrees-of-freedom factor
    /// `(qt(α/2, rows − 1) / qt(α/2, df))²`; a p of 0 or 1 has the end of the support as its bound.
    static func kornGraubard(_ p: Double, effectiveSize: Double, df: Int, rows: Int, alpha: Double) -> (low: Double, high: Double) {
        let ratio = Distributions.studentTQuantile(alpha / 2, df: Double(rows - 1)) / Distributions.studentTQuantile(alpha / 2, df: Double(df))
        let size = effectiveSize * ratio * ratio
        let low = p <= 0 ? 0 : Distributions.betaQuantile(alpha / 2, a: size * p, b: size * (1 - p) + 1)
        let high = p >= 1 ? 1 : Distributions.betaQuantile(1 - alpha / 2, a: size * p + 1, b: size * (1 - p))
        return (low, high)
    }

    /// The t interval `estimate ± t(1 − α/2, df) · se` of a mean, total or ratio.
    static func symmetric(_ estimate: Double, se: Double, df: Int, level: Double) -> Outcome {
        guard df >= 1 else { return .none("no interval: fewer than 1 degree of freedom") }
        let t = Distributions.studentTQuantile(1 - (1 - level) / 2, df: Double(df))
        return finite(.interval(low: estimate - t * se, high: estimate + t * se))
    }

    private static func expit(_ x: Double) -> Double {
        x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x))
    }
}
