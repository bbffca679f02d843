import IndcSemantics

/// The dictionary records of a system file as read, before they are joined into variables.
struct SystemFileRecords {
    /// One variable record (type 2): a variable, or a continuation (`type` -1) of the string before it.
    struct Raw {
        let type: Int
        let name: [UInt8]
        let label: [UInt8]?
        let format: Int
        let missing: [ArraySlice<UInt8>]
        let missingCode: Int
    }

    let isBigEndian: Bool
    private(set) var raws: [Raw] = []
    /// Value label sets (record 3) and the slots (from 1) of the variables they belong to (record 4).
    private(set) var labelSets: [(labels: [(ArraySlice<UInt8>, [UInt8])], slots: [Int])] = []
    private(set) var characterCode: Int?
    private(set) var encodingName: String?
    private(set) var longNames: [String: String] = [:]
    private(set) var veryLongWidths: [String: Int] = [:]

    init(isBigEndian: Bool) {
        self.isBigEndian = isBigEndian
    }

    var slotCount: Int { raws.count }

    /// Reads records up to and including the termination record.
    mutating func read(_ cursor: inout SystemFileCursor) throws(SystemFileError) {
        while true {
            switch try cursor.int32() {
            case 2: try readVariable(&cursor)
            case 3: try readValueLabels(&cursor)
            case 6: _ = try cursor.take(80 * (try cursor.count(1 << 20, "the number of document lines")))
            case 7: try readExtension(&cursor)
            case 999:
                _ = try cursor.int32()
                return
            case let type: throw .invalid("record type \(type) at byte \(cursor.offset - 4)")
            }
        }
    }

    private mutating func readVariable(_ cursor: inout SystemFileCursor) throws(SystemFileError) {
        guard raws.count < SystemFileDictionary.maximumSlots else { throw .invalid("more than \(SystemFileDictionary.maximumSlots) variable records") }
        let type = try cursor.int32()
        guard (-1...255).contains(type) else { throw .invalid("a variable has type \(type)") }
        let hasLabel = try cursor.int32()
        let missingCode = try cursor.int32()
        guard [0, 1, 2, 3, -2, -3].contains(missingCode) else { throw .invalid("a variable has missing-value code \(missingCode)") }
        let format = try cursor.int32()
        _ = try cursor.int32()
        let name = Array(try cursor.take(8))
        var label: [UInt8]?
        if hasLabel == 1 {
            let length = try cursor.count(1 << 16, "a variable label's length")
            label = Array(try cursor.take(length))
            _ = try cursor.take((4 - length % 4) % 4)
        }
        var missing: [ArraySlice<UInt8>] = []
        for _ in 0..<abs(missingCode) { missing.append(try cursor.take(8)) }
        raws.append(Raw(type: type, name: name, label: label, format: (format >> 16) & 0xFF, missing: missing, missingCode: missingCode))
    }

    private mutating func readValueLabels(_ cursor: inout SystemFileCursor) throws(SystemFileError) {
        let count = try cursor.count(1 << 20, "the number of value labels")
        var labels: [(ArraySlice<UInt8>, [UInt8])] = []
        for _ in 0..<count {
            let value = try cursor.take(8)
            let length = Int(try cursor.take(1).first!)
            labels.append((value, Array(try cursor.take(length))))
            _ = try cursor.take((8 - (length + 1) % 8) % 8)
        }
        guard try cursor.int32() == 4 else { throw .invalid("value labels (record 3) are not followed by their variables (record 4)") }
        let slots = try (0..<cursor.count(SystemFileDictionary.maximumSlots, "the number of labelled variables")).map { _ throws(SystemFileError) in
            try cursor.int32()
        }
        labelSets.append((labels, slots))
    }

    private mutating func readExtension(_ cursor: inout SystemFileCursor) throws(SystemFileError) {
        let subtype = try cursor.int32()
        let size = try cursor.count(1 << 16, "an extension record's element size")
        let count = try cursor.count(Int(Int32.max), "an extension record's element count")
        guard size * count <= cursor.bytes.count - cursor.offset else { throw .truncated(offset: cursor.offset) }
        var body = SystemFileCursor(Array(try cursor.take(size * count)))
        body.isBigEndian = cursor.isBigEndian
        switch subtype {
        case 3 where size == 4 && count >= 8:
            body.offset = 28
            characterCode = try body.int32()
        case 13: longNames = Self.pairs(body.bytes, separator: 0x09)
        case 14: veryLongWidths = Self.pairs(body.bytes.filter { $0 != 0 }, separator: 0x09).compactMapValues { Int($0) }
        case 20: encodingName = String(decoding: Self.trimmed(body.bytes), as: UTF8.self)
        case 21: try readLongStringLabels(&body)
        default: break
        }
    }

    /// `A=b\tC=d` as a dictionary (short names upper-cased, as the variable records write them).
    private static func pairs(_ bytes: [UInt8], separator: UInt8) -> [String: String] {
        var result: [String: String] = [:]
        for item in bytes.split(separator: separator) {
            guard let equals = item.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let key = String(decoding: item[..<equals], as: UTF8.self).uppercased()
            result[key] = String(decoding: item[(equals + 1)...], as: UTF8.self)
        }
        return result
    }

    /// Long string value labels (7/21): per variable its name, width and labels.
    private mutating func readLongStringLabels(_ body: inout SystemFileCursor) throws(SystemFileError) {
        while body.offset < body.bytes.count {
            let name = Array(try body.take(try body.count(1 << 16, "a variable name's length")))
            _ = try body.int32()
            var labels: [(ArraySlice<UInt8>, [UInt8])] = []
            for _ in 0..<(try body.count(1 << 20, "the number of value labels")) {
                let value = try body.take(try body.count(1 << 16, "a value's length"))
                labels.append((value, Array(try body.take(try body.count(1 << 16, "a label's length")))))
            }
            guard let slot = raws.firstIndex(where: { Self.trimmed($0.name) == Self.trimmed(name) }) else { continue }
            labelSets.append((labels, [slot + 1]))
        }
    }

    static func trimmed(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var result = Array(bytes)
        while let last = result.last, last == 0x20 || last == 0 { result.removeLast() }
        return result
    }
}
