/// The overview (index.html): every indicator as a card under its theme, with its latest value,
/// change and standing against the target.
struct OverviewPage {
    let language: ReportLanguage
    let frame: PageFrame
    let document: ReportDocument

    /// The page's HTML.
    func html() -> String {
        var main = "<h1>\(language.text(.siteTitle))</h1><p class=\"lead\">\(language.text(.overviewIntro))</p>"
        let themes = ChartModel.unique(document.indicators.map { $0.theme ?? "" })
        for (index, theme) in themes.enumerated() {
            let heading = theme.isEmpty ? (language == .dutch ? "Overige indicatoren" : "Other indicators") : theme
            main += "<section aria-labelledby=\"theme\(index)\"><h2 id=\"theme\(index)\">\(Markup.escape(heading))</h2><ul class=\"cards\">"
            main += document.indicators.filter { ($0.theme ?? "") == theme }.map(card).joined()
            main += "</ul></section>"
        }
        return frame.page(title: language.text(.siteTitle), root: "", main: main)
    }

    private func card(_ indicator: ReportIndicator) -> String {
        var html = "<li class=\"card\"><h3><a href=\"\(IndicatorPage.path(indicator))\">\(Markup.escape(indicator.title))</a></h3>"
        if let failure = indicator.failure {
            return html + "<p class=\"status\">\(language.text(.notComputed)): \(Markup.escape(failure))</p></li>"
        }
        let numbers = DisplayNumber(language: language, unit: indicator.unit)
        let describe = CellDescription(language: language, numbers: numbers, level: indicator.intervalLevel)
        let totals = indicator.cells.filter { $0.breakdown == nil }
        let latestPeriod = indicator.period.flatMap { period in totals.compactMap { $0.key(period) }.last }
        let latest = totals.filter { cell in latestPeriod.map { period in indicator.period.flatMap(cell.key) == period } ?? true }
        html += "<dl>"
        if latest.count == 1, let cell = latest.first {
            let label = language.text(.latestValue) + (latestPeriod.map { " (\($0))" } ?? "")
            let value = cell.value.map(numbers.text) ?? describe.value(cell)
            let detail = cell.value == nil ? nil : [describe.interval(cell), cell.n.map { "n = \(DisplayNumber(language: language, unit: "count").text(Double($0)))" }]
                .compactMap { $0 }.joined(separator: ", ")
            html += "<dt>\(Markup.escape(label))</dt><dd class=\"value\">\(Markup.escape(value))"
            html += (detail.map { $0.isEmpty ? "" : " <span>(\(Markup.escape($0)))</span>" } ?? "") + "</dd>"
            if let change = describe.changeAmount(cell) { html += "<dt>\(language.text(.change))</dt><dd>\(Markup.escape(change))</dd>" }
            if let target = describe.targetAmount(cell) { html += "<dt>\(language.text(.targetLabel))</dt><dd>\(Markup.escape(target))</dd>" }
        } else {
            let label = language.text(.latestValue) + (latestPeriod.map { " (\($0))" } ?? "")
            let groups = language == .dutch ? "\(latest.count) groepen" : "\(latest.count) groups"
            let shown = latest.compactMap(\.value)
            let range = shown.isEmpty ? language.text(.withheld) : "\(numbers.text(shown.min()!)) – \(numbers.text(shown.max()!))"
            html += "<dt>\(Markup.escape(label))</dt><dd class=\"value\">\(Markup.escape(range)) <span>(\(groups))</span></dd>"
            let judged = latest.filter { $0.targetMet != nil }
            if !judged.isEmpty {
                let met = judged.filter { $0.targetMet == true }.count
                let text = language == .dutch ? "\(met) van \(judged.count) groepen gehaald" : "met in \(met) of \(judged.count) groups"
                html += "<dt>\(language.text(.targetLabel))</dt><dd>\(text)</dd>"
            }
            let rising = latest.filter { $0.changeSignificant == true }.count
            if latest.contains(where: { $0.changeSignificant != nil }) {
                let text = language == .dutch ? "\(rising) van \(latest.count) groepen significant veranderd" : "\(rising) of \(latest.count) groups changed significantly"
                html += "<dt>\(language.text(.change))</dt><dd>\(text)</dd>"
            }
        }
        return html + "</dl></li>"
    }
}
