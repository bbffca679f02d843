/// Numbers the distinct values of the grouping columns, once per row, so cells are found by small
/// integer codes instead of hashing the values again for every indicator and grouping set.
///
/// A category column's value is coded from the level its decoder matched (no hashing), an integer
/// through an `IntegerTable`; other values (text, dates, derived labels) through a dictionary.
struct KeyCoder {
    /// Per row slot: the values by code.
    private(set) var values: [[Value]]
    /// The slots used as grouping keys.
    let keySlots: [Int]
    /// Per category slot: the code of each level (index 0 for missing, level k at k + 1), -1 until seen.
    private var levelCodes: [[Int32]]
    private var integerCodes: [IntegerTable]
    private var otherCodes: [[Value: Int32]]
    /// Per integer key slot, for the batch path: recent values and their codes, by the value's low byte.
    private var integerCache: [[(value: Int64, code: Int32)]]

    /// `levels[slot]` is the number of levels of a category column at that slot, nil for other slots.
    init(width: Int, keySlots: Set<Int>, levels: [Int?]) {
        values = Array(repeating: [], count: width)
        self.keySlots = keySlots.sorted()
        levelCodes = (0..<width).map { slot in keySlots.contains(slot) ? Array(repeating: -1, count: (levels[slot] ?? -1) + 1) : [] }
        integerCodes = Array(repeating: IntegerTable(), count: width)
        otherCodes = Array(repeating: [:], count: width)
        integerCache = Array(repeating: [], count: width)
    }

    /// Fills `row.codes` with the code of each key slot's value.
    mutating func encode(_ row: RowState) {
        for slot in keySlots {
            if !levelCodes[slot].isEmpty {
                let level = Int(row.levels[slot]) + 1
                let known = levelCodes[slot][level]
                row.codes[slot] = known >= 0 ? known : newLevelCode(row.values[slot], slot: slot, level: level)
            } else {
                row.codes[slot] = code(for: row.values[slot], slot: slot)
            }
        }
    }

    /// Fills `batch.keys` with the code of each key slot's value, row by row as `encode(_:)` would.
    mutating func encode(_ batch: ColumnBatch, kinds: [ValueKind]) {
        for slot in keySlots {
            let keys = batch.keys[slot], missing = batch.missing[slot], codes = batch.codes[slot]
            switch kinds[slot] {
            case .category:
                var known = levelCodes[slot]
                for row in 0..<batch.count {
                    let level = missing[row] ? 0 : Int(codes[row]) + 1
                    if known[level] < 0 {
                        _ = newLevelCode(batch.value(slot: slot, row: row, type: kinds[slot]), slot: slot, level: level)
                        known = levelCodes[slot]
                    }
                    keys[row] = known[level]
                }
            case .integer:
                // A direct-mapped cache of recent values in front of the table: grouping integers are few.
                var cache = integerCache[slot]
                integerCache[slot] = []
                if cache.isEmpty { cache = Array(repeating: (0, -1), count: 256) }
                for row in 0..<batch.count {
                    guard !missing[row] else {
                        keys[row] = otherCode(.missing, slot: slot)
                        continue
                    }
                    let value = codes[row], line = Int(truncatingIfNeeded: UInt64(bitPattern: value) & 255)
                    if cache[line].code >= 0, cache[line].value == value {
                        keys[row] = cache[line].code
                        continue
                    }
                    let code = code(for: .integer(Int(value)), slot: slot)
                    cache[line] = (value, code)
                    keys[row] = code
                }
                integerCache[slot] = cache
            default:
                for row in 0..<batch.count { keys[row] = code(for: batch.value(slot: slot, row: row, type: kinds[slot]), slot: slot) }
            }
        }
    }

    private mutating func newLevelCode(_ value: Value, slot: Int, level: Int) -> Int32 {
        let code = otherCode(value, slot: slot)
        levelCodes[slot][level] = code
        return code
    }

    /// The code of a value of a key slot, numbered when new (also for values another thread coded).
    mutating func code(for value: Value, slot: Int) -> Int32 {
        guard levelCodes[slot].isEmpty, case .integer(let number) = value else { return otherCode(value, slot: slot) }
        let next = Int32(values[slot].count)
        let (code, isNew) = integerCodes[slot].code(for: UInt64(bitPattern: Int64(number))) { next }
        if isNew { values[slot].append(value) }
        return code
    }

    private mutating func otherCode(_ value: Value, slot: Int) -> Int32 {
        if let code = otherCodes[slot][value] { return code }
        let code = Int32(values[slot].count)
        otherCodes[slot][value] = code
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

    /// Up to four codes below 65,536 packed in one word (the fast index of `CellTable`), else nil.
    static func packed(_ slots: [Int], _ row: RowState) -> UInt64? {
        guard slots.count <= 4 else { return nil }
        var key: UInt64 = 0
        for (index, slot) in slots.enumerated() {
            let code = row.codes[slot]
            guard code < 1 << 16 else { return nil }
            key |= UInt64(code) << (16 * UInt64(index))
        }
        return key
    }

    static func packed(_ codes: [Int32]) -> UInt64? {
        guard codes.count <= 4, codes.allSatisfy({ $0 < 1 << 16 }) else { return nil }
        return codes.enumerated().reduce(0) { $0 | UInt64($1.element) << (16 * UInt64($1.offset)) }
    }
}
