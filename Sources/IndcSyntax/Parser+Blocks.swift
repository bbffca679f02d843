import IndcDiagnostics

/// Declarations and the clause loop shared by datasets and indicators.
extension Parser {
    static let datasetClauses: [Keyword] = [.file, .delimiter, .decimal, .encoding, .weight, .sample, .strata, .interval, .minimum, .on, .column, .derive, .display]
    static let indicatorClauses: [Keyword] = [
        .title, .description, .theme, .owner, .source, .filter, .group, .breakdown, .measure,
        .weight, .unit, .minimum, .target, .period, .interval, .reliability, .display,
    ]
    private static let clauseStarts = Set(datasetClauses + indicatorClauses)

    /// How a clause keyword is written in full, for suggestions.
    private static func spelled(_ keyword: Keyword) -> String {
        switch keyword {
        case .group: "group by"
        case .minimum: "minimum n"
        case .on: "on error"
        default: keyword.rawValue
        }
    }

    mutating func parseDataset() throws -> DatasetSyntax {
        let keyword = advance()
        let name = try parseName("a name for the dataset")
        let (clauses, skipped) = try parseBlock("dataset", name, allowed: Self.datasetClauses,
                                                contextual: ["header": ("header line", { try $0.parseHeaderLine() })]) { parser, keyword in
            try parser.parseDatasetClause(keyword)
        }
        return DatasetSyntax(name: name, keywordSpan: span(keyword.range), clauses: clauses, hasSkippedClauses: skipped)
    }

    mutating func parseIndicator() throws -> IndicatorSyntax {
        let keyword = advance()
        let name = try parseName("a name for the indicator")
        let (clauses, skipped) = try parseBlock("indicator", name, allowed: Self.indicatorClauses) { parser, keyword in
            try parser.parseIndicatorClause(keyword)
        }
        return IndicatorSyntax(name: name, keywordSpan: span(keyword.range), clauses: clauses, hasSkippedClauses: skipped)
    }

    /// Parses `{ clause* }`, recovering at the next clause after a bad one.
    ///
    /// `contextual` clauses start with a word that is no keyword (so it stays free as a column name),
    /// by that word: how the clause is written in full, and its parser (called after the word).
    private mutating func parseBlock<Body>(
        _ kind: String, _ name: Name, allowed: [Keyword],
        contextual: [String: (spelled: String, parse: (inout Parser) throws -> Body)] = [:],
        clause parseClause: (inout Parser, Keyword) throws -> Body
    ) throws -> ([Clause<Body>], skipped: Bool) {
        let open: Span
        if check(.leftBrace) {
            open = span(advance().range)
        } else if case .keyword(let keyword) = current.kind, allowed.contains(keyword) {
            report(expected("`{` to open the \(kind)").diagnostic)
            open = span(previousEnd..<previousEnd)
        } else {
            throw expected("`{` to open the \(kind)")
        }
        var clauses: [Clause<Body>] = []
        var skipped = false
        while true {
            switch current.kind {
            case .punctuation(.rightBrace):
                advance()
                return (clauses, skipped)
            case .endOfFile, .keyword(.dataset), .keyword(.indicator):
                report(unclosed(kind, name, open: open))
                return (clauses, skipped)
            case .keyword(let keyword) where allowed.contains(keyword):
                let start = current.range.lowerBound
                do {
                    let body = try parseClause(&self, keyword)
                    let keywordEnd = tokens[index - 1].range.upperBound
                    let clause = Clause(body: body, keywordSpan: span(start..<min(keywordEnd, start + Self.spelled(keyword).utf8.count)),
                                        span: span(from: start), keyword: Self.spelled(keyword))
                    guard atClauseBoundary || (startsLine && isWord) else { throw unexpectedAfter(clause.keyword) }
                    clauses.append(clause)
                } catch let failure as ParseFailure {
                    report(failure.diagnostic)
                    skipToClause()
                    skipped = true
                }
            case .identifier(let word) where contextual[word] != nil:
                let start = current.range.lowerBound
                let (spelled, parse) = contextual[word]!
                do {
                    advance()
                    let body = try parse(&self)
                    let clause = Clause(body: body, keywordSpan: span(start..<start + word.utf8.count), span: span(from: start), keyword: spelled)
                    guard atClauseBoundary || (startsLine && isWord) else { throw unexpectedAfter(clause.keyword) }
                    clauses.append(clause)
                } catch let failure as ParseFailure {
                    report(failure.diagnostic)
                    skipToClause()
                    skipped = true
                }
            default:
                report(unknownClause(kind, allowed: allowed))
                advance()
                skipToClause()
                skipped = true
            }
        }
    }

    /// The current token is a bare word, as a misspelled clause keyword would be.
    private var isWord: Bool {
        if case .identifier = current.kind { return true }
        return false
    }

    private var atClauseBoundary: Bool {
        switch current.kind {
        case .endOfFile, .punctuation(.rightBrace), .keyword(.dataset), .keyword(.indicator): true
        case .keyword(let keyword): Self.clauseStarts.contains(keyword)
        default: false
        }
    }

    private mutating func skipToClause() {
        if !atClauseBoundary { advance() }
        while !atClauseBoundary { advance() }
    }

    func unclosed(_ kind: String, _ name: Name, open: Span) -> Diagnostic {
        let end = span(previousEnd..<previousEnd)
        return Diagnostic(
            .unclosedBrace, "\(kind) `\(name.text)` is not closed: expected `}`",
            at: Annotation(end, "expected `}` after this"),
            secondary: [Annotation(open, "the \(kind) opens here")],
            help: ["add `}` after the last clause of `\(name.text)`"])
    }

    func unexpectedAfter(_ clause: String) -> ParseFailure {
        let diagnostic = Diagnostic(
            .unexpectedToken, "unexpected \(current.description) after the `\(clause)` clause",
            at: Annotation(span(current.range), "the clause ended before this"),
            help: ["each clause starts with its keyword on a new line; check for a missing operator or comma"])
        return ParseFailure(diagnostic)
    }

    private func unknownClause(_ kind: String, allowed: [Keyword]) -> Diagnostic {
        let names = allowed.map(Self.spelled)
        let here = Annotation(span(current.range), "not a clause of \(kind == "indicator" ? "an" : "a") \(kind)")
        switch current.kind {
        case .identifier(let word):
            return Diagnostic(.unknownClause, "unknown clause `\(word)` in \(kind)", at: here)
                .helping(Suggestion.didYouMean(word, among: names) ?? "the clauses of \(kind == "indicator" ? "an" : "a") \(kind) are: \(names.joined(separator: ", "))")
        case .keyword(let keyword) where Self.clauseStarts.contains(keyword):
            let home = kind == "dataset" ? "an indicator" : "a dataset"
            return Diagnostic(.unknownClause, "`\(Self.spelled(keyword))` is not a clause of \(kind == "indicator" ? "an" : "a") \(kind)", at: here,
                              help: ["`\(Self.spelled(keyword))` belongs in \(home)"])
        default:
            return Diagnostic(.unexpectedToken, "expected a clause or `}`, found \(current.description)", at: here,
                              help: ["clauses start with a keyword such as \(names.prefix(4).map { "`\($0)`" }.joined(separator: ", "))"])
        }
    }

    /// A name: an identifier or backtick name. A keyword is accepted with an error, so parsing goes on.
    mutating func parseName(_ what: String) throws -> Name {
        switch current.kind {
        case .identifier(let text), .quotedName(let text):
            return Name(text: text, span: span(advance().range))
        case .keyword(let keyword) where looksLikeName(keyword):
            let token = advance()
            report(Diagnostic(
                .keywordAsName, "`\(keyword.rawValue)` is a keyword and cannot be used as a name",
                at: Annotation(span(token.range), "keyword"),
                help: ["write it in backticks to use it as a name: `\(keyword.rawValue)`"]))
            return Name(text: keyword.rawValue, span: span(token.range))
        default:
            throw expected(what)
        }
    }

    /// Whether a keyword in name position is meant as a name: not a clause keyword, or followed by what follows names.
    private func looksLikeName(_ keyword: Keyword) -> Bool {
        guard keyword != .dataset, keyword != .indicator else { return false }
        if !Self.clauseStarts.contains(keyword) { return true }
        switch peek().kind {
        case .punctuation(.colon), .punctuation(.equal), .punctuation(.comma), .punctuation(.leftBrace): return true
        default: return false
        }
    }

    /// A comma-separated list of names.
    mutating func parseNames(_ what: String) throws -> [Name] {
        var names = [try parseName(what)]
        while accept(.comma) { names.append(try parseName(what)) }
        return names
    }

    mutating func parseString(_ what: String) throws -> StringLiteral {
        guard case .string(let value) = current.kind else { throw expected(what, help: "strings are written in double quotes: \"…\"") }
        return StringLiteral(value: value, span: span(advance().range))
    }

    /// A number or percent literal, with an optional leading minus.
    mutating func parseNumber(_ what: String) throws -> NumberLiteral {
        let start = current.range.lowerBound
        let sign: Double = accept(.minus) ? -1 : 1
        switch current.kind {
        case .number(let value, let isInteger):
            advance()
            return NumberLiteral(value: sign * value, isPercent: false, isInteger: isInteger, span: span(from: start))
        case .percent(let value):
            advance()
            return NumberLiteral(value: sign * value, isPercent: true, isInteger: false, span: span(from: start))
        default:
            throw expected(what)
        }
    }

    /// Consumes a contextual word (an identifier with a meaning in this place, like `n` in `minimum n`).
    mutating func expectWord(_ word: String, _ context: String) throws {
        guard case .identifier(let text) = current.kind, text == word else {
            throw expected("`\(word)` \(context)")
        }
        advance()
    }
}
