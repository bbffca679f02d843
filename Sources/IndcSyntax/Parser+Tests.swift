import IndcDiagnostics

/// `test NAME of INDICATOR { … }` declarations. Their clause words are contextual, so no new keywords.
extension Parser {
    /// The clause words of a test, as suggested in messages.
    static let testClauseWords = ["minimum n", "columns", "row", "expect"]
    private static let factWords = ["value", "n", "numerator", "denominator", "withheld", "target met", "target not met"]

    /// The current token starts a test declaration: the word `test` followed by a name.
    var atTestStart: Bool {
        guard current.kind == .identifier("test") else { return false }
        switch peek().kind {
        case .identifier, .quotedName: return true
        default: return false
        }
    }

    mutating func parseTest() throws -> TestSyntax {
        let keyword = advance()
        let name = try parseName("a name for the test")
        try expect(.of, "after the test's name (write `test \(name.text) of INDICATOR`)")
        let indicator = try parseName("the name of the indicator under test")
        let open = span(try expect(.leftBrace, "to open the test").range)
        var clauses: [Clause<TestClause>] = []
        var skipped = false
        while true {
            switch current.kind {
            case .punctuation(.rightBrace):
                advance()
                return TestSyntax(name: name, indicator: indicator, keywordSpan: span(keyword.range), clauses: clauses, hasSkippedClauses: skipped)
            case _ where atEnd || check(.dataset) || check(.indicator) || atTestStart:
                report(unclosed("test", name, open: open))
                return TestSyntax(name: name, indicator: indicator, keywordSpan: span(keyword.range), clauses: clauses, hasSkippedClauses: skipped)
            default:
                let start = current.range.lowerBound
                let startIndex = index
                do {
                    let (body, word) = try parseTestClause()
                    guard atTestClauseBoundary else { throw unexpectedAfter(word) }
                    clauses.append(Clause(body: body, keywordSpan: span(start..<start + word.utf8.count), span: span(from: start), keyword: word))
                } catch let failure as ParseFailure {
                    report(failure.diagnostic)
                    skipped = true
                    if !atTestClauseBoundary || index == startIndex { advance() }
                    while !atTestClauseBoundary { advance() }
                }
            }
        }
    }

    private var atTestClauseBoundary: Bool {
        switch current.kind {
        case .endOfFile, .punctuation(.rightBrace), .keyword(.dataset), .keyword(.indicator), .keyword(.minimum): true
        case .identifier(let word): ["columns", "row", "expect"].contains(word) || atTestStart
        default: false
        }
    }

    private mutating func parseTestClause() throws -> (TestClause, String) {
        switch current.kind {
        case .keyword(.minimum):
            advance()
            return (.minimumN(try parseMinimumN()), "minimum n")
        case .identifier("columns"):
            advance()
            return (.columns(try parseNames("a column name")), "columns")
        case .identifier("row"):
            advance()
            var values = [try parseTestValue()]
            while accept(.comma) { values.append(try parseTestValue()) }
            return (.row(values), "row")
        case .identifier("expect"):
            advance()
            var cell: [(column: Name, value: TestValue)] = []
            while !check(.colon) {
                if !cell.isEmpty { _ = try expect(.comma, "between the cell's columns, or `:` before what is expected") }
                let column = try parseName("a column name, or `:`")
                _ = try expect(.equal, "after the column's name (write `\(column.text) = VALUE`)")
                cell.append((column, try parseTestValue()))
            }
            advance()
            var facts = [try parseTestFact()]
            while accept(.comma) { facts.append(try parseTestFact()) }
            return (.expect(cell: cell, facts: facts), "expect")
        case .identifier(let word):
            throw ParseFailure(Diagnostic(.unknownClause, "unknown clause `\(word)` in test", at: Annotation(span(current.range), "not a clause of a test"))
                .helping(Suggestion.didYouMean(word, among: Self.testClauseWords) ?? "the clauses of a test are: \(Self.testClauseWords.joined(separator: ", "))"))
        default:
            throw expected("a test clause (\(Self.testClauseWords.joined(separator: ", "))) or `}`")
        }
    }

    private mutating func parseTestValue() throws -> TestValue {
        switch current.kind {
        case .string: return .string(try parseString("a value"))
        case .number, .percent, .punctuation(.minus): return .number(try parseNumber("a number"))
        case .keyword(.true): return .boolean(true, span(advance().range))
        case .keyword(.false): return .boolean(false, span(advance().range))
        case .keyword(.missing): return .missing(span(advance().range))
        default: throw expected("a value: a string, a number, true, false or missing")
        }
    }

    private mutating func parseTestFact() throws -> TestFact {
        let start = current.range.lowerBound
        let kind: TestFact.Kind
        switch current.kind {
        case .identifier("value"):
            advance()
            kind = accept(.missing) ? .value(nil, within: nil) : .value(try parseNumber("the expected value, or `missing`"), within: try parseWithin())
        case .identifier("n"):
            advance()
            kind = .n(try parseNumber("the expected n"))
        case .identifier("numerator"):
            advance()
            kind = .numerator(try parseNumber("the expected numerator"), within: try parseWithin())
        case .identifier("denominator"):
            advance()
            kind = .denominator(try parseNumber("the expected denominator"), within: try parseWithin())
        case .identifier("withheld"):
            advance()
            kind = .withheld
        case .keyword(.target):
            advance()
            let met = !accept(.not)
            try expectWord("met", "after `target` (write `target met` or `target not met`)")
            kind = .targetMet(met)
        case .identifier(let word):
            throw expected("what the cell holds", help: Suggestion.didYouMean(word, among: Self.factWords) ?? "write \(Self.factWords.joined(separator: ", "))")
        default:
            throw expected("what the cell holds: \(Self.factWords.joined(separator: ", "))")
        }
        return TestFact(kind: kind, span: span(from: start))
    }

    private mutating func parseWithin() throws -> NumberLiteral? {
        guard current.kind == .identifier("within") else { return nil }
        advance()
        return try parseNumber("the tolerance, such as 0.001 or 0.1%")
    }
}
