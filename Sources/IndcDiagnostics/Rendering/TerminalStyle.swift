/// ANSI colouring for terminal output, or none at all.
///
/// With colour off every method returns its text unchanged, so plain output never
/// contains an escape code.
struct TerminalStyle {
    /// The SGR parameters of the colours diagnostics use.
    enum Color: String {
        /// `error` and primary underlines of errors.
        case boldRed = "1;31"
        /// `warning` and primary underlines of warnings.
        case boldYellow = "1;33"
        /// The gutter: line numbers, `|`, `-->`, `:::`, `...` and `=`.
        case boldBlue = "1;34"
        /// Secondary underlines and their labels.
        case blue = "34"
        /// The message of the header line.
        case bold = "1"
    }

    /// Whether to emit escape codes.
    let enabled: Bool

    /// `text` wrapped in the escape codes for `color`, or `text` itself with colour off.
    func paint(_ text: String, _ color: Color) -> String {
        guard enabled, !text.isEmpty else { return text }
        return "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m"
    }

    /// The colour of a severity: red for errors, yellow for warnings.
    static func color(of severity: Severity) -> Color {
        switch severity {
        case .error: .boldRed
        case .warning: .boldYellow
        }
    }

    /// `error[E0302]` or `warning[W0101]`, in the severity's colour.
    func heading(_ code: DiagnosticCode) -> String {
        paint("\(code.severity.rawValue)[\(code.rawValue)]", Self.color(of: code.severity))
    }

    /// The gutter text, in bold blue.
    func gutter(_ text: String) -> String {
        paint(text, .boldBlue)
    }

    /// An underline and its label, in the severity colour when primary and blue otherwise.
    func underline(_ text: String, primary: Bool, severity: Severity) -> String {
        paint(text, primary ? Self.color(of: severity) : .blue)
    }
}
