import IndcDiagnostics
import IndcSyntax

/// What a name in the source refers to.
enum Target: Hashable {
    case dataset(String)
    case indicator(String)
    case column(dataset: String, name: String)
    case test(String)
}

/// The declarations of every file, by name, read from the syntax trees (so it works while files have errors).
struct ProjectIndex {
    var datasets: [String: DatasetSyntax] = [:]
    var indicators: [String: IndicatorSyntax] = [:]
    var tests: [String: TestSyntax] = [:]

    init(_ documents: [Workspace.Document]) {
        for document in documents {
            for declaration in document.tree.declarations {
                switch declaration {
                case .dataset(let dataset): datasets[dataset.name.text] = datasets[dataset.name.text] ?? dataset
                case .indicator(let indicator): indicators[indicator.name.text] = indicators[indicator.name.text] ?? indicator
                }
            }
            for test in document.tree.tests { tests[test.name.text] = tests[test.name.text] ?? test }
        }
    }

    /// The declaration (dataset, indicator or test) whose extent holds `offset`.
    enum Enclosing {
        case dataset(DatasetSyntax), indicator(IndicatorSyntax), test(TestSyntax)
    }

    func enclosing(_ offset: Int, in document: Workspace.Document) -> Enclosing? {
        guard let extent = document.extents.first(where: { $0.contains(offset) || $0.upperBound == offset }) else { return nil }
        for declaration in document.tree.declarations {
            switch declaration {
            case .dataset(let dataset) where extent.contains(dataset.keywordSpan.range.lowerBound): return .dataset(dataset)
            case .indicator(let indicator) where extent.contains(indicator.keywordSpan.range.lowerBound): return .indicator(indicator)
            default: continue
            }
        }
        return document.tree.tests.first { extent.contains($0.keywordSpan.range.lowerBound) }.map(Enclosing.test)
    }

    /// The dataset whose columns are in scope at `offset`.
    func datasetInScope(_ offset: Int, in document: Workspace.Document) -> DatasetSyntax? {
        switch enclosing(offset, in: document) {
        case .dataset(let dataset): dataset
        case .indicator(let indicator): source(of: indicator)
        case .test(let test): indicators[test.indicator.text].flatMap(source)
        case nil: nil
        }
    }

    func source(of indicator: IndicatorSyntax) -> DatasetSyntax? {
        for clause in indicator.clauses { if case .source(let name) = clause.body { return datasets[name.text] } }
        return nil
    }

    /// The columns and derived columns of a dataset: name, its declaring clause, the name's span.
    func columns(of dataset: DatasetSyntax) -> [(name: Name, clause: Span, derived: Bool)] {
        dataset.clauses.compactMap { clause in
            switch clause.body {
            case .column(let column): (column.name, clause.span, false)
            case .derive(let name, _): (name, clause.span, true)
            default: nil
            }
        }
    }

    /// What the name token at `index` of the document's tokens refers to.
    func resolve(_ index: Int, in document: Workspace.Document) -> Target? {
        let token = document.tokens[index]
        guard let name = Self.name(token) else { return nil }
        let previous = index > 0 ? document.tokens[index - 1].kind : nil
        if previous == .keyword(.source), datasets[name] != nil { return .dataset(name) }
        if previous == .keyword(.of), indicators[name] != nil { return .indicator(name) }
        switch enclosing(token.range.lowerBound, in: document) {
        case .dataset(let dataset) where dataset.name.span.range == token.range: return .dataset(name)
        case .indicator(let indicator) where indicator.name.span.range == token.range: return .indicator(name)
        case .test(let test) where test.name.span.range == token.range: return .test(name)
        default: break
        }
        if let dataset = datasetInScope(token.range.lowerBound, in: document), columns(of: dataset).contains(where: { $0.name.text == name }) {
            return .column(dataset: dataset.name.text, name: name)
        }
        if datasets[name] != nil { return .dataset(name) }
        if indicators[name] != nil { return .indicator(name) }
        return nil
    }

    /// The name a token spells, for identifiers and backtick names.
    static func name(_ token: Token) -> String? {
        switch token.kind {
        case .identifier(let text), .quotedName(let text): text
        default: nil
        }
    }

    /// Where a target is declared: the name in its declaration.
    func definition(_ target: Target) -> Span? {
        switch target {
        case .dataset(let name): datasets[name]?.name.span
        case .indicator(let name): indicators[name]?.name.span
        case .test(let name): tests[name]?.name.span
        case .column(let dataset, let name): datasets[dataset].flatMap { columns(of: $0).first { $0.name.text == name }?.name.span }
        }
    }
}
