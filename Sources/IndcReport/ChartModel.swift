/// How a chart draws its series.
public enum ChartKind: Sendable, Equatable {
    /// One line per series over the periods, with interval bands.
    case line
    /// Bars side by side per category, with interval whiskers.
    case bars
    /// One 100% stacked bar per category (a distribution's levels).
    case stacked
}

/// One chart: categories along the x axis and the series drawn at each.
public struct ChartPanel: Sendable {
    /// What this panel shows out of the view (`beroep: huisarts`), or nil when the view has one panel.
    public var label: String?
    /// The x-axis categories (periods, or one empty category without a period).
    public var categories: [String]
    public var series: [ChartSeries]
}

/// One series: a label and, per category, the cell drawn there (nil when there is none).
public struct ChartSeries: Sendable {
    public var label: String
    /// Its colour, marker and pattern: the same for the same label in every panel of a view.
    public var style: Int
    public var cells: [ResultCell?]
}

/// A choice on the page: the total, or one breakdown dimension, with its panels and table rows.
public struct ChartView: Sendable {
    /// The breakdown dimension, or nil for the total.
    public var dimension: String?
    public var kind: ChartKind
    public var panels: [ChartPanel]
    /// Every series label of the view's panels, in order; a label's position is its style.
    public var seriesLabels: [String]
    /// The key columns the table shows before the numbers, in order.
    public var keyColumns: [String]
    public var cells: [ResultCell]
}

/// Builds an indicator's views from its shape: a period gives lines, a breakdown grouped bars,
/// a distribution 100% stacked bars. Panels split what would otherwise be too many series.
public enum ChartModel {
    /// The views of `indicator`: the total first, then each breakdown dimension.
    public static func views(_ indicator: ReportIndicator, language: ReportLanguage) -> [ChartView] {
        let cells = indicator.cells
        let dimensions: [String?] = [nil] + indicator.breakdown.map { Optional($0) }
        return dimensions.compactMap { dimension in
            let chosen = cells.filter { $0.breakdown == dimension }
            guard !chosen.isEmpty else { return nil }
            return view(indicator, dimension: dimension, cells: chosen, language: language)
        }
    }

    private static func view(_ indicator: ReportIndicator, dimension: String?, cells: [ResultCell], language: ReportLanguage) -> ChartView {
        let period = indicator.period.flatMap { indicator.groupBy.contains($0) ? $0 : nil }
        let groups = indicator.groupBy.filter { $0 != period }
        let level = indicator.distributionColumn
        let kind: ChartKind = level != nil ? .stacked : dimension != nil ? .bars : period != nil ? .line : .bars
        var seriesColumn: String?
        var panelColumns = groups
        if let level {
            seriesColumn = level
            if dimension != nil { panelColumns.append("breakdown_value") }
        } else if dimension != nil {
            seriesColumn = "breakdown_value"
        } else if !groups.isEmpty {
            seriesColumn = panelColumns.removeLast()
        }
        let label = KeyLabel(language: language, indicator: indicator)
        let categories = period.map { column in unique(cells.map { label.level($0, column) }) } ?? [""]
        let allLabels = seriesColumn.map { column in unique(cells.map { label.level($0, column) }) } ?? [indicator.title]
        let styles = Dictionary(allLabels.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var panels: [ChartPanel] = []
        for panelKey in unique(cells.map { cell in panelColumns.map { label.level(cell, $0) } }) {
            let inPanel = cells.filter { cell in panelColumns.map { label.level(cell, $0) } == panelKey }
            let seriesLabels = seriesColumn.map { column in unique(inPanel.map { label.level($0, column) }) } ?? [indicator.title]
            let series = seriesLabels.map { seriesLabel in
                ChartSeries(label: seriesLabel, style: styles[seriesLabel] ?? 0, cells: categories.map { category in
                    inPanel.first { cell in
                        (period.map { label.level(cell, $0) == category } ?? true)
                            && (seriesColumn.map { label.level(cell, $0) == seriesLabel } ?? true)
                    }
                })
            }
            let title = zip(panelColumns, panelKey).map { column, value in "\(label.column(column, dimension: dimension)): \(value)" }
            panels.append(ChartPanel(label: title.isEmpty ? nil : title.joined(separator: " · "), categories: categories, series: series))
        }
        let keyColumns = (period.map { [$0] } ?? []) + groups + (dimension != nil ? ["breakdown_value"] : []) + (level.map { [$0] } ?? [])
        return ChartView(dimension: dimension, kind: kind, panels: panels, seriesLabels: allLabels, keyColumns: keyColumns, cells: cells)
    }

    /// The values in first-seen order, each once.
    static func unique<Key: Hashable>(_ values: [Key]) -> [Key] {
        var seen = Set<Key>()
        return values.filter { seen.insert($0).inserted }
    }
}

/// Key values and column names as the page shows them.
struct KeyLabel {
    let language: ReportLanguage
    let indicator: ReportIndicator

    /// A key column's value: a missing value as "(onbekend)", true/false as ja/nee.
    func level(_ cell: ResultCell, _ column: String) -> String {
        switch cell.field(column) {
        case .empty: language.text(.missingValue)
        case .boolean(let flag): flag ? (language == .dutch ? "ja" : "yes") : (language == .dutch ? "nee" : "no")
        default: cell.key(column) ?? language.text(.missingValue)
        }
    }

    /// A key column's heading; `breakdown_value` is named by the view's dimension.
    func column(_ column: String, dimension: String?) -> String {
        column == "breakdown_value" ? (dimension ?? language.text(.total)) : column
    }
}
