import Foundation
import IndcDiagnostics
import IndcSyntax

/// Completion: what fits where the cursor is.
///
/// At the start of a clause the clause keywords of the block; after `source` the datasets; after `of`
/// the indicators; inside a string compared with a category column that column's levels; elsewhere in
/// a block the columns of its dataset, the functions and the expression keywords; at the top level the
/// declaration keywords.
struct Completion {
    let index: ProjectIndex
    let document: Workspace.Document

    static let datasetClauses = ["file", "delimiter", "decimal", "encoding", "weight", "sample", "strata", "interval", "minimum n", "on error", "column", "derive"]
    static let indicatorClauses = ["title", "description", "theme", "owner", "source", "filter", "group by", "breakdown", "measure",
                                   "weight", "unit", "minimum n", "target", "period", "interval", "reliability"]
    static let testClauses = ["minimum n", "columns", "row", "expect"]
    static let aggregates = ["count", "sum", "mean", "median", "min", "max", "share", "distinct", "distribution"]
    static let rowFunctions = ["bands", "recode", "if", "year", "month", "quarter", "lower", "round", "abs"]
    static let expressionWords = ["and", "or", "not", "in", "between", "is missing", "is not missing", "where", "true", "false"]

    func items(at offset: Int) -> [String: Any] {
        ["isIncomplete": false, "items": candidates(at: offset)]
    }

    private func candidates(at offset: Int) -> [[String: Any]] {
        let before = linePrefix(offset)
        let enclosing = index.enclosing(offset, in: document)
        let inside = isInsideBlock(offset)
        if let column = comparedCategory(before), let dataset = index.datasetInScope(offset, in: document),
           let levels = levels(of: column, in: dataset) {
            return levels.map { item($0, kind: 12, detail: "level of \(column)") }
        }
        let words = before.split(whereSeparator: { $0 == " " || $0 == "\t" })
        let typing = !(before.last.map { $0 == " " || $0 == "\t" } ?? true)
        let previous = (typing ? words.dropLast().last : words.last).map(String.init)
        if previous == "source" { return index.datasets.keys.sorted().map { item($0, kind: 7, detail: "dataset") } }
        if previous == "of" { return index.indicators.keys.sorted().map { item($0, kind: 3, detail: "indicator") } }
        guard inside, let enclosing else {
            return ["dataset", "indicator", "test"].map { item($0, kind: 14, detail: "declaration") }
        }
        let trimmed = before.trimmingCharacters(in: .whitespaces)
        if trimmed.allSatisfy({ $0.isLetter || $0 == "_" }) {
            let clauses: [String] = switch enclosing {
            case .dataset: Self.datasetClauses
            case .indicator: Self.indicatorClauses
            case .test: Self.testClauses
            }
            return clauses.map { item($0, kind: 14, detail: "clause") }
        }
        var items: [[String: Any]] = []
        if let dataset = index.datasetInScope(offset, in: document) {
            items += index.columns(of: dataset).map { column in
                let name = column.name.text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) ? column.name.text : "`\(column.name.text)`"
                return item(name, kind: 5, detail: column.clause.text)
            }
        }
        if case .indicator = enclosing { items += Self.aggregates.map { item($0, kind: 3, detail: "aggregate", insert: "\($0)(") } }
        items += Self.rowFunctions.map { item($0, kind: 3, detail: "function", insert: "\($0)(") }
        items += Self.expressionWords.map { item($0, kind: 14, detail: "keyword") }
        return items
    }

    private func item(_ label: String, kind: Int, detail: String, insert: String? = nil) -> [String: Any] {
        ["label": label, "kind": kind, "detail": detail, "insertText": insert ?? label]
    }

    /// The text of the cursor's line before the cursor.
    private func linePrefix(_ offset: Int) -> String {
        let bytes = document.file.bytes
        var start = min(offset, bytes.count)
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        return String(decoding: bytes[start..<min(offset, bytes.count)], as: UTF8.self)
    }

    private func isInsideBlock(_ offset: Int) -> Bool {
        var depth = 0
        for token in document.tokens where token.range.upperBound <= offset {
            if token.kind == .punctuation(.leftBrace) { depth += 1 }
            if token.kind == .punctuation(.rightBrace) { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// The column compared with the string the cursor is in: `x = "…`, `x != "…`, `x in ("a", "…`.
    private func comparedCategory(_ before: String) -> String? {
        let patterns = [
            #"([\p{L}_][\p{L}\p{N}_]*|`[^`]+`)\s*!?=\s*"[^"]*$"#,
            #"([\p{L}_][\p{L}\p{N}_]*|`[^`]+`)\s+(?:not\s+)?in\s*\((?:\s*"[^"]*"\s*,)*\s*"[^"]*$"#,
        ]
        for pattern in patterns {
            guard let expression = try? NSRegularExpression(pattern: pattern),
                  let match = expression.firstMatch(in: before, range: NSRange(before.startIndex..., in: before)),
                  let range = Range(match.range(at: 1), in: before) else { continue }
            return before[range].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
        }
        return nil
    }

    private func levels(of column: String, in dataset: DatasetSyntax) -> [String]? {
        for clause in dataset.clauses {
            guard case .column(let syntax) = clause.body, syntax.name.text == column, case .category(let levels) = syntax.type else { continue }
            let codes = syntax.missingCodes.compactMap { code -> String? in
                if case .string(let literal) = code.kind { return literal.value }
                return nil
            }
            return levels.map(\.value) + codes
        }
        return nil
    }
}
