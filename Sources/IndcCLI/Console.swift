import Foundation
import IndcDiagnostics

/// Where a command writes: standard output and standard error, captured for tests.
public struct Console: Sendable {
    /// What was written to standard output.
    public private(set) var standardOutput = ""
    /// What was written to standard error.
    public private(set) var standardError = ""
    /// The environment (for `NO_COLOR`).
    public let environment: [String: String]
    /// Whether standard output is a terminal (colour in `--color auto`).
    public let stdoutIsTerminal: Bool
    /// Whether standard error is a terminal (progress lines are shown only there).
    public let stderrIsTerminal: Bool

    /// Creates a console; tests pass an empty environment and no terminals.
    public init(environment: [String: String] = [:], stdoutIsTerminal: Bool = false, stderrIsTerminal: Bool = false) {
        self.environment = environment
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stderrIsTerminal = stderrIsTerminal
    }

    /// Writes text to standard output, ending it with a newline if it has none.
    public mutating func output(_ text: String) {
        standardOutput += text
        if !text.hasSuffix("\n") { standardOutput += "\n" }
    }

    /// Writes a line to standard error; control characters from data or `.ind` files in it are
    /// escaped (line breaks and tabs kept).
    public mutating func error(_ text: String) {
        let text = TerminalText.escaped(text, keepingLines: true)
        standardError += text
        if !text.hasSuffix("\n") { standardError += "\n" }
    }

    /// Shows a progress line on standard error at once, in place of the previous one; an empty text
    /// clears it. Only on a terminal, and never part of `standardError`.
    func progress(_ text: String) {
        guard stderrIsTerminal else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }

    /// Writes what was collected to the process's standard output and error.
    mutating func flush() {
        FileHandle.standardOutput.write(Data(standardOutput.utf8))
        FileHandle.standardError.write(Data(standardError.utf8))
        standardOutput = ""
        standardError = ""
    }

    /// Whether to colour output for `--color auto|always|never`, honouring `NO_COLOR`.
    func useColor(_ choice: String?) -> Bool {
        switch choice {
        case "always": true
        case "never": false
        default: stdoutIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }
    }
}
