// The testing stage: checked `test` declarations → their rows run through the planner and
// the native engine → each expected cell compared with the computed one.
import Foundation
import IndcDiagnostics
import IndcEngine
import IndcPlan
import IndcSemantics

/// What running one test gave: its failures (none when it passed) and how long it took.
public struct TestOutcome: Sendable {
    public let test: IndicatorTest
    public let failures: [TestFailure]
    /// Wall-clock time of the run, in milliseconds.
    public let milliseconds: Double

    public var passed: Bool { failures.isEmpty }
}

/// One expectation that did not hold.
public struct TestFailure: Sendable {
    /// The `expect` clause (or the test's name, for a failure of the whole run).
    public let span: Span
    /// The cell as the test keys it.
    public let cell: String
    /// What was checked: `value`, `n`, `withheld`, `cell` …
    public let fact: String
    public let expected: String
    public let actual: String
    /// actual − expected, for numbers.
    public let difference: Double?
}

/// Runs tests: writes the rows to a temporary CSV file, computes the indicator with the native engine, compares.
public enum TestRunner {
    /// Runs one test. The project's data files are never read; the temporary file is removed afterwards.
    public static func run(_ test: IndicatorTest, in project: Project) -> TestOutcome {
        let started = ContinuousClock.now
        let failures = compute(test, project)
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        return TestOutcome(test: test, failures: failures, milliseconds: milliseconds)
    }

    private static func compute(_ test: IndicatorTest, _ project: Project) -> [TestFailure] {
        let directory = NSTemporaryDirectory() + "indc-test-\(getpid())-\(UUID().uuidString)"
        let path = directory + "/\(test.dataset.name).csv"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(csv(test).utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            return [failure(test, "run", expected: "the test's rows written to a temporary file", actual: "\(error.localizedDescription)")]
        }
        let plan = Planner.plan(test.project(dataPath: path, alongside: project))
        let outcome = Engine.run(plan, parts: 1)
        if let scan = outcome.scans.first(where: \.failed) {
            let reason = scan.fatal?.message(path: "row") ?? scan.errors.errors.first?.message(path: "row") ?? "data error"
            return [failure(test, "rows", expected: "rows that fit the dataset", actual: reason)]
        }
        if let reason = outcome.scans.lazy.compactMap({ $0.indicatorFailures[test.indicator.name] }).first {
            return [failure(test, "run", expected: "results", actual: reason)]
        }
        guard let result = outcome.results.first(where: { $0.indicator.name == test.indicator.name }) else {
            return [failure(test, "run", expected: "results", actual: "no results")]
        }
        return test.expectations.flatMap { CellCheck(expectation: $0, result: result).failures() }
    }

    private static func failure(_ test: IndicatorTest, _ fact: String, expected: String, actual: String) -> TestFailure {
        TestFailure(span: test.span, cell: "", fact: fact, expected: expected, actual: actual, difference: nil)
    }

    /// The rows as RFC 4180 CSV with a header of every dataset column.
    static func csv(_ test: IndicatorTest) -> String {
        func quoted(_ field: String) -> String {
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || field.hasPrefix(" ") || field.hasSuffix(" ")
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }
        var text = test.dataset.columns.map { quoted($0.name) }.joined(separator: ",") + "\n"
        for row in test.rows { text += row.map { $0.map(quoted) ?? "" }.joined(separator: ",") + "\n" }
        return text
    }
}
