/// Numbers as the page shows them: rounded for reading, in the language's notation
/// (Dutch: `1.234,5` and `63,7%`; English: `1,234.5` and `63.7%`). Results files keep full precision.
public struct DisplayNumber: Sendable {
    /// The language whose decimal mark and thousands separator are used.
    public let language: ReportLanguage
    /// The indicator's unit (`percent`, `count`, `number`, `score`, `per 1000`).
    public let unit: String

    public init(language: ReportLanguage, unit: String) {
        self.language = language
        self.unit = unit
    }

    /// A value with its unit's rounding: percent 1 decimal and `%`, count whole, score and rates 1 decimal.
    public func text(_ value: Double) -> String {
        switch unit {
        case "percent": fixed(value * 100, decimals: 1) + "%"
        case "count": fixed(value, decimals: 0)
        case "score": fixed(value, decimals: 1)
        case _ where unit.hasPrefix("per"): fixed(value, decimals: 1)
        default: fixed(value, decimals: abs(value) >= 100 ? 0 : 2)
        }
    }

    /// As `text`, without trailing zero decimals (`70%`, not `70,0%`): for round values such as targets.
    public func compact(_ value: Double) -> String {
        var text = text(value)
        let suffix = text.hasSuffix("%") ? "%" : ""
        if !suffix.isEmpty { text.removeLast() }
        if text.contains(language.decimalMark) {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(String(language.decimalMark)) { text.removeLast() }
        }
        return text + suffix
    }

    /// An interval `low–high`.
    public func interval(_ low: Double, _ high: Double) -> String {
        "\(text(low)) – \(text(high))"
    }

    /// A change with its sign; percentages in percentage points (`+2,5 procentpunt`).
    public func change(_ value: Double) -> String {
        let sign = value > 0 ? "+" : value < 0 ? "−" : "±"
        guard unit == "percent" else { return sign + DisplayNumber(language: language, unit: unit).text(abs(value)) }
        let points = fixed(abs(value) * 100, decimals: 1)
        return sign + points + (language == .dutch ? " procentpunt" : " percentage points")
    }

    /// An axis tick: as `text`, but with only as many decimals as the tick step needs.
    func tick(_ value: Double, step: Double) -> String {
        let scaled = unit == "percent" ? 100.0 : 1.0
        var decimals = 0
        var probe = step * scaled
        while decimals < 4, abs(probe - probe.rounded()) > 1e-9 * max(1, abs(probe)) {
            probe *= 10
            decimals += 1
        }
        return fixed(value * scaled, decimals: decimals) + (unit == "percent" ? "%" : "")
    }

    /// `value` rounded half away from zero to `decimals`, with thousands grouped.
    func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let rounded = (abs(value) * factor).rounded(.toNearestOrAwayFromZero)
        guard rounded < 1e18 else { return (value < 0 ? "−" : "") + "\(abs(value))" }
        let whole = UInt64(rounded) / UInt64(factor)
        let fraction = UInt64(rounded) % UInt64(factor)
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = String(language.thousandsSeparator) + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if decimals > 0 {
            let padded = String(fraction)
            grouped += String(language.decimalMark) + String(repeating: "0", count: decimals - padded.count) + padded
        }
        return (value < 0 && rounded > 0 ? "−" : "") + grouped
    }
}
