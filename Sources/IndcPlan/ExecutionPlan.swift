// The plan stage: a checked project → one scan per dataset with per-indicator aggregations.
// The plan is data: the engine executes it and a SQL backend can compile it; `indc plan` prints it.
import IndcSemantics
import IndcSyntax

/// A checked project compiled for execution: one scan of each dataset file serves all its indicators.
public struct ExecutionPlan: Sendable {
    /// One scan per dataset that has indicators, in declaration order.
    public let scans: [DatasetScan]
}

/// Everything computed in one pass over one dataset file.
public struct DatasetScan: Sendable {
    public let dataset: Dataset
    /// The declared columns the indicators reference (only these are decoded), in declaration order.
    public let columns: [Column]
    /// The derived columns needed, each after those it uses.
    public let derived: [DerivedColumn]
    /// Row conditions, each evaluated once per row and shared by the indicators that use it.
    public let filters: [RowFilter]
    public let aggregations: [IndicatorAggregation]
}

/// A row condition from one or more indicators' `filter` clauses.
public struct RowFilter: Sendable {
    /// The filter's number within its scan (1-based, as printed: `#1`).
    public let id: Int
    public let condition: Expression
}

/// One grouping set: the `group by` columns, plus one `breakdown` column or none (the total).
public struct GroupingSet: Sendable, Equatable {
    public let keys: [String]
    /// The breakdown dimension this set adds, or nil for the total.
    public let breakdown: String?
}

/// The aggregates a measure needs per cell.
public enum AggregateFunction: String, Sendable {
    case count, sum, mean, median, min, max, share, distinct, distribution
}

/// One aggregate computed per cell: `share(portaal = "ja")`, `count(where digitaal)`.
public struct AggregateSlot: Sendable {
    public let function: AggregateFunction
    /// The input expression (the condition, for `share`); nil for `count()`.
    public let input: Expression?
    /// The `where` condition, if any.
    public let condition: Expression?
    /// Whether rows are weighted (never for `distinct`).
    public let weighted: Bool
}

/// How a cell's value is computed from its aggregates.
public indirect enum MeasureFormula: Sendable {
    case aggregate(Int)
    case constant(Double)
    case negate(MeasureFormula)
    case binary(BinaryOperator, MeasureFormula, MeasureFormula)
    case round(MeasureFormula, digits: Int)
    case abs(MeasureFormula)
}

/// Which rows a cell's `n` counts (LANGUAGE.md: the rows the value rests on).
public enum CellCount: Sendable, Equatable {
    /// The rows an aggregate used (its input not missing, or the rows counted).
    case aggregate(Int)
    /// All rows of the cell.
    case cellRows
}

/// A step after aggregation, in order.
public enum PostStep: Sendable {
    /// `per N`: multiply the value.
    case scale(Double)
    /// Withhold cells whose n is below the threshold.
    case suppress(minimumN: Int)
    case target(Target)
    /// Compare with another indicator's value in the same cell.
    case relativeTarget(Target, indicator: String)
    /// Sort by the group values (levels in declared order, numbers ascending, missing last).
    case sort([String])
}

/// What one indicator computes within its dataset's scan.
public struct IndicatorAggregation: Sendable {
    public let indicator: Indicator
    /// The ids of the scan's filters that all must hold.
    public let filters: [Int]
    public let weight: String?
    public let groupingSets: [GroupingSet]
    public let aggregates: [AggregateSlot]
    public let formula: MeasureFormula
    public let count: CellCount
    /// For `distribution(X)`: the column whose levels become rows.
    public let distributionColumn: Expression?
    public let post: [PostStep]
}

extension IndicatorAggregation {
    /// Whether the cells add up across a breakdown (every aggregate but median, min, max and distinct),
    /// so that a total minus the shown cells would give a lone withheld one: complementary suppression.
    public var isAdditive: Bool {
        !aggregates.contains { [.median, .min, .max, .distinct].contains($0.function) }
    }

    /// Whether the value is one aggregate, so a cell whose n is 0 adds nothing to a total; a ratio's
    /// numerator may have rows where its n (that of the denominator) has none.
    public var isSingleAggregate: Bool {
        if case .aggregate = formula { return true }
        return false
    }
}

/// The weighted median's rule (LANGUAGE.md): a cumulative weight within this fraction of the total
/// from half counts as exactly half, so rounding in the sums cannot change the answer. Shared by
/// the native engine and `indc sql`.
public enum WeightedMedian {
    public static let tolerance = 1e-12
}
