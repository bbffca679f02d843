import IndcSemantics

/// The decoded columns of up to `capacity` rows, typed instead of one `Value` per field: the unit
/// the batch path filters, keys and aggregates at once.
///
/// Per column slot one value per row: integers, dates (days) and levels (a category's declared
/// index, a boolean's 0 or 1) in `codes`, numbers in `reals`, and whether the field is missing.
/// Grouping columns also get their `KeyCoder` code per row in `keys`. Buffers are allocated once
/// per scan thread and reused for every batch.
final class ColumnBatch {
    static let capacity = 1024
    /// The rows filled so far.
    var count = 0
    let codes: [UnsafeMutablePointer<Int64>]
    let reals: [UnsafeMutablePointer<Double>]
    let missing: [UnsafeMutablePointer<Bool>]
    let keys: [UnsafeMutablePointer<Int32>]

    init(width: Int) {
        codes = (0..<width).map { _ in .allocate(capacity: Self.capacity) }
        reals = (0..<width).map { _ in .allocate(capacity: Self.capacity) }
        missing = (0..<width).map { _ in .allocate(capacity: Self.capacity) }
        keys = (0..<width).map { _ in .allocate(capacity: Self.capacity) }
    }

    deinit {
        for buffer in codes { buffer.deallocate() }
        for buffer in reals { buffer.deallocate() }
        for buffer in missing { buffer.deallocate() }
        for buffer in keys { buffer.deallocate() }
    }

    var isFull: Bool { count == Self.capacity }

    /// The value of a slot in a row as the row path holds it (for key values seen the first time).
    func value(slot: Int, row: Int, type: ValueKind) -> Value {
        if missing[slot][row] { return .missing }
        switch type {
        case .integer: return .integer(Int(codes[slot][row]))
        case .number: return .number(reals[slot][row])
        case .boolean: return .boolean(codes[slot][row] != 0)
        case .date: return .date(Int(codes[slot][row]))
        case .category(let labels): return labels[Int(codes[slot][row])]
        }
    }
}

/// How a column's values sit in a `ColumnBatch` (every declared type but text).
enum ValueKind {
    case integer, number, boolean, date
    /// A category: the level's index in `codes`, its label here.
    case category([Value])

    var isNumeric: Bool {
        switch self {
        case .integer, .number: true
        default: false
        }
    }
}

extension ValueKind {
    /// The kind of a declared type's values; nil for text (which the batch path does not hold).
    init?(_ type: ValueType) {
        switch type {
        case .integer: self = .integer
        case .number: self = .number
        case .boolean: self = .boolean
        case .date: self = .date
        case .category(let labels): self = .category(labels.map(Value.text))
        case .text: return nil
        }
    }
}
