import IndcPlan
import IndcSyntax
import IndcSemantics

/// The steps after aggregation that need no other indicator: suppression and fixed targets.
enum PostProcessing {
    /// Withholds small cells and sets fixed targets, in the plan's order.
    static func apply(_ steps: [PostStep], to rows: inout [ResultRow]) {
        for step in steps {
            switch step {
            case .suppress(let minimumN):
                for index in rows.indices where (rows[index].n ?? 0) < minimumN { suppress(&rows[index], minimumN) }
            case .target(let target):
                for index in rows.indices {
                    rows[index].target = target.value
                    rows[index].targetMet = rows[index].suppressed == nil ? rows[index].value.map { meets($0, target.comparison, target.value) } : nil
                }
            case .scale, .relativeTarget, .sort:
                continue
            }
        }
    }

    /// A suppressed cell shows no value, numerator, denominator, n or note: only the reason.
    private static func suppress(_ row: inout ResultRow, _ minimumN: Int) {
        row.value = nil
        row.numerator = nil
        row.denominator = nil
        row.n = nil
        row.note = nil
        row.suppressed = "n < \(minimumN)"
    }

    /// Whether a value meets a target comparison.
    static func meets(_ value: Double, _ comparison: BinaryOperator, _ target: Double) -> Bool {
        switch comparison {
        case .greaterEqual: value >= target
        case .greater: value > target
        case .lessEqual: value <= target
        default: value < target
        }
    }
}
