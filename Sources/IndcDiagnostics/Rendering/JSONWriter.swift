/// Writes `JSONValue`s as text, appending to one string.
///
/// Output is deterministic: object keys keep their order, numbers have one spelling,
/// and strings escape exactly `"`, `\` and the control characters; everything else,
/// non-ASCII included, is written as UTF-8.
struct JSONWriter {
    /// Whether to indent nested values by two spaces and put `": "` after keys.
    let pretty: Bool

    /// Appends `value` to `output`; `depth` is the nesting level of `value`, for indentation.
    func write(_ value: JSONValue, into output: inout String, depth: Int) {
        switch value {
        case .null: output.append("null")
        case let .bool(flag): output.append(flag ? "true" : "false")
        case let .integer(number): output.append(String(number))
        case let .number(number): output.append(number.isFinite ? number.description : "null")
        case let .string(text): Self.appendQuoted(text, to: &output)
        case let .array(elements):
            output.append("[")
            for index in elements.indices {
                if index > 0 { output.append(",") }
                if pretty { appendNewline(indentedTo: depth + 1, to: &output) }
                write(elements[index], into: &output, depth: depth + 1)
            }
            close("]", empty: elements.isEmpty, into: &output, depth: depth)
        case let .object(members):
            output.append("{")
            for index in members.indices {
                if index > 0 { output.append(",") }
                if pretty { appendNewline(indentedTo: depth + 1, to: &output) }
                Self.appendQuoted(members[index].0, to: &output)
                output.append(pretty ? ": " : ":")
                write(members[index].1, into: &output, depth: depth + 1)
            }
            close("}", empty: members.isEmpty, into: &output, depth: depth)
        }
    }

    /// Closes a container: on a line of its own when pretty and not empty.
    private func close(_ bracket: String, empty: Bool, into output: inout String, depth: Int) {
        if pretty && !empty { appendNewline(indentedTo: depth, to: &output) }
        output.append(bracket)
    }

    /// A line break and the indentation of the first levels, ready made: appending a repeated
    /// sequence of spaces goes through a generic path that is slow per call.
    private static let newlines = (0..<16).map { "\n" + String(repeating: " ", count: 2 * $0) }

    private func appendNewline(indentedTo depth: Int, to output: inout String) {
        output.append(depth < Self.newlines.count ? Self.newlines[depth] : "\n" + String(repeating: " ", count: 2 * depth))
    }

    /// Appends `text` as a JSON string literal, copying runs that need no escaping whole.
    static func appendQuoted(_ text: String, to output: inout String) {
        output.append("\"")
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                output.append(contentsOf: text[runStart..<index])
                output.append(escape(byte))
                runStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        output.append(contentsOf: text[runStart..<utf8.endIndex])
        output.append("\"")
    }

    /// The escape sequence for an ASCII byte that may not appear raw in a JSON string.
    private static func escape(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "\""): return "\\\""
        case UInt8(ascii: "\\"): return "\\\\"
        case UInt8(ascii: "\n"): return "\\n"
        case UInt8(ascii: "\t"): return "\\t"
        case UInt8(ascii: "\r"): return "\\r"
        case 0x08: return "\\b"
        case 0x0C: return "\\f"
        default:
            let hex = String(byte, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }

    /// A close upper estimate of the serialized length in bytes, to reserve capacity once.
    static func estimatedLength(of value: JSONValue, pretty: Bool, depth: Int = 0) -> Int {
        let perElement = pretty ? 2 * (depth + 1) + 2 : 1
        switch value {
        case .null, .bool: return 5
        case .integer, .number: return 24
        case let .string(text): return text.utf8.count + 2
        case let .array(elements):
            return elements.reduce(2 + 2 * depth) {
                $0 + perElement + estimatedLength(of: $1, pretty: pretty, depth: depth + 1)
            }
        case let .object(members):
            return members.reduce(2 + 2 * depth) {
                $0 + perElement + $1.0.utf8.count + 4 + estimatedLength(of: $1.1, pretty: pretty, depth: depth + 1)
            }
        }
    }
}
