import IndcDiagnostics
import IndcOutput

/// The whole site as files: index.html, one page per indicator, the stylesheet and script, and the
/// downloads (each indicator's CSV, as `indc run` writes it, and results.json, gzip-compressed to keep the site small).
public struct ReportSite: Sendable {
    /// A file of the site: its path relative to the site's folder and its contents.
    public struct File: Sendable {
        /// The path relative to the site's folder (`indicator/NAME.html`); never absolute, never with `..`.
        public let path: String
        /// The file's contents.
        public let bytes: [UInt8]

        init(path: String, contents: String) {
            self.path = path
            bytes = Array(contents.utf8)
        }

        init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }

        /// The file as text (the site's pages, styles, script and CSV files are UTF-8).
        public var contents: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// Every file of the site, pages first.
    public let files: [File]

    /// Builds the site from a results document (the value results.json holds); `path` names it in errors.
    public init(results: JSONValue, path: String, language: ReportLanguage) throws(ReportInputError) {
        let document = try ResultsDocumentReader.decode(results, path: path)
        let frame = PageFrame(language: language, generator: document.generator)
        var files = [
            File(path: "index.html", contents: OverviewPage(language: language, frame: frame, document: document).html()),
            File(path: "assets/site.css", contents: SiteStyle.css),
            File(path: "assets/site.js", contents: SiteScript.javascript),
            File(path: "data/results.json.gz", bytes: Gzip.compress(Array((results.serialized(pretty: false) + "\n").utf8))),
        ]
        var seen = Set<String>()
        for indicator in document.indicators where seen.insert(indicator.name).inserted {
            files.append(File(path: IndicatorPage.path(indicator), contents: IndicatorPage(language: language, frame: frame, indicator: indicator).html()))
            if indicator.failure == nil {
                files.append(File(path: IndicatorPage.csvPath(indicator), contents: ResultCSV.text(columns: indicator.columns, rows: indicator.rows, dialect: .standard)))
            }
        }
        self.files = files
    }

    /// The total size of the site in bytes.
    public var size: Int { files.reduce(0) { $0 + $1.bytes.count } }
}
