/// Hands out a system file's cases one at a time as raw 8-byte slots, in the file's byte order:
/// uncompressed, or bytecode-compressed (whose stream, for a `.zsav`, is first inflated).
struct SystemFileCases {
    /// The number system-missing is (`-DBL_MAX`).
    static let systemMissing = -Double.greatestFiniteMagnitude

    private let data: [UInt8]
    private var position: Int
    private let slotCount: Int
    private let isCompressed: Bool
    private let bias: Double
    private let isBigEndian: Bool
    private var commands: [UInt8] = []
    private var commandIndex = 8
    private var isFinished = false

    /// - Parameters:
    ///   - data: the uncompressed cases or the bytecode stream; `position` where they start.
    init(data: [UInt8], position: Int, dictionary: SystemFileDictionary) {
        self.data = data
        self.position = position
        slotCount = dictionary.slotCount
        isCompressed = dictionary.compression != 0
        bias = dictionary.bias
        isBigEndian = dictionary.isBigEndian
    }

    /// Reads the next case into `slots` (`slotCount` × 8 bytes); false after the last.
    mutating func next(_ slots: inout [UInt8]) throws(SystemFileError) -> Bool {
        guard !isFinished else { return false }
        guard isCompressed else {
            guard position < data.count else { return false }
            guard data.count - position >= slots.count else { throw .truncated(offset: data.count) }
            let count = slots.count
            slots.replaceSubrange(0..<count, with: data[position..<position + count])
            position += count
            return true
        }
        var slot = 0
        while slot < slotCount {
            if commandIndex == 8 {
                guard data.count - position >= 8 else {
                    if slot == 0 { return false }
                    throw .truncated(offset: data.count)
                }
                commands = Array(data[position..<position + 8])
                position += 8
                commandIndex = 0
            }
            let code = commands[commandIndex]
            commandIndex += 1
            let start = slot * 8
            switch code {
            case 0: continue
            case 252:
                guard slot == 0 else { throw .invalid("the data ends in the middle of a case") }
                isFinished = true
                return false
            case 253:
                guard data.count - position >= 8 else { throw .truncated(offset: data.count) }
                for offset in 0..<8 { slots[start + offset] = data[position + offset] }
                position += 8
            case 254:
                for offset in 0..<8 { slots[start + offset] = 0x20 }
            case 255: store(Self.systemMissing, at: start, in: &slots)
            default: store(Double(code) - bias, at: start, in: &slots)
            }
            slot += 1
        }
        return true
    }

    private func store(_ value: Double, at start: Int, in slots: inout [UInt8]) {
        let bits = value.bitPattern
        for offset in 0..<8 {
            let shift = isBigEndian ? 8 * (7 - offset) : 8 * offset
            slots[start + offset] = UInt8(truncatingIfNeeded: bits >> UInt64(shift))
        }
    }

    /// The bytecode stream of a `.zsav`: the zlib header at `offset` locates the trailer, whose block
    /// table gives each block's place and sizes; the blocks are inflated and joined.
    static func zlibStream(_ bytes: [UInt8], at offset: Int, isBigEndian: Bool) throws(SystemFileError) -> [UInt8] {
        var cursor = SystemFileCursor(bytes, offset: offset)
        cursor.isBigEndian = isBigEndian
        _ = try cursor.int64()
        let trailer = try cursor.int64()
        _ = try cursor.int64()
        guard trailer >= 0, trailer < bytes.count else { throw .invalid("the zlib trailer's offset \(trailer) is outside the file") }
        cursor.offset = trailer
        _ = try cursor.int64()
        _ = try cursor.int64()
        _ = try cursor.int32()
        let blocks = try cursor.count(1 << 24, "the number of zlib blocks")
        var stream: [UInt8] = []
        for _ in 0..<blocks {
            _ = try cursor.int64()
            let start = try cursor.int64()
            let size = try cursor.count(1 << 30, "a zlib block's uncompressed size")
            let compressed = try cursor.count(1 << 30, "a zlib block's compressed size")
            guard start >= 0, start <= bytes.count - compressed else { throw .invalid("a zlib block lies outside the file") }
            let block: [UInt8]
            do throws(Inflate.Failure) {
                block = try Inflate.zlib(bytes[start..<start + compressed], limit: size)
            } catch {
                throw .invalid(error.reason)
            }
            guard block.count == size else { throw .invalid("a zlib block inflates to \(block.count) bytes, not \(size)") }
            stream += block
        }
        return stream
    }
}
