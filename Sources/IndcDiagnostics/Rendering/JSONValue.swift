// A small JSON document model with a deterministic writer, used for the
// `json` and `sarif` diagnostic formats and for machine-readable results.

/// A JSON value whose objects keep their keys in the order they were given,
/// so that serialized output is deterministic and reads in a sensible order.
public indirect enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number, written without a fraction or exponent.
    case integer(Int)
    /// A floating-point number, written in the shortest form that reads back exactly;
    /// infinities and NaN are written as `null`, which JSON has instead.
    case number(Double)
    /// A string, escaped as JSON requires.
    case string(String)
    /// An array of values.
    case array([JSONValue])
    /// An object: key-value pairs in the order they are written.
    case object([(String, JSONValue)])

    /// A string value, or `null` when there is no string.
    public static func string(_ value: String?) -> JSONValue {
        value.map { .string($0) } ?? .null
    }

    /// The value as JSON text: indented by two spaces per level when `pretty`,
    /// without any insignificant whitespace otherwise. No trailing newline.
    public func serialized(pretty: Bool = true) -> String {
        var output = ""
        output.reserveCapacity(JSONWriter.estimatedLength(of: self, pretty: pretty))
        write(into: &output, pretty: pretty)
        return output
    }

    /// Appends the value as JSON text to `output`, exactly as `serialized(pretty:)` returns it; when
    /// pretty, `depth` is the nesting level the value is written at (its lines are indented to match).
    public func write(into output: inout String, pretty: Bool = true, depth: Int = 0) {
        JSONWriter(pretty: pretty).write(self, into: &output, depth: depth)
    }

    /// Values are equal when they are the same case with equal payloads; objects are
    /// equal only when they have the same keys with equal values in the same order.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(left), .bool(right)): left == right
        case let (.integer(left), .integer(right)): left == right
        case let (.number(left), .number(right)): left == right
        case let (.string(left), .string(right)): left == right
        case let (.array(left), .array(right)): left == right
        case let (.object(left), .object(right)):
            left.count == right.count
                && zip(left, right).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }
}

extension JSONValue: ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    /// A `.bool` from a literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// An `.integer` from a literal.
    public init(integerLiteral value: Int) { self = .integer(value) }
    /// A `.number` from a literal.
    public init(floatLiteral value: Double) { self = .number(value) }
}

extension JSONValue: ExpressibleByStringInterpolation {
    /// A `.string` from a literal, interpolated or not.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension JSONValue: ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    /// An `.array` from a literal.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// An `.object` from a literal, keeping the keys in the order written.
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(elements) }
}
