import IndcPlan
import IndcSemantics

/// The per-row work of a scan: decode, derive, filter, aggregate.
struct RowEvaluation {
    private let scan: DatasetScan
    private let decoders: [FieldDecoder]
    private let fieldPositions: [Int]
    private let headerWidth: Int
    private let derived: [(slot: Int, expression: RowExpression, isNumber: Bool)]
    private let filters: [RowExpression]
    private var runners: [AggregationRunner]
    private let row: RowState
    private var keyCoder: KeyCoder
    private var passed: [Bool]
    /// Per indicator: the row's weight and whether it passed the indicator's filters (scratch space).
    private var weights: [Double]
    private var active: [Bool]
    /// Per indicator: the positions of its filters in `passed`, and its weight's slot.
    private let runnerFilters: [[Int]]
    private let weightSlots: [Int?]
    /// The position of the stratum column in `RowState.values`, if the dataset declares strata.
    private let stratumSlot: Int?
    /// The rows of the file per stratum code (all in code 0 without strata): the `n_h` of the design.
    private(set) var stratumRows: [Int] = []
    /// The batch path, when the scan's work compiles to it.
    private let batch: BatchPipeline?
    /// The rows per atom (`AtomTable`), and where each part of an atom's signature sits.
    private(set) var atoms: AtomTable
    let atomLayout: AtomLayout
    private var signature: [UInt64]

    /// `batches: false` keeps every scan on the row path (tests compare the two).
    init(scan: DatasetScan, fieldPositions: [Int], headerWidth: Int, batches: Bool = true) {
        self.scan = scan
        self.fieldPositions = fieldPositions
        self.headerWidth = headerWidth
        decoders = scan.columns.map { FieldDecoder($0, dataset: scan.dataset) }
        let names = scan.columns.map(\.name) + scan.derived.map(\.name)
        var compiler = RowCompiler(dataset: scan.dataset, slots: Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) }))
        compiler.levelSlots = Set(scan.columns.filter { if case .category = $0.type { true } else { false } }.map(\.name))
        derived = scan.derived.enumerated().map { (scan.columns.count + $0, compiler.compile($1.expression), $1.type == .number) }
        filters = scan.filters.map { compiler.compile($0.condition) }
        let filterPositions = Dictionary(uniqueKeysWithValues: scan.filters.enumerated().map { ($1.id, $0) })
        runners = scan.aggregations.map { AggregationRunner($0, compiler: compiler, filterPositions: filterPositions) }
        row = RowState(width: names.count)
        stratumSlot = scan.dataset.strata.flatMap { compiler.slots[$0] }
        let keySlots = Set(runners.flatMap { $0.tables.flatMap(\.keySlots) } + [stratumSlot].compactMap { $0 })
        keyCoder = KeyCoder(width: names.count, keySlots: keySlots, levels: decoders.map(\.levelCount) + scan.derived.map { _ in nil })
        passed = Array(repeating: false, count: scan.filters.count)
        weights = Array(repeating: 1, count: runners.count)
        active = Array(repeating: false, count: runners.count)
        runnerFilters = runners.map(\.filters)
        weightSlots = runners.map(\.weightSlot)
        batch = batches ? BatchPipeline(scan: scan, runners: runners, fieldPositions: fieldPositions) : nil
        atomLayout = AtomLayout(runners: runners)
        atoms = AtomTable(width: atomLayout.width)
        signature = Array(repeating: 0, count: atomLayout.width)
    }

    /// Evaluates one record; its errors go to `errors`, and unless it has one it is aggregated (when `aggregate`).
    mutating func process(_ record: borrowing CSVRecord, path: String, errors: inout DataErrorLog, aggregate: Bool) {
        guard record.count == headerWidth else {
            errors.append(DataError(path: path, line: record.line, reason: "the row has \(record.count) field\(record.count == 1 ? "" : "s"), the header has \(headerWidth)"))
            errors.countRow()
            return
        }
        if let batch { return append(record, to: batch, path: path, errors: &errors, aggregate: aggregate) }
        var isBad = false
        let row = self.row
        for (index, decoder) in decoders.enumerated() {
            let field = fieldPositions[index]
            if let value = decoder.decode(record.bytes(field)) {
                row.values[index] = value
                row.levels[index] = decoder.level
            } else {
                let text = record.text(field)
                errors.append(DataError(path: path, line: record.line, column: decoders[index].column.name, value: text,
                                        reason: decoders[index].problem(text)))
                isBad = true
            }
        }
        guard !isBad else { return errors.countRow() }
        for (slot, expression, isNumber) in derived {
            let value = expression(row)
            row.values[slot] = isNumber ? value.asNumber : value
        }
        for index in filters.indices { passed[index] = filters[index](row).condition == true }
        for index in active.indices {
            var passes = true
            for filter in runnerFilters[index] where !passed[filter] { passes = false }
            active[index] = passes
            weights[index] = 1
            guard passes, let slot = weightSlots[index] else { continue }
            let weight = row.values[slot].number
            if let weight, weight >= 0 {
                weights[index] = weight
            } else if !isBad {
                let name = runners[index].aggregation.weight ?? ""
                let shown = weight.map { slot < fieldPositions.count ? record.text(fieldPositions[slot]) : String($0) }
                errors.append(DataError(path: path, line: record.line, column: name, value: shown,
                                        reason: weight == nil ? "the weight is missing" : "is a negative weight"))
                isBad = true
            }
        }
        guard !isBad else { return errors.countRow() }
        guard aggregate else { return }
        keyCoder.encode(row)
        let stratum = stratumSlot.map { Int(row.codes[$0]) } ?? 0
        if stratum >= stratumRows.count { stratumRows += Array(repeating: 0, count: stratum - stratumRows.count + 1) }
        stratumRows[stratum] += 1
        for index in runners.indices where active[index] {
            runners[index].add(row, weight: weights[index])
        }
        countAtom(row)
    }

    /// Counts the row in its atom: its key codes and, per indicator it passed, each aggregate's state.
    private mutating func countAtom(_ row: RowState) {
        guard !atoms.overflowed else { return }
        let (layout, runners, active) = (atomLayout, runners, active)
        signature.withUnsafeMutableBufferPointer { buffer in
            let signature = buffer.baseAddress!
            guard layout.writeKeys(signature, code: { row.codes[layout.keySlots[$0]] }) else { return atoms.overflow() }
            for index in runners.indices where active[index] && !runners[index].exceedsCellLimit {
                layout.setActive(signature, runner: index)
                for slot in runners[index].aggregation.aggregates.indices {
                    let state = runners[index].atomState(slot)
                    if state != 0 { layout.setState(signature, runner: index, slot: slot, state: state) }
                }
            }
            atoms.add(signature)
        }
    }

    /// Decodes a record into the batch (flushing it when full); a bad record is reported and left out.
    private mutating func append(_ record: borrowing CSVRecord, to batch: BatchPipeline, path: String, errors: inout DataErrorLog,
                                 aggregate: Bool) {
        guard batch.decode(record) else {
            for (index, decoder) in decoders.enumerated() where !batch.fits(record, column: index) {
                let text = record.text(fieldPositions[index])
                errors.append(DataError(path: path, line: record.line, column: decoder.column.name, value: text, reason: decoder.problem(text)))
            }
            return errors.countRow()
        }
        guard aggregate else { return }
        batch.batch.count += 1
        if batch.batch.isFull { finish() }
    }

    /// Whether the scan takes the batch path.
    var isBatched: Bool { batch != nil }

    /// Aggregates the rows still waiting in the batch; call it when the part's records are all processed.
    mutating func finish() {
        guard let batch else { return }
        if stratumRows.isEmpty { stratumRows = [0] }
        stratumRows[0] += batch.batch.count
        batch.flush(keyCoder: &keyCoder, runners: &runners, atoms: &atoms, layout: atomLayout)
    }

    /// Adds what the same scan computed over another part of the file (read by another thread).
    mutating func merge(_ other: RowEvaluation) {
        var recode = Array(repeating: [Int32](), count: row.values.count)
        for slot in keyCoder.keySlots {
            recode[slot] = other.keyCoder.values[slot].map { keyCoder.code(for: $0, slot: slot) }
        }
        for index in runners.indices { runners[index].merge(other.runners[index], recode: recode) }
        let layout = atomLayout
        atoms.merge(other.atoms) { signature in
            layout.recodeKeys(&signature) { index, code in recode[layout.keySlots[index]][Int(code)] }
        }
        for (code, rows) in other.stratumRows.enumerated() {
            let stratum = stratumSlot.map { Int(recode[$0][code]) } ?? 0
            if stratum >= stratumRows.count { stratumRows += Array(repeating: 0, count: stratum - stratumRows.count + 1) }
            stratumRows[stratum] += rows
        }
    }

    /// Why indicators could not be computed although the data is fine, by name.
    func failures() -> [String: String] {
        var failures: [String: String] = [:]
        for runner in runners where runner.exceedsCellLimit {
            let columns = (runner.aggregation.indicator.groupBy + runner.aggregation.indicator.breakdown).joined(separator: ", ")
            failures[runner.aggregation.indicator.name] = "more than \(AggregationRunner.maximumCells) result cells (group by \(columns)): "
                + "is one of these an identifier? Group by fewer or coarser columns"
        }
        return failures
    }

    /// The sorted results of every indicator within the cell limit, after primary suppression and fixed
    /// targets, with their quantities over the atoms for the run's audit (nil when the atoms overflowed:
    /// each indicator then gets complementary suppression of its own; empty when nothing is withheld).
    func results() -> (results: [IndicatorResult], quantities: PublishedQuantities?, extremes: Set<Int>) {
        let audited = !atoms.overflowed
        var runnerResults: [Int?] = []
        var extremes: Set<Int> = []
        var results: [IndicatorResult] = []
        for runner in runners {
            guard !runner.exceedsCellLimit else {
                runnerResults.append(nil)
                continue
            }
            let statistics = runner.design.map { CellStatistics(aggregation: runner.aggregation, layout: $0, stratumRows: stratumRows) }
            let finalizer = CellFinalizer(aggregation: runner.aggregation, statistics: statistics)
            var rows: [ResultRow] = []
            for (set, table) in runner.tables.enumerated() {
                for cell in table.cells {
                    let key = zip(table.keySlots, cell.codes).map { keyCoder.values[$0][Int($1)] }
                    rows += finalizer.rows(cell, key: key, set: set, levels: runner.levels)
                }
            }
            let ordering = ResultOrdering(indicator: runner.aggregation.indicator, dataset: scan.dataset, levels: runner.levels)
            rows = ordering.sorted(rows)
            PostProcessing.apply(runner.aggregation, proportions: statistics?.isProportion ?? false, complementary: !audited, to: &rows)
            if case .aggregate(let slot) = runner.aggregation.formula, [.min, .max].contains(runner.aggregation.aggregates[slot].function) {
                extremes.insert(results.count)
            }
            runnerResults.append(results.count)
            results.append(IndicatorResult(indicator: runner.aggregation.indicator, distributionColumn: runner.aggregation.distributionColumn?.span.text,
                                           rows: rows,
                                           periodOrder: ValueOrder(runner.aggregation.indicator.period.flatMap(scan.dataset.type(of:)))))
        }
        let withholds = results.contains { $0.rows.contains { $0.suppressed != nil } }
        let quantities = !audited ? nil : !withholds ? PublishedQuantities(atomRows: [])
            : PublishedQuantities(atoms: atoms, layout: atomLayout, runners: runners, runnerResults: runnerResults, results: results,
                                  keyValues: keyCoder.values)
        return (results, quantities, extremes)
    }
}
