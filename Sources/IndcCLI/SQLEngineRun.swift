import Foundation
import IndcEngine
import IndcOutput
import IndcPlan
import IndcSemantics
import IndcSQL

/// `indc run --engine duckdb|postgres`: the indicators' SQL run by the engine's own client; its CSV
/// output, read with indc's CSV reader, becomes the same result files the native engine writes.
/// Nothing is loaded here: PostgreSQL reads the tables `indc sql --ddl` created, DuckDB the CSV files.
enum SQLEngineRun {
    static func run(_ engine: String, connection: String?, plan: ExecutionPlan, project: Project, selected: Set<String>?,
                    dataFiles: [String: String], directory: String, format: String, language: Language, _ console: inout Console) -> Int32 {
        let started = ContinuousClock.now
        let dialect: SQLDialect = engine == "postgres" ? .postgres : .duckdb
        let client = dialect == .postgres ? SQLClient.postgres(connection ?? "") : SQLClient.duckdb(connection)
        let compiled = SQLCommand.queries(plan, project, dialect: dialect, tables: [:], files: dataFiles, selected: selected)
        let scratch = NSTemporaryDirectory() + "indc-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var tables: [ResultTable] = []
        var failures: [String: String] = [:]
        for item in compiled {
            let name = item.indicator.name
            guard let query = item.query else {
                failures[name] = item.refusal ?? "cannot be compiled to SQL"
                continue
            }
            if item.lacksIntervals {
                console.error("warning: indicator \(name): its interval columns (se, ci_low, ci_high, df, n_eff, change_se, change_p, change_significant, reliability) are left empty with --engine \(engine); indc run computes them")
            }
            let output = "\(scratch)/\(tables.count + failures.count).csv"
            if let problem = client.run(query, input: output + ".sql", output: output) {
                failures[name] = problem
            } else {
                switch SQLResultReader.table(path: output, indicator: item.indicator, dataset: plan.dataset(of: item.indicator)) {
                case .success(let table): tables.append(table)
                case .failure(let problem): failures[name] = problem.message
                }
            }
        }
        for (name, reason) in failures.sorted(by: { $0.key < $1.key }) { console.error("error: indicator \(name): \(reason); not computed") }
        var files = OutputFiles(directory: directory)
        ResultFormats.add(tables, format: format, language: language, to: &files)
        let byName = Dictionary(tables.map { ($0.indicator.name, $0) }, uniquingKeysWith: { first, _ in first })
        let entries = project.indicators.compactMap { indicator -> ResultJSON.Entry? in
            byName[indicator.name].map { .computed($0) } ?? failures[indicator.name].map { .failed(indicator, reason: $0) }
        }
        let document = ResultJSON.document(entries, datasets: project.datasets, toolVersion: IndcCommand.version, sourcePath: SourceLoader.displayPath)
        files.add("results.json", document.serialized() + "\n")
        do {
            try files.commit()
        } catch {
            console.error("error: \(error.description)")
            return 2
        }
        for table in tables {
            let suppressed = table.columns.firstIndex(of: "suppressed").map { column in table.rows.count { $0[column] != .empty } } ?? 0
            console.error("  \(table.indicator.name)  \(table.rows.count) cell\(table.rows.count == 1 ? "" : "s"), \(suppressed) suppressed")
        }
        let elapsed = ContinuousClock.now - started
        console.error("computed \(tables.count) indicator\(tables.count == 1 ? "" : "s") with \(engine)\(failures.isEmpty ? "" : ", \(failures.count) not computed") "
                      + "in \(elapsed.components.seconds)s; results in \(directory)/")
        return failures.isEmpty ? 0 : 1
    }
}

extension ExecutionPlan {
    /// The dataset an indicator of the plan reads.
    func dataset(of indicator: Indicator) -> Dataset {
        scans.first { $0.dataset.name == indicator.source }!.dataset
    }
}
