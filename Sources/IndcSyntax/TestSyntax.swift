import IndcDiagnostics

/// `test NAME of INDICATOR { … }`: hand-written input rows for an indicator and the cells expected from them.
public struct TestSyntax: Sendable {
    public let name: Name
    /// The indicator under test.
    public let indicator: Name
    /// The word `test`.
    public let keywordSpan: Span
    public let clauses: [Clause<TestClause>]
    /// Some clause had a syntax error and was skipped.
    public let hasSkippedClauses: Bool
}

/// The clauses of a test.
public enum TestClause: Sendable {
    /// `minimum n N`: overrides the indicator's suppression threshold for this test.
    case minimumN(NumberLiteral)
    /// `columns A, B, C`: the dataset columns the rows give, in order.
    case columns([Name])
    /// `row V, V, V`: one input row, a value per column of `columns`.
    case row([TestValue])
    /// `expect [COLUMN = VALUE, …]: FACT, …`: the cell those keys select and what it must hold.
    case expect(cell: [(column: Name, value: TestValue)], facts: [TestFact])
}

/// A literal in a test row or cell key.
public enum TestValue: Sendable {
    case string(StringLiteral)
    case number(NumberLiteral)
    case boolean(Bool, Span)
    /// `missing`: an empty field.
    case missing(Span)

    /// Where the value is written.
    public var span: Span {
        switch self {
        case .string(let literal): literal.span
        case .number(let literal): literal.span
        case .boolean(_, let span), .missing(let span): span
        }
    }
}

/// One expected property of a cell.
public struct TestFact: Sendable {
    /// What is expected.
    public enum Kind: Sendable {
        /// `value X [within T]`, or `value missing` (nil).
        case value(NumberLiteral?, within: NumberLiteral?)
        case n(NumberLiteral)
        case numerator(NumberLiteral, within: NumberLiteral?)
        case denominator(NumberLiteral, within: NumberLiteral?)
        /// `withheld`: the cell is suppressed.
        case withheld
        /// `target met` / `target not met`.
        case targetMet(Bool)
    }

    public let kind: Kind
    public let span: Span
}
