import IndcDiagnostics
import IndcSyntax

/// A checked `test` declaration: the indicator, its input rows as CSV fields, and the expected cells.
public struct IndicatorTest: Sendable {
    public let name: String
    /// The test's name as written.
    public let span: Span
    /// The indicator under test, with the test's `minimum n` applied.
    public let indicator: Indicator
    /// The indicator's dataset; `rows` hold a field for each of its columns, in order.
    public let dataset: Dataset
    /// The test's `minimum n`, applied to the indicator and to those its relative target compares with.
    public let minimumN: Int?
    /// One field per dataset column (nil: empty); columns the test does not give are empty, the weight 1.
    public let rows: [[String?]]
    public let expectations: [CellExpectation]
}

/// One `expect` clause: which cell, and what it must hold.
public struct CellExpectation: Sendable {
    /// The cell's keys: a `group by`, `breakdown` or distribution column and its value as text (nil: missing).
    public let keys: [(column: String, value: String?)]
    public let facts: [TestFact]
    /// The whole clause.
    public let span: Span
    /// The keys as written: `jaar = 2023, panel = "chronisch zieken"`, or a phrase for a cell without keys.
    public let description: String
}

extension Dataset {
    /// The dataset read from another file written as plain CSV (`,`, decimal point, UTF-8): a test's rows.
    public func inline(path: String) -> Dataset {
        var copy = self
        copy.path = path
        copy.delimiter = UInt8(ascii: ",")
        copy.decimalMark = UInt8(ascii: ".")
        copy.encoding = .utf8
        copy.skipsBadRows = false
        return copy
    }
}

extension Indicator {
    /// The indicator with another suppression threshold (a test's `minimum n`).
    func withMinimumN(_ threshold: Int) -> Indicator {
        var copy = self
        copy.minimumN = threshold
        return copy
    }
}

extension IndicatorTest {
    /// A project of the test's indicator (and the indicators its relative target compares with, on the same
    /// dataset) over the dataset read from `dataPath`.
    public func project(dataPath: String, alongside project: Project) -> Project {
        var others: [Indicator] = []
        var next = indicator.target?.relativeTo
        while let name = next, let other = project.indicators.first(where: { $0.name == name }),
              other.source == dataset.name, name != indicator.name, !others.contains(where: { $0.name == name }) {
            others.append(minimumN.map(other.withMinimumN) ?? other)
            next = other.target?.relativeTo
        }
        return Project(files: [], datasets: [dataset.inline(path: dataPath)], indicators: [indicator] + others)
    }
}
