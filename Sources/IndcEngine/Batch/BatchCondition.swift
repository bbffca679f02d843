import IndcSemantics
import IndcSyntax

/// A row condition compiled for whole batches: it writes one truth value per row, 0 false, 1 true
/// or 2 missing, with the three-valued logic of `RowCompiler` (LANGUAGE.md: a comparison with a
/// missing operand is missing; `and`/`or` as in SQL).
///
/// Only the forms the batch path knows are compiled (`BatchCompiler`); anything else sends the
/// whole scan down the row path, so there is one meaning per expression.
final class BatchCondition {
    /// Truth values as stored: false, true, missing.
    static let no: UInt8 = 0, yes: UInt8 = 1, unknown: UInt8 = 2

    enum Form {
        case constant(UInt8)
        /// A boolean column.
        case column(Int)
        /// A category (or boolean) column's level in a set of levels, as a bit mask.
        case levels(slot: Int, mask: UInt64, negated: Bool)
        /// An integer column against exact integer bounds: true when `low <= x <= high` (not when `negated`).
        case integerRange(slot: Int, low: Int64, high: Int64, negated: Bool)
        /// A numeric column compared with a number; `negated` turns `=` into `!=`.
        case compare(slot: Int, isInteger: Bool, operation: BinaryOperator, value: Double)
        /// A number column in a list of numbers.
        case numbers(slot: Int, values: [Double], negated: Bool)
        /// An integer column in a list of integers.
        case integers(slot: Int, values: [Int64], negated: Bool)
        case isMissing(slot: Int, negated: Bool)
        case not(BatchCondition)
        case and(BatchCondition, BatchCondition)
        case or(BatchCondition, BatchCondition)
    }

    let form: Form
    /// Where an `and`/`or` puts its right operand's values.
    private let scratch: UnsafeMutablePointer<UInt8>

    init(_ form: Form) {
        self.form = form
        scratch = .allocate(capacity: ColumnBatch.capacity)
    }

    deinit { scratch.deallocate() }

    /// Writes the condition's value for rows `0 ..< batch.count` to `out`.
    func evaluate(_ batch: ColumnBatch, into out: UnsafeMutablePointer<UInt8>) {
        let count = batch.count
        switch form {
        case .constant(let value):
            out.update(repeating: value, count: count)
        case .column(let slot):
            let codes = batch.codes[slot], missing = batch.missing[slot]
            for row in 0..<count { out[row] = missing[row] ? Self.unknown : UInt8(truncatingIfNeeded: codes[row]) }
        case .levels(let slot, let mask, let negated):
            let codes = batch.codes[slot], missing = batch.missing[slot]
            let hit: UInt8 = negated ? Self.no : Self.yes, miss: UInt8 = negated ? Self.yes : Self.no
            for row in 0..<count {
                out[row] = missing[row] ? Self.unknown : (mask >> UInt64(codes[row]) & 1 != 0 ? hit : miss)
            }
        case .integerRange(let slot, let low, let high, let negated):
            let codes = batch.codes[slot], missing = batch.missing[slot]
            let hit: UInt8 = negated ? Self.no : Self.yes, miss: UInt8 = negated ? Self.yes : Self.no
            for row in 0..<count { out[row] = missing[row] ? Self.unknown : (codes[row] >= low && codes[row] <= high ? hit : miss) }
        case .compare(let slot, let isInteger, let operation, let value):
            let missing = batch.missing[slot]
            if isInteger {
                let codes = batch.codes[slot]
                for row in 0..<count { out[row] = missing[row] ? Self.unknown : Self.truth(Double(codes[row]), operation, value) }
            } else {
                let reals = batch.reals[slot]
                for row in 0..<count { out[row] = missing[row] ? Self.unknown : Self.truth(reals[row], operation, value) }
            }
        case .numbers(let slot, let values, let negated):
            let missing = batch.missing[slot], reals = batch.reals[slot]
            for row in 0..<count { out[row] = missing[row] ? Self.unknown : (values.contains(reals[row]) != negated ? Self.yes : Self.no) }
        case .integers(let slot, let values, let negated):
            let missing = batch.missing[slot], codes = batch.codes[slot]
            for row in 0..<count { out[row] = missing[row] ? Self.unknown : (values.contains(codes[row]) != negated ? Self.yes : Self.no) }
        case .isMissing(let slot, let negated):
            let missing = batch.missing[slot]
            for row in 0..<count { out[row] = missing[row] != negated ? Self.yes : Self.no }
        case .not(let operand):
            operand.evaluate(batch, into: out)
            for row in 0..<count where out[row] != Self.unknown { out[row] ^= 1 }
        case .and(let left, let right):
            connect(left, right, batch, into: out, deciding: Self.no)
        case .or(let left, let right):
            connect(left, right, batch, into: out, deciding: Self.yes)
        }
    }

    /// `and` (decided by a false operand) or `or` (by a true one): the deciding value if either
    /// operand has it, the other value if both have that, else missing.
    private func connect(_ left: BatchCondition, _ right: BatchCondition, _ batch: ColumnBatch, into out: UnsafeMutablePointer<UInt8>,
                         deciding: UInt8) {
        left.evaluate(batch, into: out)
        right.evaluate(batch, into: scratch)
        let other = deciding ^ 1
        for row in 0..<batch.count {
            let a = out[row], b = scratch[row]
            out[row] = a == deciding || b == deciding ? deciding : (a == other && b == other ? other : Self.unknown)
        }
    }

    private static func truth(_ x: Double, _ operation: BinaryOperator, _ value: Double) -> UInt8 {
        let holds = switch operation {
        case .equal: x == value
        case .notEqual: x != value
        case .less: x < value
        case .lessEqual: x <= value
        case .greater: x > value
        default: x >= value
        }
        return holds ? yes : no
    }
}
