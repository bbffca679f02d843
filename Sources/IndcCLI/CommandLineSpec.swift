// The CLI stage: arguments → the pipeline → rendered output and an exit code.
// Hand-written argument parsing with swift-argument-parser's conventions.
import IndcDiagnostics

/// An option a subcommand accepts.
struct OptionSpec {
    let name: String
    var short: String?
    /// The value's placeholder (`<format>`), or nil for a flag.
    var value: String?
    var allowed: [String]?
    /// May be given more than once (values accumulate).
    var repeatable = false
    let help: String
}

/// A subcommand: what it does, its arguments and options, for parsing and for help.
struct CommandSpec {
    let name: String
    let abstract: String
    let overview: String
    let arguments: [(name: String, help: String)]
    let options: [OptionSpec]
    /// How many positional arguments it takes.
    let positionals: ClosedRange<Int>

    static let helpOption = OptionSpec(name: "--help", short: "-h", help: "Show help information.")

    var allOptions: [OptionSpec] { options + [Self.helpOption] }

    var usage: String {
        let parts = arguments.map { positionals.upperBound > 1 ? "[\($0.name) ...]" : ($0.name.hasPrefix("<") && positionals.lowerBound == 0 ? "[\($0.name)]" : $0.name) }
            + options.map { option in
                let shape = option.value.map { "\(option.name) <\($0)>" } ?? option.name
                return "[\(shape)\(option.repeatable ? " ..." : "")]"
            }
        return (["indc", name] + parts).joined(separator: " ")
    }

    /// The full help text: OVERVIEW, USAGE, ARGUMENTS, OPTIONS.
    var help: String {
        var text = "OVERVIEW: \(overview)\n\nUSAGE: \(usage)\n"
        if !arguments.isEmpty {
            text += "\nARGUMENTS:\n" + arguments.map { Self.row($0.name, $0.help) }.joined()
        }
        text += "\nOPTIONS:\n" + allOptions.map { option in
            let names = (option.short.map { "\($0), " } ?? "") + option.name + (option.value.map { " <\($0)>" } ?? "")
            return Self.row(names, option.help)
        }.joined()
        return text
    }

    /// One aligned row of a help table.
    static func row(_ name: String, _ help: String) -> String {
        let padded = name.count < 24 ? "  " + name.padding(toLength: 24, withPad: " ", startingAt: 0) : "  \(name)\n" + String(repeating: " ", count: 26)
        return padded + help + "\n"
    }
}

/// What the user typed, parsed against a `CommandSpec`.
struct ParsedArguments {
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    func value(_ name: String) -> String? { values[name]?.last }
}

/// A mistake in the command line: printed with the usage line, exit code 2.
struct UsageError: Error {
    let message: String
    let command: CommandSpec?
}
