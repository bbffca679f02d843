import IndcDiagnostics

/// Parses a subcommand's arguments: `--name value`, `--name=value`, `-h`, `--` and positionals.
enum ArgumentParser {
    static func parse(_ arguments: [String], _ spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            let (name, inline) = split(argument)
            guard let option = spec.allOptions.first(where: { $0.name == name || $0.short == name }) else {
                let names = spec.allOptions.map(\.name)
                let suggestion = Suggestion.closest(to: name, among: names).map { "; did you mean '\($0)'?" } ?? ""
                throw UsageError(message: "unknown option '\(name)'\(suggestion)", command: spec)
            }
            guard let placeholder = option.value else {
                if inline != nil { throw UsageError(message: "option '\(option.name)' takes no value", command: spec) }
                if parsed.flags.contains(option.name) { throw UsageError(message: "option '\(option.name)' is given twice", command: spec) }
                parsed.flags.insert(option.name)
                continue
            }
            let value: String
            if let inline {
                value = inline
            } else if index < arguments.count, !(arguments[index].hasPrefix("--") && arguments[index].count > 2) {
                value = arguments[index]
                index += 1
            } else {
                throw UsageError(message: "option '\(option.name)' needs a value <\(placeholder)>", command: spec)
            }
            if let allowed = option.allowed, !allowed.contains(value) {
                let suggestion = Suggestion.closest(to: value, among: allowed).map { "; did you mean '\($0)'?" } ?? ""
                throw UsageError(message: "invalid value '\(value)' for '\(option.name)': expected one of \(allowed.joined(separator: ", "))\(suggestion)",
                                 command: spec)
            }
            if !option.repeatable, parsed.values[option.name] != nil {
                throw UsageError(message: "option '\(option.name)' is given twice", command: spec)
            }
            parsed.values[option.name, default: []].append(value)
        }
        if parsed.flags.contains(CommandSpec.helpOption.name) { return parsed }
        if parsed.positionals.count > spec.positionals.upperBound {
            let extra = parsed.positionals[spec.positionals.upperBound]
            throw UsageError(message: "unexpected argument '\(extra)'", command: spec)
        }
        if parsed.positionals.count < spec.positionals.lowerBound {
            throw UsageError(message: "missing argument \(spec.arguments.first?.name ?? "")", command: spec)
        }
        return parsed
    }

    private static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}
