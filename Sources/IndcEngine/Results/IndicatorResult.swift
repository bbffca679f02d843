import IndcSemantics

/// One indicator's computed table: a row per cell, sorted (LANGUAGE.md "Results").
public struct IndicatorResult: Sendable {
    public let indicator: Indicator
    /// For `distribution(X)`: the name of the column holding X's level (the input as written).
    public let distributionColumn: String?
    public internal(set) var rows: [ResultRow]
    /// The order of the period column's values (for change over time).
    let periodOrder: ValueOrder

    /// The number of suppressed rows.
    public var suppressedCount: Int { rows.count { $0.suppressed != nil } }
}

/// One result row: a cell (or, for a distribution, one level of a cell).
public struct ResultRow: Sendable {
    /// The values of the `group by` columns, in order.
    public let groups: [Value]
    /// The breakdown dimension, or nil for the total.
    public let breakdown: String?
    /// The breakdown dimension's value (missing for the total).
    public let breakdownValue: Value
    /// For a distribution: the level.
    public let level: Value?
    public internal(set) var value: Double?
    public internal(set) var numerator: Double?
    public internal(set) var denominator: Double?
    /// The unweighted rows the value rests on.
    public internal(set) var n: Int?
    /// `withheld` when the cell is withheld, else nil: published files do not tell primary from secondary suppression.
    public internal(set) var suppressed: String?
    /// For the analyst only (`disclosure.csv`, never published): why the cell is withheld (`n < 10`,
    /// `unreliable: …`, `secondary: …`).
    public internal(set) var withheldBecause: String?
    /// For the analyst only: the disclosure audit's verdict on a withheld cell.
    public internal(set) var auditVerdict: String?
    /// The standard error of the value (survey samples; empty for a census).
    public internal(set) var se: Double?
    public internal(set) var ciLow: Double?
    public internal(set) var ciHigh: Double?
    /// The degrees of freedom of the interval: the domain's rows minus its strata.
    public internal(set) var df: Int?
    /// Kish's effective sample size `(Σw)² / Σw²` of the domain.
    public internal(set) var nEff: Double?
    /// With a `period`: the value of the same cell in the preceding period, and the change against it.
    public internal(set) var previous: Double?
    public internal(set) var change: Double?
    public internal(set) var changeSE: Double?
    /// The two-sided p-value of the change (independent samples), and whether it is below 1 − level.
    public internal(set) var changeP: Double?
    public internal(set) var changeSignificant: Bool?
    public internal(set) var target: Double?
    public internal(set) var targetMet: Bool?
    /// In the latest period, with `target … by YEAR`: `met`, `on track` or `off track`.
    public internal(set) var targetStatus: String?
    /// The value minus the target.
    public internal(set) var targetGap: Double?
    /// With `reliability nchs`: `reliable`, `review: …` or `unreliable`.
    public internal(set) var reliability: String?
    /// Why a value, interval or target is missing (`division by zero`), or nil; several reasons joined by `; `.
    public internal(set) var note: String?

    /// The n a withheld row had (never published): whether it adds to a total, for complementary suppression,
    /// and its cost in secondary suppression.
    public internal(set) var withheldN = 0

    /// Adds a reason to the note.
    mutating func addNote(_ reason: String) {
        note = note.map { "\($0); \(reason)" } ?? reason
    }

    /// The cell's identity across indicators with the same groups: for relative targets.
    var cellKey: [Value] {
        groups + [breakdown.map(Value.text) ?? .missing, breakdownValue, level ?? .missing]
    }
}
