import IndcPlan

/// A cell's value from its aggregates, with the reason when there is none: as the native engine,
/// `no values` for a mean, share or median of no rows and a min or max of none, `division by zero`
/// for a zero total weight or divisor. Every value is a double.
struct MeasureSQL {
    let aggregation: IndicatorAggregation
    let aggregates: AggregateSQL
    var dialect: SQLDialect { aggregates.dialect }

    /// A value and the reason it is missing (NULL when it is not).
    struct Outcome {
        let value: String
        let note: String
    }

    func outcome(_ formula: MeasureFormula) -> Outcome {
        switch formula {
        case .aggregate(let slot): return aggregate(slot)
        case .constant(let value): return Outcome(value: dialect.double(value), note: "NULL")
        case .negate(let operand):
            let inner = outcome(operand)
            return Outcome(value: "(-\(inner.value))", note: inner.note)
        case .abs(let operand):
            let inner = outcome(operand)
            return Outcome(value: "abs(\(inner.value))", note: inner.note)
        case .round(let operand, let digits):
            let inner = outcome(operand)
            return Outcome(value: RowSQL.round(inner.value, digits: digits, dialect), note: inner.note)
        case .binary(let operation, let left, let right):
            let a = outcome(left)
            let b = outcome(right)
            let divisionByZero = dialect.string("division by zero")
            guard operation == .divide else {
                let value = "(\(a.value) \(operation.rawValue) \(b.value))"
                return Outcome(value: value, note: "(CASE WHEN \(a.value) IS NULL THEN \(a.note) WHEN \(b.value) IS NULL THEN \(b.note) END)")
            }
            return Outcome(value: "(\(a.value) / NULLIF(\(b.value), 0))",
                           note: "(CASE WHEN \(b.value) = 0 THEN \(divisionByZero) WHEN \(a.value) IS NULL THEN \(a.note) "
                               + "WHEN \(b.value) IS NULL THEN \(divisionByZero) END)")
        }
    }

    private func aggregate(_ slot: Int) -> Outcome {
        let rows = aggregates.column(slot, "rows")
        let weight = dialect.toDouble(aggregates.column(slot, "w"))
        let noValues = dialect.string("no values")
        let divisionByZero = dialect.string("division by zero")
        switch aggregation.aggregates[slot].function {
        case .count: return Outcome(value: weight, note: "NULL")
        case .sum: return Outcome(value: dialect.toDouble(aggregates.column(slot, "t")), note: "NULL")
        case .distinct: return Outcome(value: dialect.toDouble(aggregates.column(slot, "v")), note: "NULL")
        case .mean, .share:
            return Outcome(value: "(CASE WHEN \(rows) > 0 AND \(weight) <> 0 THEN \(dialect.toDouble(aggregates.column(slot, "t"))) / \(weight) END)",
                           note: "(CASE WHEN \(rows) = 0 THEN \(noValues) WHEN \(weight) = 0 THEN \(divisionByZero) END)")
        case .median:
            return Outcome(value: "(CASE WHEN \(rows) > 0 AND \(weight) > 0 THEN \(aggregates.column(slot, "v")) END)",
                           note: "(CASE WHEN \(rows) = 0 THEN \(noValues) WHEN \(weight) <= 0 THEN \(divisionByZero) END)")
        case .min, .max:
            let value = aggregates.column(slot, "v")
            return Outcome(value: value, note: "(CASE WHEN \(value) IS NULL THEN \(noValues) END)")
        case .distribution:
            preconditionFailure("a distribution's rows are formed per level")
        }
    }

    /// The value's numerator and denominator: a share's weighted sums, or the two sides of a top-level `/`.
    func parts() -> (numerator: String, denominator: String) {
        switch aggregation.formula {
        case .aggregate(let slot) where aggregation.aggregates[slot].function == .share:
            (dialect.toDouble(aggregates.column(slot, "t")), dialect.toDouble(aggregates.column(slot, "w")))
        case .binary(.divide, let numerator, let denominator):
            (outcome(numerator).value, outcome(denominator).value)
        default:
            ("NULL", "NULL")
        }
    }

    /// The cell's `n` (LANGUAGE.md): an aggregate's rows, or all rows of the cell.
    var count: String {
        switch aggregation.count {
        case .aggregate(let slot): aggregates.column(slot, "rows")
        case .cellRows: dialect.identifier("__rows")
        }
    }

    /// The product of the `per N` factors.
    var scale: Double {
        aggregation.post.reduce(1) { product, step in
            if case .scale(let factor) = step { return product * factor }
            return product
        }
    }
}
