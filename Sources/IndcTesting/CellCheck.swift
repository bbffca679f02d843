import IndcEngine
import IndcSemantics
import IndcSyntax

/// Compares one `expect` clause with the computed results: finds its cell, then checks each fact.
struct CellCheck {
    let expectation: CellExpectation
    let result: IndicatorResult

    func failures() -> [TestFailure] {
        let rows = result.rows.filter(matches)
        guard rows.count == 1, let row = rows.first else {
            let actual = rows.isEmpty ? "no such cell (cells: \(cellList()))" : "\(rows.count) cells match; name more columns of \(dimensions)"
            return [failure("cell", expected: "one cell", actual: actual)]
        }
        return expectation.facts.compactMap { check($0, row) }
    }

    private var dimensions: String {
        (result.indicator.groupBy + result.indicator.breakdown + [result.distributionColumn].compactMap { $0 }).joined(separator: ", ")
    }

    private func matches(_ row: ResultRow) -> Bool {
        let indicator = result.indicator
        for (index, column) in indicator.groupBy.enumerated() {
            if let key = expectation.keys.first(where: { $0.column == column }), Self.text(row.groups[index]) != key.value { return false }
        }
        let breakdowns = expectation.keys.filter { indicator.breakdown.contains($0.column) }
        switch breakdowns.count {
        case 0: if row.breakdown != nil { return false }
        case 1: if row.breakdown != breakdowns[0].column || Self.text(row.breakdownValue) != breakdowns[0].value { return false }
        default: return false
        }
        if let column = result.distributionColumn, let key = expectation.keys.first(where: { $0.column == column }) {
            return row.level.flatMap(Self.text) == key.value
        }
        return true
    }

    private func cellList() -> String {
        let shown = result.rows.prefix(6).map { row in
            var parts = zip(result.indicator.groupBy, row.groups).map { "\($0) = \(Self.shown(Self.text($1)))" }
            if let breakdown = row.breakdown { parts.append("\(breakdown) = \(Self.shown(Self.text(row.breakdownValue))))") }
            if let column = result.distributionColumn, let level = row.level { parts.append("\(column) = \(Self.shown(Self.text(level)))") }
            return parts.isEmpty ? "the total" : parts.joined(separator: ", ")
        }
        return shown.isEmpty ? "none" : shown.joined(separator: "; ") + (result.rows.count > 6 ? "; …" : "")
    }

    private func check(_ fact: TestFact, _ row: ResultRow) -> TestFailure? {
        let withheld = row.suppressed.map { "withheld (\($0))" }
        switch fact.kind {
        case .value(nil, _):
            if row.value == nil, row.suppressed == nil { return nil }
            return failure("value", expected: "missing", actual: withheld ?? row.value.map(Self.number) ?? "missing")
        case .value(let literal?, let within):
            return compare("value", literal, within, row.value, withheld)
        case .numerator(let literal, let within):
            return compare("numerator", literal, within, row.numerator, withheld)
        case .denominator(let literal, let within):
            return compare("denominator", literal, within, row.denominator, withheld)
        case .n(let literal):
            if let n = row.n, Double(n) == literal.value { return nil }
            return failure("n", expected: literal.span.text, actual: withheld ?? row.n.map(String.init) ?? "missing",
                           difference: row.n.map { Double($0) - literal.value })
        case .withheld:
            if row.suppressed != nil { return nil }
            return failure("withheld", expected: "withheld", actual: "shown" + (row.n.map { " (n = \($0))" } ?? ""))
        case .targetMet(let met):
            if row.targetMet == met { return nil }
            let actual = row.targetMet.map { $0 ? "target met" : "target not met" } ?? "no target status" + (row.note.map { " (\($0))" } ?? "")
            return failure("target", expected: met ? "target met" : "target not met", actual: actual)
        }
    }

    private func compare(_ fact: String, _ literal: NumberLiteral, _ within: NumberLiteral?, _ actual: Double?, _ withheld: String?) -> TestFailure? {
        let expected = literal.span.text + (literal.isPercent ? " (\(Self.number(literal.value)))" : "")
        guard withheld == nil, let actual else {
            return failure(fact, expected: expected, actual: withheld ?? "missing")
        }
        let tolerance = within?.value ?? 1e-9 * max(1, abs(literal.value))
        if abs(actual - literal.value) <= tolerance { return nil }
        return failure(fact, expected: expected + (within.map { " within \($0.span.text)" } ?? ""), actual: Self.number(actual),
                       difference: actual - literal.value)
    }

    private func failure(_ fact: String, expected: String, actual: String, difference: Double? = nil) -> TestFailure {
        TestFailure(span: expectation.span, cell: expectation.description, fact: fact, expected: expected, actual: actual, difference: difference)
    }

    static func number(_ value: Double) -> String { value.formatted }

    static func shown(_ text: String?) -> String { text.map { "\"\($0)\"" } ?? "missing" }

    /// A group value as the tests write it: numbers without a trailing `.0`, dates `yyyy-mm-dd`.
    static func text(_ value: Value) -> String? {
        switch value {
        case .missing: nil
        case .integer(let number): String(number)
        case .number(let number): number.formatted
        case .boolean(let flag): flag ? "true" : "false"
        case .text(let text): text
        case .date: value.isoDate
        }
    }
}
