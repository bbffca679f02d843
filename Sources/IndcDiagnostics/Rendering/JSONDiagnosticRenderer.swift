/// The `json` format: an array with one object per diagnostic, for editors and scripts.
///
/// ```
/// [
///   {
///     "code": "E0302",
///     "severity": "error",
///     "message": "…",
///     "file": "Indicators/gebruik.ind",
///     "line": 12,
///     "column": 19,
///     "end_line": 12,
///     "end_column": 29,
///     "label": "not a level of `beroep`",
///     "secondary": [{ "file": …, "line": …, "column": …, "end_line": …, "end_column": …, "label": … }],
///     "help": ["…"],
///     "notes": ["…"]
///   }
/// ]
/// ```
///
/// Lines and columns are 1-based, columns count Unicode scalars, and the end is the
/// position just after the span. A missing label is `null`.
enum JSONDiagnosticRenderer {
    /// The JSON array for `diagnostics`.
    static func document(for diagnostics: [Diagnostic]) -> JSONValue {
        .array(diagnostics.map(object))
    }

    private static func object(_ diagnostic: Diagnostic) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("code", .string(diagnostic.code.rawValue)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
        ]
        members += location(diagnostic.primary)
        members += [
            ("secondary", .array(diagnostic.secondary.map { .object(location($0)) })),
            ("help", .array(diagnostic.help.map { .string($0) })),
            ("notes", .array(diagnostic.notes.map { .string($0) })),
        ]
        return .object(members)
    }

    /// The file, start, end and label of an annotation, as object members.
    private static func location(_ annotation: Annotation) -> [(String, JSONValue)] {
        let span = annotation.span
        let start = span.start
        let end = span.end
        return [
            ("file", .string(span.file.path)),
            ("line", .integer(start.line)),
            ("column", .integer(start.column)),
            ("end_line", .integer(end.line)),
            ("end_column", .integer(end.column)),
            ("label", .string(annotation.label)),
        ]
    }
}
