/// A set of 64-bit integers for exact `distinct` counts: open addressing with linear probing over a
/// power-of-two table at most half full, no per-insert `Hasher` seeding.
///
/// While every value fits in 32 bits (ids, codes, years: the usual case) the table holds 4-byte
/// slots, half the memory and cache traffic; the first wider value moves it to 8-byte slots.
struct IntegerSet {
    /// The empty-slot marker of each width; the value itself is tracked by `hasSentinel`.
    private static let empty = UInt64.max
    private static let narrowEmpty = UInt32.max
    private var narrow: [UInt32] = []
    private var wide: [UInt64] = []
    private var isWide = false
    private var shift: UInt64 = 64
    private var hasSentinel = false
    private var stored = 0

    var count: Int { stored + (hasSentinel ? 1 : 0) }

    private var tableSize: Int { isWide ? wide.count : narrow.count }

    /// Adds a value; returns whether it was new.
    @discardableResult
    mutating func insert(_ value: UInt64) -> Bool {
        if value == Self.empty {
            defer { hasSentinel = true }
            return !hasSentinel
        }
        if !isWide && value >= UInt64(Self.narrowEmpty) { widen() }
        if (stored + 1) * 2 > tableSize { grow(toHold: stored + 1) }
        return isWide ? insertWide(value) : insertNarrow(UInt32(truncatingIfNeeded: value))
    }

    @inline(__always)
    private func start(_ value: UInt64) -> Int {
        Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func insertNarrow(_ value: UInt32) -> Bool {
        let isNew = Self.place(value, in: &narrow, empty: Self.narrowEmpty, from: start(UInt64(value)))
        if isNew { stored += 1 }
        return isNew
    }

    private mutating func insertWide(_ value: UInt64) -> Bool {
        let isNew = Self.place(value, in: &wide, empty: Self.empty, from: start(value))
        if isNew { stored += 1 }
        return isNew
    }

    /// Linear probing from `index` in a table of either width; whether the value was new.
    @inline(__always)
    private static func place<Slot: FixedWidthInteger>(_ value: Slot, in table: inout [Slot], empty: Slot, from index: Int) -> Bool {
        let mask = table.count - 1
        var index = index
        while true {
            let slot = table[index]
            if slot == value { return false }
            if slot == empty { break }
            index = (index + 1) & mask
        }
        table[index] = value
        return true
    }

    /// The stored values (without the sentinel), in table order.
    private var values: [UInt64] {
        isWide ? wide.filter { $0 != Self.empty } : narrow.compactMap { $0 == Self.narrowEmpty ? nil : UInt64($0) }
    }

    /// Adds every value of another set. The table is first grown to hold both, so no value is placed
    /// twice; and as both tables place a value by the high bits of the same hash, the other's values,
    /// taken in table order, land in this table in order too (few cache misses on large sets).
    mutating func formUnion(_ other: IntegerSet) {
        if other.hasSentinel { insert(Self.empty) }
        if other.isWide && !isWide { widen() }
        if (stored + other.stored + 1) * 2 > tableSize { grow(toHold: stored + other.stored + 1) }
        if other.isWide {
            for value in other.wide where value != Self.empty { insert(value) }
        } else {
            for value in other.narrow where value != Self.narrowEmpty { insert(UInt64(value)) }
        }
    }

    /// Moves the values to 8-byte slots.
    private mutating func widen() {
        let old = values
        isWide = true
        wide = Array(repeating: Self.empty, count: max(narrow.count, 16))
        shift = UInt64(64 - wide.count.trailingZeroBitCount)
        narrow = []
        stored = 0
        for value in old { _ = insertWide(value) }
    }

    /// Rehashes into the smallest table (doubling) at most half full with `count` values.
    private mutating func grow(toHold count: Int) {
        var size = max(16, tableSize * 2)
        while count * 2 > size { size *= 2 }
        shift = UInt64(64 - size.trailingZeroBitCount)
        stored = 0
        if isWide {
            let old = wide
            wide = Array(repeating: Self.empty, count: size)
            for value in old where value != Self.empty { _ = insertWide(value) }
        } else {
            let old = narrow
            narrow = Array(repeating: Self.narrowEmpty, count: size)
            for value in old where value != Self.narrowEmpty { _ = insertNarrow(value) }
        }
    }
}
