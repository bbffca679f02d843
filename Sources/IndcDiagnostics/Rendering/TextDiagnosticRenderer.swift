/// The `text` format, in the style of rustc and ruff:
///
/// ```
/// error[E0302]: "Huisarts" is not a level of category `beroep`
///   --> Indicators/gebruik.ind:12:19
///    |
/// 12 |   filter beroep = "Huisarts"
///    |                   ^^^^^^^^^^ not a level of `beroep`
///    = help: did you mean "huisarts"?
/// ```
///
/// Each diagnostic is a header line, its snippets (see `Snippet`) separated by an empty
/// gutter line, then its `help` and `note` lines; a blank line separates diagnostics.
/// The gutter is as wide as the largest line number the diagnostic shows. Tabs are shown
/// as `tabWidth` spaces, both in source lines and when placing underlines.
struct TextDiagnosticRenderer {
    /// How many spaces a tab in a source line is shown as.
    static let tabWidth = 4

    /// The colours to use, if any.
    let style: TerminalStyle

    /// All diagnostics, each ending in a newline, with a blank line between two.
    func render(_ diagnostics: [Diagnostic]) -> String {
        var output = ""
        for (index, diagnostic) in diagnostics.enumerated() {
            if index > 0 { output.append("\n") }
            render(diagnostic, into: &output)
        }
        return output
    }

    private func render(_ diagnostic: Diagnostic, into output: inout String) {
        let snippets = Snippet.layout(diagnostic)
        let width = String(snippets.map(\.largestLine).max() ?? 1).count
        let pad = String(repeating: " ", count: width)
        let emptyGutter = style.gutter(pad + " |")
        output.append(style.heading(diagnostic.code) + style.paint(": " + TerminalText.escaped(diagnostic.message), .bold) + "\n")
        for (index, snippet) in snippets.enumerated() {
            if index > 0 { output.append(emptyGutter + "\n") }
            let arrow = style.gutter(pad + (snippet.isPrimary ? "-->" : ":::"))
            output.append("\(arrow) \(TerminalText.escaped(snippet.file.path)):\(snippet.header.line):\(snippet.header.column)\n")
            output.append(emptyGutter + "\n")
            for row in snippet.rows {
                switch row {
                case .gap:
                    output.append(style.gutter("...") + "\n")
                case let .source(line):
                    render(line: line, of: snippet, width: width, severity: diagnostic.severity, into: &output)
                }
            }
        }
        for help in diagnostic.help {
            output.append("\(pad) \(style.gutter("=")) help: \(TerminalText.escaped(help))\n")
        }
        for note in diagnostic.notes {
            output.append("\(pad) \(style.gutter("=")) note: \(TerminalText.escaped(note))\n")
        }
    }

    /// A numbered source line, then one underline row per annotation starting on it.
    private func render(line: Int, of snippet: Snippet, width: Int, severity: Severity, into output: inout String) {
        let scalars = Array(snippet.file.lineText(line).unicodeScalars)
        let number = String(line)
        let gutter = String(repeating: " ", count: width - number.count) + number + " |"
        let shown = Self.expandingTabs(scalars[...])
        output.append(style.gutter(gutter) + (shown.isEmpty ? "" : " " + shown) + "\n")
        for marker in snippet.markers(on: line) {
            let (offset, length) = Self.underlinePlacement(of: marker.annotation.span, on: scalars)
            var underline = String(repeating: marker.isPrimary ? "^" : "-", count: length)
            if let label = marker.annotation.label { underline += " " + TerminalText.escaped(label) }
            output.append(style.gutter(String(repeating: " ", count: width) + " |") + " ")
            output.append(String(repeating: " ", count: offset))
            output.append(style.underline(underline, primary: marker.isPrimary, severity: severity) + "\n")
        }
    }

    /// Where the underline of `span` starts on its first line and how long it is, in
    /// display columns: the span's width on that line (to its end for a span over
    /// several lines), at least one.
    static func underlinePlacement(of span: Span, on line: [Unicode.Scalar]) -> (offset: Int, length: Int) {
        let start = span.start
        let end = span.end
        let first = min(max(start.column - 1, 0), line.count)
        let last = end.line == start.line ? min(max(end.column - 1, first), line.count) : line.count
        return (displayWidth(line[..<first]), max(1, displayWidth(line[first..<last])))
    }

    /// How many columns scalars take when shown, tabs counting `tabWidth`.
    private static func displayWidth(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        scalars.reduce(0) { $0 + ($1 == "\t" ? tabWidth : 1) }
    }

    /// The scalars as a string with each tab replaced by `tabWidth` spaces and every other control
    /// character by U+FFFD (one column, so the underlines stay in place).
    private static func expandingTabs(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = String.UnicodeScalarView()
        for scalar in scalars {
            if scalar == "\t" {
                text.append(contentsOf: repeatElement(" ", count: tabWidth))
            } else if TerminalText.isControl(scalar) {
                text.append("\u{FFFD}")
            } else {
                text.append(scalar)
            }
        }
        return String(text)
    }
}
