import IndcDiagnostics

/// The result of parsing one file: the tree (with whatever could be recovered) and the diagnostics.
public struct ParseResult: Sendable {
    public let tree: SyntaxTree
    public let diagnostics: [Diagnostic]
}

/// A hand-written recursive-descent parser for `.ind` files.
///
/// A syntax error ends the clause it is in: the parser reports it once and resumes at
/// the next clause keyword, `}` or declaration, so one mistake never cascades.
public struct Parser {
    /// The deepest expression nesting accepted (parentheses, operators, calls).
    public static let maximumDepth = 256
    /// The most syntax errors reported per file; a file that is not `.ind` at all stops here.
    public static let maximumDiagnostics = 100

    let file: SourceFile
    let tokens: [Token]
    var index = 0
    var nesting = 0
    var diagnostics: [Diagnostic] = []

    /// Parses one source file.
    public static func parse(_ file: SourceFile) -> ParseResult {
        var lexer = Lexer(file: file)
        let tokens = lexer.tokenize()
        var parser = Parser(file: file, tokens: tokens, diagnostics: lexer.diagnostics)
        let (declarations, tests) = parser.parseFile()
        var diagnostics = Array(parser.diagnostics.prefix(maximumDiagnostics))
        if parser.diagnostics.count > maximumDiagnostics {
            diagnostics[maximumDiagnostics - 1] = diagnostics[maximumDiagnostics - 1]
                .noting("\(parser.diagnostics.count - maximumDiagnostics) more syntax errors in this file are not shown")
        }
        return ParseResult(tree: SyntaxTree(file: file, declarations: declarations, tests: tests), diagnostics: diagnostics)
    }

    /// The tokens of a file, ending with `.endOfFile` (malformed ones as `.invalid`).
    public static func tokens(of file: SourceFile) -> [Token] {
        var lexer = Lexer(file: file)
        return lexer.tokenize()
    }

    private init(file: SourceFile, tokens: [Token], diagnostics: [Diagnostic]) {
        self.file = file
        self.tokens = tokens.filter { $0.kind != .invalid }
        self.diagnostics = diagnostics
        self.invalidOffsets = tokens.filter { $0.kind == .invalid }.map(\.range.lowerBound)
    }

    /// Offsets of tokens the lexer already reported; a parse error right there is not reported again.
    private let invalidOffsets: [Int]

    private mutating func parseFile() -> ([Declaration], [TestSyntax]) {
        var declarations: [Declaration] = []
        var tests: [TestSyntax] = []
        while !atEnd {
            do {
                switch current.kind {
                case .keyword(.dataset): declarations.append(.dataset(try parseDataset()))
                case .keyword(.indicator): declarations.append(.indicator(try parseIndicator()))
                case _ where atTestStart: tests.append(try parseTest())
                default:
                    var diagnostic = Diagnostic(
                        .unexpectedToken, "expected `dataset`, `indicator` or `test`, found \(current.description)",
                        at: Annotation(span(current.range), "a file holds dataset, indicator and test declarations"))
                    if case .identifier(let word) = current.kind {
                        diagnostic = diagnostic.helping(Suggestion.didYouMean(word, among: ["dataset", "indicator", "test"]))
                    }
                    throw ParseFailure(diagnostic)
                }
            } catch let failure as ParseFailure {
                report(failure.diagnostic)
                skipToDeclaration()
            } catch {
                preconditionFailure("unexpected error \(error)")
            }
        }
        return (declarations, tests)
    }

    /// Records a diagnostic unless it sits on a token the lexer already reported.
    mutating func report(_ diagnostic: Diagnostic) {
        let offset = max(diagnostic.primary.span.range.lowerBound, current.range.lowerBound)
        let lexerReportedHere = invalidOffsets.contains { $0 >= previousEnd && $0 <= offset }
        if diagnostic.code == .unexpectedToken, lexerReportedHere { return }
        diagnostics.append(diagnostic)
    }

    private mutating func skipToDeclaration() {
        if !atEnd { advance() }
        while !atEnd {
            if case .keyword(let keyword) = current.kind, keyword == .dataset || keyword == .indicator { return }
            if atTestStart { return }
            advance()
        }
    }

    // MARK: Token cursor

    var current: Token { tokens[index] }
    var atEnd: Bool { current.kind == .endOfFile }
    var previousEnd: Int { index > 0 ? tokens[index - 1].range.upperBound : 0 }

    /// Whether a line break separates the current token from the previous one.
    var startsLine: Bool {
        index > 0 && file.bytes[previousEnd..<current.range.lowerBound].contains { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }

    func peek(_ offset: Int = 1) -> Token { tokens[min(index + offset, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let token = current
        if !atEnd { index += 1 }
        return token
    }

    func span(_ range: Range<Int>) -> Span { Span(file: file, range: range) }

    /// The span from `start` to the end of the last consumed token.
    func span(from start: Int) -> Span { span(start..<max(start, previousEnd)) }

    func check(_ keyword: Keyword) -> Bool { current.kind == .keyword(keyword) }
    func check(_ punctuation: Punctuation) -> Bool { current.kind == .punctuation(punctuation) }

    mutating func accept(_ keyword: Keyword) -> Bool {
        guard check(keyword) else { return false }
        advance()
        return true
    }

    mutating func accept(_ punctuation: Punctuation) -> Bool {
        guard check(punctuation) else { return false }
        advance()
        return true
    }

    mutating func expect(_ punctuation: Punctuation, _ context: String) throws -> Token {
        guard check(punctuation) else { throw expected("`\(punctuation.rawValue)` \(context)") }
        return advance()
    }

    mutating func expect(_ keyword: Keyword, _ context: String) throws {
        guard accept(keyword) else { throw expected("`\(keyword.rawValue)` \(context)") }
    }

    /// An "expected X, found Y" failure at the current token.
    func expected(_ what: String, help: String? = nil) -> ParseFailure {
        let label = what.count <= 40 ? "expected \(what)" : nil
        let place = startsLine || atEnd ? Annotation(span(previousEnd..<previousEnd), label.map { "\($0) after this" }) : Annotation(span(current.range), label)
        var diagnostic = Diagnostic(.unexpectedToken, "expected \(what), found \(current.description)", at: place)
        if current.kind == .punctuation(.minus), index > 0, tokens[index - 1].range.upperBound == current.range.lowerBound,
           case .identifier(let name) = tokens[index - 1].kind {
            diagnostic = diagnostic.helping("names cannot contain `-`: write \(name)_… or put the whole name in backticks: `\(name)-…`")
        }
        if !startsLine, case .keyword(let keyword) = current.kind, !Parser.expressionKeywords.contains(keyword) {
            diagnostic = diagnostic.helping("`\(keyword.rawValue)` is a keyword; if it is a column's name, write it in backticks: `\(keyword.rawValue)`")
        }
        return ParseFailure(diagnostic.helping(help))
    }

    /// Keywords that belong inside expressions (all others start clauses or declarations).
    static let expressionKeywords: Set<Keyword> = [.and, .or, .not, .in, .between, .is, .missing, .true, .false, .where, .per]
}

/// A syntax error that ends the current clause or declaration.
struct ParseFailure: Error {
    let diagnostic: Diagnostic
    init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}
