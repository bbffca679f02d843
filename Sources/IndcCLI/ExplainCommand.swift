import IndcDiagnostics

/// `indc explain CODE`: what a diagnostic means, why, an example and the fix.
enum ExplainCommand {
    static let spec = CommandSpec(
        name: "explain",
        abstract: "Explain a diagnostic code, such as E0302.",
        overview: "Explain a diagnostic code: what it means, why it matters, an example and how to fix it.",
        arguments: [("<code>", "The code, such as E0302 (from `error[E0302]`).")],
        options: [OptionSpec(name: "--list", help: "List every code with its summary.")],
        positionals: 0...1)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws(UsageError) -> Int32 {
        if arguments.flags.contains("--list") {
            console.output(DiagnosticCode.allCases.map { "\($0.rawValue)  \($0.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))\($0.summary)" }
                .joined(separator: "\n"))
            return 0
        }
        guard let written = arguments.positionals.first else {
            throw UsageError(message: "missing argument <code> (or --list)", command: spec)
        }
        let upper = written.uppercased()
        let normalized = upper.allSatisfy(\.isNumber) ? "E" + String(repeating: "0", count: max(0, 4 - upper.count)) + upper : upper
        guard let code = DiagnosticCode(rawValue: normalized) else {
            let suggestion = Suggestion.closest(to: normalized, among: DiagnosticCode.allCases.map(\.rawValue)).map { "; did you mean '\($0)'?" } ?? ""
            throw UsageError(message: "unknown diagnostic code '\(written)'\(suggestion) (see 'indc explain --list')", command: spec)
        }
        console.output(code.explainText())
        return 0
    }
}
