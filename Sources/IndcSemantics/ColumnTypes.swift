import IndcDiagnostics
import IndcSyntax

/// Column declarations: their types, category levels and missing codes.
enum ColumnTypes {
    static func valueType(_ syntax: ColumnTypeSyntax) -> ValueType? {
        switch syntax {
        case .integer: .integer
        case .number: .number
        case .text: .text
        case .boolean: .boolean
        case .date: .date
        case .category(let levels): .category(distinct(levels.map(\.value)))
        case .unknown: nil
        }
    }

    /// The values in their first order, each once (in linear time: a category may have 100,000 levels).
    static func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    static func codes(_ column: ColumnSyntax) -> [MissingCode] {
        column.missingCodes.compactMap { code in
            switch code.kind {
            case .string(let literal): .text(literal.value)
            case .number(let literal): .number(literal.value)
            default: nil
            }
        }
    }

    /// Repeated levels, and missing codes that cannot occur in a column of this type.
    static func check(_ column: ColumnSyntax) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var levels: [String: Span] = [:]
        if case .category(let literals) = column.type {
            for literal in literals {
                if let earlier = levels[literal.value] {
                    diagnostics.append(Diagnostic(.duplicateLevel, "level \"\(literal.value)\" is listed twice", at: Annotation(literal.span, "repeated"),
                                                  secondary: [Annotation(earlier, "first listed here")], help: ["remove one of them"]))
                } else {
                    levels[literal.value] = literal.span
                }
            }
        }
        for code in column.missingCodes {
            if let problem = problem(code, column.type, levels) {
                diagnostics.append(Diagnostic(.missingCodeType, problem.0, at: Annotation(code.span), help: [problem.1])
                    .pointing(column.typeSpan, "the column's type"))
            }
        }
        return diagnostics
    }

    private static func problem(_ code: Expression, _ type: ColumnTypeSyntax, _ levels: [String: Span]) -> (String, String)? {
        switch (code.kind, type) {
        case (.string(let literal), .category) where levels[literal.value] != nil:
            return ("\"\(literal.value)\" is both a level and a missing code", "remove it from the levels or from missing(...)")
        case (.number(let literal), .category), (.number(let literal), .text), (.number(let literal), .boolean), (.number(let literal), .date):
            return ("missing code \(literal.span.text) is a number, but the column is not numeric", "write the code as it appears in the file, in quotes: missing(\"\(literal.span.text)\")")
        case (.number(let literal), .integer) where !literal.isInteger:
            return ("missing code \(literal.span.text) is not a whole number, but the column is integer", "integer columns hold whole numbers")
        default:
            return nil
        }
    }
}
