/// Which characters may start and continue identifiers, and hints for look-alikes.
enum CharacterClass {
    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func startsIdentifier(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    static func continuesIdentifier(_ scalar: Unicode.Scalar) -> Bool {
        if startsIdentifier(scalar) { return true }
        if scalar.isASCII { return isDigit(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .connectorPunctuation: return true
        default: return false
        }
    }

    /// Spaces that word processors paste (no-break, thin, zero-width): layout, like a space.
    static func isInvisibleSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{2060}" || scalar == "\u{FEFF}"
    }

    /// The closing quote for quotes users type instead of `"`: `'ja'`, `“ja”`, `„ja”`, `‘ja’`.
    static func closingQuote(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "'": "'"
        case "\u{201C}", "\u{201E}": "\u{201D}"
        case "\u{2018}": "\u{2019}"
        default: nil
        }
    }

    /// A suggestion for characters users type by habit from other languages or word processors.
    static func hint(for scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "'": "strings use double quotes: \"ja\""
        case "\u{201C}", "\u{201D}", "\u{201E}": "this is a typographic quote; use the plain double quote \""
        case "\u{2018}", "\u{2019}": "this is a typographic quote; strings use the plain double quote \""
        case "!": "write `not x` for negation, or `!=` for 'not equal'"
        case "&": "write `and` to combine conditions"
        case "|": "write `or` to combine conditions"
        case ";": "clauses need no separator: start the next clause on its own line"
        case "[", "]": "lists are written in parentheses: x in (\"a\", \"b\")"
        case "\u{2264}": "write `<=`"
        case "\u{2265}": "write `>=`"
        case "\u{2260}": "write `!=`"
        case "%": "a percent sign goes right after a number: 70%"
        case ".": "numbers are written with a decimal point between digits: 0.5"
        default: nil
        }
    }
}
