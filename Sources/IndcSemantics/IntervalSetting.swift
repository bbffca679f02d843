import IndcDiagnostics
import IndcSyntax

/// The `interval METHOD [LEVEL%]` clause of a dataset or an indicator.
enum IntervalSetting {
    static let methods = ["logit", "beta", "wilson", "mean"]

    /// Checks the clause; a valid method and level replace `method` and `level`.
    static func check(_ name: Name, _ literal: NumberLiteral?, _ diagnostics: inout [Diagnostic], method: inout String, level: inout Double) {
        if methods.contains(name.text) { method = name.text } else {
            diagnostics.append(Diagnostic(.invalidSetting, "unknown interval method `\(name.text)`", at: Annotation(name.span))
                .helping(Suggestion.didYouMean(name.text, among: methods) ?? "the methods are logit, beta, wilson and mean"))
        }
        guard let literal else { return }
        if literal.isPercent, literal.value >= 0.5, literal.value <= 0.999 { level = literal.value } else {
            diagnostics.append(Diagnostic(.invalidSetting, "the confidence level must be a percentage between 50% and 99.9%", at: Annotation(literal.span),
                                          help: ["write interval \(method) 95%"]))
        }
    }
}
