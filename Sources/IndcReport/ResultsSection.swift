/// The results part of an indicator page: controls (shown only when the script runs), then one
/// section per view (total, each breakdown) with a figure per panel and the view's data table.
/// Without JavaScript every view, panel and table is shown; with it, one view and panel at a time.
struct ResultsSection {
    let language: ReportLanguage
    let indicator: ReportIndicator

    private var numbers: DisplayNumber { DisplayNumber(language: language, unit: indicator.unit) }
    private var describe: CellDescription { CellDescription(language: language, numbers: numbers, level: indicator.intervalLevel) }

    /// The target line's label: `doel ≥ 70% in 2026`, or `doel ≥ 70% van OTHER`.
    var targetLabel: String {
        guard let target = indicator.target else { return language.text(.target) }
        let comparison = ["<=": "≤", ">=": "≥"][target.comparison] ?? target.comparison
        var text = language.text(.target) + " " + comparison + " "
        if let share = target.shareOf, let other = target.otherIndicator {
            text += DisplayNumber(language: language, unit: "percent").compact(share) + (language == .dutch ? " van " : " of ") + other
        } else if let value = target.value {
            text += numbers.compact(value)
        }
        if let year = target.deadline { text += (language == .dutch ? " in " : " by ") + String(year) }
        return text
    }

    /// The section's HTML for `views` (from `ChartModel.views`).
    func html(_ views: [ChartView]) -> String {
        guard !views.isEmpty else { return "<p>\(language.text(.noData)).</p>" }
        var html = "<div class=\"results\" data-results>"
        html += "<div class=\"controls\" hidden>"
        if views.count > 1 {
            html += "<label for=\"view-choice\">\(language.text(.breakdownChoice))</label><select id=\"view-choice\" class=\"view-choice\">"
            html += views.enumerated().map { (index: Int, view: ChartView) in "<option value=\"\(index)\">\(Markup.escape(viewLabel(view)))</option>" }.joined()
            html += "</select>"
        }
        html += "<div class=\"modes\" role=\"group\" aria-label=\"\(language.text(.chart))/\(language.text(.table))\">"
        html += "<button type=\"button\" data-mode=\"chart\" aria-pressed=\"true\">\(language.text(.chart))</button>"
        html += "<button type=\"button\" data-mode=\"table\" aria-pressed=\"false\">\(language.text(.table))</button></div></div>"
        for (index, view) in views.enumerated() { html += section(view, index: index) }
        return html + "</div>"
    }

    private func viewLabel(_ view: ChartView) -> String {
        view.dimension.map { (language == .dutch ? "Naar " : "By ") + $0 } ?? language.text(.total)
    }

    private func section(_ view: ChartView, index: Int) -> String {
        let id = "view\(index)"
        var html = "<section class=\"view\" id=\"\(id)\" aria-labelledby=\"\(id)-h\"><h3 id=\"\(id)-h\">\(Markup.escape(viewLabel(view)))</h3>"
        if view.panels.count > 1 {
            html += "<div class=\"panel-choice\" hidden><label for=\"\(id)-p\">\(language.text(.groupChoice))</label><select id=\"\(id)-p\">"
            html += view.panels.enumerated().map { number, panel in "<option value=\"\(number)\">\(Markup.escape(panel.label ?? ""))</option>" }.joined()
            html += "</select></div>"
        }
        let renderer = ChartRenderer(kind: view.kind, numbers: numbers, describe: describe, targetLabel: targetLabel)
        let legend = ChartLegend(language: language, kind: view.kind, numbers: numbers)
        html += "<div class=\"chart-part\">"
        var needs = ChartLegendNeeds()
        for (number, panel) in view.panels.enumerated() {
            let caption = [indicator.title, view.dimension.map { _ in viewLabel(view).lowercased() }, panel.label].compactMap { $0 }.joined(separator: " — ")
            let (svg, panelNeeds) = renderer.render(panel, label: caption)
            needs.merge(panelNeeds)
            html += "<figure class=\"panel\" aria-describedby=\"\(id)-\(number)-s\">"
            html += "<figcaption>\(Markup.escape(panel.label ?? indicator.title))</figcaption>"
            html += "<div class=\"chart-box\">\(svg)</div>"
            html += "<p class=\"summary\" id=\"\(id)-\(number)-s\">\(legend.summary(panel))</p></figure>"
        }
        html += legend.html(view.seriesLabels, needs: needs, targetLabel: targetLabel)
        html += "</div><div class=\"table-part\">"
        html += DataTable(language: language, indicator: indicator, describe: describe).html(view, caption: "\(indicator.title) — \(viewLabel(view).lowercased())")
        return html + "</div></section>"
    }
}
