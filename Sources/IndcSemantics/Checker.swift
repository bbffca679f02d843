import IndcDiagnostics
import IndcSyntax

/// The result of checking a project: what could be built of it, and every diagnostic in source order.
public struct CheckResult: Sendable {
    /// The checked project; only its fully valid datasets and indicators.
    public let project: Project
    public let diagnostics: [Diagnostic]
    /// How many files, dataset and indicator declarations were read (valid or not).
    public let fileCount: Int
    public let datasetCount: Int
    public let indicatorCount: Int
    /// The checked `test` declarations (empty when any file has errors).
    public var tests: [IndicatorTest] = []

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}

/// Checks a project: parses its files, resolves names across them, types and lints everything.
public enum Checker {
    /// Checks every `.ind` file below `paths`. Throws only when the paths themselves cannot be read.
    /// - Parameter headers: reads a dataset's header row, to check the declared columns against it; nil to skip that.
    public static func check(paths: [String], headers: HeaderReader? = nil) throws(InputError) -> CheckResult {
        var files: [SourceFile] = []
        var loadDiagnostics: [Diagnostic] = []
        for path in try SourceLoader.findFiles(paths) {
            let (file, problem) = try SourceLoader.read(path)
            if let problem { loadDiagnostics.append(problem) } else { files.append(file) }
        }
        let result = check(files: files, headers: headers)
        var combined = CheckResult(project: result.project, diagnostics: (loadDiagnostics + result.diagnostics).sorted(by: Diagnostic.inSourceOrder),
                                   fileCount: result.fileCount + loadDiagnostics.count, datasetCount: result.datasetCount, indicatorCount: result.indicatorCount)
        combined.tests = loadDiagnostics.isEmpty ? result.tests : []
        return combined
    }

    /// Checks source files that are already read; files in `parsed` are not parsed again (the language server keeps them).
    public static func check(files: [SourceFile], headers: HeaderReader? = nil, parsed cache: [SourceFile: ParseResult] = [:]) -> CheckResult {
        var diagnostics: [Diagnostic] = []
        var declarations: [Declaration] = []
        var testSyntax: [TestSyntax] = []
        var seen: [String: Name] = [:]
        for file in files {
            let parsed = cache[file] ?? Parser.parse(file)
            diagnostics += parsed.diagnostics
            testSyntax += parsed.tree.tests
            for declaration in parsed.tree.declarations {
                let name = declaration.name
                if let earlier = seen[name.text] {
                    diagnostics.append(Diagnostic(
                        .duplicateDeclaration, "the name `\(name.text)` is declared twice", at: Annotation(name.span, "declared again"),
                        secondary: [Annotation(earlier.span, "first declared here")],
                        help: ["datasets and indicators share one namespace across all files: rename one of them"]))
                    continue
                }
                seen[name.text] = name
                declarations.append(declaration)
            }
        }
        diagnostics += OutputNames.check(declarations)
        var datasets: [String: (dataset: Dataset?, scope: Scope)] = [:]
        var checkedDatasets: [Dataset] = []
        for case .dataset(let syntax) in declarations {
            let (dataset, scope, found) = DatasetChecker.check(syntax)
            diagnostics += found
            datasets[syntax.name.text] = (dataset, scope)
            if let dataset { checkedDatasets.append(dataset) }
        }
        var indicators: [Indicator] = []
        var usedDatasets = Set<String>()
        for case .indicator(let syntax) in declarations {
            for clause in syntax.clauses { if case .source(let name) = clause.body { usedDatasets.insert(name.text) } }
            let (indicator, found) = IndicatorChecker.check(syntax, datasets: datasets)
            diagnostics += found
            if let indicator { indicators.append(indicator) }
        }
        let relations = RelativeTargets(indicators: indicators, names: seen, datasets: Set(datasets.keys))
        diagnostics += relations.diagnostics
        indicators.removeAll { relations.invalid.contains($0.name) }
        let (tests, testDiagnostics) = TestChecker.check(testSyntax, indicators: indicators, declared: Set(seen.keys), datasets: checkedDatasets)
        diagnostics += testDiagnostics
        let sourcesUnresolved = diagnostics.contains { $0.code == .unknownDataset }
        for dataset in checkedDatasets where !usedDatasets.contains(dataset.name) && !sourcesUnresolved {
            diagnostics.append(Diagnostic(.unusedDataset, "dataset `\(dataset.name)` is not used by any indicator",
                                          at: Annotation(dataset.span, "never used"), help: ["remove it, or add an indicator with `source \(dataset.name)`"]))
        }
        if let headers { for dataset in checkedDatasets { diagnostics += HeaderCheck.check(dataset, headers) } }
        let failed = Set(diagnostics.filter { $0.severity == .error }.map(\.primary.span.file))
        let project = Project(files: files, datasets: checkedDatasets, indicators: failed.isEmpty ? indicators : [])
        var datasetCount = 0
        for case .dataset in declarations { datasetCount += 1 }
        var result = CheckResult(project: project, diagnostics: unique(diagnostics).sorted(by: Diagnostic.inSourceOrder),
                                 fileCount: files.count, datasetCount: datasetCount, indicatorCount: declarations.count - datasetCount)
        result.tests = failed.isEmpty ? tests : []
        return result
    }

    private static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
    }
}
