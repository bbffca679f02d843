import IndcPlan

/// Where each part of a row's atom signature sits (`AtomTable`): first the `KeyCoder` codes of every
/// grouping column of the scan, 16 bits each, four to a word; then per indicator one bit for
/// "passed its filters" and per aggregate its state: 0 outside its domain, else 1 (`count`, `sum`,
/// `mean`, `median`, `min`, `max`, `distinct`), 1 false / 2 true (`share`), or 1 + the level
/// (`distribution`).
struct AtomLayout {
    /// The grouping columns' slots in `RowState`, in order.
    let keySlots: [Int]
    /// Per indicator: the bit of its filters, and per aggregate the first bit and the bit count of its state.
    let activeBits: [Int]
    let stateBits: [[(offset: Int, bits: Int)]]
    /// Words per signature.
    let width: Int
    private let keyWords: Int

    init(runners: [AggregationRunner]) {
        keySlots = Set(runners.flatMap { $0.tables.flatMap(\.keySlots) }).sorted()
        keyWords = (keySlots.count + 3) / 4
        var bit = 0
        var activeBits: [Int] = []
        var stateBits: [[(Int, Int)]] = []
        for runner in runners {
            activeBits.append(bit)
            bit += 1
            var slots: [(Int, Int)] = []
            for slot in runner.aggregation.aggregates {
                let states = switch slot.function {
                case .share: 3
                case .distribution: runner.levels.count + 1
                default: 2
                }
                let bits = Int.bitWidth - (states - 1).leadingZeroBitCount
                if bit / 64 != (bit + bits - 1) / 64 { bit = (bit / 64 + 1) * 64 }
                slots.append((bit, bits))
                bit += bits
            }
            stateBits.append(slots)
        }
        self.activeBits = activeBits
        self.stateBits = stateBits
        width = keyWords + max(1, (bit + 63) / 64)
    }

    /// Writes the key part of a signature from key codes (`code(i)` for `keySlots[i]`); false when a
    /// code does not fit in 16 bits.
    @inline(__always)
    func writeKeys(_ signature: UnsafeMutablePointer<UInt64>, code: (Int) -> Int32) -> Bool {
        for word in 0..<width { signature[word] = 0 }
        for index in keySlots.indices {
            let value = code(index)
            guard value >= 0, value < 1 << 16 else { return false }
            signature[index / 4] |= UInt64(value) << (16 * UInt64(index % 4))
        }
        return true
    }

    /// Sets an indicator's filter bit.
    @inline(__always)
    func setActive(_ signature: UnsafeMutablePointer<UInt64>, runner: Int) {
        let bit = activeBits[runner]
        signature[keyWords + bit / 64] |= 1 << UInt64(bit % 64)
    }

    /// Sets an aggregate's state.
    @inline(__always)
    func setState(_ signature: UnsafeMutablePointer<UInt64>, runner: Int, slot: Int, state: UInt64) {
        let (offset, _) = stateBits[runner][slot]
        signature[keyWords + offset / 64] |= state << UInt64(offset % 64)
    }

    /// The key code of `keySlots[index]` in a signature.
    func keyCode(_ signature: ArraySlice<UInt64>, _ index: Int) -> Int32 {
        Int32(truncatingIfNeeded: (signature[signature.startIndex + index / 4] >> (16 * UInt64(index % 4))) & 0xFFFF)
    }

    /// Replaces the key codes of a signature (`recode(i, code)` for `keySlots[i]`); false when one does not fit.
    func recodeKeys(_ signature: inout [UInt64], _ recode: (Int, Int32) -> Int32) -> Bool {
        var codes: [Int32] = []
        for index in keySlots.indices { codes.append(recode(index, keyCode(signature[...], index))) }
        for word in 0..<keyWords { signature[word] = 0 }
        for (index, code) in codes.enumerated() {
            guard code >= 0, code < 1 << 16 else { return false }
            signature[index / 4] |= UInt64(code) << (16 * UInt64(index % 4))
        }
        return true
    }

    /// Whether an atom's rows passed an indicator's filters.
    func isActive(_ signature: ArraySlice<UInt64>, runner: Int) -> Bool {
        let bit = activeBits[runner]
        return (signature[signature.startIndex + keyWords + bit / 64] >> UInt64(bit % 64)) & 1 == 1
    }

    /// An aggregate's state in an atom.
    func state(_ signature: ArraySlice<UInt64>, runner: Int, slot: Int) -> Int {
        let (offset, bits) = stateBits[runner][slot]
        let word = signature[signature.startIndex + keyWords + offset / 64]
        return Int((word >> UInt64(offset % 64)) & ((1 << UInt64(bits)) - 1))
    }
}
