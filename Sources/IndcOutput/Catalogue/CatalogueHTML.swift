/// The indicator catalogue as one self-contained, accessible HTML page (no scripts, no outside files).
extension Catalogue {
    public var html: String {
        let lang = language.rawValue
        var body = "<h1>\(Self.escape(title))</h1>\n<nav aria-label=\"\(language == .nl ? "Thema's" : "Themes")\"><ul>\n"
        let themes = self.themes
        for (index, entry) in themes.enumerated() {
            body += "<li><a href=\"#thema-\(index + 1)\">\(Self.escape(entry.theme))</a> (\(entry.indicators.count))</li>\n"
        }
        body += "</ul></nav>\n"
        for (index, entry) in themes.enumerated() {
            body += "<section id=\"thema-\(index + 1)\">\n<h2>\(Self.escape(entry.theme))</h2>\n"
            for indicator in entry.indicators {
                body += "<article id=\"\(Self.escape(indicator.name))\">\n<h3>\(Self.escape(indicator.title ?? indicator.name))</h3>\n"
                body += "<p><code>\(Self.escape(indicator.name))</code></p>\n"
                if let description = indicator.description { body += "<p>\(Self.escape(description))</p>\n" }
                body += "<dl>\n" + facts(indicator).map { "<dt>\(Self.escape($0.label))</dt><dd>\(Self.escape($0.text))</dd>\n" }.joined() + "</dl>\n</article>\n"
            }
            body += "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="\(lang)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escape(title))</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
            h2 { border-bottom: 2px solid #154273; padding-bottom: .25rem; margin-top: 2.5rem; }
            article { margin: 1.5rem 0; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
            dt { font-weight: 600; }
            dd { margin: 0; }
            code { background: #f2f2f2; padding: 0 .25rem; }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// Text safe in HTML.
    static func escape(_ text: String) -> String {
        MarkupText.escape(text)
    }
}
