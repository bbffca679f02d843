import IndcDiagnostics

/// The parsed contents of one `.ind` file.
public struct SyntaxTree: Sendable {
    /// The file the tree was parsed from.
    public let file: SourceFile
    /// Declarations in source order.
    public let declarations: [Declaration]
    /// `test` declarations in source order (see `TestSyntax`).
    public let tests: [TestSyntax]
}

/// A top-level declaration.
public enum Declaration: Sendable {
    case dataset(DatasetSyntax)
    case indicator(IndicatorSyntax)

    /// The declared name.
    public var name: Name {
        switch self {
        case .dataset(let dataset): dataset.name
        case .indicator(let indicator): indicator.name
        }
    }
}

/// `dataset NAME { … }` as written.
public struct DatasetSyntax: Sendable {
    public let name: Name
    /// The `dataset` keyword.
    public let keywordSpan: Span
    public let clauses: [Clause<DatasetClause>]
    /// Some clause had a syntax error and was skipped (so "missing clause" checks stay silent).
    public let hasSkippedClauses: Bool
}

/// `indicator NAME { … }` as written.
public struct IndicatorSyntax: Sendable {
    public let name: Name
    /// The `indicator` keyword.
    public let keywordSpan: Span
    public let clauses: [Clause<IndicatorClause>]
    /// Some clause had a syntax error and was skipped (so "missing clause" checks stay silent).
    public let hasSkippedClauses: Bool
}

/// One clause with the span of its keyword and of the whole clause.
public struct Clause<Body: Sendable>: Sendable {
    /// What the clause says.
    public let body: Body
    /// The clause keyword(s), e.g. `group by`.
    public let keywordSpan: Span
    /// The whole clause.
    public let span: Span
    /// The clause keyword as written, e.g. `group by`, for messages.
    public let keyword: String
}

/// The clauses of a dataset.
public enum DatasetClause: Sendable {
    case file(StringLiteral)
    case delimiter(StringLiteral)
    case decimal(StringLiteral)
    case encoding(StringLiteral)
    case weight(Name)
    case sample
    case strata(Name)
    /// `interval METHOD [LEVEL%]`: the default interval of the dataset's indicators.
    case interval(method: Name, level: NumberLiteral?)
    case minimumN(NumberLiteral)
    case onError(Name)
    /// `header line N`: the physical line of the CSV header (the lines before it are skipped).
    case headerLine(NumberLiteral)
    case column(ColumnSyntax)
    case derive(Name, Expression)
    /// `display …`: how the values of the dataset's indicators are presented (repeatable).
    case display(DisplaySyntax)
}

/// `column NAME: TYPE missing(...)`.
public struct ColumnSyntax: Sendable {
    public let name: Name
    public let type: ColumnTypeSyntax
    /// The type as written.
    public let typeSpan: Span
    /// Extra codes read as missing.
    public let missingCodes: [Expression]
}

/// A declared column type.
public enum ColumnTypeSyntax: Sendable {
    case integer, number, text, boolean, date
    case category([StringLiteral])
    /// A type name that is not one (already reported); uses of the column stay silent.
    case unknown
}

/// The clauses of an indicator.
public enum IndicatorClause: Sendable {
    case title(StringLiteral)
    case description(StringLiteral)
    case theme(StringLiteral)
    case owner(StringLiteral)
    case source(Name)
    case filter(Expression)
    case groupBy([Name])
    case breakdown([Name])
    case measure(Expression, per: NumberLiteral?)
    /// `weight NAME`, or `weight none` (nil name).
    case weight(Name?)
    case unit(UnitSyntax)
    case minimumN(NumberLiteral)
    case target(TargetSyntax)
    case period(Name)
    case interval(method: Name, level: NumberLiteral?)
    case reliability(Name)
    /// `display …`: how the indicator's values are presented (repeatable).
    case display(DisplaySyntax)
}

/// A unit as written after `unit`.
public enum UnitSyntax: Sendable, Equatable {
    case percent, count, number, score
    case per(Double)
}

/// `target CMP VALUE [by YEAR]` or `target CMP P% of OTHER`.
public struct TargetSyntax: Sendable {
    public let comparison: BinaryOperator
    public let value: NumberLiteral
    public let deadline: NumberLiteral?
    /// For relative targets, the other indicator.
    public let relativeTo: Name?
}
