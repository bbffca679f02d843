import IndcOutput

/// `indc describe`: the indicator catalogue, generated from the `.ind` files, on standard output.
enum DescribeCommand {
    static let spec = CommandSpec(
        name: "describe",
        abstract: "Print the indicator catalogue (Markdown or HTML).",
        overview: "Print the catalogue of the indicators: per theme each indicator's title, description, source, population (its filter in words), grouping, measure in words, unit and target — generated from the .ind files, so the published definitions never drift from what is computed. No data is read.",
        arguments: [("<path>", ".ind files or folders (default: Indicators/ if it exists, else .).")],
        options: [
            OptionSpec(name: "--format", value: "format", allowed: ["md", "html"], help: "md (default, Markdown) or html (one self-contained page)."),
            OptionSpec(name: "--indicator", value: "name", repeatable: true, help: "Describe only this indicator (repeatable)."),
            ResultFormats.languageOption,
        ],
        positionals: 0...Int.max)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws(UsageError) -> Int32 {
        guard let result = CheckCommand.checkProject(arguments, &console) else { return 2 }
        guard result.errorCount == 0 else {
            console.error(CheckCommand.summary(result) + "; run `indc check` for the errors")
            return 1
        }
        let selected = try RunCommand.selection(arguments.values["--indicator"], result.project, command: spec)
        let catalogue = Catalogue(result.project.indicators.filter { selected?.contains($0.name) ?? true }, language: ResultFormats.language(arguments))
        console.output(arguments.value("--format") == "html" ? catalogue.html : catalogue.markdown)
        return 0
    }
}
