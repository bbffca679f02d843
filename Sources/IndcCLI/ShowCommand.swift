import Foundation
import IndcDiagnostics
import IndcEngine
import IndcOutput
import IndcPlan
import IndcSemantics

/// `indc show`: the results as aligned tables in the terminal, one indicator after another, values as
/// presented. Reads the last run's CSV files when they are newer than the definitions and the data,
/// and otherwise computes the indicators first (without writing anything).
enum ShowCommand {
    static let spec = CommandSpec(
        name: "show",
        abstract: "Show the results as tables in the terminal.",
        overview: "Show each indicator's results as an aligned table: values rounded as presented, intervals, change (* significant), target status and withheld cells. Reads the results of the last `indc run` (--results, default results/) when they are newer than the .ind files and the data; otherwise computes them first.",
        arguments: [("<path>", ".ind files or folders (default: Indicators/ if it exists, else .).")],
        options: [
            OptionSpec(name: "--indicator", value: "name", repeatable: true, help: "Show only this indicator (repeatable)."),
            OptionSpec(name: "--results", value: "dir", help: "The folder of the last run's results (default: results)."),
            OptionSpec(name: "--width", value: "columns", help: "The width to fit the tables in (default: $COLUMNS, else 100)."),
            ResultFormats.languageOption,
            OptionSpec(name: "--color", value: "when", allowed: ["auto", "always", "never"],
                       help: "Colour the tables: auto, always or never (default: auto; honours NO_COLOR)."),
        ],
        positionals: 0...Int.max)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws(UsageError) -> Int32 {
        guard let result = CheckCommand.checkProject(arguments, &console) else { return 2 }
        guard result.errorCount == 0 else {
            console.error(DiagnosticRenderer(format: .text, color: false).render(result.diagnostics))
            console.error(CheckCommand.summary(result) + "; nothing to show")
            return 1
        }
        let project = result.project
        let selected = try RunCommand.selection(arguments.values["--indicator"], project, command: spec)
        let width = try self.width(arguments, console)
        let indicators = project.indicators.filter { selected?.contains($0.name) ?? true }
        let directory = arguments.value("--results") ?? "results"
        var tables = LastResults.read(indicators, project: project, directory: directory)
        var failures: [String: String] = [:]
        if tables == nil {
            let plan = Planner.plan(project, selected: selected.map { RunCommand.withReferencedIndicators($0, project) })
            let outcome = Engine.run(plan, dataFiles: [:])
            failures = RunReport.failures(outcome, selected: selected, &console)
            let computed = Dictionary(outcome.results.map { ($0.indicator.name, ResultTable($0)) }, uniquingKeysWith: { first, _ in first })
            tables = indicators.compactMap { computed[$0.name] }
            console.error("computed \(tables?.count ?? 0) indicator\(tables?.count == 1 ? "" : "s") (no current results in \(directory)/)")
        }
        let vocabulary = Vocabulary(ResultFormats.language(arguments))
        let color = console.useColor(arguments.value("--color"))
        let pages = (tables ?? []).map { TerminalTable(PresentedTable($0, vocabulary: vocabulary), width: width, color: color).text }
        if !pages.isEmpty { console.output(pages.joined(separator: "\n")) }
        return failures.isEmpty ? 0 : 1
    }

    private static func width(_ arguments: ParsedArguments, _ console: Console) throws(UsageError) -> Int {
        if let text = arguments.value("--width") {
            guard let width = Int(text), width >= 20, width <= 1000 else {
                throw UsageError(message: "--width needs a number of columns from 20 to 1000, got '\(text)'", command: spec)
            }
            return width
        }
        return console.environment["COLUMNS"].flatMap(Int.init).map { max(20, $0) } ?? 100
    }
}

/// The machine CSV files of the last `indc run`, when they are current.
enum LastResults {
    /// The tables of `indicators` from `directory`, or nil when one is missing, unreadable, or older
    /// than a `.ind` file or its dataset's data file.
    static func read(_ indicators: [Indicator], project: Project, directory: String) -> [ResultTable]? {
        let sources = project.files.compactMap { modified(SourceLoader.absolutePath($0.path)) }
        guard let newestSource = sources.max() else { return nil }
        var tables: [ResultTable] = []
        for indicator in indicators {
            guard let dataset = project.datasets.first(where: { $0.name == indicator.source }) else { return nil }
            let path = (directory as NSString).appendingPathComponent("\(indicator.name).csv")
            guard let written = modified(path), let data = modified(dataset.path), written >= newestSource, written >= data,
                  case .success(let table) = SQLResultReader.table(path: path, indicator: indicator, dataset: dataset),
                  table.columns.contains("value") else { return nil }
            tables.append(table)
        }
        return tables
    }

    private static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
