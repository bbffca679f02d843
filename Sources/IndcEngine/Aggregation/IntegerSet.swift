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
        if (stored + 1) * 2 > slots.count { grow() }
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

    /// Adds every value of another set.
    mutating func formUnion(_ other: IntegerSet) {
        if other.hasSentinel { insert(Self.empty) }
        for value in other.slots where value != Self.empty { insert(value) }
    }

    private mutating func grow() {
        let old = slots
        let size = max(16, old.count * 2)
        slots = Array(repeating: Self.empty, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        stored = 0
        for value in old where value != Self.empty { insert(value) }
    }
}
