import Foundation
import IndcDiagnostics
import IndcEngine
import IndcOutput
import IndcPlan
import IndcReport
import IndcSemantics

/// `indc report`: compute the indicators (or read an earlier run's results.json) and write the
/// static, self-contained dashboard site.
enum ReportCommand {
    static let spec = CommandSpec(
        name: "report",
        abstract: "Build the static dashboard site of the indicators.",
        overview: "Check and compute the indicators (or read the results.json of an earlier 'indc run') and write a static, self-contained site: index.html with every indicator by theme, one page per indicator with its definition in words, SVG charts, data tables and downloads. It needs no server and loads nothing from elsewhere; open index.html from disk or publish the folder on any web server.",
        arguments: [("<path>", ".ind files or folders (default: Indicators/ if it exists, else .), or one results folder or results.json.")],
        options: [
            OptionSpec(name: "--out", value: "dir", help: "Folder to write the site to (default: site); replaced as a whole."),
            OptionSpec(name: "--lang", value: "language", allowed: ReportLanguage.allCases.map(\.rawValue),
                       help: "Language of the site's text: nl (default) or en."),
        ],
        positionals: 0...Int.max)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws(UsageError) -> Int32 {
        let started = ContinuousClock.now
        let language = ReportLanguage(rawValue: arguments.value("--lang") ?? "nl") ?? .dutch
        let directory = arguments.value("--out") ?? "site"
        var status: Int32 = 0
        let results: JSONValue
        let origin: String
        if let folder = resultsSource(arguments.positionals) {
            do {
                (results, origin) = try ResultsDocumentReader.load(path: folder)
            } catch {
                console.error("error: \(error.description)")
                return 2
            }
        } else {
            guard let computed = compute(arguments, &console, status: &status) else { return status }
            (results, origin) = (computed, "results")
        }
        do {
            let site = try ReportSite(results: results, path: origin, language: language)
            try SiteFolder.write(site, to: directory)
            let elapsed = ContinuousClock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let pages = site.files.filter { $0.path.hasSuffix(".html") }.count
            console.error("wrote \(pages) pages (\((site.size + 1023) / 1024) KB) in \(String(Int(seconds * 100) / 100)).\(String(format: "%02d", Int(seconds * 100) % 100))s; open \(directory)/index.html")
        } catch {
            console.error("error: \(error.description)")
            return 2
        }
        return status
    }

    /// The results folder or results.json named as the only path, if it is one.
    private static func resultsSource(_ paths: [String]) -> String? {
        guard paths.count == 1, let path = paths.first else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if !isDirectory.boolValue { return path.hasSuffix(".json") ? path : nil }
        return FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("results.json")) ? path : nil
    }

    /// Checks and computes the project as `indc run` does; nil (with `status` set) when nothing can be shown.
    private static func compute(_ arguments: ParsedArguments, _ console: inout Console, status: inout Int32) -> JSONValue? {
        guard let result = CheckCommand.checkProject(arguments, &console) else {
            status = 2
            return nil
        }
        let rendered = DiagnosticRenderer(format: .text, color: false).render(result.diagnostics)
        if !rendered.isEmpty { console.error(rendered) }
        guard result.errorCount == 0 else {
            console.error(CheckCommand.summary(result) + "; nothing was computed")
            status = 1
            return nil
        }
        let outcome = Engine.run(Planner.plan(result.project, selected: nil), dataFiles: [:])
        let failures = RunReport.failures(outcome, selected: nil, &console)
        if !failures.isEmpty { status = 1 }
        if outcome.scans.contains(where: { $0.failed && $0.isIOError }) { status = 2 }
        return RunOutput.document(outcome.results.map(ResultTable.init), failures: failures, project: result.project)
    }
}
