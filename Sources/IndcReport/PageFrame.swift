/// The frame of every page: the document head (local CSS and JS only), a skip link, the site
/// header, the main landmark and the footer. `root` is the relative path back to the site's top.
struct PageFrame {
    let language: ReportLanguage
    let generator: String

    /// A whole page around `main` (already escaped HTML); `patterns` is how many series fill patterns its charts use
    /// (nil: the page has no charts).
    func page(title: String, root: String, main: String, patterns: Int? = nil) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Markup.escape(title))</title>
        <link rel="stylesheet" href="\(root)assets/site.css">
        <script src="\(root)assets/site.js" defer></script>
        </head>
        <body>
        \(patterns.map { SeriesStyle.definitions(count: $0) } ?? "")
        <a class="skip" href="#inhoud">\(language.text(.skipToContent))</a>
        <header class="site"><a href="\(root)index.html">\(language.text(.siteTitle))</a></header>
        <main id="inhoud" tabindex="-1">
        \(main)
        </main>
        <footer class="site"><p>\(language.text(.generatedBy)) \(Markup.escape(generator))</p></footer>
        </body>
        </html>

        """
    }
}
