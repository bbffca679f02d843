import IndcDiagnostics
import IndcSyntax

/// Hover: a column's declaration (type, levels, missing codes), a dataset's or indicator's definition,
/// or a clause keyword's meaning.
struct Hover {
    let index: ProjectIndex
    let document: Workspace.Document

    func hover(at offset: Int) -> [String: Any]? {
        guard let position = document.tokens.firstIndex(where: { $0.range.contains(offset) || ($0.range.upperBound == offset && $0.kind != .endOfFile) })
        else { return nil }
        let token = document.tokens[position]
        let text: String
        if case .keyword(let keyword) = token.kind {
            guard let help = ClauseHelp.text(keyword, after: position > 0 ? document.tokens[position - 1].kind : nil) else { return nil }
            text = help
        } else if let target = index.resolve(position, in: document), let described = describe(target) {
            text = described
        } else {
            return nil
        }
        return ["contents": ["kind": "markdown", "value": text], "range": document.lines.range(token.range)]
    }

    func describe(_ target: Target) -> String? {
        switch target {
        case .column(let datasetName, let name):
            guard let dataset = index.datasets[datasetName], let column = index.columns(of: dataset).first(where: { $0.name.text == name }) else { return nil }
            let kind = column.derived ? "derived column" : "column"
            return "\(kind) of dataset `\(datasetName)`\n```ind\n\(column.clause.text)\n```"
        case .dataset(let name):
            guard let dataset = index.datasets[name] else { return nil }
            let settings = dataset.clauses.filter { !["column", "derive"].contains($0.keyword) }.map { "  " + $0.span.text }
            let count = index.columns(of: dataset).count
            return "```ind\ndataset \(name) {\n\(settings.joined(separator: "\n"))\n  …\n}\n```\n\(count) columns and derived columns"
        case .indicator(let name):
            guard let indicator = index.indicators[name] else { return nil }
            let clauses = indicator.clauses.map { "  " + $0.span.text }
            return "```ind\nindicator \(name) {\n\(clauses.joined(separator: "\n"))\n}\n```"
        case .test(let name):
            guard let test = index.tests[name] else { return nil }
            return "test of indicator `\(test.indicator.text)`: \(test.clauses.filter { $0.keyword == "row" }.count) rows, \(test.clauses.filter { $0.keyword == "expect" }.count) expected cells"
        }
    }
}

/// One-line meanings of the clause keywords, for hover; longer help per diagnostic is in `indc explain`.
enum ClauseHelp {
    static let clauses: [String: String] = [
        "dataset": "`dataset NAME { … }`: a CSV file, how to read it, and its columns.",
        "indicator": "`indicator NAME { … }`: what is computed from which dataset, per group.",
        "file": "`file \"path.csv\"`: the data file, relative to this .ind file.",
        "delimiter": "`delimiter \";\"`: the field separator (default \",\"; also \"tab\").",
        "decimal": "`decimal \",\"`: the decimal mark in the data (default \".\").",
        "encoding": "`encoding \"windows-1252\"`: the file's encoding (default \"utf-8\"; also \"latin-1\").",
        "weight": "`weight NAME`: the weight column (a survey sample); in an indicator `weight none` turns weighting off.",
        "strata": "`strata NAME`: the stratum column of the sample design.",
        "sample": "`sample`: a survey sample without weights: estimates get intervals.",
        "minimum": "`minimum n N`: cells resting on fewer than N rows are withheld; `minimum n 0` turns suppression off.",
        "column": "`column NAME: TYPE [missing(...)]`: a CSV column with its type: integer, number, text, boolean, date or category(...).",
        "derive": "`derive NAME = EXPR`: a column computed per row from others.",
        "missing": "`missing(...)`: further codes read as missing; `x is missing` tests for a missing value.",
        "on": "`on error fail` (default) or `on error skip`: what to do with rows that do not fit the column types.",
        "title": "`title \"…\"`: the display name.",
        "description": "`description \"…\"`: a longer explanation, copied to the outputs.",
        "theme": "`theme \"…\"`: the theme, copied to the outputs.",
        "owner": "`owner \"…\"`: who is responsible, copied to the outputs.",
        "source": "`source NAME`: the dataset the indicator is computed from (required).",
        "filter": "`filter EXPR`: keeps the rows where EXPR is true; several filters are AND-ed.",
        "group": "`group by X, Y`: one result row per combination of values.",
        "breakdown": "`breakdown A, B`: extra results for the total and for each of A, B separately.",
        "measure": "`measure MEXPR [per N]`: what is computed per cell: share, mean, count, sum, median, min, max, distinct, distribution.",
        "unit": "`unit percent|count|number|score|per N`: the unit of the value (inferred from the measure).",
        "target": "`target >= 70% [by 2026]` or `target >= 70% of OTHER`: the goal the value is held against.",
        "period": "`period NAME`: the time column among `group by`; rows gain the previous period's value and the change.",
        "interval": "`interval logit|beta|wilson|mean [95%]`: confidence intervals on survey samples.",
        "reliability": "`reliability nchs`: the NCHS 2017 presentation standard for proportions.",
        "of": "`test NAME of INDICATOR`, or `target >= P% of OTHER`: the indicator meant.",
        "where": "`count(where c)`, `sum(x where c)`, `mean(x where c)`: only the rows where c is true.",
        "per": "`measure … per 1000`: multiplies the value by 1000 and sets the unit.",
        "in": "`x in (\"a\", \"b\")`: x equals one of the listed values.",
        "between": "`x between 1 and 5`: 1 <= x <= 5, both ends included.",
        "is": "`x is missing`, `x is not missing`.",
    ]

    static func text(_ keyword: Keyword, after previous: TokenKind?) -> String? {
        if keyword == .by, previous == .keyword(.group) { return clauses["group"] }
        return clauses[keyword.rawValue]
    }
}
