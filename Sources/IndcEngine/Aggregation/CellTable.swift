import IndcPlan

/// One cell of a grouping set: the rows it holds and the state of each aggregate.
struct Cell {
    /// The `KeyCoder` codes of the grouping set's values.
    let codes: [Int32]
    /// All rows of the cell (after the filters).
    var rows = 0
    var slots: [SlotState]
    /// The design-based sums for intervals (sample datasets only).
    var design: CellDesign?
}

/// The cells of one grouping set, found by their key values.
struct CellTable {
    /// The positions in `RowState.values` of the set's keys.
    let keySlots: [Int]
    private(set) var cells: [Cell] = []
    /// Cells by packed key (up to four codes below 65,536), and by full key otherwise.
    private var packedIndex = IntegerTable()
    private var index: [CellKey: Int] = [:]
    private let emptySlots: [SlotState]
    private let emptyDesign: CellDesign?
    /// For one to three keys: cell positions by the keys' codes, each in `denseBits` bits (-1 for
    /// not yet seen), so the batch path finds most cells without hashing.
    private var dense: [Int32] = []
    private var denseBits = 0

    init(keySlots: [Int], emptySlots: [SlotState], emptyDesign: CellDesign?) {
        self.keySlots = keySlots
        self.emptySlots = emptySlots
        self.emptyDesign = emptyDesign
        if (1...3).contains(keySlots.count) {
            denseBits = 12 / keySlots.count
            dense = Array(repeating: -1, count: 1 << 12)
        }
        // A set without keys has one cell even when no row reaches it, as SQL's aggregate without GROUP BY.
        if keySlots.isEmpty {
            cells.append(Cell(codes: [], slots: emptySlots, design: emptyDesign))
            _ = packedIndex.code(for: 0) { 0 }
        }
    }

    /// Runs `body` on the cell of the row's key values (its codes already set), created when new;
    /// returns whether the cell is new.
    @discardableResult
    mutating func withCell(for row: RowState, _ body: (inout Cell) -> Void) -> Bool {
        if let packed = CellKey.packed(keySlots, row) {
            let next = Int32(cells.count)
            let (position, isNew) = packedIndex.code(for: packed) { next }
            if isNew { cells.append(Cell(codes: keySlots.map { row.codes[$0] }, slots: emptySlots, design: emptyDesign)) }
            body(&cells[Int(position)])
            return isNew
        }
        let key = CellKey(keySlots, row)
        if let existing = index[key] {
            body(&cells[existing])
            return false
        }
        cells.append(Cell(codes: keySlots.map { row.codes[$0] }, slots: emptySlots, design: emptyDesign))
        index[key] = cells.count - 1
        body(&cells[cells.count - 1])
        return true
    }

    /// The positions of the cells of a batch's rows, written to `positions`; returns how many cells are new.
    mutating func positions(of rows: UnsafeBufferPointer<Int32>, in batch: ColumnBatch, into positions: UnsafeMutablePointer<Int32>) -> Int {
        var created = 0
        let keys = keySlots.map { UnsafePointer(batch.keys[$0]) }
        let bits = denseBits, limit = Int32(1) << bits
        var table = dense
        dense = []
        defer { dense = table }
        table.withUnsafeMutableBufferPointer { dense in
            for (index, row) in rows.enumerated() {
                let row = Int(row)
                var slot = -1
                switch keys.count {
                case 1 where keys[0][row] < limit:
                    slot = Int(keys[0][row])
                case 2 where keys[0][row] < limit && keys[1][row] < limit:
                    slot = Int(keys[0][row]) | Int(keys[1][row]) << bits
                case 3 where keys[0][row] < limit && keys[1][row] < limit && keys[2][row] < limit:
                    slot = Int(keys[0][row]) | Int(keys[1][row]) << bits | Int(keys[2][row]) << (2 * bits)
                default:
                    break
                }
                if slot >= 0, dense[slot] >= 0 {
                    positions[index] = dense[slot]
                    continue
                }
                let (position, isNew) = position(row: row, in: batch)
                if isNew { created += 1 }
                if slot >= 0 { dense[slot] = Int32(position) }
                positions[index] = Int32(position)
            }
        }
        return created
    }

    /// The position of the cell of a batch row's key codes (`ColumnBatch.keys`), created when new;
    /// whether it is new.
    private mutating func position(row: Int, in batch: ColumnBatch) -> (position: Int, isNew: Bool) {
        var packed: UInt64? = 0
        if keySlots.count <= 4 {
            for (index, slot) in keySlots.enumerated() {
                let code = batch.keys[slot][row]
                guard code < 1 << 16 else { packed = nil; break }
                packed! |= UInt64(code) << (16 * UInt64(index))
            }
        } else {
            packed = nil
        }
        if let packed {
            let next = Int32(cells.count)
            let (position, isNew) = packedIndex.code(for: packed) { next }
            if isNew { cells.append(Cell(codes: keySlots.map { batch.keys[$0][row] }, slots: emptySlots, design: emptyDesign)) }
            return (Int(position), isNew)
        }
        let codes = keySlots.map { batch.keys[$0][row] }
        if let existing = index[CellKey(codes)] { return (existing, false) }
        cells.append(Cell(codes: codes, slots: emptySlots, design: emptyDesign))
        index[CellKey(codes)] = cells.count - 1
        return (cells.count - 1, true)
    }

    /// Runs `body` on the cells in place (the batch path's updates, without a uniqueness check per row).
    mutating func withCells<Result>(_ body: (UnsafeMutableBufferPointer<Cell>) -> Result) -> Result {
        cells.withUnsafeMutableBufferPointer { body($0) }
    }

    /// Adds a cell computed by another thread, its key already coded with this table's coder and
    /// `strata` turning its stratum codes into this thread's; returns whether the cell is new here.
    mutating func merge(_ cell: Cell, codes: [Int32], functions: [AggregateFunction], strata: [Int32]) -> Bool {
        let existing: Int?
        if let packed = CellKey.packed(codes) {
            let next = Int32(cells.count)
            let (position, isNew) = packedIndex.code(for: packed) { next }
            existing = isNew ? nil : Int(position)
        } else {
            existing = index[CellKey(codes)]
            if existing == nil { index[CellKey(codes)] = cells.count }
        }
        guard let existing else {
            var design = emptyDesign
            if let theirs = cell.design { design?.merge(theirs, recode: strata) }
            cells.append(Cell(codes: codes, rows: cell.rows, slots: cell.slots, design: design))
            return true
        }
        cells[existing].rows += cell.rows
        for slot in functions.indices { cells[existing].slots[slot].merge(cell.slots[slot], functions[slot]) }
        if let theirs = cell.design { cells[existing].design?.merge(theirs, recode: strata) }
        return false
    }
}
