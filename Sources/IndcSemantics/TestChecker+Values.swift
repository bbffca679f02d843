import IndcDiagnostics
import IndcSyntax

/// The values of test rows and cell keys, typed by the dataset's columns.
extension TestChecker {
    /// The CSV field a row value becomes in `column` (nil: an empty field), or nil after reporting a value that does not fit.
    mutating func field(_ value: TestValue, _ column: Column) -> String? {
        let codes = column.missingCodes
        switch (value, column.type) {
        case (.missing, _): return nil
        case (.number(let literal), .integer) where literal.isInteger && abs(literal.value) < 1e15:
            return String(Int(literal.value))
        case (.number(let literal), .number) where !literal.isPercent:
            return String(literal.value)
        case (.string(let literal), .text):
            return literal.value
        case (.boolean(let flag, _), .boolean):
            return flag ? "true" : "false"
        case (.string(let literal), .date) where Self.isDate(literal.value):
            return literal.value
        case (.string(let literal), .category(let levels)):
            guard levels.contains(literal.value) || codes.contains(.text(literal.value)) else {
                diagnostics(append: Diagnostic(.unknownCategoryValue, "\"\(literal.value)\" is not a level or missing code of `\(column.name)`",
                                               at: Annotation(literal.span, "not a level of `\(column.name)`"))
                    .helping(Suggestion.didYouMean(literal.value, among: levels + codes.compactMap(\.text)) { "\"\($0)\"" })
                    .noting("the levels of `\(column.name)` are: \(levels.map { "\"\($0)\"" }.joined(separator: ", "))"))
                return nil
            }
            return literal.value
        case (.string(let literal), _) where codes.contains(.text(literal.value)):
            return literal.value
        default:
            report(.typeMismatch, "`\(column.name)` is \(column.type.article) \(column.type.description) column; this value does not fit it", value.span,
                   help: Self.shape(of: column.type))
            return nil
        }
    }

    /// A cell key: the column must be a `group by`, `breakdown` or distribution column of the indicator.
    mutating func key(column name: Name, value: TestValue, _ indicator: Indicator, _ dataset: Dataset) -> (column: String, value: String?)? {
        let dimensions = indicator.groupBy + indicator.breakdown + [Self.distributionColumn(indicator)].compactMap { $0 }
        guard dimensions.contains(name.text) else {
            diagnostics(append: Diagnostic(.testCellKey, "`\(name.text)` does not select cells of indicator `\(indicator.name)`",
                                           at: Annotation(name.span, "not a dimension of `\(indicator.name)`"))
                .helping(dimensions.isEmpty ? "`\(indicator.name)` has one cell: write `expect: …` without keys"
                    : "key the cell by its \(dimensions.map { "`\($0)`" }.joined(separator: ", "))"))
            return nil
        }
        switch value {
        case .missing: return (name.text, nil)
        case .string(let literal): return (name.text, literal.value)
        case .number(let literal): return (name.text, literal.value.formatted)
        case .boolean(let flag, _): return (name.text, flag ? "true" : "false")
        }
    }

    /// For `distribution(X)`: X, whose levels get a row each.
    static func distributionColumn(_ indicator: Indicator) -> String? {
        guard case .call(let call) = indicator.measure.kind, call.name.text == "distribution",
              case .column(let column) = call.arguments.first?.value.kind else { return nil }
        return column.text
    }

    private static func isDate(_ text: String) -> Bool {
        let characters = Array(text)
        return characters.count == 10 && characters.enumerated().allSatisfy { index, character in
            index == 4 || index == 7 ? character == "-" : character.isASCII && character.isNumber
        }
    }

    private static func shape(of type: ValueType) -> String {
        switch type {
        case .integer: "write a whole number such as 2024, or `missing`"
        case .number: "write a number such as 3.5, or `missing`"
        case .text: "write text in double quotes, or `missing`"
        case .boolean: "write true or false, or `missing`"
        case .date: "write a date as \"2024-03-01\", or `missing`"
        case .category: "write one of the column's levels in double quotes, or `missing`"
        }
    }
}

extension MissingCode {
    /// The code when it is text.
    var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}
