import Foundation
import IndcDiagnostics
import IndcSemantics
import IndcSyntax

/// `indc fmt`: rewrite `.ind` files in the canonical layout, or with `--check` report those that are not.
enum FmtCommand {
    static let spec = CommandSpec(
        name: "fmt",
        abstract: "Format .ind files in the canonical layout.",
        overview: "Rewrite .ind files in one canonical layout: a clause per line, two-space indentation, one space between tokens, long lists wrapped; comments and blank lines between clauses are kept. The tokens never change, so neither does the meaning. A file with syntax errors is left alone and its errors are reported.",
        arguments: [("<path>", ".ind files or folders (default: Indicators/ if it exists, else .).")],
        options: [
            OptionSpec(name: "--check", help: "Change nothing; list the files that would change and exit 1 if there are any."),
            CheckCommand.colorOption,
        ],
        positionals: 0...Int.max)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) -> Int32 {
        let checkOnly = arguments.flags.contains("--check")
        let paths: [String]
        do {
            paths = try SourceLoader.findFiles(arguments.positionals.isEmpty ? CheckCommand.defaultPaths() : arguments.positionals)
        } catch {
            console.error("error: \(error.description)")
            return 2
        }
        var unformatted: [String] = []
        var broken = 0
        var failedWrites = 0
        for path in paths {
            let file: SourceFile
            do {
                let (read, problem) = try SourceLoader.read(path)
                if let problem {
                    console.error(DiagnosticRenderer(format: .text, color: false).render([problem]))
                    broken += 1
                    continue
                }
                file = read
            } catch {
                console.error("error: \(error.description)")
                failedWrites += 1
                continue
            }
            let outcome = Formatter.format(file)
            guard let text = outcome.text else {
                let renderer = DiagnosticRenderer(format: .text, color: console.useColor(arguments.value("--color")))
                console.error(renderer.render(outcome.diagnostics))
                broken += 1
                continue
            }
            guard text != file.text else { continue }
            unformatted.append(file.path)
            if checkOnly {
                console.output("would reformat \(file.path)")
            } else if !write(text, to: path) {
                console.error("error: cannot write \(file.path)")
                failedWrites += 1
            }
        }
        let verb = checkOnly ? "would reformat" : "reformatted"
        console.error("\(verb) \(unformatted.count) of \(paths.count) file\(paths.count == 1 ? "" : "s")" + (broken > 0 ? "; \(broken) not formatted (errors)" : ""))
        if failedWrites > 0 { return 2 }
        return broken > 0 || (checkOnly && !unformatted.isEmpty) ? 1 : 0
    }

    /// Replaces the file atomically: a temporary file beside it, then a rename.
    private static func write(_ text: String, to path: String) -> Bool {
        let url = URL(fileURLWithPath: path)
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
            return true
        } catch {
            return false
        }
    }
}
