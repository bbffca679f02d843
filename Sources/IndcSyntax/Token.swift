// The syntax stage: source text → tokens → AST (every node with its span).
// Parsing recovers at the next clause or declaration, so one mistake gives one diagnostic.

/// The reserved words of the language. Any of them used as a name must be written in backticks.
public enum Keyword: String, CaseIterable, Sendable {
    case dataset, indicator
    case file, delimiter, decimal, encoding, weight, strata, sample, minimum, column, derive, missing, on
    case title, description, theme, owner, source, filter, group, by, breakdown, measure, unit, target
    case of, period, interval, reliability, display
    case and, or, not, `in`, between, `is`, `where`, per, `true`, `false`
}

/// Operators and punctuation.
public enum Punctuation: String, Sendable {
    case leftBrace = "{", rightBrace = "}", leftParen = "(", rightParen = ")"
    case comma = ",", colon = ":", equal = "=", notEqual = "!="
    case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case plus = "+", minus = "-", star = "*", slash = "/", arrow = "->"
}

/// What a token is.
public enum TokenKind: Sendable, Equatable {
    /// A bare identifier such as `opleiding` or `patiëntportaal_2024`.
    case identifier(String)
    /// A backtick name such as `` `leeftijd (jaren)` ``.
    case quotedName(String)
    case keyword(Keyword)
    case string(String)
    /// A number literal; `isInteger` when written without a decimal point.
    case number(Double, isInteger: Bool)
    /// A percent literal such as `70%`, holding its value as a proportion (0.70).
    case percent(Double)
    case punctuation(Punctuation)
    /// A malformed token that the lexer has already reported.
    case invalid
    case endOfFile
}

/// One token with the byte range it covers.
public struct Token: Sendable, Equatable {
    /// What the token is.
    public let kind: TokenKind
    /// Byte offsets in the source file.
    public let range: Range<Int>

    /// How the token is named in messages: `` `measure` ``, `"ja"`, `end of file`.
    public var description: String {
        switch kind {
        case .identifier(let name): "`\(name)`"
        case .quotedName(let name): "`\(name)`"
        case .keyword(let keyword): "`\(keyword.rawValue)`"
        case .string(let value): "\"\(value)\""
        case .number: "number"
        case .percent: "percent"
        case .punctuation(let punctuation): "`\(punctuation.rawValue)`"
        case .invalid: "invalid token"
        case .endOfFile: "end of file"
        }
    }
}
