/// An open-addressing hash table from 64-bit integers to 32-bit codes: the engine's hot lookups
/// (integer grouping values, packed cell keys) without `Hasher`'s per-call seeding.
///
/// Linear probing over a power-of-two table kept at most half full; the hash is Fibonacci
/// multiplication, whose high bits spread consecutive integers (years, ids) across the table.
struct IntegerTable {
    private var keys: [UInt64]
    private var codes: [Int32]
    private var shift: UInt64
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        codes = Array(repeating: -1, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    private func start(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The code of `key`, stored as `make()` when the key is new; `isNew` tells which.
    mutating func code(for key: UInt64, orInsert make: () -> Int32) -> (code: Int32, isNew: Bool) {
        let mask = keys.count - 1
        var index = start(key)
        while true {
            let code = codes[index]
            if code < 0 { break }
            if keys[index] == key { return (code, false) }
            index = (index + 1) & mask
        }
        let code = make()
        keys[index] = key
        codes[index] = code
        count += 1
        if count * 2 > keys.count { grow() }
        return (code, true)
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldCodes = codes
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        codes = Array(repeating: -1, count: oldKeys.count * 2)
        shift -= 1
        let mask = keys.count - 1
        for index in oldCodes.indices where oldCodes[index] >= 0 {
            var slot = start(oldKeys[index])
            while codes[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[index]
            codes[slot] = oldCodes[index]
        }
    }
}
