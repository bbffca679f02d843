import IndcDiagnostics

/// A comment as the formatter sees it: its text and how it sits between tokens.
struct Comment {
    /// The comment from `#` to the end of its line, trailing spaces removed.
    let text: String
    /// Written on a line of its own (not after a token on the same line).
    let ownLine: Bool
    /// A blank line separates it from what comes before.
    let blankBefore: Bool
}

/// What lies between two tokens: the comments, and whether a blank line precedes the next token.
struct Gap {
    var comments: [Comment] = []
    /// A blank line directly precedes the token after the gap (after its last comment, if any).
    var blankBefore = false
    /// A line break separates the token after the gap from what precedes it.
    var lineBreakBefore = false

    /// Reads the gap `range` of `bytes` (whitespace and comments only, as the lexer left them).
    init(_ bytes: [UInt8], _ range: Range<Int>, atFileStart: Bool) {
        var position = range.lowerBound
        var breaks = atFileStart ? 1 : 0
        var blank = false
        while position < range.upperBound {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (position + 1 >= bytes.count || bytes[position + 1] != UInt8(ascii: "\n"))) {
                breaks += 1
                if breaks >= 2, !(atFileStart && comments.isEmpty) { blank = true }
                position += 1
            } else if byte == UInt8(ascii: "#") {
                let start = position
                while position < range.upperBound, bytes[position] != UInt8(ascii: "\n"), bytes[position] != UInt8(ascii: "\r") { position += 1 }
                var text = String(decoding: bytes[start..<position], as: UTF8.self)
                while let last = text.unicodeScalars.last, last.properties.isWhitespace { text.unicodeScalars.removeLast() }
                comments.append(Comment(text: text, ownLine: breaks > 0, blankBefore: blank))
                breaks = 0
                blank = false
            } else {
                position += 1
            }
        }
        blankBefore = blank
        lineBreakBefore = breaks > 0
    }
}
