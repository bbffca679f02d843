import IndcDiagnostics

/// The bodies of dataset and indicator clauses (the keyword is the current token).
extension Parser {
    mutating func parseDatasetClause(_ keyword: Keyword) throws -> DatasetClause {
        advance()
        switch keyword {
        case .file: return .file(try parseString("the data file's path in quotes"))
        case .delimiter: return .delimiter(try parseString("the delimiter in quotes: \",\", \";\" or \"tab\""))
        case .decimal: return .decimal(try parseString("the decimal mark in quotes: \".\" or \",\""))
        case .encoding: return .encoding(try parseString("the encoding in quotes: \"utf-8\", \"latin-1\" or \"windows-1252\""))
        case .weight: return .weight(try parseName("the weight column's name"))
        case .sample: return .sample
        case .strata: return .strata(try parseName("the stratum column's name"))
        case .interval:
            let (method, level) = try parseInterval()
            return .interval(method: method, level: level)
        case .minimum: return .minimumN(try parseMinimumN())
        case .on:
            try expectWord("error", "after `on` (write `on error fail` or `on error skip`)")
            let policy = try parseName("`fail` or `skip`")
            guard policy.text == "fail" || policy.text == "skip" else {
                throw ParseFailure(Diagnostic(.unexpectedToken, "expected `fail` or `skip`, found `\(policy.text)`",
                                              at: Annotation(policy.span), help: ["write `on error fail` or `on error skip`"]))
            }
            return .onError(policy)
        case .column: return .column(try parseColumn())
        case .display: return .display(try parseDisplay())
        case .derive:
            let name = try parseName("a name for the derived column")
            _ = try expect(.equal, "after the derived column's name")
            return .derive(name, try parseExpression())
        default: preconditionFailure("not a dataset clause: \(keyword)")
        }
    }

    /// `header line N` after the word `header`.
    mutating func parseHeaderLine() throws -> DatasetClause {
        try expectWord("line", "after `header` (write `header line 14`)")
        return .headerLine(try parseNumber("the line the header is on"))
    }

    /// `interval METHOD [LEVEL%]` after the keyword.
    private mutating func parseInterval() throws -> (Name, NumberLiteral?) {
        let method = try parseName("an interval method: logit, beta, wilson or mean")
        let level = check(.minus) || isNumber ? try parseNumber("a confidence level such as 95%") : nil
        return (method, level)
    }

    mutating func parseMinimumN() throws -> NumberLiteral {
        try expectWord("n", "after `minimum` (write `minimum n 10`)")
        return try parseNumber("the minimum number of rows per cell")
    }

    private static let columnTypes = ["integer", "number", "text", "boolean", "date", "category"]

    private mutating func parseColumn() throws -> ColumnSyntax {
        let name = try parseName("the column's name")
        _ = try expect(.colon, "after the column's name (write `column \(name.text): integer`)")
        let typeStart = current.range.lowerBound
        guard case .identifier(let typeName) = current.kind else { throw expected("a column type") }
        advance()
        let type: ColumnTypeSyntax
        switch typeName {
        case "integer": type = .integer
        case "number": type = .number
        case "text": type = .text
        case "boolean": type = .boolean
        case "date": type = .date
        case "category":
            _ = try expect(.leftParen, "with the category's levels: category(\"ja\", \"nee\")")
            var levels = [try parseString("a level in quotes")]
            while accept(.comma) { levels.append(try parseString("a level in quotes")) }
            _ = try expect(.rightParen, "after the levels")
            type = .category(levels)
        default:
            report(Diagnostic(
                .unexpectedToken, "unknown column type `\(typeName)`", at: Annotation(span(typeStart..<previousEnd)),
                help: [Suggestion.didYouMean(typeName, among: Self.columnTypes) ?? "the types are: \(Self.columnTypes.joined(separator: ", "))"]))
            type = .unknown
        }
        let typeSpan = span(from: typeStart)
        var codes: [Expression] = []
        if accept(.missing) {
            _ = try expect(.leftParen, "with the missing codes: missing(\"weet niet\", 99)")
            repeat {
                codes.append(try parseMissingCode())
            } while accept(.comma)
            _ = try expect(.rightParen, "after the missing codes")
        }
        return ColumnSyntax(name: name, type: type, typeSpan: typeSpan, missingCodes: codes)
    }

    private mutating func parseMissingCode() throws -> Expression {
        if case .string(let value) = current.kind {
            let token = advance()
            return Expression(.string(StringLiteral(value: value, span: span(token.range))), span: span(token.range))
        }
        let number = try parseNumber("a missing code: a string or a number")
        return Expression(.number(number), span: number.span)
    }

    mutating func parseIndicatorClause(_ keyword: Keyword) throws -> IndicatorClause {
        advance()
        switch keyword {
        case .title: return .title(try parseString("the title in quotes"))
        case .description: return .description(try parseString("the description in quotes"))
        case .theme: return .theme(try parseString("the theme in quotes"))
        case .owner: return .owner(try parseString("the owner in quotes"))
        case .source: return .source(try parseName("the dataset's name"))
        case .filter: return .filter(try parseExpression())
        case .group:
            try expect(.by, "after `group`")
            return .groupBy(try parseNames("a column name"))
        case .breakdown: return .breakdown(try parseNames("a column name"))
        case .measure:
            let measure = try parseExpression()
            let per = accept(.per) ? try parseNumber("a number after `per`, as in `per 1000`") : nil
            return .measure(measure, per: per)
        case .weight:
            if case .identifier("none") = current.kind {
                advance()
                return .weight(nil)
            }
            return .weight(try parseName("the weight column's name or `none`"))
        case .unit: return .unit(try parseUnit())
        case .minimum: return .minimumN(try parseMinimumN())
        case .target: return .target(try parseTarget())
        case .period: return .period(try parseName("the period column's name"))
        case .interval:
            let (method, level) = try parseInterval()
            return .interval(method: method, level: level)
        case .reliability: return .reliability(try parseName("a reliability standard: nchs"))
        case .display: return .display(try parseDisplay())
        default: preconditionFailure("not an indicator clause: \(keyword)")
        }
    }

    private var isNumber: Bool {
        switch current.kind {
        case .number, .percent: true
        default: false
        }
    }

    private static let units = ["percent", "count", "number", "score"]

    private mutating func parseUnit() throws -> UnitSyntax {
        if accept(.per) { return .per(try parseNumber("a number after `per`, as in `unit per 1000`").value) }
        guard case .identifier(let word) = current.kind, Self.units.contains(word) else {
            var help = "the units are: percent, count, number, score, per 1000"
            if case .identifier(let word) = current.kind, let suggestion = Suggestion.didYouMean(word, among: Self.units) { help = suggestion }
            throw expected("a unit", help: help)
        }
        advance()
        switch word {
        case "percent": return .percent
        case "count": return .count
        case "number": return .number
        default: return .score
        }
    }

    private mutating func parseTarget() throws -> TargetSyntax {
        let comparison: BinaryOperator
        switch current.kind {
        case .punctuation(.greaterEqual): comparison = .greaterEqual
        case .punctuation(.greater): comparison = .greater
        case .punctuation(.lessEqual): comparison = .lessEqual
        case .punctuation(.less): comparison = .less
        default: throw expected("a comparison `>=`, `>`, `<=` or `<`", help: "write the target as `target >= 70%` or `target >= 70% by 2026`")
        }
        advance()
        let value = try parseNumber("the target value, such as 70% or 6.5")
        if accept(.of) {
            let other = try parseName("the other indicator's name")
            let deadline = accept(.by) ? try parseNumber("the target year, as in `by 2026`") : nil
            return TargetSyntax(comparison: comparison, value: value, deadline: deadline, relativeTo: other)
        }
        let deadline = accept(.by) ? try parseNumber("the target year, as in `by 2026`") : nil
        return TargetSyntax(comparison: comparison, value: value, deadline: deadline, relativeTo: nil)
    }
}
