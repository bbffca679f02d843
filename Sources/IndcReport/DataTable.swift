/// A view's cells as an HTML data table: the key columns (the first as row header), then value,
/// interval, n, change, target and notes; withheld cells say why in words. The table's class `keysK` tells the
/// stylesheet how many key columns come first, so the number columns after them align right without a class each.
struct DataTable {
    let language: ReportLanguage
    let indicator: ReportIndicator
    let describe: CellDescription

    /// The table of `view`, captioned `caption`.
    func html(_ view: ChartView, caption: String) -> String {
        let label = KeyLabel(language: language, indicator: indicator)
        let showInterval = view.cells.contains { $0.ciLow != nil }
        let showChange = view.cells.contains { $0.change != nil }
        let showTarget = view.cells.contains { $0.target != nil }
        let showNote = view.cells.contains { $0.note != nil && $0.value != nil }
        var headings = view.keyColumns.map { label.column($0, dimension: view.dimension) } + [language.text(.value)]
        if showInterval { headings.append(language.text(.interval)) }
        headings.append(language.text(.cellCount))
        if showChange { headings.append(language.text(.change)) }
        if showTarget { headings.append(language.text(.targetLabel)) }
        if showNote { headings.append(language.text(.notes)) }
        var html = "<table class=\"keys\(min(view.keyColumns.count, 4))\"><caption>\(Markup.escape(caption))</caption><thead><tr>"
        html += headings.map { "<th scope=\"col\">\(Markup.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
        for cell in view.cells {
            let keys = view.keyColumns.map { label.level(cell, $0) }
            html += "<tr>" + keys.enumerated().map { index, key in
                index == 0 ? "<th scope=\"row\">\(Markup.escape(key))</th>" : "<td>\(Markup.escape(key))</td>"
            }.joined()
            if let value = cell.value {
                html += "<td>\(Markup.escape(describe.numbers.text(value)))</td>"
            } else {
                html += "<td class=\"withheld\">\(Markup.escape(describe.absence(cell) ?? ""))</td>"
            }
            if showInterval { html += "<td>\(Markup.escape(cell.ciLow.flatMap { low in cell.ciHigh.map { describe.numbers.interval(low, $0) } } ?? ""))</td>" }
            html += "<td>\(cell.n.map { Markup.escape(DisplayNumber(language: language, unit: "count").text(Double($0))) } ?? "")</td>"
            if showChange { html += "<td>\(Markup.escape(describe.changeAmount(cell) ?? ""))</td>" }
            if showTarget { html += "<td>\(Markup.escape(describe.targetAmount(cell) ?? ""))</td>" }
            if showNote { html += "<td>\(Markup.escape(cell.value != nil ? cell.note.map(EngineNotes(language: language).note) ?? "" : ""))</td>" }
            html += "</tr>"
        }
        return html + "</tbody></table>"
    }
}
