/// A chart's legend (HTML, so it wraps and reads as a list) and its text alternative (a summary
/// of each series from its first to its last value).
struct ChartLegend {
    let language: ReportLanguage
    let kind: ChartKind
    let numbers: DisplayNumber

    /// The legend of a view: one entry per series label with its swatch, then interval, target,
    /// significance and withheld marks as `needs` (merged over the view's panels) says.
    func html(_ labels: [String], needs: ChartLegendNeeds, targetLabel: String) -> String {
        var items = labels.count > 1 || kind == .stacked ? labels.enumerated().map { index, label in item(swatch(index), label) } : []
        if needs.interval { items.append(item(intervalSwatch, language.text(.interval))) }
        if needs.target { items.append(item("<line x1=\"2\" x2=\"30\" y1=\"8\" y2=\"8\" class=\"target-line\"/>", targetLabel)) }
        if needs.significant {
            let mark = kind == .line ? "<circle class=\"sig\" cx=\"16\" cy=\"8\" r=\"6\"/>" : "<text class=\"sig-mark\" x=\"16\" y=\"12\" text-anchor=\"middle\">▲▼</text>"
            items.append(item(mark, language.text(.significantChange)))
        }
        for absence in needs.absences {
            items.append(item("<rect x=\"9\" y=\"2\" width=\"14\" height=\"12\" fill=\"url(#withheld)\" stroke=\"#6b7280\"/>", absence))
        }
        guard !items.isEmpty else { return "" }
        return "<ul class=\"legend\">" + items.joined() + "</ul>"
    }

    private func item(_ swatch: String, _ label: String) -> String {
        "<li><svg width=\"32\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">\(swatch)</svg>\(Markup.escape(label))</li>"
    }

    private func swatch(_ index: Int) -> String {
        guard kind == .line else { return "<rect x=\"4\" y=\"1\" width=\"24\" height=\"14\" fill=\"url(#\(SeriesStyle.pattern(index)))\"/>" }
        let dash = SeriesStyle.dash(index).isEmpty ? "" : " stroke-dasharray=\"\(SeriesStyle.dash(index))\""
        let marker = SeriesStyle.marker(index, x: 16, y: 8) + " fill=\"\(SeriesStyle.colour(index))\"/>"
        return "<line x1=\"1\" x2=\"31\" y1=\"8\" y2=\"8\" stroke=\"\(SeriesStyle.colour(index))\" stroke-width=\"2\"\(dash)/>" + marker
    }

    private var intervalSwatch: String {
        kind == .line ? "<rect x=\"2\" y=\"3\" width=\"28\" height=\"10\" fill=\"#6b7280\" fill-opacity=\"0.3\"/>"
            : "<path class=\"whisker\" d=\"M16,2V14M12,2h8M12,14h8\"/>"
    }

    /// A sentence per series: its first and last value, and how many cells are withheld.
    func summary(_ panel: ChartPanel) -> String {
        let chartKind = language.text(kind == .line ? .lineChart : kind == .bars ? .barChart : .stackedChart)
        let named = panel.categories.filter { !$0.isEmpty }
        var text = chartKind.prefix(1).uppercased() + chartKind.dropFirst()
        if let first = named.first, let last = named.last, first != last {
            text += language == .dutch ? ", \(first) tot en met \(last)." : ", \(first) to \(last)."
        } else {
            text += "."
        }
        for series in panel.series {
            let shown = zip(panel.categories, series.cells).compactMap { category, cell in cell?.value.map { (category, $0) } }
            let withheld = series.cells.filter { $0 != nil && $0?.value == nil }.count
            var sentence = series.label + ": "
            if let first = shown.first, let last = shown.last {
                sentence += first.0 == last.0 ? numbers.text(first.1)
                    : (language == .dutch ? "van \(numbers.text(first.1)) (\(first.0)) naar \(numbers.text(last.1)) (\(last.0))"
                                          : "from \(numbers.text(first.1)) (\(first.0)) to \(numbers.text(last.1)) (\(last.0))")
            } else {
                sentence += language.text(.noData).lowercased()
            }
            if withheld > 0 { sentence += "; \(withheld)× \(language.text(.withheld))" }
            text += " " + sentence + "."
        }
        return Markup.escape(text)
    }
}
