/// One indicator's page: title, description, facts, the definition in words, the results
/// (charts and tables), notes and downloads.
struct IndicatorPage {
    let language: ReportLanguage
    let frame: PageFrame
    let indicator: ReportIndicator

    /// The page's path within the site.
    static func path(_ indicator: ReportIndicator) -> String { "indicator/\(Markup.slug(indicator.name)).html" }

    /// The download file of the indicator's results.
    static func csvPath(_ indicator: ReportIndicator) -> String { "data/\(Markup.slug(indicator.name)).csv" }

    /// The page's HTML.
    func html() -> String {
        let views = indicator.failure == nil ? ChartModel.views(indicator, language: language) : []
        var main = "<p class=\"back\"><a href=\"../index.html\">\(language.text(.backToOverview))</a></p>"
        main += "<h1>\(Markup.escape(indicator.title))</h1>"
        if let description = indicator.description, !description.isEmpty { main += "<p class=\"lead\">\(Markup.escape(description))</p>" }
        main += facts()
        main += definition()
        if let failure = indicator.failure {
            main += "<h2>\(language.text(.notComputed))</h2><p>\(Markup.escape(failure))</p>"
        } else {
            main += "<h2>\(language.text(.chart)) \(language == .dutch ? "en" : "and") \(language.text(.table).lowercased())</h2>"
            main += ResultsSection(language: language, indicator: indicator).html(views)
            main += notes()
            main += downloads()
        }
        let patterns = views.map(\.seriesLabels.count).max() ?? 0
        return frame.page(title: "\(indicator.title) — \(language.text(.siteTitle))", root: "../", main: main, patterns: patterns)
    }

    private func facts() -> String {
        var rows: [(Phrase, String)] = []
        if let theme = indicator.theme, !theme.isEmpty { rows.append((.siteTitle, theme)) }
        if let owner = indicator.owner, !owner.isEmpty { rows.append((.owner, owner)) }
        rows.append((.source, indicator.dataset + (indicator.dataFile.map { " (\($0))" } ?? "")))
        return "<dl class=\"facts\">" + rows.map { phrase, value in
            let term = phrase == .siteTitle ? (language == .dutch ? "Thema" : "Theme") : language.text(phrase)
            return "<dt>\(term)</dt><dd>\(Markup.escape(value))</dd>"
        }.joined() + "</dl>"
    }

    private func definition() -> String {
        let words = DefinitionInWords(language: language)
        var html = "<h2>\(language.text(.definition))</h2><dl class=\"definition\">"
        html += "<dt>\(language.text(.population))</dt><dd>\(Markup.escape(words.population(indicator)))</dd>"
        html += "<dt>\(language.text(.measureWords))</dt><dd>\(Markup.escape(words.measure(indicator)))</dd>"
        let groups = indicator.groupBy + indicator.breakdown
        if !groups.isEmpty {
            let label = language == .dutch ? "Uitgesplitst naar" : "Split by"
            html += "<dt>\(label)</dt><dd>\(Markup.escape(groups.joined(separator: ", ")))</dd>"
        }
        if indicator.target != nil {
            html += "<dt>\(language.text(.targetLabel))</dt><dd>\(Markup.escape(ResultsSection(language: language, indicator: indicator).targetLabel))</dd>"
        }
        return html + "</dl>"
    }

    private func notes() -> String {
        var items: [String] = []
        if let minimum = indicator.minimumN, minimum > 0 {
            items.append(language == .dutch
                ? "Cellen met minder dan \(minimum) waarnemingen worden niet getoond (te weinig gegevens); in de grafiek staat daar een gearceerd blokje."
                : "Cells based on fewer than \(minimum) observations are withheld (too few data); the chart shows a hatched block there.")
        }
        if indicator.isSample, let level = indicator.intervalLevel {
            let numbers = DisplayNumber(language: language, unit: "number")
            let percent = numbers.fixed(level * 100, decimals: (level * 100).rounded() == level * 100 ? 0 : 1) + "%"
            let method = indicator.intervalMethod ?? ""
            items.append(language == .dutch
                ? "De gegevens komen uit een steekproef: de banden en strepen tonen het \(percent)-betrouwbaarheidsinterval (methode: \(method)). Een verandering heet significant als zij bij dit niveau niet aan toeval is toe te schrijven."
                : "The data come from a sample: bands and whiskers show the \(percent) confidence interval (method: \(method)). A change is significant when it cannot be put down to chance at this level.")
        }
        let cellNotes = ChartModel.unique(indicator.cells.compactMap { $0.value != nil ? $0.note : nil })
        items += cellNotes.prefix(10).map(EngineNotes(language: language).note)
        guard !items.isEmpty else { return "" }
        return "<h2>\(language.text(.notes))</h2><ul class=\"notes\">" + items.map { "<li>\(Markup.escape($0))</li>" }.joined() + "</ul>"
    }

    private func downloads() -> String {
        "<h2>\(language.text(.downloads))</h2><ul class=\"downloads\">"
            + "<li><a href=\"../\(Self.csvPath(indicator))\" download>\(language.text(.downloadCSV))</a></li>"
            + "<li><a href=\"../data/results.json.gz\" download>\(language.text(.downloadJSON))</a></li></ul>"
    }
}
