/// The NCHS Data Presentation Standards for Proportions (Parker et al., 2017, Vital Health Stat 2(175)):
/// whether a survey proportion is reliable enough to be shown.
///
/// With `n_eff = min(n, p(1−p)/se²)` (n when the variance is 0) and the 95% Korn-Graubard interval of width W:
/// suppress when `n_eff < 30` or `n < 30`, when `W ≥ 0.30`, or when `0.05 < W` and `W / p > 1.30`;
/// otherwise show, flagged for review when the degrees of freedom are below 8 or p is 0 or 1.
enum Reliability {
    /// The verdict on one proportion.
    enum Verdict: Equatable {
        case reliable
        case review(String)
        case unreliable(String)
    }

    static func nchs(p: Double, se: Double, df: Int, n: Int) -> Verdict {
        let variance = se * se
        let size = min(Double(n), variance > 0 ? p * (1 - p) / variance : Double(n))
        if size < 30 { return .unreliable("unreliable: effective n < 30") }
        guard df >= 1, n >= 2 else { return .unreliable("unreliable: fewer than 1 degree of freedom") }
        let bounds = Intervals.kornGraubard(p, effectiveSize: size, df: df, rows: n, alpha: 0.05)
        let width = bounds.high - bounds.low
        if width >= 0.30 { return .unreliable("unreliable: interval wider than 30 percentage points") }
        if width > 0.05, width / p > 1.30 { return .unreliable("unreliable: relative interval width above 130%") }
        if df < 8 { return .review("review: fewer than 8 degrees of freedom") }
        if p <= 0 || p >= 1 { return .review("review: \(p <= 0 ? 0 : 100)%") }
        return .reliable
    }
}
