/// A gzip file (RFC 1952) of DEFLATE data (RFC 1951) compressed with LZ77 matches over a 32 KB window
/// and the fixed Huffman codes: enough to ship results.json in the site at a tenth of its size.
public enum Gzip {
    /// `bytes` as a gzip file (no name, no time stamp, so the output is the same on every run).
    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var writer = BitWriter()
        writer.output = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]
        writer.write(1, count: 1)
        writer.write(1, count: 2)
        Deflate.encode(bytes, into: &writer)
        writer.writeSymbol(256)
        writer.flush()
        let size = UInt32(truncatingIfNeeded: bytes.count)
        for value in [crc32(bytes), size] { for shift in stride(from: 0, to: 32, by: 8) { writer.output.append(UInt8(truncatingIfNeeded: value >> shift)) } }
        return writer.output
    }

    private static let crcTable: [UInt32] = (0..<256).map { index in
        var crc = UInt32(index)
        for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        return crc
    }

    /// The CRC-32 of `bytes` (the polynomial of gzip and zip).
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

/// Packs bits least significant first, as DEFLATE stores them.
struct BitWriter {
    var output: [UInt8] = []
    private var buffer: UInt64 = 0
    private var filled = 0

    mutating func write(_ value: Int, count: Int) {
        buffer |= UInt64(value) << UInt64(filled)
        filled += count
        while filled >= 8 {
            output.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            filled -= 8
        }
    }

    /// A Huffman code, stored most significant bit first.
    mutating func writeCode(_ code: Int, length: Int) {
        var reversed = 0
        for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
        write(reversed, count: length)
    }

    /// A literal/length symbol in the fixed code (RFC 1951 3.2.6).
    mutating func writeSymbol(_ symbol: Int) {
        switch symbol {
        case 0...143: writeCode(0x30 + symbol, length: 8)
        case 144...255: writeCode(0x190 + symbol - 144, length: 9)
        case 256...279: writeCode(symbol - 256, length: 7)
        default: writeCode(0xC0 + symbol - 280, length: 8)
        }
    }

    mutating func flush() {
        if filled > 0 { output.append(UInt8(truncatingIfNeeded: buffer)) }
        buffer = 0
        filled = 0
    }
}

/// LZ77 over a 32 KB window with hash chains, emitting literals and (length, distance) pairs.
private enum Deflate {
    static let lengthBases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBases = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                                4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    static let window = 32768
    static let chainLimit = 48

    static func encode(_ bytes: [UInt8], into writer: inout BitWriter) {
        var head = [Int](repeating: -1, count: 1 << 15)
        var previous = [Int](repeating: -1, count: window)
        func hash(_ at: Int) -> Int {
            (Int(bytes[at]) << 10 ^ Int(bytes[at + 1]) << 5 ^ Int(bytes[at + 2])) & ((1 << 15) - 1)
        }
        func insert(_ at: Int) {
            guard at + 2 < bytes.count else { return }
            let key = hash(at)
            previous[at % window] = head[key]
            head[key] = at
        }
        var position = 0
        while position < bytes.count {
            var bestLength = 0, bestDistance = 0
            if position + 2 < bytes.count {
                var candidate = head[hash(position)]
                var steps = 0
                let limit = min(258, bytes.count - position)
                while candidate >= 0, position - candidate <= window, steps < chainLimit {
                    var length = 0
                    while length < limit, bytes[candidate + length] == bytes[position + length] { length += 1 }
                    if length > bestLength { (bestLength, bestDistance) = (length, position - candidate) }
                    if length == limit { break }
                    let next = previous[candidate % window]
                    guard next < candidate else { break }
                    candidate = next
                    steps += 1
                }
            }
            if bestLength >= 3 {
                emit(length: bestLength, distance: bestDistance, &writer)
                for offset in 0..<bestLength { insert(position + offset) }
                position += bestLength
            } else {
                writer.writeSymbol(Int(bytes[position]))
                insert(position)
                position += 1
            }
        }
    }

    private static func emit(length: Int, distance: Int, _ writer: inout BitWriter) {
        let code = (lengthBases.lastIndex { $0 <= length })!
        writer.writeSymbol(257 + code)
        writer.write(length - lengthBases[code], count: lengthExtra[code])
        let distanceCode = (distanceBases.lastIndex { $0 <= distance })!
        writer.writeCode(distanceCode, length: 5)
        writer.write(distance - distanceBases[distanceCode], count: distanceExtra[distanceCode])
    }
}
