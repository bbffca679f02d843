import IndcOutput

/// Escaping for everything the site writes: titles, levels and data values are untrusted text.
///
/// One function covers HTML text, attribute values (always double-quoted) and SVG/XML text: it
/// replaces `& < > " '`, so no value can end an element, an attribute or a comment, or open a tag.
/// Control characters (other than tab and newline) and lone surrogates never reach the page: they
/// become U+FFFD. Identifiers built from names (`id`, file names) go through `slug` instead.
public enum Markup {
    /// `text` safe inside HTML/SVG text and double- or single-quoted attribute values (`MarkupText.escape`).
    public static func escape(_ text: String) -> String {
        MarkupText.escape(text)
    }

    /// A name as a safe file name and `id` fragment: ASCII letters and digits kept, every other
    /// character written as `-` plus its code point in hex, so different names never collide.
    public static func slug(_ name: String) -> String {
        var output = ""
        for scalar in name.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                output.unicodeScalars.append(scalar)
            } else if scalar == "_" {
                output += "_"
            } else {
                output += "-" + String(scalar.value, radix: 16)
            }
        }
        return output.isEmpty ? "-" : output
    }

    /// An SVG/HTML coordinate: at most one decimal, no exponent; far off-canvas values are clamped.
    static func coordinate(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (min(max(value, -1e6), 1e6) * 10).rounded()
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths) % 10)
        if fraction == 0 { return String(Int(tenths) / 10) }
        return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
    }
}
