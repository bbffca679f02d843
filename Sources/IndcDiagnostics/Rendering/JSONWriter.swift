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
            writeContainer(elements, open: "[", close: "]", into: &output, depth: depth) { element, output in
                write(element, into: &output, depth: depth + 1)
            }
        case let .object(members):
            writeContainer(members, open: "{", close: "}", into: &output, depth: depth) { member, output in
                Self.appendQuoted(member.0, to: &output)
                output.append(pretty ? ": " : ":")
                write(member.1, into: &output, depth: depth + 1)
            }
        }
    }

    private func writeContainer<Element>(
        _ elements: [Element], open: String, close: String, into output: inout String, depth: Int,
        writeElement: (Element, inout String) -> Void
    ) {
        output.append(open)
        guard !elements.isEmpty else {
            output.append(close)
            return
        }
        for (index, element) in elements.enumerated() {
            if index > 0 { output.append(",") }
            if pretty { appendNewline(indentedTo: depth + 1, to: &output) }
            writeElement(element, &output)
        }
        if pretty { appendNewline(indentedTo: depth, to: &output) }
        output.append(close)
    }

    private func appendNewline(indentedTo depth: Int, to output: inout String) {
        output.append("\n")
        output.append(contentsOf: repeatElement(" ", count: 2 * depth))
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
