import Foundation
import IndcDiagnostics
import IndcEngine
import IndcPlan
import IndcSemantics
import IndcSQL

/// `indc sql`: check the project and print one query per indicator, compiled from its execution plan.
enum SQLCommand {
    static let spec = CommandSpec(
        name: "sql",
        abstract: "Print the indicators as SQL queries (DuckDB, PostgreSQL, Spark, Trino).",
        overview: "Check .ind files and print one SQL query per indicator, compiled from the same execution plan indc run computes: the same columns, rows and order. Survey intervals are left empty (they come from indc run); an indicator SQL cannot compute exactly is refused with the reason. Queries read tables named after the datasets; DuckDB reads the CSV files directly unless --table names a table. --ddl prints the statements that create those tables from the CSV files instead.",
        arguments: [("<path>", ".ind files or folders (default: Indicators/ if it exists, else .).")],
        options: [
            OptionSpec(name: "--dialect", value: "dialect", allowed: SQLDialect.allCases.map(\.rawValue),
                       help: "duckdb (default), postgres, spark or trino."),
            OptionSpec(name: "--indicator", value: "name", repeatable: true, help: "Compile only this indicator (repeatable)."),
            OptionSpec(name: "--table", value: "dataset=name", repeatable: true,
                       help: "Read this dataset from table NAME (default: the dataset's name; repeatable)."),
            OptionSpec(name: "--ddl", help: "Print CREATE TABLE statements that load the datasets (postgres, duckdb, spark)."),
            CheckCommand.colorOption,
        ],
        positionals: 0...Int.max)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws(UsageError) -> Int32 {
        guard let result = CheckCommand.checkProject(arguments, &console) else { return 2 }
        guard result.errorCount == 0 else {
            console.error(DiagnosticRenderer(format: .text, color: false).render(result.diagnostics.filter { $0.severity == .error }))
            console.error(CheckCommand.summary(result) + "; no SQL was written")
            return 1
        }
        let project = result.project
        let dialect = SQLDialect(rawValue: arguments.value("--dialect") ?? "duckdb") ?? .duckdb
        let selected = try RunCommand.selection(arguments.values["--indicator"], project, command: spec)
        let tables = try RunCommand.datasetPairs(arguments.values["--table"] ?? [], option: "--table", value: "NAME", project, command: spec)
        for (dataset, table) in tables.sorted(by: { $0.key < $1.key }) where !dialect.isTableName(table) {
            throw UsageError(message: "--table \(dataset)=…: not a table name (parts of letters, digits and _, or quoted, between dots)", command: spec)
        }
        let plan = Planner.plan(project, selected: selected.map { RunCommand.withReferencedIndicators($0, project) })
        if arguments.flags.contains("--ddl") {
            let ddl = DatasetDDL(dialect: dialect)
            guard ddl.isSupported else { throw UsageError(message: "--ddl is not available for \(dialect.rawValue): load the tables with the catalog's own tools", command: spec) }
            var headers: [String: [String]] = [:]
            for scan in plan.scans { headers[scan.dataset.name] = try? DataHeaders.read(scan.dataset).get() }
            do {
                console.output(try ddl.statements(plan, headers: headers, paths: [:]))
                return 0
            } catch {
                console.error("error: \(error.message); no SQL was written")
                return 1
            }
        }
        let compiled = queries(plan, project, dialect: dialect, tables: tables, selected: selected)
        console.output(compiled.compactMap(\.query).joined(separator: "\n"))
        for refused in compiled where refused.query == nil {
            console.error("error: indicator \(refused.indicator.name): \(refused.refusal ?? "cannot be compiled"); no SQL was written for it")
        }
        return compiled.contains { $0.query == nil } ? 1 : 0
    }

    /// The queries of the selected indicators; DuckDB reads a dataset's file unless a table is named.
    static func queries(_ plan: ExecutionPlan, _ project: Project, dialect: SQLDialect, tables: [String: String],
                        files: [String: String] = [:], selected: Set<String>?) -> [IndicatorSQL] {
        var locations: [String: DatasetLocation] = [:]
        for dataset in project.datasets {
            if let table = tables[dataset.name] {
                locations[dataset.name] = .table(table)
            } else if dialect == .duckdb {
                locations[dataset.name] = .file(SourceLoader.absolutePath(files[dataset.name] ?? dataset.path))
            }
        }
        return SQLCompiler(dialect: dialect, locations: locations).compile(plan, names: selected)
    }
}
