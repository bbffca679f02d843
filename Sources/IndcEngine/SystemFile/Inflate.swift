// The engine's reader of SPSS system files (`.sav`, `.zsav`), written from the documented format:
// the dictionary, the cases (uncompressed, bytecode-compressed, or bytecode in zlib blocks), and
// this folder's own inflate for those blocks. It hands out cases as CSV records of text fields.

/// Decompresses a zlib stream (RFC 1950 around RFC 1951 deflate), as the blocks of a `.zsav` hold.
///
/// Every length and distance is checked against the input and the output so far, so a broken or
/// hostile stream is an error, never a read outside the buffers; the output is capped at `limit`.
enum Inflate {
    /// Why a stream cannot be decompressed.
    struct Failure: Error, Equatable {
        let reason: String
    }

    /// The decompressed bytes of the zlib stream `input`, at most `limit` of them.
    static func zlib(_ input: ArraySlice<UInt8>, limit: Int) throws(Failure) -> [UInt8] {
        guard input.count >= 6 else { throw Failure(reason: "a zlib block is too short") }
        let cmf = input[input.startIndex], flags = input[input.startIndex + 1]
        guard cmf & 0x0F == 8, (UInt16(cmf) << 8 | UInt16(flags)) % 31 == 0, flags & 0x20 == 0 else {
            throw Failure(reason: "a block is not a zlib stream")
        }
        var reader = BitReader(input.dropFirst(2))
        var output: [UInt8] = []
        output.reserveCapacity(min(limit, input.count * 4))
        var isLast = false
        while !isLast {
            isLast = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try stored(&reader, &output, limit: limit)
            case 1: try compressed(&reader, &output, HuffmanTable.fixedLiterals, HuffmanTable.fixedDistances, limit: limit)
            case 2:
                let (literals, distances) = try dynamicTables(&reader)
                try compressed(&reader, &output, literals, distances, limit: limit)
            default: throw Failure(reason: "a deflate block has the reserved type 3")
            }
        }
        return output
    }

    private static func stored(_ reader: inout BitReader, _ output: inout [UInt8], limit: Int) throws(Failure) {
        reader.alignToByte()
        let length = try reader.bits(16), complement = try reader.bits(16)
        guard length == ~complement & 0xFFFF else { throw Failure(reason: "a stored deflate block has a bad length") }
        guard output.count + length <= limit else { throw Failure(reason: "a block inflates to more than its declared size") }
        output += try reader.bytes(length)
    }

    private static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                                              4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    private static func compressed(_ reader: inout BitReader, _ output: inout [UInt8], _ literals: HuffmanTable, _ distances: HuffmanTable,
                                   limit: Int) throws(Failure) {
        while true {
            let symbol = try literals.decode(&reader)
            if symbol < 256 {
                guard output.count < limit else { throw Failure(reason: "a block inflates to more than its declared size") }
                output.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let index = symbol - 257
            guard index < lengthBase.count else { throw Failure(reason: "a deflate length code is out of range") }
            let length = lengthBase[index] + (try reader.bits(lengthExtra[index]))
            let code = try distances.decode(&reader)
            guard code < distanceBase.count else { throw Failure(reason: "a deflate distance code is out of range") }
            let distance = distanceBase[code] + (try reader.bits(distanceExtra[code]))
            guard distance <= output.count else { throw Failure(reason: "a deflate distance reaches before the start of the block") }
            guard output.count + length <= limit else { throw Failure(reason: "a block inflates to more than its declared size") }
            let start = output.count - distance
            for offset in 0..<length { output.append(output[start + offset]) }
        }
    }

    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private static func dynamicTables(_ reader: inout BitReader) throws(Failure) -> (HuffmanTable, HuffmanTable) {
        let literalCount = try reader.bits(5) + 257, distanceCount = try reader.bits(5) + 1, codeLengthCount = try reader.bits(4) + 4
        var codeLengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeLengthCount { codeLengths[codeLengthOrder[index]] = try reader.bits(3) }
        let codeLengthTable = try HuffmanTable(lengths: codeLengths)
        var lengths: [Int] = []
        while lengths.count < literalCount + distanceCount {
            let symbol = try codeLengthTable.decode(&reader)
            switch symbol {
            case 0...15: lengths.append(symbol)
            case 16:
                guard let previous = lengths.last else { throw Failure(reason: "a deflate code length repeats nothing") }
                lengths += Array(repeating: previous, count: 3 + (try reader.bits(2)))
            case 17: lengths += Array(repeating: 0, count: 3 + (try reader.bits(3)))
            default: lengths += Array(repeating: 0, count: 11 + (try reader.bits(7)))
            }
        }
        guard lengths.count == literalCount + distanceCount else { throw Failure(reason: "deflate code lengths overrun their count") }
        return (try HuffmanTable(lengths: Array(lengths[..<literalCount])), try HuffmanTable(lengths: Array(lengths[literalCount...])))
    }
}
