import IndcDiagnostics
import IndcSyntax

/// Checks the `display` clauses of a dataset or an indicator and gathers them into a `Presentation`.
struct PresentationCheck {
    let scope: Scope
    let owner: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var presentation = Presentation()
    private var first: [String: Span] = [:]

    /// The `display` clauses of `clauses`, checked; `unit` is the indicator's (nil for a dataset,
    /// whose form applies only to the indicators it fits).
    static func check<Body>(_ clauses: [Clause<Body>], display: (Body) -> DisplaySyntax?, scope: Scope, owner: String,
                            unit: Unit?) -> (Presentation, [Diagnostic]) {
        var check = PresentationCheck(scope: scope, owner: owner)
        for clause in clauses {
            guard let setting = display(clause.body) else { continue }
            check.read(setting, span: clause.span, unit: unit)
        }
        return (check.presentation, check.diagnostics)
    }

    private mutating func read(_ setting: DisplaySyntax, span: Span, unit: Unit?) {
        switch setting {
        case .format(let form, let decimals):
            guard once(span, as: "display format") else { return }
            let parsed = Presentation.Form(rawValue: form.text) ?? .number
            if let unit, !Presentation.fits(parsed, unit) {
                diagnostics.append(Diagnostic(
                    .displayFormMismatch, "`display \(form.text)` does not fit the indicator's unit \(unit.description)",
                    at: Annotation(form.span, "shows a proportion"),
                    help: ["only a proportion (unit percent) is shown as a percent or proportion; write `display number with 1 decimal`"]))
            } else {
                presentation.form = parsed
            }
            guard let decimals else { return }
            if decimals.isInteger, decimals.value >= 0, decimals.value <= 6 {
                presentation.decimals = Int(decimals.value)
            } else {
                diagnostics.append(Diagnostic(.invalidSetting, "the number of decimals must be a whole number from 0 to 6",
                                              at: Annotation(decimals.span), help: ["write `with 1 decimal` or `with 2 decimals`"]))
            }
        case .missing(let label):
            guard once(span, as: "display missing") else { return }
            if label.value.trimmingCharacters(in: .whitespaces).isEmpty {
                diagnostics.append(Diagnostic(.invalidSetting, "the label of a missing value is empty", at: Annotation(label.span),
                                              help: ["an empty label cannot be told apart from the total row: write `display missing as \"onbekend\"`"]))
            } else {
                presentation.missingLabel = label.value
            }
        case .labels(let column, let pairs):
            guard once(span, as: "display labels \(column.text)") else { return }
            guard scope.declarations[column.text] != nil else { return diagnostics.append(scope.unknownColumn(column)) }
            readLabels(column, pairs)
        }
    }

    private mutating func readLabels(_ column: Name, _ pairs: [DisplayLabel]) {
        var labels: [String: String] = [:]
        var codeOf: [String: StringLiteral] = [:]
        for pair in pairs {
            guard valid(pair.code, of: column) else { continue }
            if labels[pair.code.value] != nil {
                diagnostics.append(Diagnostic(.ambiguousDisplayLabel, "value \"\(pair.code.value)\" of `\(column.text)` gets two labels",
                                              at: Annotation(pair.code.span, "labelled again"), help: ["keep one label per value"]))
                continue
            }
            if let other = codeOf[pair.label.value] {
                diagnostics.append(Diagnostic(
                    .ambiguousDisplayLabel, "values \"\(other.value)\" and \"\(pair.code.value)\" of `\(column.text)` get the same label \"\(pair.label.value)\"",
                    at: Annotation(pair.label.span, "same label"), secondary: [Annotation(other.span, "first value with this label")],
                    help: ["rows with these values could not be told apart; to merge them, recode the column: derive … = recode(…)"]))
                continue
            }
            labels[pair.code.value] = pair.label.value
            codeOf[pair.label.value] = pair.code
        }
        presentation.labels[column.text] = labels
    }

    /// Whether `code` is a value the column can hold: a level of a category, a whole number of an integer column.
    private mutating func valid(_ code: StringLiteral, of column: Name) -> Bool {
        let problem: (String, String?)?
        switch scope.types[column.text] {
        case .category(let levels)?:
            problem = levels.contains(code.value) ? nil
                : ("\"\(code.value)\" is not a level of `\(column.text)`", Suggestion.didYouMean(code.value, among: levels) { "\"\($0)\"" }
                    ?? "the levels are: " + levels.map { "\"\($0)\"" }.joined(separator: ", "))
        case .integer?:
            problem = Int(code.value) != nil ? nil : ("\"\(code.value)\" is not a whole number, and `\(column.text)` is an integer column", nil)
        case .boolean?:
            problem = ["true", "false"].contains(code.value) ? nil : ("a boolean column's values are \"true\" and \"false\"", nil)
        default:
            problem = nil
        }
        guard let (message, help) = problem else { return true }
        diagnostics.append(Diagnostic(.unknownDisplayValue, message, at: Annotation(code.span, "no such value")).helping(help))
        return false
    }

    /// Records the first setting of a kind; a repeat is a warning (same text) or an error (different).
    private mutating func once(_ span: Span, as kind: String) -> Bool {
        guard let earlier = first[kind] else {
            first[kind] = span
            return true
        }
        let same = earlier.foldedText == span.foldedText
        diagnostics.append(Diagnostic(
            same ? .duplicateClause : .conflictingClause,
            "`\(kind)` is given twice in \(owner)" + (same ? "" : ", with different values"),
            at: Annotation(span, "repeated"), secondary: [Annotation(earlier, "first given here")],
            help: [same ? "remove one of the two" : "keep the one you mean and remove the other"]))
        return false
    }
}
