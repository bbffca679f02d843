/// The distinct values of a column with their counts, kept up to the most levels a category may get.
///
/// Values are compared as bytes, hashed without building a `String` (a value whose hash another
/// value already holds is found by a linear search); after `limit` distinct values only the line
/// of the first value beyond it is kept.
struct DistinctValues {
    /// The most levels `indc infer` gives a category.
    static let limit = 30

    /// One distinct value.
    struct Value {
        let bytes: [UInt8]
        var count: Int
        /// The line it first appears on.
        let line: Int
    }

    /// The distinct values in order of appearance, at most `limit`.
    private(set) var values: [Value] = []
    /// The line of the first value beyond `limit`, when there are more.
    private(set) var overflowLine: Int?
    private var positions: [UInt64: Int] = [:]

    /// Whether some value appears more than once.
    var hasRepeats: Bool { values.contains { $0.count > 1 } }

    mutating func add(_ bytes: UnsafeRawBufferPointer, line: Int) {
        guard overflowLine == nil else { return }
        let hash = Self.hash(bytes)
        if let indexed = positions[hash] {
            let position = values[indexed].bytes.elementsEqual(bytes) ? indexed : values.firstIndex { $0.bytes.elementsEqual(bytes) }
            if let position {
                values[position].count += 1
                return
            }
        }
        guard values.count < Self.limit else {
            overflowLine = line
            values = []
            positions = [:]
            return
        }
        if positions[hash] == nil { positions[hash] = values.count }
        values.append(Value(bytes: Array(bytes), count: 1, line: line))
    }

    /// FNV-1a over the bytes.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
