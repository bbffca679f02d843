import IndcDiagnostics
import IndcSyntax

/// Go to definition, find references (across files) and document symbols.
struct Navigation {
    let index: ProjectIndex
    let workspace: Workspace

    func definition(_ document: Workspace.Document, _ offset: Int) -> [String: Any]? {
        guard let position = tokenIndex(document, offset), let target = index.resolve(position, in: document),
              let span = index.definition(target) else { return nil }
        return location(span)
    }

    func references(_ document: Workspace.Document, _ offset: Int) -> [[String: Any]] {
        guard let position = tokenIndex(document, offset), let target = index.resolve(position, in: document),
              let name = ProjectIndex.name(document.tokens[position]) else { return [] }
        var locations: [[String: Any]] = []
        for other in workspace.allDocuments {
            for (candidate, token) in other.tokens.enumerated() where ProjectIndex.name(token) == name {
                if index.resolve(candidate, in: other) == target {
                    locations.append(["uri": LanguageServer.uri(other.file.path), "range": other.lines.range(token.range)])
                }
            }
        }
        return locations
    }

    /// The declarations of a file, each with its columns (datasets) or clauses as children.
    func symbols(_ document: Workspace.Document) -> [[String: Any]] {
        var symbols: [(start: Int, symbol: [String: Any])] = []
        for declaration in document.tree.declarations {
            switch declaration {
            case .dataset(let dataset):
                let children = index.columns(of: dataset).map { column in
                    symbol(column.name.text, kind: 8, column.clause.range, column.name.span.range, document, detail: column.derived ? "derived" : "column")
                }
                symbols.append((dataset.keywordSpan.range.lowerBound,
                                symbol(dataset.name.text, kind: 5, extent(dataset.keywordSpan, document), dataset.name.span.range, document, detail: "dataset", children: children)))
            case .indicator(let indicator):
                let title = indicator.clauses.compactMap { clause -> String? in
                    if case .title(let literal) = clause.body { return literal.value }
                    return nil
                }.first
                symbols.append((indicator.keywordSpan.range.lowerBound,
                                symbol(indicator.name.text, kind: 12, extent(indicator.keywordSpan, document), indicator.name.span.range, document, detail: title ?? "indicator")))
            }
        }
        for test in document.tree.tests {
            symbols.append((test.keywordSpan.range.lowerBound,
                            symbol(test.name.text, kind: 6, extent(test.keywordSpan, document), test.name.span.range, document, detail: "test of \(test.indicator.text)")))
        }
        return symbols.sorted { $0.start < $1.start }.map(\.symbol)
    }

    private func symbol(_ name: String, kind: Int, _ range: Range<Int>, _ selection: Range<Int>, _ document: Workspace.Document,
                        detail: String, children: [[String: Any]] = []) -> [String: Any] {
        ["name": name, "kind": kind, "detail": detail, "range": document.lines.range(range),
         "selectionRange": document.lines.range(selection), "children": children]
    }

    private func extent(_ keyword: Span, _ document: Workspace.Document) -> Range<Int> {
        document.extents.first { $0.contains(keyword.range.lowerBound) } ?? keyword.range
    }

    private func tokenIndex(_ document: Workspace.Document, _ offset: Int) -> Int? {
        document.tokens.firstIndex { ProjectIndex.name($0) != nil && ($0.range.contains(offset) || $0.range.upperBound == offset) }
    }

    private func location(_ span: Span) -> [String: Any] {
        ["uri": LanguageServer.uri(span.file.path), "range": LineIndex(span.file).range(span.range)]
    }
}
