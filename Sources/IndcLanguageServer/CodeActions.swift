import Foundation
import IndcDiagnostics

/// Diagnostics in LSP form, and the quick fixes their "did you mean" help offers.
enum CodeActions {
    /// A diagnostic as LSP sends it: range, severity, code, message with help and notes, related places.
    static func lsp(_ diagnostic: Diagnostic, _ lines: LineIndex) -> [String: Any] {
        var message = diagnostic.message
        if let label = diagnostic.primary.label { message += " (\(label))" }
        for help in diagnostic.help { message += "\nhelp: \(help)" }
        for note in diagnostic.notes { message += "\nnote: \(note)" }
        var object: [String: Any] = [
            "range": lines.range(diagnostic.primary.span.range),
            "severity": diagnostic.severity == .error ? 1 : 2,
            "code": diagnostic.code.rawValue,
            "source": "indc",
            "message": message,
        ]
        let related = diagnostic.secondary.map { annotation -> [String: Any] in
            ["location": ["uri": LanguageServer.uri(annotation.span.file.path), "range": LineIndex(annotation.span.file).range(annotation.span.range)],
             "message": annotation.label ?? ""]
        }
        if !related.isEmpty { object["relatedInformation"] = related }
        if let replacement = replacement(diagnostic) { object["data"] = ["replacement": replacement] }
        return object
    }

    /// The text a "did you mean X?" help suggests for the diagnostic's place: a name, or a string with its quotes.
    static func replacement(_ diagnostic: Diagnostic) -> String? {
        for help in diagnostic.help {
            guard let range = help.range(of: "did you mean ") else { continue }
            var suggestion = String(help[range.upperBound...])
            guard suggestion.hasSuffix("?") else { continue }
            suggestion.removeLast()
            if suggestion.hasPrefix("`"), suggestion.hasSuffix("`"), suggestion.count > 2 {
                let name = String(suggestion.dropFirst().dropLast())
                let written = diagnostic.primary.span.text
                return written.hasPrefix("`") || !name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) ? "`\(name)`" : name
            }
            if suggestion.hasPrefix("\""), suggestion.hasSuffix("\""), diagnostic.primary.span.text.hasPrefix("\"") { return suggestion }
        }
        return nil
    }

    /// Quick fixes for the diagnostics of `document` that overlap `range`.
    static func actions(for document: Workspace.Document, diagnostics: [Diagnostic], range: [String: Any]?) -> [[String: Any]] {
        let start = document.lines.offset(range?["start"] as? [String: Any])
        let end = document.lines.offset(range?["end"] as? [String: Any])
        return diagnostics.compactMap { diagnostic in
            let span = diagnostic.primary.span
            guard span.file.path == document.file.path, span.file.text == document.file.text,
                  span.range.lowerBound <= end, span.range.upperBound >= start, let replacement = replacement(diagnostic) else { return nil }
            let edit: [String: Any] = ["range": document.lines.range(span.range), "newText": replacement]
            return [
                "title": "Replace with \(replacement)",
                "kind": "quickfix",
                "isPreferred": true,
                "diagnostics": [lsp(diagnostic, document.lines)],
                "edit": ["changes": [LanguageServer.uri(document.file.path): [edit]]],
            ]
        }
    }
}
