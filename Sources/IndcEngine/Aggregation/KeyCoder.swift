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
        for slot in keySlots { row.codes[slot] = code(for: row.values[slot], slot: slot) }
    }

    /// The code of a value of a key slot, numbered when new.
    mutating func code(for value: Value, slot: Int) -> Int32 {
        if let code = codes[slot][value] { return code }
        let code = Int32(values[slot].count)
        codes[slot][value] = code
        values[slot].append(value)
        return code
    }
}

/// A cell's key: the codes of its grouping set's values, packed in two words when there are at most four.
struct CellKey: Hashable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var rest: [Int32] = []

    /// The key of a row's values in the grouping set's slots (without building an array).
    init(_ slots: [Int], _ row: RowState) {
        for (index, slot) in slots.enumerated() { place(index, row.codes[slot]) }
    }

    init(_ codes: [Int32]) {
        for (index, code) in codes.enumerated() { place(index, code) }
    }

    private mutating func place(_ index: Int, _ code: Int32) {
        let bits = UInt64(UInt32(bitPattern: code))
        switch index {
        case 0: low = bits
        case 1: low |= bits << 32
        case 2: high = bits
        case 3: high |= bits << 32
        default: rest.append(code)
        }
    }
}
