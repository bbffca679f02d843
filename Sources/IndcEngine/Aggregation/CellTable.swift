import IndcPlan

/// One cell of a grouping set: the rows it holds and the state of each aggregate.
struct Cell {
    /// The values of the grouping set's keys.
    let key: [Value]
    /// All rows of the cell (after the filters).
    var rows = 0
    var slots: [SlotState]
}

/// The cells of one grouping set, found by their key values.
struct CellTable {
    /// The positions in `RowState.values` of the set's keys.
    let keySlots: [Int]
    private(set) var cells: [Cell] = []
    private var index: [[Value]: Int] = [:]
    private let emptySlots: [SlotState]

    init(keySlots: [Int], emptySlots: [SlotState]) {
        self.keySlots = keySlots
        self.emptySlots = emptySlots
        // A set without keys has one cell even when no row reaches it, as SQL's aggregate without GROUP BY.
        if keySlots.isEmpty { cellIndex(for: []) }
    }

    /// The cell with these key values, created when new.
    @discardableResult
    mutating func cellIndex(for key: [Value]) -> Int {
        if let existing = index[key] { return existing }
        cells.append(Cell(key: key, slots: emptySlots))
        index[key] = cells.count - 1
        return cells.count - 1
    }

    mutating func withCell(for row: RowState, _ body: (inout Cell) -> Void) {
        let position = cellIndex(for: keySlots.map { row.values[$0] })
        body(&cells[position])
    }
}
