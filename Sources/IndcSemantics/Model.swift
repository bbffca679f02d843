// The semantics stage: parsed files → a checked, typed project.
// Takes syntax trees, resolves names across files, types every expression,
// checks datasets against their data files' headers, and runs the lints.
import IndcDiagnostics
import IndcSyntax

/// The type of a column, a derived column or a row-level expression.
public enum ValueType: Sendable, Equatable {
    case integer, number, text, boolean, date
    /// A category with its levels in display order.
    case category([String])

    /// Whether arithmetic and numeric aggregates apply.
    public var isNumeric: Bool { self == .integer || self == .number }

    /// "a" or "an", for messages.
    public var article: String { self == .integer ? "an" : "a" }

    /// How the type is named in messages.
    public var description: String {
        switch self {
        case .integer: "integer"
        case .number: "number"
        case .text: "text"
        case .boolean: "boolean"
        case .date: "date"
        case .category: "category"
        }
    }
}

/// A declared CSV column.
public struct Column: Sendable {
    public let name: String
    public let type: ValueType
    /// Codes read as missing in addition to the empty field.
    public let missingCodes: [MissingCode]
    /// The `column` clause.
    public let span: Span
}

/// A code read as missing: `"weet niet"` or `99`.
public enum MissingCode: Sendable, Equatable {
    case text(String)
    case number(Double)
}

/// A `derive NAME = EXPR` column, in an order where each depends only on earlier ones.
public struct DerivedColumn: Sendable {
    public let name: String
    public let expression: Expression
    public let type: ValueType
    public let span: Span
}

/// The text encodings a data file may declare.
public enum TextEncoding: String, Sendable {
    case utf8 = "utf-8", latin1 = "latin-1", windows1252 = "windows-1252"
}

/// A checked dataset: where its data is, how to read it, and its columns.
public struct Dataset: Sendable {
    public let name: String
    public let span: Span
    /// The data file's path, resolved against the directory of the `.ind` file.
    public internal(set) var path: String
    /// The path as written.
    public let pathSpan: Span
    public internal(set) var delimiter: UInt8
    public internal(set) var decimalMark: UInt8
    public internal(set) var encoding: TextEncoding
    /// The default weight column of its indicators.
    public let weight: String?
    /// A survey sample (has `weight` or `sample`): estimates get intervals.
    public let isSample: Bool
    public let strata: String?
    /// The default `minimum n` of its indicators.
    public let minimumN: Int?
    /// `on error skip`: bad rows are skipped and reported instead of failing the dataset.
    public internal(set) var skipsBadRows: Bool
    /// `header line N`: the physical line of the CSV header (1 unless declared).
    public var headerLine = 1
    /// The default interval method (`logit`, `beta`, `wilson`, `mean`) and level of its indicators.
    public let intervalMethod: String
    public let intervalLevel: Double
    public let columns: [Column]
    public let derived: [DerivedColumn]
    /// The `display` settings of its indicators (each indicator's own win).
    public internal(set) var presentation = Presentation()

    /// The type of a column or derived column.
    public func type(of name: String) -> ValueType? {
        columns.first { $0.name == name }?.type ?? derived.first { $0.name == name }?.type
    }
}

/// The unit of an indicator's value.
public enum Unit: Sendable, Equatable {
    case percent, count, number, score
    case per(Double)

    /// How the unit is written in `.ind` files.
    public var description: String {
        switch self {
        case .percent: "percent"
        case .count: "count"
        case .number: "number"
        case .score: "score"
        case .per(let base): "per \(base.formatted)"
        }
    }
}

/// A target the indicator's value is held against.
public struct Target: Sendable {
    public let comparison: BinaryOperator
    /// The value as a plain number (70% is 0.70).
    public let value: Double
    public let deadline: Int?
    /// For `P% of OTHER`: the other indicator.
    public let relativeTo: String?
    public let span: Span
}

/// A checked indicator, ready to be planned.
public struct Indicator: Sendable {
    public let name: String
    public let span: Span
    public let title: String?
    public let description: String?
    public let theme: String?
    public let owner: String?
    public let source: String
    /// The `filter` clauses (AND-ed), as written.
    public let filters: [Expression]
    public let groupBy: [String]
    public let breakdown: [String]
    public let measure: Expression
    public let per: Double?
    /// The effective weight column (the dataset's unless overridden; nil when unweighted).
    public let weight: String?
    public let unit: Unit
    public internal(set) var minimumN: Int
    public let target: Target?
    public let period: String?
    public let intervalMethod: String
    public let intervalLevel: Double
    public let reliability: String?
    /// How the presentation formats show its values: its own `display` settings over its dataset's.
    public internal(set) var presentation = Presentation()
    /// An unweighted count on a sample without an `interval` clause: an exact number of rows, with
    /// no interval (Grammar/STATISTICS.md "Exact counts").
    public internal(set) var isExactCount = false
}

/// A checked project: every dataset and indicator of the `.ind` files read.
public struct Project: Sendable {
    public let files: [SourceFile]
    public let datasets: [Dataset]
    public let indicators: [Indicator]
}

extension Double {
    /// The number as written in `.ind` files: `1000`, `2.5`.
    public var formatted: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
