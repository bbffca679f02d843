/// Results publish only finite numbers. A sum past ±1.8e308, weights so large or small that their
/// squares overflow or vanish: such a number is left empty, and the note says which and why.
extension ResultRow {
    /// Empties every number that is infinite or NaN and adds one note naming them.
    mutating func keepFinite() {
        var emptied: [String] = []
        func check(_ number: inout Double?, _ name: String) {
            guard let value = number, !value.isFinite else { return }
            number = nil
            emptied.append(name)
        }
        check(&value, "value")
        check(&numerator, "numerator")
        check(&denominator, "denominator")
        check(&se, "se")
        check(&ciLow, "ci_low")
        check(&ciHigh, "ci_high")
        check(&nEff, "n_eff")
        check(&previous, "previous")
        check(&change, "change")
        check(&changeSE, "change_se")
        check(&changeP, "change_p")
        check(&target, "target")
        check(&targetGap, "target_gap")
        guard !emptied.isEmpty else { return }
        if emptied.contains("value") { targetMet = nil }
        if emptied.contains("change") || emptied.contains("change_se") || emptied.contains("change_p") { changeSignificant = nil }
        addNote("\(emptied.joined(separator: ", ")) out of range (beyond ±1.8e308, or weights too large or too small to square)")
    }
}

extension IndicatorResult {
    /// Every row with finite numbers only (`ResultRow.keepFinite`).
    mutating func keepFinite() {
        for index in rows.indices { rows[index].keepFinite() }
    }
}
