/// Escaping of untrusted text (titles, levels, data values) for HTML, SVG and XML: `& < > " '`
/// replaced, so no value can end an element, an attribute or a comment, or open a tag; control
/// characters other than tab and newline, and U+FFFE/U+FFFF, become U+FFFD. The catalogue and the
/// dashboard both write through it.
public enum MarkupText {
    /// `text` safe inside HTML/SVG text and double- or single-quoted attribute values.
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n": output.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                output += "\u{FFFD}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

}
