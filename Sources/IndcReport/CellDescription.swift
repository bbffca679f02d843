/// The words for one cell, used as a chart point's tooltip and accessible name and in the table:
/// `2021 · huisarts: 80,9% (95%-interval 75,2% – 85,5%), n = 229; significant gestegen`.
struct CellDescription {
    let language: ReportLanguage
    let numbers: DisplayNumber
    /// The interval level (0.95), shown with the interval.
    let level: Double?

    /// The sentence for `cell` at `place` (its category and series).
    func sentence(_ cell: ResultCell, place: String) -> String {
        var parts = [value(cell)]
        if let change = change(cell) { parts.append(change) }
        if let target = target(cell) { parts.append(target) }
        return (place.isEmpty ? "" : place + ": ") + parts.joined(separator: "; ")
    }

    /// Why a cell has no value: withheld (too few data) or a note; nil when it has one.
    func absence(_ cell: ResultCell) -> String? {
        guard cell.value == nil else { return nil }
        let notes = EngineNotes(language: language)
        if let reason = cell.suppressed { return notes.withheld(reason) }
        return cell.note.map(notes.note) ?? language.text(.noData)
    }

    /// The value with its interval and n, or why there is none.
    func value(_ cell: ResultCell) -> String {
        guard let value = cell.value else { return absence(cell) ?? "" }
        var text = numbers.text(value)
        if let interval = interval(cell) { text += " (\(interval))" }
        if let n = cell.n { text += ", n = \(DisplayNumber(language: language, unit: "count").text(Double(n)))" }
        return text
    }

    /// `95%-interval 75,2% – 85,5%`, or nil without bounds.
    func interval(_ cell: ResultCell) -> String? {
        guard let low = cell.ciLow, let high = cell.ciHigh else { return nil }
        let percent = DisplayNumber(language: language, unit: "percent").fixed((level ?? 0.95) * 100, decimals: 0)
        return (language == .dutch ? "\(percent)%-interval " : "\(percent)% interval ") + numbers.interval(low, high)
    }

    /// The change against the previous period, with whether it is significant.
    func change(_ cell: ResultCell) -> String? {
        changeAmount(cell).map { "\(language.text(.change).lowercased()) \($0)" }
    }

    /// The change without the word: `+2,5 procentpunt, significant gestegen`.
    func changeAmount(_ cell: ResultCell) -> String? {
        guard let change = cell.change else { return nil }
        var text = numbers.change(change)
        if let significant = cell.changeSignificant {
            text += significant ? ", " + language.text(change > 0 ? .significantRise : .significantFall) : ", " + language.text(.notSignificant)
        }
        return text
    }

    /// The target and the cell's standing against it.
    func target(_ cell: ResultCell) -> String? {
        targetAmount(cell).map { "\(language.text(.target)) \($0)" }
    }

    /// The target without the word: `70%: doel gehaald`.
    func targetAmount(_ cell: ResultCell) -> String? {
        guard let target = cell.target else { return nil }
        var text = numbers.compact(target)
        if let status = status(cell) { text += ": " + status }
        return text
    }

    /// `doel gehaald`, `op koers`, `niet op koers` or `doel niet gehaald`.
    func status(_ cell: ResultCell) -> String? {
        switch cell.targetStatus {
        case "met": return language.text(.met)
        case "on track": return language.text(.onTrack)
        case "off track": return language.text(.offTrack)
        default: return cell.targetMet.map { language.text($0 ? .met : .notMet) }
        }
    }
}
