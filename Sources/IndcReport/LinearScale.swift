/// Maps data values onto a length in the chart (pixels), with "nice" round ticks.
public struct LinearScale: Sendable, Equatable {
    /// The data domain shown, already widened to round tick values.
    public let lower: Double
    public let upper: Double
    /// The pixel range: `start` is where `lower` lands, `end` where `upper` does.
    public let start: Double
    public let end: Double
    /// The distance between ticks.
    public let step: Double

    /// A scale covering `values` and zero, widened to ticks that are 1, 2 or 5 times a power of ten;
    /// percentages (proportions) never beyond 100%; about `tickCount` ticks.
    public init(covering values: [Double], start: Double, end: Double, tickCount: Int = 5, proportion: Bool = false) {
        let finite = values.filter(\.isFinite)
        var low = min(0, finite.min() ?? 0)
        var high = max(0, finite.max() ?? 1)
        if high - low < 1e-12 { high = low + 1 }
        let step = Self.niceStep((high - low) / Double(max(1, tickCount - 1)))
        low = (low / step).rounded(.down) * step
        high = (high / step).rounded(.up) * step
        if proportion, high > 1, finite.allSatisfy({ $0 <= 1 }) { high = 1 }
        self.lower = low
        self.upper = high
        self.start = start
        self.end = end
        self.step = step
    }

    /// The step of 1, 2 or 5 × 10^k nearest above `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough.isFinite, rough > 0 else { return 1 }
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        let fraction = rough / power
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        return nice * power
    }

    /// The pixel position of `value`.
    public func position(_ value: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }

    /// The tick values from `lower` to `upper` (just the two ends when values too extreme for round steps are shown).
    public var ticks: [Double] {
        let count = ((upper - lower) / step).rounded()
        guard count.isFinite, count <= 100 else { return [lower, upper] }
        return (0...max(0, Int(count))).map { lower + Double($0) * step }
    }
}
