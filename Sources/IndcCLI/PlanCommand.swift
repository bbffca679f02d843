import IndcDiagnostics
import IndcPlan
import IndcSemantics

/// `indc plan`: check the project and print its execution plan, like a database EXPLAIN.
enum PlanCommand {
    static let spec = CommandSpec(
        name: "plan",
        abstract: "Print the execution plan of the indicators (like EXPLAIN).",
        overview: "Check .ind files and print how the indicators will be computed: one scan per dataset with the columns it decodes, shared filters, grouping sets, aggregates and the steps after aggregation.",
        arguments: [("<path>", ".ind files or folders (default: Indicators/ if it exists, else .).")],
        options: [
            OptionSpec(name: "--indicator", value: "name", repeatable: true, help: "Plan only this indicator (repeatable)."),
            CheckCommand.colorOption,
        ],
        positionals: 0...Int.max)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws(UsageError) -> Int32 {
        guard let result = CheckCommand.checkProject(arguments, &console) else { return 2 }
        guard result.errorCount == 0 else {
            let errors = result.diagnostics.filter { $0.severity == .error }
            console.output(DiagnosticRenderer(format: .text, color: console.useColor(arguments.value("--color"))).render(errors))
            console.error(CheckCommand.summary(result))
            return 1
        }
        let selected = try RunCommand.selection(arguments.values["--indicator"], result.project, command: spec)
        let plan = Planner.plan(result.project, selected: selected)
        console.output(PlanPrinter.render(plan, displayPath: SourceLoader.displayPath))
        return 0
    }
}
