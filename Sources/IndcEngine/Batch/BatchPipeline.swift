import IndcPlan
import IndcSemantics

/// The batch path of a scan: rows are decoded typed into a `ColumnBatch`, and every 1,024 rows the
/// shared filters, the grouping keys and each indicator's aggregates run over the whole batch, one
/// tight loop per condition and aggregate instead of closures and `Value`s per row.
///
/// It computes exactly what the row path computes (`RowEvaluation`): the same cells and key codes,
/// and every cell's sums in the same row order. A scan takes it only when all of its work compiles
/// (`init` returns nil otherwise): a census dataset, no derived columns, conditions `BatchCompiler`
/// knows, and unweighted aggregates over plain columns.
final class BatchPipeline {
    let batch: ColumnBatch
    /// Per decoded column slot: how the batch holds its values.
    let kinds: [ValueKind]
    /// Per decoded column slot: its decoder, and its field's position in the record.
    private let decoders: [BatchColumnDecoder]
    private let unmanagedDecoders: [Unmanaged<BatchColumnDecoder>]
    private let fieldPositions: [Int]
    private let filters: [BatchCondition]
    private let filterValues: [UnsafeMutablePointer<UInt8>]
    /// Per indicator: its aggregates, and its filters' positions in `filters`.
    private let aggregates: [[BatchAggregate]]
    private let runnerFilters: [[Int]]
    /// Scratch: the rows an indicator takes, and each one's cell position in the current grouping set.
    private let selection: UnsafeMutablePointer<Int32>
    private let positions: UnsafeMutablePointer<Int32>
    /// Scratch: the atom signature of every row of the batch, `AtomLayout.width` words each.
    private let signatures: UnsafeMutablePointer<UInt64>
    private let atomWidth: Int

    init?(scan: DatasetScan, runners: [AggregationRunner], fieldPositions: [Int]) {
        guard !scan.dataset.isSample, scan.dataset.strata == nil, scan.derived.isEmpty else { return nil }
        var kinds: [ValueKind] = []
        for column in scan.columns {
            guard let kind = ValueKind(column.type) else { return nil }
            kinds.append(kind)
        }
        let compiler = BatchCompiler(columns: Dictionary(uniqueKeysWithValues: scan.columns.enumerated().map { ($1.name, ($0, kinds[$0])) }))
        var filters: [BatchCondition] = []
        for filter in scan.filters {
            guard let condition = compiler.condition(filter.condition) else { return nil }
            filters.append(condition)
        }
        var aggregates: [[BatchAggregate]] = []
        for runner in runners {
            guard runner.aggregation.weight == nil else { return nil }
            var compiled: [BatchAggregate] = []
            for slot in runner.aggregation.aggregates {
                guard let aggregate = BatchAggregate(slot, compiler: compiler) else { return nil }
                compiled.append(aggregate)
            }
            aggregates.append(compiled)
        }
        self.kinds = kinds
        self.filters = filters
        self.aggregates = aggregates
        runnerFilters = runners.map(\.filters)
        batch = ColumnBatch(width: kinds.count)
        let batch = batch
        decoders = scan.columns.enumerated().map { BatchColumnDecoder($1, dataset: scan.dataset, batch: batch, slot: $0) }
        unmanagedDecoders = decoders.map { Unmanaged.passUnretained($0) }
        self.fieldPositions = fieldPositions
        filterValues = filters.map { _ in .allocate(capacity: ColumnBatch.capacity) }
        selection = .allocate(capacity: ColumnBatch.capacity)
        positions = .allocate(capacity: ColumnBatch.capacity)
        atomWidth = AtomLayout(runners: runners).width
        signatures = .allocate(capacity: ColumnBatch.capacity * atomWidth)
    }

    deinit {
        for buffer in filterValues { buffer.deallocate() }
        selection.deallocate()
        positions.deallocate()
        signatures.deallocate()
    }

    /// Decodes a record's fields into the batch's next row; false when a field does not fit (the
    /// row is then not counted, and the caller reports each field that does not fit). The record
    /// must have the header's width (`RowEvaluation.process` checks it).
    func decode(_ record: borrowing CSVRecord) -> Bool {
        let row = batch.count
        var fits = true
        unmanagedDecoders.withUnsafeBufferPointer { decoders in
            fieldPositions.withUnsafeBufferPointer { positions in
                for index in 0..<decoders.count {
                    let bytes = record.uncheckedBytes(positions[index])
                    if !decoders[index]._withUnsafeGuaranteedRef({ $0.decode(bytes, row: row) }) { fits = false }
                }
            }
        }
        return fits
    }

    /// Whether one column's field of a record fits (to find the fields to report after `decode` failed).
    func fits(_ record: borrowing CSVRecord, column: Int) -> Bool {
        decoders[column].decode(record.bytes(fieldPositions[column]), row: batch.count)
    }

    /// Filters, keys and aggregates the batch's rows and counts their atoms, then empties the batch.
    func flush(keyCoder: inout KeyCoder, runners: inout [AggregationRunner], atoms: inout AtomTable, layout: AtomLayout) {
        guard batch.count > 0 else { return }
        keyCoder.encode(batch, kinds: kinds)
        for (index, filter) in filters.enumerated() { filter.evaluate(batch, into: filterValues[index]) }
        var prepared = Array(repeating: false, count: runners.count)
        for index in runners.indices where !runners[index].exceedsCellLimit {
            let count = select(filters: runnerFilters[index])
            guard count > 0 else { continue }
            for aggregate in aggregates[index] { aggregate.prepare(batch) }
            prepared[index] = true
            runners[index].add(batch, rows: UnsafeBufferPointer(start: selection, count: count), aggregates: aggregates[index],
                               positions: positions)
        }
        count(&atoms, layout: layout, prepared: prepared)
        batch.count = 0
    }

    /// Counts each row of the batch in its atom, as `RowEvaluation` does one row at a time, building
    /// the signatures column by column; `prepared` says which indicators took rows of the batch (their
    /// aggregates' conditions are evaluated).
    private func count(_ atoms: inout AtomTable, layout: AtomLayout, prepared: [Bool]) {
        guard !atoms.overflowed else { return }
        let width = atomWidth, count = batch.count, yes = BatchCondition.yes
        signatures.update(repeating: 0, count: count * width)
        for (index, slot) in layout.keySlots.enumerated() {
            let keys = batch.keys[slot], word = index / 4, shift = UInt64(16 * (index % 4))
            for row in 0..<count {
                guard keys[row] >= 0, keys[row] < 1 << 16 else { return atoms.overflow() }
                signatures[row * width + word] |= UInt64(keys[row]) << shift
            }
        }
        for runner in prepared.indices where prepared[runner] {
            let filters = runnerFilters[runner].map { UnsafePointer(filterValues[$0]) }
            rows: for row in 0..<count {
                for filter in filters where filter[row] != yes { continue rows }
                let signature = signatures + row * width
                layout.setActive(signature, runner: runner)
                for (slot, aggregate) in aggregates[runner].enumerated() {
                    let state = aggregate.atomState(batch, row: row)
                    if state != 0 { layout.setState(signature, runner: runner, slot: slot, state: state) }
                }
            }
        }
        for row in 0..<count { atoms.add(signatures + row * width) }
    }
}

extension BatchPipeline {
    /// Writes the batch's rows where all the given filters are true to `selection`; returns how many.
    private func select(filters: [Int]) -> Int {
        var count = 0
        switch filters.count {
        case 0:
            for row in 0..<batch.count { selection[row] = Int32(row) }
            return batch.count
        case 1:
            let values = filterValues[filters[0]]
            for row in 0..<batch.count where values[row] == BatchCondition.yes {
                selection[count] = Int32(row)
                count += 1
            }
        default:
            let values = filters.map { UnsafePointer(filterValues[$0]) }
            rows: for row in 0..<batch.count {
                for filter in values where filter[row] != BatchCondition.yes { continue rows }
                selection[count] = Int32(row)
                count += 1
            }
        }
        return count
    }
}

extension AggregationRunner {
    /// Adds the selected rows of a batch (rows that passed the indicator's filters), as `add(_:weight:)`
    /// does one row at a time: per grouping set, each row's cell, then each aggregate over the rows.
    mutating func add(_ batch: ColumnBatch, rows: UnsafeBufferPointer<Int32>, aggregates: [BatchAggregate],
                      positions: UnsafeMutablePointer<Int32>) {
        for table in tables.indices {
            cellCount += tables[table].positions(of: rows, in: batch, into: positions)
            if exceedsCellLimit {
                tables = []
                return
            }
            tables[table].withCells { cells in
                for index in rows.indices { cells[Int(positions[index])].rows += 1 }
                for (slot, aggregate) in aggregates.enumerated() {
                    aggregate.add(batch, rows: rows, positions: positions, cells: cells, slot: slot)
                }
            }
        }
    }
}
