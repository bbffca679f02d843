/// A set of 64-bit integers for exact `distinct` counts: open addressing with linear probing over a
/// power-of-two table at most half full (16 bytes a value), no per-insert `Hasher` seeding.
struct IntegerSet {
    /// The empty-slot marker; the value itself is tracked by `hasSentinel`.
    private static let empty = UInt64.max
    private var slots: [UInt64] = []
    private var shift: UInt64 = 64
    private var hasSentinel = false
    private var stored = 0

    var count: Int { stored + (hasSentinel ? 1 : 0) }

    /// Adds a value; returns whether it was new.
    @discardableResult
    mutating func insert(_ value: UInt64) -> Bool {
        if value == Self.empty {
            defer { hasSentinel = true }
            return !hasSentinel
        }
        if (stored + 1) * 2 > slots.count { grow(toHold: stored + 1) }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let slot = slots[index]
            if slot == value { return false }
            if slot == Self.empty { break }
            index = (index + 1) & mask
        }
        slots[index] = value
        stored += 1
        return true
    }

    /// Adds every value of another set. The table is first grown to hold both, so no value is placed
    /// twice; and as both tables place a value by the high bits of the same hash, the other's values,
    /// taken in table order, land in this table in order too (few cache misses on large sets).
    mutating func formUnion(_ other: IntegerSet) {
        if other.hasSentinel { insert(Self.empty) }
        if (stored + other.stored + 1) * 2 > slots.count { grow(toHold: stored + other.stored + 1) }
        for value in other.slots where value != Self.empty { insert(value) }
    }

    /// Rehashes into the smallest table (doubling) at most half full with `count` values.
    private mutating func grow(toHold count: Int) {
        let old = slots
        var size = max(16, old.count * 2)
        while count * 2 > size { size *= 2 }
        slots = Array(repeating: Self.empty, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        stored = 0
        for value in old where value != Self.empty { insert(value) }
    }
}
