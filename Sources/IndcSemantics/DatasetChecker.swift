import Foundation
import IndcDiagnostics
import IndcSyntax

/// Checks one dataset declaration and builds the `Dataset` its indicators use.
struct DatasetChecker {
    private let syntax: DatasetSyntax
    private var diagnostics: [Diagnostic] = []
    private(set) var scope: Scope

    init(_ syntax: DatasetSyntax) {
        self.syntax = syntax
        self.scope = Scope(datasetName: syntax.name.text)
    }

    /// The checked dataset (nil when it has no usable `file`), its scope and diagnostics.
    static func check(_ syntax: DatasetSyntax) -> (Dataset?, Scope, [Diagnostic]) {
        var checker = DatasetChecker(syntax)
        let dataset = checker.run()
        return (dataset, checker.scope, checker.diagnostics)
    }

    private mutating func run() -> Dataset? {
        let owner = "dataset `\(syntax.name.text)`"
        let (single, repeats) = ClauseRepeats.firstOfEach(syntax.clauses, repeatable: ["column", "derive", "display"], in: owner)
        diagnostics += repeats
        declareColumns()
        let derived = checkDerived()
        var settings = DatasetSettings(syntax: syntax)
        settings.read(single)
        diagnostics += settings.diagnostics
        checkDesignColumn(settings.weight, role: "weight", numeric: true)
        checkDesignColumn(settings.strata, role: "strata", numeric: false)
        guard let path = settings.path else {
            if syntax.hasSkippedClauses || single["file"] != nil { return nil }
            diagnostics.append(Diagnostic(
                .missingClause, "dataset `\(syntax.name.text)` has no `file` clause", at: Annotation(syntax.name.span, "no data file"),
                help: ["add the path of its CSV file, relative to this .ind file: file \"data/\(syntax.name.text).csv\""]))
            return nil
        }
        let directory = (SourceLoader.absolutePath(syntax.name.span.file.path) as NSString).deletingLastPathComponent
        let resolved = path.value.hasPrefix("/") ? path.value : ((directory as NSString).appendingPathComponent(path.value) as NSString).standardizingPath
        let weight = settings.weight?.text
        let (presentation, displayDiagnostics) = PresentationCheck.check(
            syntax.clauses, display: { if case .display(let setting) = $0 { setting } else { nil } }, scope: scope, owner: owner, unit: nil)
        diagnostics += displayDiagnostics
        var dataset = Dataset(
            name: syntax.name.text, span: syntax.name.span, path: resolved, pathSpan: path.span,
            delimiter: settings.delimiter, decimalMark: settings.decimalMark, encoding: settings.encoding,
            weight: weight, isSample: weight != nil || settings.isSample, strata: settings.strata?.text,
            minimumN: settings.minimumN, skipsBadRows: settings.skipsBadRows, headerLine: settings.headerLine,
            intervalMethod: settings.intervalMethod, intervalLevel: settings.intervalLevel,
            columns: columns, derived: derived)
        dataset.presentation = presentation
        return dataset
    }

    private var columns: [Column] {
        var seen = Set<String>()
        return syntax.clauses.compactMap { clause -> Column? in
            guard case .column(let column) = clause.body, let type = ColumnTypes.valueType(column.type),
                  seen.insert(column.name.text).inserted else { return nil }
            return Column(name: column.name.text, type: type, missingCodes: ColumnTypes.codes(column), span: column.name.span)
        }
    }

    private mutating func declareColumns() {
        var first: [String: Span] = [:]
        for clause in syntax.clauses {
            let name: Name
            switch clause.body {
            case .column(let column):
                name = column.name
                diagnostics += ColumnTypes.check(column)
                if first[name.text] == nil {
                    scope.declare(name.text, type: ColumnTypes.valueType(column.type), missingCodes: ColumnTypes.codes(column), at: name.span)
                }
            case .derive(let derived, _):
                name = derived
                if first[name.text] == nil { scope.declare(name.text, type: nil, at: name.span) }
            default: continue
            }
            if let earlier = first[name.text] {
                diagnostics.append(Diagnostic(
                    .duplicateColumn, "`\(name.text)` is declared twice in dataset `\(syntax.name.text)`",
                    at: Annotation(name.span, "declared again"), secondary: [Annotation(earlier, "first declared here")],
                    help: ["rename or remove one of them"]))
            } else {
                first[name.text] = name.span
            }
        }
    }

    private mutating func checkDerived() -> [DerivedColumn] {
        let order = DeriveOrder(syntax.clauses, columns: Set(columns.map(\.name)))
        diagnostics += order.diagnostics
        var derived: [DerivedColumn] = []
        for (name, expression, span) in order.sorted {
            var checker = ExpressionChecker(scope: scope)
            let type = checker.rowType(expression, .derive)
            diagnostics += checker.diagnostics
            scope.declare(name.text, type: type, at: name.span)
            if let type { derived.append(DerivedColumn(name: name.text, expression: expression, type: type, span: span)) }
        }
        return derived
    }

    private mutating func checkDesignColumn(_ name: Name?, role: String, numeric: Bool) {
        guard let name else { return }
        guard scope.declarations[name.text] != nil else {
            diagnostics.append(scope.unknownColumn(name))
            return
        }
        if numeric, let type = scope.types[name.text], !type.isNumeric {
            diagnostics.append(Diagnostic(
                .weightNotNumeric, "the \(role) column `\(name.text)` is \(type.description), not a number",
                at: Annotation(name.span), secondary: [Annotation(scope.declarations[name.text]!, "declared here")],
                help: ["declare it as `column \(name.text): number`"]))
        }
    }
}
