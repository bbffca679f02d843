/// The atoms of a scan: rows with the same key codes and the same state in every indicator (filters
/// passed, each aggregate's `where`, input missing or not, a share's condition, a distribution's
/// level) fall in the same published cells, and are counted together.
///
/// A row's atom is a signature of `width` 64-bit words (`AtomLayout`); the table counts the rows per
/// signature in an open-addressing hash table over the flat words. Past `maximumAtoms` it stops
/// and says so (`overflowed`): the run then falls back to per-indicator complementary suppression.
struct AtomTable {
    /// The most atoms a scan may have before the audit gives up (its cost grows with them).
    static let maximumAtoms = 100_000
    let width: Int
    /// The signatures, `width` words each, in order of first appearance.
    private(set) var words: [UInt64] = []
    /// The rows of each atom.
    private(set) var rows: [Int] = []
    private var slots: [Int32]
    private var shift: UInt64
    /// Whether more than `maximumAtoms` atoms were seen (or a signature did not fit).
    private(set) var overflowed = false

    init(width: Int) {
        self.width = width
        slots = Array(repeating: -1, count: 1024)
        shift = UInt64(64 - 10)
    }

    var count: Int { rows.count }

    /// Marks the table as unusable (a key code or state too large for the layout).
    mutating func overflow() {
        overflowed = true
        words = []
        rows = []
    }

    /// Counts one row of the atom whose signature starts at `signature`.
    @inline(__always)
    mutating func add(_ signature: UnsafePointer<UInt64>, rows added: Int = 1) {
        guard !overflowed else { return }
        var hash: UInt64 = 0
        for word in 0..<width { hash = (hash ^ signature[word]) &* 0x9E37_79B9_7F4A_7C15 }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash >> shift)
        while true {
            let atom = Int(slots[index])
            if atom < 0 { break }
            if matches(atom, signature) {
                rows[atom] += added
                return
            }
            index = (index + 1) & mask
        }
        guard rows.count < Self.maximumAtoms else { return overflow() }
        slots[index] = Int32(rows.count)
        for word in 0..<width { words.append(signature[word]) }
        rows.append(added)
        if rows.count * 2 > slots.count { grow() }
    }

    @inline(__always)
    private func matches(_ atom: Int, _ signature: UnsafePointer<UInt64>) -> Bool {
        let base = atom * width
        for word in 0..<width where words[base + word] != signature[word] { return false }
        return true
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for atom in rows.indices {
            var hash: UInt64 = 0
            for word in 0..<width { hash = (hash ^ words[atom * width + word]) &* 0x9E37_79B9_7F4A_7C15 }
            var index = Int(truncatingIfNeeded: hash >> shift)
            while slots[index] >= 0 { index = (index + 1) & mask }
            slots[index] = Int32(atom)
        }
    }

    /// The signature of an atom.
    func signature(_ atom: Int) -> ArraySlice<UInt64> {
        words[atom * width..<(atom + 1) * width]
    }

    /// Adds the atoms another thread counted, its key codes turned into this thread's by `recode`.
    mutating func merge(_ other: AtomTable, recode: (inout [UInt64]) -> Bool) {
        guard !overflowed else { return }
        guard !other.overflowed else { return overflow() }
        var signature = [UInt64](repeating: 0, count: width)
        for atom in other.rows.indices {
            signature.replaceSubrange(0..<width, with: other.signature(atom))
            guard recode(&signature) else { return overflow() }
            signature.withUnsafeBufferPointer { add($0.baseAddress!, rows: other.rows[atom]) }
        }
    }
}
