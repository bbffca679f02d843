import IndcSemantics

/// One variable of a system file, its string segments joined: what the dictionary says about it.
struct SystemFileVariable {
    /// The long name (record 7/13), else the short one.
    var name: String
    let shortName: String
    /// 0 for a number, else the string's width in bytes.
    var width: Int
    /// The 8-byte slots of the case holding it: for a very long string one range per segment, with the bytes it uses.
    var segments: [(slot: Int, bytes: Int)]
    var label: String?
    /// The print format's type (5 F, 20 DATE, 23 ADATE, ...).
    let format: Int
    /// User-missing values: discrete numbers, a range (low, high), discrete strings (space-trimmed).
    var missingNumbers: [Double] = []
    var missingRange: ClosedRange<Double>?
    var missingStrings: [String] = []
    /// Value labels in the file's order: the code (a number or raw string bytes) and its label.
    var numberLabels: [(value: Double, label: String)] = []
    var stringLabels: [(value: [UInt8], label: String)] = []

    var isNumeric: Bool { width == 0 }

    /// Whether the print format shows a calendar date.
    var isDate: Bool { [20, 23, 24, 38, 39].contains(format) }

    /// Whether a number is user-missing.
    func isMissing(_ value: Double) -> Bool {
        missingNumbers.contains(value) || (missingRange?.contains(value) ?? false)
    }
}

/// The header and dictionary of a system file: its layout, its variables, and where its cases start.
struct SystemFileDictionary {
    /// The most variables (slots) accepted: more is a broken file, not a reason to allocate without end.
    static let maximumSlots = 1 << 20

    /// 0 uncompressed, 1 bytecode, 2 bytecode in zlib blocks (`.zsav`).
    let compression: Int
    let bias: Double
    /// The 8-byte slots of one case.
    let slotCount: Int
    /// The cases the header announces (-1: unknown).
    let caseCount: Int
    let isBigEndian: Bool
    let encoding: TextEncoding
    var variables: [SystemFileVariable]
    /// The offset of the first byte after the dictionary: the cases, or the zlib header.
    let dataOffset: Int

    /// Parses the header and every dictionary record up to the termination record (999).
    init(_ bytes: [UInt8]) throws(SystemFileError) {
        var cursor = SystemFileCursor(bytes)
        let magic = try cursor.take(4)
        guard magic.elementsEqual("$FL2".utf8) || magic.elementsEqual("$FL3".utf8) else { throw .invalid("it does not start with $FL2 or $FL3") }
        // Layout code (2 or 3) at 64, then the slots per case (not trusted: some writers put -1 or 0;
        // the dictionary counts them), compression, weight index, case count and bias.
        cursor.offset = 64
        let layout = try cursor.int32()
        if layout != 2 && layout != 3 {
            cursor.isBigEndian = true
            cursor.offset = 64
            guard [2, 3].contains(try cursor.int32()) else { throw .invalid("its layout code is \(layout)") }
        }
        _ = try cursor.int32()
        compression = try cursor.int32()
        guard (0...2).contains(compression) else { throw .invalid("its compression code is \(compression)") }
        _ = try cursor.int32()
        caseCount = try cursor.int32()
        bias = try cursor.double()
        cursor.offset = 176
        var records = SystemFileRecords(isBigEndian: cursor.isBigEndian)
        try records.read(&cursor)
        isBigEndian = cursor.isBigEndian
        dataOffset = cursor.offset
        encoding = try records.encoding()
        variables = try records.variables(encoding)
        slotCount = records.slotCount
        guard slotCount > 0 else { throw .invalid("it has no variables") }
    }
}
