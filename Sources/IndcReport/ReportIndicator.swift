// The report stage: results (in-process after a run, or read back from results.json) → a static,
// self-contained, accessible site: index.html, one page per indicator, CSS, JS, SVG charts, downloads.
import IndcOutput

/// A target as results.json describes it: `target >= 70% by 2026`, or `target >= 70% of OTHER`.
public struct ReportTarget: Sendable, Equatable {
    /// `>=`, `>`, `<=` or `<`.
    public var comparison: String
    /// The target value (a proportion for percentages); nil for a relative target.
    public var value: Double?
    /// For a relative target: the share of the other indicator's value, and its name.
    public var shareOf: Double?
    public var otherIndicator: String?
    /// The year named by `by YEAR`.
    public var deadline: Int?
}

/// One indicator as the site shows it: its metadata and, when computed, its result table.
public struct ReportIndicator: Sendable {
    /// The indicator's name, its title, and the metadata its page shows.
    public var name: String
    public var title: String
    public var description: String?
    public var theme: String?
    public var owner: String?
    /// `percent`, `count`, `number`, `score` or `per N`.
    public var unit: String
    /// The dataset and its data file as results.json names them.
    public var dataset: String
    public var dataFile: String?
    /// Whether the dataset is a survey sample (its estimates carry intervals).
    public var isSample: Bool
    /// The `filter` clauses as written, AND-ed.
    public var filter: String?
    /// The `group by` and `breakdown` columns.
    public var groupBy: [String]
    public var breakdown: [String]
    /// The `measure` as written.
    public var measure: String
    /// The weight column, the suppression threshold and the target.
    public var weight: String?
    public var minimumN: Int?
    public var target: ReportTarget?
    /// The time dimension among `groupBy`.
    public var period: String?
    /// The interval's method and level (0.95) on samples.
    public var intervalMethod: String?
    public var intervalLevel: Double?
    /// Why the indicator was not computed, or nil when it was.
    public var failure: String?
    /// The result columns and rows (LANGUAGE.md "Results"); empty when not computed.
    public var columns: [String]
    public var rows: [[ResultField]]

    /// The column of `distribution(X)` levels, if the measure is a distribution.
    public var distributionColumn: String? {
        guard let start = columns.firstIndex(of: "breakdown_value"), let end = columns.firstIndex(of: "value"), end == start + 2 else { return nil }
        return columns[start + 1]
    }

    /// The result rows as cells with named, typed fields.
    public var cells: [ResultCell] {
        let index = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return rows.map { ResultCell(fields: $0, index: index) }
    }
}

/// The results of a project as the site shows them.
public struct ReportDocument: Sendable {
    /// Who wrote the results (`indc 0.1.0`).
    public var generator: String
    public var indicators: [ReportIndicator]

    public init(generator: String, indicators: [ReportIndicator]) {
        self.generator = generator
        self.indicators = indicators
    }
}
