/// Numbers the distinct values of the grouping columns, once per row, so cells are found by small
/// integer codes instead of hashing the values again for every indicator and grouping set.
struct KeyCoder {
    /// Per row slot: the code of each distinct value seen (only for slots used as grouping keys).
    private var codes: [[Value: Int32]]
    /// Per row slot: the values by code.
    private(set) var values: [[Value]]
    /// The slots used as grouping keys.
    let keySlots: [Int]

    init(width: Int, keySlots: Set<Int>) {
        codes = Array(repeating: [:], count: width)
        values = Array(repeating: [], count: width)
        self.keySlots = keySlots.sorted()
    }

    /// Fills `row.codes` with the code of each key slot's value.
    mutating func encode(_ row: RowState) {
        for slot in keySlots {
            let value = row.values[slot]
            if let code = codes[slot][value] {
                row.codes[slot] = code
            } else {
                let code = Int32(values[slot].count)
                codes[slot][value] = code
                values[slot].append(value)
                row.codes[slot] = code
            }
        }
    }
}

/// A cell's key: the codes of its grouping set's values, packed in two words when there are at most four.
struct CellKey: Hashable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var rest: [Int32] = []

    init(_ slots: [Int], _ row: RowState) {
        for (index, slot) in slots.enumerated() {
            let code = UInt64(UInt32(bitPattern: row.codes[slot]))
            switch index {
            case 0: low = code
            case 1: low |= code << 32
            case 2: high = code
            case 3: high |= code << 32
            default: rest.append(row.codes[slot])
            }
        }
    }
}
