import IndcPlan
import IndcSyntax

/// How one aggregate of an indicator reads a batch: its input and its `where`, compiled once per scan thread.
final class BatchAggregate {
    enum Input {
        /// `count`: no input.
        case rows
        /// A numeric column, for sum, mean, median, min and max.
        case number(slot: Int, isInteger: Bool)
        /// An integer column, for distinct.
        case integer(slot: Int)
        /// A condition, for share; its values per row go to `values`.
        case condition(BatchCondition)
        /// A category or boolean column, for distribution (its code is the level's position).
        case level(slot: Int)
    }

    let function: AggregateFunction
    let input: Input
    let condition: BatchCondition?
    /// The condition input's and the `where`'s values for the batch's rows.
    let values: UnsafeMutablePointer<UInt8>
    let included: UnsafeMutablePointer<UInt8>

    /// The aggregate compiled for batches, or nil when it needs the row path (weights, derived or text
    /// columns, arithmetic inputs, distinct over other than integers).
    init?(_ slot: AggregateSlot, compiler: BatchCompiler) {
        guard !slot.weighted else { return nil }
        function = slot.function
        var column: (slot: Int, kind: ValueKind)?
        if case .column(let name)? = slot.input?.kind { column = compiler.columns[name.text] }
        switch slot.function {
        case .count:
            input = .rows
        case .sum, .mean, .median, .min, .max:
            guard let column, column.kind.isNumeric else { return nil }
            if case .integer = column.kind { input = .number(slot: column.slot, isInteger: true) } else {
                input = .number(slot: column.slot, isInteger: false)
            }
        case .distinct:
            guard let column, case .integer = column.kind else { return nil }
            input = .integer(slot: column.slot)
        case .share:
            guard let expression = slot.input, let condition = compiler.condition(expression) else { return nil }
            input = .condition(condition)
        case .distribution:
            guard let column else { return nil }
            switch column.kind {
            case .category, .boolean: input = .level(slot: column.slot)
            default: return nil
            }
        }
        if let expression = slot.condition {
            guard let compiled = compiler.condition(expression) else { return nil }
            condition = compiled
        } else {
            condition = nil
        }
        values = .allocate(capacity: ColumnBatch.capacity)
        included = .allocate(capacity: ColumnBatch.capacity)
    }

    /// Evaluates the input condition and the `where` over the batch's rows.
    func prepare(_ batch: ColumnBatch) {
        if case .condition(let input) = input { input.evaluate(batch, into: values) }
        if let condition { condition.evaluate(batch, into: included) } else { included.update(repeating: BatchCondition.yes, count: batch.count) }
    }

    /// Adds the selected rows, each to the slot at its cell's position.
    func add(_ batch: ColumnBatch, rows: UnsafeBufferPointer<Int32>, positions: UnsafePointer<Int32>,
             cells: UnsafeMutableBufferPointer<Cell>, slot: Int) {
        let included = included, yes = BatchCondition.yes
        switch input {
        case .rows:
            for (index, row) in rows.enumerated() where included[Int(row)] == yes {
                cells[Int(positions[index])].slots[slot].addCount(weight: 1)
            }
        case .number(let column, let isInteger):
            let missing = batch.missing[column], codes = batch.codes[column], reals = batch.reals[column]
            let isSum = function == .sum || function == .mean
            for (index, row) in rows.enumerated() where included[Int(row)] == yes && !missing[Int(row)] {
                let x = isInteger ? Double(codes[Int(row)]) : reals[Int(row)]
                if isSum {
                    cells[Int(positions[index])].slots[slot].addUnitSum(x)
                } else {
                    cells[Int(positions[index])].slots[slot].add(function, number: x, weight: 1)
                }
            }
        case .integer(let column):
            let missing = batch.missing[column], codes = batch.codes[column]
            for (index, row) in rows.enumerated() where included[Int(row)] == yes && !missing[Int(row)] {
                cells[Int(positions[index])].slots[slot].addDistinct(codes[Int(row)])
            }
        case .condition:
            let values = values
            for (index, row) in rows.enumerated() where included[Int(row)] == yes && values[Int(row)] != BatchCondition.unknown {
                cells[Int(positions[index])].slots[slot].add(condition: values[Int(row)] == yes, weight: 1)
            }
        case .level(let column):
            let missing = batch.missing[column], codes = batch.codes[column]
            for (index, row) in rows.enumerated() where included[Int(row)] == yes && !missing[Int(row)] {
                cells[Int(positions[index])].slots[slot].add(level: Int(codes[Int(row)]), weight: 1)
            }
        }
    }

    /// The aggregate's state for one prepared row (`AtomLayout`), as `AggregationRunner.atomState` gives it.
    @inline(__always)
    func atomState(_ batch: ColumnBatch, row: Int) -> UInt64 {
        guard included[row] == BatchCondition.yes else { return 0 }
        switch input {
        case .rows: return 1
        case .number(let column, _), .integer(let column): return batch.missing[column][row] ? 0 : 1
        case .condition: return values[row] == BatchCondition.unknown ? 0 : values[row] == BatchCondition.yes ? 2 : 1
        case .level(let column): return batch.missing[column][row] ? 0 : UInt64(batch.codes[column][row]) + 1
        }
    }

    deinit {
        values.deallocate()
        included.deallocate()
    }
}
