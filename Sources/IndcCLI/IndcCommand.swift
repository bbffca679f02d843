import Foundation
import IndcDiagnostics

/// The `indc` command line: dispatches to subcommands and turns outcomes into exit codes.
///
/// Exit codes: 0 no errors, 1 problems found (errors, or warnings under `--strict`),
/// 2 usage error, unreadable input or internal failure.
public enum IndcCommand {
    /// The version `indc --version` prints.
    public static let version = "0.1.0"

    static let subcommands: [CommandSpec] = [
        CheckCommand.spec, RunCommand.spec, ShowCommand.spec, DescribeCommand.spec, ReportCommand.spec, PlanCommand.spec, SQLCommand.spec,
        InferCommand.spec, ExplainCommand.spec,
        FmtCommand.spec, TestCommand.spec, LspCommand.spec,
    ]

    /// Runs the command line of this process and exits.
    public static func main() -> Never {
        var console = Console(environment: ProcessInfo.processInfo.environment, stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
                              stderrIsTerminal: isatty(STDERR_FILENO) == 1)
        let status = run(Array(CommandLine.arguments.dropFirst()), console: &console)
        console.flush()
        exit(status)
    }

    /// Runs one command line, writing to `console`; returns the exit code.
    public static func run(_ arguments: [String], console: inout Console) -> Int32 {
        do {
            return try dispatch(arguments, &console)
        } catch {
            console.error("error: \(error.message)")
            if let command = error.command {
                console.error("Usage: \(command.usage)")
                console.error("See 'indc \(command.name) --help'.")
            } else {
                console.error("Usage: indc <subcommand> [options]")
                console.error("See 'indc --help'.")
            }
            return 2
        }
    }

    private static func dispatch(_ arguments: [String], _ console: inout Console) throws(UsageError) -> Int32 {
        guard let first = arguments.first else {
            console.output(overview)
            return 0
        }
        switch first {
        case "-h", "--help":
            console.output(overview)
            return 0
        case "--version":
            if let extra = arguments.dropFirst().first { throw UsageError(message: "unexpected argument '\(extra)' after --version", command: nil) }
            console.output("indc \(version)")
            return 0
        case "help":
            guard let name = arguments.dropFirst().first else {
                console.output(overview)
                return 0
            }
            guard let spec = subcommands.first(where: { $0.name == name }) else { throw unknownSubcommand(name) }
            console.output(spec.help)
            return 0
        default:
            guard let spec = subcommands.first(where: { $0.name == first }) else { throw unknownSubcommand(first) }
            let parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), spec)
            if parsed.flags.contains(CommandSpec.helpOption.name) {
                console.output(spec.help)
                return 0
            }
            switch spec.name {
            case CheckCommand.spec.name: return CheckCommand.run(parsed, &console)
            case RunCommand.spec.name: return try RunCommand.run(parsed, &console)
            case ShowCommand.spec.name: return try ShowCommand.run(parsed, &console)
            case DescribeCommand.spec.name: return try DescribeCommand.run(parsed, &console)
            case PlanCommand.spec.name: return try PlanCommand.run(parsed, &console)
            case SQLCommand.spec.name: return try SQLCommand.run(parsed, &console)
            case InferCommand.spec.name: return try InferCommand.run(parsed, &console)
            case ReportCommand.spec.name: return try ReportCommand.run(parsed, &console)
            case FmtCommand.spec.name: return FmtCommand.run(parsed, &console)
            case TestCommand.spec.name: return TestCommand.run(parsed, &console)
            case LspCommand.spec.name: return LspCommand.run(parsed, &console)
            default: return try ExplainCommand.run(parsed, &console)
            }
        }
    }

    private static func unknownSubcommand(_ name: String) -> UsageError {
        let suggestion = Suggestion.closest(to: name, among: subcommands.map(\.name) + ["help"]).map { "; did you mean '\($0)'?" } ?? ""
        return UsageError(message: "unknown subcommand '\(name)'\(suggestion)", command: nil)
    }

    static var overview: String {
        var text = """
        OVERVIEW: Compile and check public-health indicator definitions (.ind files).

        indc reads datasets and indicators written in the .ind language, reports
        mistakes with their exact place and a fix, and computes the indicators.

        USAGE: indc <subcommand> [options]

        OPTIONS:

        """
        text += CommandSpec.row("--version", "Show the version.") + CommandSpec.row("-h, --help", "Show help information.")
        text += "\nSUBCOMMANDS:\n"
        text += subcommands.map { CommandSpec.row($0.name, $0.abstract) }.joined()
        text += CommandSpec.row("help", "Show help for a subcommand.")
        text += "\n  See 'indc help <subcommand>' for detailed help.\n"
        return text
    }
}
