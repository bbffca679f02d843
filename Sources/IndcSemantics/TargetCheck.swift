import IndcDiagnostics
import IndcSyntax

/// Targets: a value that fits the measure's unit, and a plausible deadline year.
enum TargetCheck {
    static func check(_ syntax: TargetSyntax, span: Span, shape: MeasureShape, unit: Unit, per: Double?, diagnostics: inout [Diagnostic]) -> Target? {
        let proportion = shape.isProportion && per == nil
        let percentFits = proportion || (shape.isRatio && unit == .percent && per == nil)
        if syntax.value.isPercent, !percentFits, syntax.relativeTo == nil {
            diagnostics.append(Diagnostic(
                .targetUnitMismatch, "a percent target needs a share, but this measure gives \(describe(per.map { .per($0) } ?? shape.unit))",
                at: Annotation(syntax.value.span, "percent"),
                help: [shape.unit == .count ? "write the target as a number of rows, such as `target >= 1500`" : "write the target in the measure's own unit, without %"]))
            return nil
        }
        if !syntax.value.isPercent, proportion, abs(syntax.value.value) > 1, syntax.relativeTo == nil {
            diagnostics.append(Diagnostic(
                .targetUnitMismatch, "shares are proportions between 0 and 1, so \(syntax.value.span.text) can never be reached",
                at: Annotation(syntax.value.span, "not a proportion"), help: ["write it as a percentage: target \(syntax.comparison.rawValue) \(syntax.value.span.text)%"]))
            return nil
        }
        var deadline: Int?
        if let year = syntax.deadline {
            guard year.isInteger, (1900...2200).contains(year.value) else {
                diagnostics.append(Diagnostic(.invalidSetting, "the target year must be a year such as 2026", at: Annotation(year.span)))
                return nil
            }
            deadline = Int(year.value)
        }
        return Target(comparison: syntax.comparison, value: syntax.value.value, deadline: deadline, relativeTo: syntax.relativeTo?.text, span: span)
    }

    private static func describe(_ unit: Unit) -> String {
        switch unit {
        case .count: "a count"
        case .per(let base): "a rate per \(base.formatted)"
        case .score: "a score"
        default: "a number"
        }
    }
}
