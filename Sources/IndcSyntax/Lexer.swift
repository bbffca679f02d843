import IndcDiagnostics

/// Turns the bytes of a source file into tokens, reporting malformed ones.
///
/// The lexer never stops early: a bad character or literal becomes an `.invalid`
/// token with a diagnostic, and lexing goes on.
struct Lexer {
    private let file: SourceFile
    private let bytes: [UInt8]
    private var position = 0
    private(set) var diagnostics: [Diagnostic] = []

    init(file: SourceFile) {
        self.file = file
        self.bytes = file.bytes
    }

    /// All tokens of the file, ending with `.endOfFile`.
    mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        while true {
            skipTrivia()
            let start = position
            guard position < bytes.count else {
                tokens.append(Token(kind: .endOfFile, range: start..<start))
                return tokens
            }
            let kind = scanToken()
            tokens.append(Token(kind: kind, range: start..<position))
        }
    }

    private mutating func skipTrivia() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                position += 1
            case UInt8(ascii: "#"):
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n"), bytes[position] != UInt8(ascii: "\r") { position += 1 }
            case 0x80...:
                let (scalar, length) = decodeScalar(at: position)
                guard CharacterClass.isInvisibleSpace(scalar) else { return }
                position += length
            default:
                return
            }
        }
    }

    private mutating func scanToken() -> TokenKind {
        let start = position
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "\""): return scanString()
        case UInt8(ascii: "`"): return scanQuotedName()
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return scanNumber()
        default: break
        }
        if let punctuation = scanPunctuation() { return .punctuation(punctuation) }
        let (scalar, length) = decodeScalar(at: position)
        if CharacterClass.startsIdentifier(scalar) { return scanIdentifier() }
        if let closer = CharacterClass.closingQuote(for: scalar) { return scanMisquotedString(opener: scalar, closer: closer) }
        position += length
        while position + length <= bytes.count, decodeScalar(at: position).0 == scalar { position += length }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let shown = scalar.properties.generalCategory == .control ? "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex : String(scalar)
        let run = String(repeating: shown, count: (position - start) / length)
        var diagnostic = Diagnostic(
            .unexpectedCharacter, "unexpected character\(run.count > shown.count ? "s" : "") `\(run)`",
            at: Annotation(span(start..<position), "not part of the language"))
        if let hint = CharacterClass.hint(for: scalar) { diagnostic = diagnostic.helping(hint) }
        diagnostics.append(diagnostic)
        return .invalid
    }

    private mutating func scanPunctuation() -> Punctuation? {
        let next = position + 1 < bytes.count ? bytes[position + 1] : 0
        let two: Punctuation? = switch (bytes[position], next) {
        case (UInt8(ascii: "!"), UInt8(ascii: "=")): .notEqual
        case (UInt8(ascii: "<"), UInt8(ascii: "=")): .lessEqual
        case (UInt8(ascii: ">"), UInt8(ascii: "=")): .greaterEqual
        case (UInt8(ascii: "-"), UInt8(ascii: ">")): .arrow
        default: nil
        }
        if let two {
            position += 2
            return two
        }
        guard let one = Punctuation(rawValue: String(UnicodeScalar(bytes[position]))) else { return nil }
        position += 1
        return one
    }

    private mutating func scanIdentifier() -> TokenKind {
        let start = position
        while position < bytes.count {
            let (scalar, length) = decodeScalar(at: position)
            guard CharacterClass.continuesIdentifier(scalar) else { break }
            position += length
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if let keyword = Keyword(rawValue: text) { return .keyword(keyword) }
        return .identifier(text)
    }

    private mutating func scanNumber() -> TokenKind {
        let start = position
        skipDigits()
        var isInteger = true
        if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "."), CharacterClass.isDigit(bytes[position + 1]) {
            isInteger = false
            position += 1
            skipDigits()
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if position < bytes.count, CharacterClass.startsIdentifier(decodeScalar(at: position).0) || bytes[position] == UInt8(ascii: ".") {
            while position < bytes.count, CharacterClass.continuesIdentifier(decodeScalar(at: position).0) || bytes[position] == UInt8(ascii: ".") {
                position += decodeScalar(at: position).1
            }
            diagnostics.append(Diagnostic(
                .malformedNumber, "malformed number `\(file.text(in: start..<position))`",
                at: Annotation(span(start..<position)),
                help: ["numbers are written like 42, 3.5 or 70%; a name cannot start with a digit (use backticks: `\(file.text(in: start..<position))`)"]))
            return .invalid
        }
        guard let value = Double(text), value.isFinite else {
            diagnostics.append(Diagnostic(.malformedNumber, "number `\(text)` is too large", at: Annotation(span(start..<position))))
            return .invalid
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "%") {
            position += 1
            return .percent(value / 100)
        }
        return .number(value, isInteger: isInteger)
    }

    private mutating func skipDigits() {
        while position < bytes.count, CharacterClass.isDigit(bytes[position]) { position += 1 }
    }

    private mutating func scanString() -> TokenKind {
        let start = position
        position += 1
        var value: [UInt8] = []
        var valid = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return valid ? .string(String(decoding: value, as: UTF8.self)) : .invalid
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if byte == UInt8(ascii: "\\") {
                valid = scanEscape(into: &value) && valid
                continue
            }
            value.append(byte)
            position += 1
        }
        diagnostics.append(Diagnostic(
            .unterminatedString, "string is not closed",
            at: Annotation(span(start..<start + 1), "this string starts here"),
            help: ["add the closing `\"` before the end of the line; write a line break inside a string as \\n"]))
        return .invalid
    }

    /// A string in single or typographic quotes: reported once, then read as the string it was meant to be.
    private mutating func scanMisquotedString(opener: Unicode.Scalar, closer: Unicode.Scalar) -> TokenKind {
        let start = position
        position += UTF8.width(opener)
        let contentStart = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n"), bytes[position] != UInt8(ascii: "\r") {
            let (scalar, length) = decodeScalar(at: position)
            if scalar == closer || (scalar == opener && opener == closer) {
                let value = String(decoding: bytes[contentStart..<position], as: UTF8.self)
                position += length
                diagnostics.append(Diagnostic(
                    .unexpectedCharacter, "strings are written in straight double quotes", at: Annotation(span(start..<position), "not a string"),
                    help: ["write \"\(value)\""]))
                return .string(value)
            }
            position += length
        }
        position = contentStart
        diagnostics.append(Diagnostic(.unexpectedCharacter, "unexpected character `\(opener)`", at: Annotation(span(start..<contentStart)))
            .helping(CharacterClass.hint(for: opener)))
        return .invalid
    }

    private mutating func scanEscape(into value: inout [UInt8]) -> Bool {
        let start = position
        position += 1
        guard position < bytes.count else { return false }
        let escaped: UInt8? = switch bytes[position] {
        case UInt8(ascii: "\""): UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): UInt8(ascii: "\\")
        case UInt8(ascii: "n"): UInt8(ascii: "\n")
        case UInt8(ascii: "t"): UInt8(ascii: "\t")
        default: nil
        }
        if let escaped {
            value.append(escaped)
            position += 1
            return true
        }
        if bytes[position] == UInt8(ascii: "\n") { return false }
        let length = decodeScalar(at: position).1
        position += length
        diagnostics.append(Diagnostic(
            .invalidEscape, "unknown escape sequence `\(file.text(in: start..<position))`",
            at: Annotation(span(start..<position)),
            help: ["the escapes are \\\" \\\\ \\n and \\t; write a backslash itself as \\\\"]))
        return false
    }

    private mutating func scanQuotedName() -> TokenKind {
        let start = position
        position += 1
        while position < bytes.count, bytes[position] != UInt8(ascii: "`"), bytes[position] != UInt8(ascii: "\n"), bytes[position] != UInt8(ascii: "\r") {
            position += 1
        }
        guard position < bytes.count, bytes[position] == UInt8(ascii: "`") else {
            diagnostics.append(Diagnostic(
                .invalidQuotedName, "backtick name is not closed",
                at: Annotation(span(start..<start + 1), "this name starts here"),
                help: ["close the name with a backtick on the same line: `leeftijd (jaren)`"]))
            return .invalid
        }
        position += 1
        let name = String(decoding: bytes[start + 1..<position - 1], as: UTF8.self)
        guard !name.isEmpty else {
            diagnostics.append(Diagnostic(.invalidQuotedName, "empty backtick name", at: Annotation(span(start..<position)),
                                          help: ["write the column's name between the backticks"]))
            return .invalid
        }
        return .quotedName(name)
    }

    private func decodeScalar(at offset: Int) -> (Unicode.Scalar, Int) {
        var iterator = bytes[offset..<min(offset + 4, bytes.count)].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) {
            return (scalar, UTF8.width(scalar))
        }
        return (Unicode.Scalar(0xFFFD)!, 1)
    }

    private func span(_ range: Range<Int>) -> Span { Span(file: file, range: range) }
}
