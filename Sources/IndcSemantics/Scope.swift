import IndcDiagnostics
import IndcSyntax

/// The names visible to expressions over one dataset: its columns and derived columns.
struct Scope {
    let datasetName: String
    private(set) var types: [String: ValueType] = [:]
    private(set) var missingCodes: [String: [MissingCode]] = [:]
    private(set) var declarations: [String: Span] = [:]
    /// Names in declaration order, for suggestions.
    private(set) var names: [String] = []

    init(datasetName: String) {
        self.datasetName = datasetName
    }

    mutating func declare(_ name: String, type: ValueType?, missingCodes codes: [MissingCode] = [], at span: Span) {
        if declarations[name] == nil { names.append(name) }
        declarations[name] = span
        types[name] = type
        missingCodes[name] = codes
    }

    /// Reports an unknown column with a suggestion.
    func unknownColumn(_ name: Name) -> Diagnostic {
        Diagnostic(.unknownColumn, "unknown column `\(name.text)` in dataset `\(datasetName)`",
                   at: Annotation(name.span, "not a column of `\(datasetName)`"))
            .helping(Suggestion.didYouMean(name.text, among: names)
                ?? "declare it in the dataset (`column \(name.text): …`) or derive it (`derive \(name.text) = …`)")
    }
}

/// Where a row-level expression stands, for messages about misplaced aggregates.
enum RowContext {
    case filter, derive, condition, grouping, aggregateInput, measure

    var phrase: String {
        switch self {
        case .filter: "in a filter, which keeps or drops single rows"
        case .derive: "in a derived column, which is computed per row"
        case .condition: "in a `where` condition, which is tested per row"
        case .grouping: "in a grouping"
        case .aggregateInput: "inside another aggregate"
        case .measure: "here"
        }
    }
}

/// The aggregates of measures and the row-level functions.
enum FunctionName: String, CaseIterable {
    case count, sum, mean, median, min, max, share, distinct, distribution
    case bands, recode, `if`, year, month, quarter, lower, round, abs

    var isAggregate: Bool {
        switch self {
        case .count, .sum, .mean, .median, .min, .max, .share, .distinct, .distribution: true
        default: false
        }
    }

    /// Whether `where COND` may restrict the rows the aggregate sees.
    var acceptsWhere: Bool { self == .count || self == .sum || self == .mean }
}
