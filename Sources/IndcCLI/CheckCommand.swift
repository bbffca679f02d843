import Foundation
import IndcDiagnostics
import IndcEngine
import IndcSemantics

/// `indc check`: lint a project and report every problem.
enum CheckCommand {
    static let spec = CommandSpec(
        name: "check",
        abstract: "Check .ind files and report problems.",
        overview: "Check .ind files: syntax, names, types, targets and data file headers; nothing is computed.",
        arguments: [("<path>", ".ind files or folders to check (default: Indicators/ if it exists, else .).")],
        options: [
            OptionSpec(name: "--format", value: "format", allowed: ["text", "short", "json", "sarif"],
                       help: "Output format: text, short, json or sarif (default: text)."),
            colorOption,
            OptionSpec(name: "--strict", help: "Fail (exit 1) on warnings too."),
        ],
        positionals: 0...Int.max)

    /// `--color auto|always|never`, shared by the commands that print diagnostics.
    static let colorOption = OptionSpec(name: "--color", value: "when", allowed: ["auto", "always", "never"],
                                        help: "Colour diagnostics: auto, always or never (default: auto; honours NO_COLOR).")

    /// Checks the given paths (or the default ones); an unreadable path is reported and gives nil (exit 2).
    static func checkProject(_ arguments: ParsedArguments, _ console: inout Console) -> CheckResult? {
        do {
            return try Checker.check(paths: arguments.positionals.isEmpty ? defaultPaths() : arguments.positionals, headers: DataHeaders.read)
        } catch {
            console.error("error: \(error.description)")
            return nil
        }
    }

    /// The folders checked when no path is given.
    static func defaultPaths() -> [String] {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: "Indicators", isDirectory: &isDirectory) && isDirectory.boolValue ? ["Indicators"] : ["."]
    }

    static func run(_ arguments: ParsedArguments, _ console: inout Console) -> Int32 {
        guard let result = checkProject(arguments, &console) else { return 2 }
        let format = DiagnosticFormat(rawValue: arguments.value("--format") ?? "text") ?? .text
        let renderer = DiagnosticRenderer(format: format, color: console.useColor(arguments.value("--color")), toolVersion: IndcCommand.version)
        let rendered = renderer.render(result.diagnostics)
        if !rendered.isEmpty || format == .json || format == .sarif { console.output(rendered) }
        console.error(summary(result))
        let strict = arguments.flags.contains("--strict")
        return result.errorCount > 0 || (strict && result.warningCount > 0) ? 1 : 0
    }

    static func summary(_ result: CheckResult) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        let checked = "checked \(plural(result.fileCount, "file")) (\(plural(result.datasetCount, "dataset")), \(plural(result.indicatorCount, "indicator")))"
        return "\(checked): \(plural(result.errorCount, "error")), \(plural(result.warningCount, "warning"))"
    }
}
