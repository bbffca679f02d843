/// How serious a diagnostic is.
public enum Severity: String, Sendable, Comparable {
    case error
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// A span with an optional short label, drawn under the source line.
public struct Annotation: Sendable, Hashable {
    /// Where the annotation points.
    public let span: Span
    /// A short text drawn next to the underline, if any.
    public let label: String?

    /// Creates an annotation.
    public init(_ span: Span, _ label: String? = nil) {
        self.span = span
        self.label = label
    }
}

/// One message from the compiler: a stable code, a message, where, and how to fix it.
public struct Diagnostic: Sendable, Hashable {
    /// The stable code, such as `E0201`.
    public let code: DiagnosticCode
    /// The one-line message.
    public let message: String
    /// The place the message is about.
    public let primary: Annotation
    /// Other places that explain it (the first declaration of a duplicate, say).
    public var secondary: [Annotation]
    /// `help:` lines: what to do about it.
    public var help: [String]
    /// `note:` lines: background.
    public var notes: [String]

    /// Creates a diagnostic.
    public init(
        _ code: DiagnosticCode, _ message: String, at primary: Annotation,
        secondary: [Annotation] = [], help: [String] = [], notes: [String] = []
    ) {
        self.code = code
        self.message = message
        self.primary = primary
        self.secondary = secondary
        self.help = help
        self.notes = notes
    }

    /// Error or warning, as the code says.
    public var severity: Severity { code.severity }

    /// A copy with one more `help:` line.
    public func helping(_ text: String?) -> Diagnostic {
        guard let text else { return self }
        var copy = self
        copy.help.append(text)
        return copy
    }

    /// A copy with one more `note:` line.
    public func noting(_ text: String) -> Diagnostic {
        var copy = self
        copy.notes.append(text)
        return copy
    }

    /// A copy with one more secondary annotation.
    public func pointing(_ span: Span, _ label: String? = nil) -> Diagnostic {
        var copy = self
        copy.secondary.append(Annotation(span, label))
        return copy
    }
}

extension Diagnostic {
    /// Sorts diagnostics by file, then position, then code, so output is deterministic.
    public static func inSourceOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        let left = lhs.primary.span
        let right = rhs.primary.span
        if left.file.path != right.file.path { return left.file.path < right.file.path }
        if left.range.lowerBound != right.range.lowerBound { return left.range.lowerBound < right.range.lowerBound }
        return lhs.code.rawValue < rhs.code.rawValue
    }
}
