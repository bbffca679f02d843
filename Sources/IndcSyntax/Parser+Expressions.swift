import IndcDiagnostics

/// Expressions, lowest precedence first: `or`, `and`, `not`, comparisons, `+ -`, `* /`, unary `-`, primaries.
extension Parser {
    mutating func parseExpression() throws -> Expression {
        try nested { parser in try parser.parseOr() }
    }

    /// Runs `body` one nesting level deeper, failing cleanly past `maximumDepth`.
    private mutating func nested(_ body: (inout Parser) throws -> Expression) throws -> Expression {
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= Self.maximumDepth else { throw tooDeep(at: span(current.range)) }
        return try body(&self)
    }

    private func tooDeep(at place: Span) -> ParseFailure {
        ParseFailure(Diagnostic(
            .nestingTooDeep, "expression is nested more than \(Self.maximumDepth) levels deep",
            at: Annotation(place, "too deep"),
            help: ["split the expression into derived columns (`derive NAME = …`)"]))
    }

    /// Builds a node, failing cleanly when chains of operators make the tree too deep.
    private func node(_ kind: Expression.Kind, from start: Int) throws -> Expression {
        let expression = Expression(kind, span: span(from: start))
        guard expression.depth <= Self.maximumDepth else { throw tooDeep(at: expression.span) }
        return expression
    }

    private mutating func parseOr() throws -> Expression {
        try parseLeftAssociative([(.keyword(.or), .or)]) { parser in try parser.parseAnd() }
    }

    private mutating func parseAnd() throws -> Expression {
        try parseLeftAssociative([(.keyword(.and), .and)]) { parser in try parser.parseNot() }
    }

    /// `operand (operator operand)*`, grouped to the left.
    private mutating func parseLeftAssociative(
        _ operators: [(TokenKind, BinaryOperator)], _ operand: (inout Parser) throws -> Expression
    ) throws -> Expression {
        let start = current.range.lowerBound
        var left = try operand(&self)
        while let operation = operators.first(where: { $0.0 == current.kind })?.1 {
            advance()
            let right = try operand(&self)
            left = try node(.binary(operation, left, right), from: start)
        }
        return left
    }

    private mutating func parseNot() throws -> Expression {
        let start = current.range.lowerBound
        guard accept(.not) else { return try parseComparison() }
        let operand = try nested { parser in try parser.parseNot() }
        return try node(.not(operand), from: start)
    }

    private static let comparisons: [Punctuation: BinaryOperator] = [
        .equal: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual, .greater: .greater, .greaterEqual: .greaterEqual,
    ]

    private mutating func parseComparison() throws -> Expression {
        let start = current.range.lowerBound
        let left = try parseAdditive()
        let result: Expression
        if case .punctuation(let punctuation) = current.kind, let comparison = Self.comparisons[punctuation] {
            advance()
            let right = try parseAdditive()
            result = try node(.binary(comparison, left, right), from: start)
        } else if check(.in) || (check(.not) && peek().kind == .keyword(.in)) {
            let negated = accept(.not)
            advance()
            _ = try expect(.leftParen, "with the list of values: x in (\"a\", \"b\")")
            var values = [try parseExpression()]
            while accept(.comma) { values.append(try parseExpression()) }
            _ = try expect(.rightParen, "to close the list")
            result = try node(.inList(left, values, negated: negated), from: start)
        } else if accept(.between) {
            let low = try parseAdditive()
            try expect(.and, "in `between LOW and HIGH`")
            let high = try parseAdditive()
            result = try node(.between(left, low, high), from: start)
        } else if accept(.is) {
            let negated = accept(.not)
            try expect(.missing, negated ? "after `is not`" : "after `is` (write `is missing` or `is not missing`)")
            result = try node(.isMissing(left, negated: negated), from: start)
        } else {
            return left
        }
        if case .punctuation(let punctuation) = current.kind, Self.comparisons[punctuation] != nil {
            throw ParseFailure(Diagnostic(
                .unexpectedToken, "comparisons cannot be chained", at: Annotation(span(current.range), "second comparison"),
                help: ["combine them with `and`: `a < b and b < c`, or use `x between 1 and 5`"]))
        }
        return result
    }

    private mutating func parseAdditive() throws -> Expression {
        try parseLeftAssociative([(.punctuation(.plus), .add), (.punctuation(.minus), .subtract)]) { parser in
            try parser.parseMultiplicative()
        }
    }

    private mutating func parseMultiplicative() throws -> Expression {
        try parseLeftAssociative([(.punctuation(.star), .multiply), (.punctuation(.slash), .divide)]) { parser in
            try parser.parseUnary()
        }
    }

    private mutating func parseUnary() throws -> Expression {
        let start = current.range.lowerBound
        guard accept(.minus) else { return try parsePrimary() }
        if case .number(let value, let isInteger) = current.kind {
            advance()
            return try node(.number(NumberLiteral(value: -value, isPercent: false, isInteger: isInteger, span: span(from: start))), from: start)
        }
        if case .percent(let value) = current.kind {
            advance()
            return try node(.number(NumberLiteral(value: -value, isPercent: true, isInteger: false, span: span(from: start))), from: start)
        }
        let operand = try nested { parser in try parser.parseUnary() }
        return try node(.negate(operand), from: start)
    }

    private mutating func parsePrimary() throws -> Expression {
        let start = current.range.lowerBound
        switch current.kind {
        case .number(let value, let isInteger):
            advance()
            return try node(.number(NumberLiteral(value: value, isPercent: false, isInteger: isInteger, span: span(from: start))), from: start)
        case .percent(let value):
            advance()
            return try node(.number(NumberLiteral(value: value, isPercent: true, isInteger: false, span: span(from: start))), from: start)
        case .string(let value):
            advance()
            return try node(.string(StringLiteral(value: value, span: span(from: start))), from: start)
        case .keyword(.true), .keyword(.false):
            let value = current.kind == .keyword(.true)
            advance()
            return try node(.boolean(value), from: start)
        case .punctuation(.leftParen):
            advance()
            let inner = try parseExpression()
            _ = try expect(.rightParen, "to close the parenthesis")
            return Expression(inner.kind, span: span(from: start))
        case .identifier(let text) where peek().kind == .punctuation(.leftParen):
            let name = Name(text: text, span: span(advance().range))
            return try parseCall(name, from: start)
        case .identifier(let text), .quotedName(let text):
            advance()
            return try node(.column(Name(text: text, span: span(from: start))), from: start)
        default:
            throw expected("a value, a column or a function call")
        }
    }

    private mutating func parseCall(_ name: Name, from start: Int) throws -> Expression {
        advance()
        var arguments: [Argument] = []
        if !check(.rightParen) && !check(.where) {
            repeat {
                let value = try parseExpression()
                let label = accept(.arrow) ? try parseExpression() : nil
                arguments.append(Argument(value: value, label: label))
            } while accept(.comma)
        }
        let condition = accept(.where) ? try parseExpression() : nil
        _ = try expect(.rightParen, "to close the call of `\(name.text)`")
        return try node(.call(Call(name: name, arguments: arguments, condition: condition)), from: start)
    }
}
