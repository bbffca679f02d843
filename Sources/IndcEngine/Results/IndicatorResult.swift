import IndcSemantics

/// One indicator's computed table: a row per cell, sorted (LANGUAGE.md "Results").
public struct IndicatorResult: Sendable {
    public let indicator: Indicator
    /// For `distribution(X)`: the name of the column holding X's level (the input as written).
    public let distributionColumn: String?
    public internal(set) var rows: [ResultRow]

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
    /// Why the cell is withheld (`n < 10`), or nil.
    public internal(set) var suppressed: String?
    public internal(set) var target: Double?
    public internal(set) var targetMet: Bool?
    /// Why a value or target is missing (`division by zero`), or nil.
    public internal(set) var note: String?

    /// The cell's identity across indicators with the same groups: for relative targets.
    var cellKey: [Value] {
        groups + [breakdown.map(Value.text) ?? .missing, breakdownValue, level ?? .missing]
    }
}
