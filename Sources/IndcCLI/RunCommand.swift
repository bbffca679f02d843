import Foundation
import IndcDiagnostics
import IndcEngine
import IndcOutput
import IndcPlan
import IndcSemantics

/// `indc run`: check the project, compute every indicator over its data, write the results.
enum RunCommand {
    static let spec = CommandSpec(
        name: "run",
        abstract: "Compute the indicators and write their results.",
        overview: "Check .ind files, compute every indicator over its dataset's CSV file, and write one CSV per indicator (or results.xlsx) and results.json (all indicators with their metadata). Nothing is computed when the definitions have errors; an indicator whose data has errors gets no results.",
        arguments: [("<path>", ".ind files or folders (default: Indicators/ if it exists, else .).")],
        options: [
            OptionSpec(name: "--out", value: "dir", help: "Folder to write the results to (default: results)."),
            OptionSpec(name: "--format", value: "format", allowed: ["csv", "csv-nl", "xlsx", "json"],
                       help: "csv (default, full precision), csv-nl (presented values, ; and decimal comma, for Dutch spreadsheets), xlsx (results.xlsx) or json (results.json only)."),
            ResultFormats.languageOption,
            OptionSpec(name: "--indicator", value: "name", repeatable: true, help: "Compute only this indicator (repeatable)."),
            OptionSpec(name: "--data", value: "dataset=file", repeatable: true,
                       help: "Read this dataset from another file with the same layout (repeatable)."),
            OptionSpec(name: "--engine", value: "engine", allowed: ["native", "duckdb", "postgres"],
                       help: "native (default), or run the indicators' SQL on duckdb (a duckdb executable on PATH) or postgres."),
            OptionSpec(name: "--connection", value: "url", help: "The PostgreSQL connection URL (--engine postgres), or DuckDB database file."),
            CheckCommand.colorOption,
        ],
        positionals: 0...Int.max)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws(UsageError) -> Int32 {
        let started = ContinuousClock.now
        guard let result = CheckCommand.checkProject(arguments, &console) else { return 2 }
        let rendered = DiagnosticRenderer(format: .text, color: false).render(result.diagnostics)
        if !rendered.isEmpty { console.error(rendered) }
        guard result.errorCount == 0 else {
            console.error(CheckCommand.summary(result) + "; nothing was computed")
            return 1
        }
        let project = result.project
        let selected = try selection(arguments.values["--indicator"], project)
        let dataFiles = try datasetPairs(arguments.values["--data"] ?? [], option: "--data", value: "FILE", project, command: spec)
        if let problem = unreadable(dataFiles) {
            console.error("error: \(problem)")
            return 2
        }
        let directory = arguments.value("--out") ?? "results"
        if let conflict = OutputFiles.conflict(directory: directory, inputs: inputs(project, dataFiles)) {
            console.error("error: \(conflict)")
            return 2
        }
        let plan = Planner.plan(project, selected: selected.map { withReferencedIndicators($0, project) })
        let format = arguments.value("--format") ?? "csv"
        if let engine = arguments.value("--engine"), engine != "native" {
            if engine == "postgres", arguments.value("--connection") == nil {
                throw UsageError(message: "--engine postgres needs --connection URL (load the tables first: indc sql --ddl --dialect postgres)", command: spec)
            }
            return SQLEngineRun.run(engine, connection: arguments.value("--connection"), plan: plan, project: project, selected: selected,
                                    dataFiles: dataFiles, directory: directory, format: format, language: ResultFormats.language(arguments), &console)
        }
        let outcome = Engine.run(plan, dataFiles: dataFiles)
        let written = outcome.results.filter { selected?.contains($0.indicator.name) ?? true }
        let failures = RunReport.failures(outcome, selected: selected, &console)
        do {
            try RunOutput.files(outcome, written: written, failures: failures, project: project, directory: directory, format: format,
                                 language: ResultFormats.language(arguments))
                .commit(protecting: inputs(project, dataFiles))
        } catch {
            console.error("error: \(error.description)")
            return 2
        }
        RunReport.summary(outcome, written: written, failures: failures, directory: directory, elapsed: ContinuousClock.now - started, &console)
        if outcome.scans.contains(where: { $0.failed && $0.isIOError }) { return 2 }
        return failures.isEmpty ? 0 : 1
    }

    /// The indicators named with `--indicator`, or nil for all; an unknown name is a usage error of `command`.
    static func selection(_ names: [String]?, _ project: Project, command: CommandSpec = spec) throws(UsageError) -> Set<String>? {
        guard let names else { return nil }
        let known = project.indicators.map(\.name)
        for name in names where !known.contains(name) {
            let suggestion = Suggestion.closest(to: name, among: known).map { "; did you mean '\($0)'?" } ?? ""
            throw UsageError(message: "unknown indicator '\(name)'\(suggestion)", command: command)
        }
        return Set(names)
    }

    /// The selection plus the indicators their relative targets compare with (computed, not written).
    static func withReferencedIndicators(_ names: Set<String>, _ project: Project) -> Set<String> {
        var all = names
        var pending = Array(names)
        while let name = pending.popLast() {
            guard let other = project.indicators.first(where: { $0.name == name })?.target?.relativeTo, all.insert(other).inserted else { continue }
            pending.append(other)
        }
        return all
    }

    /// Every file the run reads: its `.ind` files and each dataset's data file. Results never replace a folder holding one.
    static func inputs(_ project: Project, _ dataFiles: [String: String]) -> [String] {
        project.files.map { SourceLoader.absolutePath($0.path) } + project.datasets.map { SourceLoader.absolutePath(dataFiles[$0.name] ?? $0.path) }
    }

    /// Why a `--data` file cannot be read (it does not exist, or is a folder), checked before anything is computed.
    private static func unreadable(_ files: [String: String]) -> String? {
        for (dataset, path) in files.sorted(by: { $0.key < $1.key }) {
            if DataFilePattern.isPattern(path) {
                if DataFilePattern.files(path).isEmpty { return "--data \(dataset)=\(path): no file matches" }
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return "--data \(dataset)=\(path): no such file"
            }
            if isDirectory.boolValue { return "--data \(dataset)=\(path): is a folder, not a data file" }
            guard FileManager.default.isReadableFile(atPath: path) else { return "--data \(dataset)=\(path): cannot be read" }
        }
        return nil
    }

    /// `--data DATASET=FILE` (or `--table DATASET=NAME`) pairs by dataset name; an unknown dataset or a malformed pair is a usage error.
    static func datasetPairs(_ pairs: [String], option: String, value: String, _ project: Project,
                             command: CommandSpec) throws(UsageError) -> [String: String] {
        var files: [String: String] = [:]
        let known = project.datasets.map(\.name)
        for pair in pairs {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex, pair.index(after: equals) != pair.endIndex else {
                throw UsageError(message: "\(option) needs DATASET=\(value), got '\(pair)'", command: command)
            }
            let name = String(pair[..<equals])
            guard known.contains(name) else {
                let suggestion = Suggestion.closest(to: name, among: known).map { "; did you mean '\($0)'?" } ?? ""
                throw UsageError(message: "unknown dataset '\(name)' in \(option)\(suggestion)", command: command)
            }
            guard files[name] == nil else { throw UsageError(message: "\(option) names dataset '\(name)' twice", command: command) }
            files[name] = String(pair[pair.index(after: equals)...])
        }
        return files
    }
}
