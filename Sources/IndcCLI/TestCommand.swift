import Foundation
import IndcDiagnostics
import IndcSemantics
import IndcTesting

/// `indc test`: run the `test` declarations of a project and report like a test runner.
enum TestCommand {
    static let spec = CommandSpec(
        name: "test",
        abstract: "Run the test declarations of .ind files.",
        overview: "Check .ind files, then run every `test` declaration: its rows go through the indicator's definition (in memory and a temporary file; the project's data files are not read) and each expected cell is compared. Exit 0 when all pass, 1 when one fails or the definitions have errors.",
        arguments: [("<path>", ".ind files or folders (default: Indicators/ if it exists, else .).")],
        options: [
            OptionSpec(name: "--format", value: "format", allowed: ["text", "json"], help: "text (default) or json."),
            CheckCommand.colorOption,
        ],
        positionals: 0...Int.max)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) -> Int32 {
        let started = ContinuousClock.now
        let result: CheckResult
        do {
            result = try Checker.check(paths: arguments.positionals.isEmpty ? CheckCommand.defaultPaths() : arguments.positionals)
        } catch {
            console.error("error: \(error.description)")
            return 2
        }
        let errors = result.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            console.error(DiagnosticRenderer(format: .text, color: console.useColor(arguments.value("--color"))).render(errors))
            console.error(CheckCommand.summary(result) + "; no tests were run")
            return 1
        }
        let outcomes = result.tests.map { TestRunner.run($0, in: result.project) }
        let failed = outcomes.count { !$0.passed }
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        if arguments.value("--format") == "json" {
            console.output(json(outcomes, milliseconds: milliseconds).serialized() + "\n")
        } else {
            for outcome in outcomes { console.output(text(outcome)) }
            let summary = "\(outcomes.count) test\(outcomes.count == 1 ? "" : "s"): \(outcomes.count - failed) passed, \(failed) failed (\(format(milliseconds)) ms)"
            console.output(outcomes.isEmpty ? "no tests found: write `test NAME of INDICATOR { … }` in a .ind file\n" : summary + "\n")
        }
        return failed > 0 ? 1 : 0
    }

    private static func text(_ outcome: TestOutcome) -> String {
        let where_ = location(outcome.test.span)
        var text = "test \(outcome.test.name) (\(outcome.test.indicator.name)) ... \(outcome.passed ? "ok" : "FAILED") (\(format(outcome.milliseconds)) ms)\n"
        var previous: Span?
        for failure in outcome.failures {
            if failure.span != previous {
                text += "  \(location(failure.span)): \(failure.cell.isEmpty ? "test `\(outcome.test.name)` at \(where_)" : "cell \(failure.cell)")\n"
                previous = failure.span
            }
            let label = (failure.fact + ":").padding(toLength: 12, withPad: " ", startingAt: 0)
            text += "    \(label) expected \(failure.expected), actual \(failure.actual)"
            text += failure.difference.map { " (diff \($0 >= 0 ? "+" : "")\(String(format: "%.10g", $0)))" } ?? ""
            text += "\n"
        }
        return text
    }

    private static func json(_ outcomes: [TestOutcome], milliseconds: Double) -> JSONValue {
        .object([
            ("tests", .array(outcomes.map { outcome in
                .object([
                    ("name", .string(outcome.test.name)),
                    ("indicator", .string(outcome.test.indicator.name)),
                    ("location", .string(location(outcome.test.span))),
                    ("passed", .bool(outcome.passed)),
                    ("milliseconds", .number(outcome.milliseconds)),
                    ("failures", .array(outcome.failures.map { failure in
                        .object([
                            ("location", .string(location(failure.span))),
                            ("cell", .string(failure.cell)),
                            ("fact", .string(failure.fact)),
                            ("expected", .string(failure.expected)),
                            ("actual", .string(failure.actual)),
                            ("diff", failure.difference.map(JSONValue.number) ?? .null),
                        ])
                    })),
                ])
            })),
            ("passed", .integer(outcomes.count { $0.passed })),
            ("failed", .integer(outcomes.count { !$0.passed })),
            ("milliseconds", .number(milliseconds)),
        ])
    }

    private static func location(_ span: Span) -> String {
        "\(span.file.path):\(span.start.line):\(span.start.column)"
    }

    private static func format(_ milliseconds: Double) -> String {
        String(format: "%.1f", milliseconds)
    }
}
