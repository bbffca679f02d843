/// Reads a deflate stream's bits, least significant first.
struct BitReader {
    private let bytes: ArraySlice<UInt8>
    private var index: Int
    private var buffer = 0
    private var count = 0

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    /// The next `width` bits (at most 16) as a number.
    mutating func bits(_ width: Int) throws(Inflate.Failure) -> Int {
        while count < width {
            guard index < bytes.endIndex else { throw Inflate.Failure(reason: "a zlib block ends too early") }
            buffer |= Int(bytes[index]) << count
            index += 1
            count += 8
        }
        let value = buffer & ((1 << width) - 1)
        buffer >>= width
        count -= width
        return value
    }

    /// Drops the bits left of the current byte (before a stored block).
    mutating func alignToByte() {
        buffer = 0
        count = 0
    }

    /// The next `length` whole bytes.
    mutating func bytes(_ length: Int) throws(Inflate.Failure) -> ArraySlice<UInt8> {
        guard length <= bytes.endIndex - index else { throw Inflate.Failure(reason: "a stored deflate block ends too early") }
        defer { index += length }
        return bytes[index..<index + length]
    }
}

/// A canonical Huffman code of deflate, decoded bit by bit (counts per length, symbols in code order).
struct HuffmanTable {
    private var counts = [Int](repeating: 0, count: 16)
    private var symbols: [Int] = []

    /// The code with these code lengths per symbol (0: the symbol is unused).
    init(lengths: [Int]) throws(Inflate.Failure) {
        for length in lengths { counts[length] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1...15 {
            left = left * 2 - counts[length]
            guard left >= 0 else { throw Inflate.Failure(reason: "a deflate Huffman code is over-subscribed") }
        }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
        symbols = [Int](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
    }

    /// The next symbol of the stream.
    func decode(_ reader: inout BitReader) throws(Inflate.Failure) -> Int {
        var code = 0, first = 0, index = 0
        for length in 1...15 {
            code |= try reader.bits(1)
            let count = counts[length]
            if code - first < count { return symbols[index + code - first] }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        throw Inflate.Failure(reason: "a deflate code is not in its table")
    }

    /// The fixed codes of block type 1.
    static let fixedLiterals = try! HuffmanTable(lengths: Array(repeating: 8, count: 144) + Array(repeating: 9, count: 112)
                                                   + Array(repeating: 7, count: 24) + Array(repeating: 8, count: 8))
    static let fixedDistances = try! HuffmanTable(lengths: Array(repeating: 5, count: 30))
}
