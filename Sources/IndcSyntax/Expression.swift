import IndcDiagnostics

/// A name as written: a bare identifier or a backtick name.
public struct Name: Sendable, Hashable {
    /// The name without backticks.
    public let text: String
    /// Where it is written.
    public let span: Span
}

/// A string literal with its span.
public struct StringLiteral: Sendable, Hashable {
    /// The value, escapes resolved.
    public let value: String
    public let span: Span
}

/// A number literal with its span; percent literals hold their proportion (70% → 0.70).
public struct NumberLiteral: Sendable, Hashable {
    public let value: Double
    /// Written with a `%` sign.
    public let isPercent: Bool
    /// Written without a decimal point or percent sign.
    public let isInteger: Bool
    public let span: Span
}

/// Binary operators of expressions.
public enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
    case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case and, or

    /// Whether the operator compares two values.
    public var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: true
        default: false
        }
    }

    /// Whether the operator is arithmetic.
    public var isArithmetic: Bool { self == .add || self == .subtract || self == .multiply || self == .divide }
}

/// An expression: row-level (in `filter`, `derive`, `where`) or a measure over aggregates.
public struct Expression: Sendable, Hashable {
    /// What the expression is.
    public let kind: Kind
    /// Where it is written.
    public let span: Span
    /// How deep the tree below this node is (a leaf has depth 1).
    public let depth: Int

    /// The forms of expressions.
    public indirect enum Kind: Sendable, Hashable {
        case number(NumberLiteral)
        case string(StringLiteral)
        case boolean(Bool)
        case column(Name)
        case negate(Expression)
        case not(Expression)
        case binary(BinaryOperator, Expression, Expression)
        case inList(Expression, [Expression], negated: Bool)
        case between(Expression, Expression, Expression)
        case isMissing(Expression, negated: Bool)
        case call(Call)
    }

    /// Creates an expression node, computing its depth from its children.
    public init(_ kind: Kind, span: Span) {
        self.kind = kind
        self.span = span
        self.depth = 1 + (kind.children.map(\.depth).max() ?? 0)
    }
}

extension Expression.Kind {
    /// The direct subexpressions, in source order.
    public var children: [Expression] {
        switch self {
        case .number, .string, .boolean, .column: []
        case .negate(let operand), .not(let operand), .isMissing(let operand, _): [operand]
        case .binary(_, let left, let right): [left, right]
        case .inList(let value, let list, _): [value] + list
        case .between(let value, let low, let high): [value, low, high]
        case .call(let call): call.arguments.flatMap { [$0.value] + ($0.label.map { [$0] } ?? []) } + (call.condition.map { [$0] } ?? [])
        }
    }
}

extension Expression {
    /// The column names the expression refers to, in source order.
    public var columnNames: [String] {
        if case .column(let name) = kind { return [name.text] }
        return kind.children.flatMap(\.columnNames)
    }

    /// Whether the expression calls a function or aggregate anywhere.
    public var containsCall: Bool {
        if case .call = kind { return true }
        return kind.children.contains(where: \.containsCall)
    }
}

/// A function or aggregate call: `share(x = "ja")`, `count(where digitaal)`, `recode(x, "a" -> "A")`.
public struct Call: Sendable, Hashable {
    /// The function's name.
    public let name: Name
    /// The arguments in order.
    public let arguments: [Argument]
    /// The `where` condition, if any.
    public let condition: Expression?
}

/// One argument of a call; `value -> label` pairs (for `recode`) carry a label.
public struct Argument: Sendable, Hashable {
    public let value: Expression
    public let label: Expression?
}
