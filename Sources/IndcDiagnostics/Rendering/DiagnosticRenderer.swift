/// The ways `indc` can write diagnostics, as chosen with `--format`.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// Messages with source snippets and underlines, for people (the default).
    case text
    /// One line per diagnostic: `path:line:column: error[CODE]: message`.
    case short
    /// A JSON array with one object per diagnostic, for editors and scripts.
    case json
    /// A SARIF 2.1.0 log, for code-scanning services.
    case sarif
}

/// Turns diagnostics into text in one of the `DiagnosticFormat`s.
///
/// Diagnostics are written in the order given; sort them first (for instance with
/// `Diagnostic.inSourceOrder`) for stable output. Every format ends in a newline
/// unless there is nothing to write in `text` or `short`.
public struct DiagnosticRenderer: Sendable {
    /// The format to write.
    public let format: DiagnosticFormat
    /// Whether `text` and `short` output use ANSI colours.
    public let color: Bool
    /// The version SARIF output reports for the tool.
    public let toolVersion: String
    /// The absolute directory SARIF artifact URIs are relative to; nil for the
    /// current directory at the time of rendering.
    public let sourceRoot: String?

    /// Creates a renderer for `format`.
    public init(format: DiagnosticFormat, color: Bool = false, toolVersion: String = "0.1.0", sourceRoot: String? = nil) {
        self.format = format
        self.color = color
        self.toolVersion = toolVersion
        self.sourceRoot = sourceRoot
    }

    /// All of `diagnostics` in the renderer's format.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        let style = TerminalStyle(enabled: color)
        switch format {
        case .text:
            return TextDiagnosticRenderer(style: style).render(diagnostics)
        case .short:
            return diagnostics.map { Self.shortLine($0, style: style) + "\n" }.joined()
        case .json:
            return JSONDiagnosticRenderer.document(for: diagnostics).serialized() + "\n"
        case .sarif:
            let renderer = SARIFDiagnosticRenderer(toolVersion: toolVersion, root: SourceRoot(path: sourceRoot))
            return renderer.log(for: diagnostics).serialized() + "\n"
        }
    }

    /// `path:line:column: error[CODE]: message` for one diagnostic.
    private static func shortLine(_ diagnostic: Diagnostic, style: TerminalStyle) -> String {
        let span = diagnostic.primary.span
        let start = span.start
        return "\(TerminalText.escaped(span.file.path)):\(start.line):\(start.column): \(style.heading(diagnostic.code)): \(TerminalText.escaped(diagnostic.message))"
    }
}
