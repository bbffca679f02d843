import Foundation

/// The `sarif` format: a SARIF 2.1.0 log with one run, for code-scanning services.
///
/// The driver lists one rule per `DiagnosticCode`, in `allCases` order; each result
/// names its rule by code and index, locates the primary span relative to `%SRCROOT%`,
/// lists secondary spans as related locations, and carries a line fingerprint that
/// stays the same when unrelated lines move.
struct SARIFDiagnosticRenderer {
    /// The version reported as the driver's `version` and `semanticVersion`.
    let toolVersion: String
    /// The directory artifact URIs are relative to.
    let root: SourceRoot

    /// The whole SARIF log for `diagnostics`.
    func log(for diagnostics: [Diagnostic]) -> JSONValue {
        let run: JSONValue = [
            "tool": ["driver": driver],
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": [SourceRoot.baseID: ["uri": .string(root.uri)]],
            "results": .array(diagnostics.map(result)),
        ]
        return [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        ]
    }

    private var driver: JSONValue {
        [
            "name": "indc",
            "version": .string(toolVersion),
            "semanticVersion": .string(toolVersion),
            "rules": .array(DiagnosticCode.allCases.map(Self.rule)),
        ]
    }

    /// The rule for a code: its id, name, summary and default level.
    private static func rule(_ code: DiagnosticCode) -> JSONValue {
        [
            "id": .string(code.rawValue),
            "name": .string(ruleName(code)),
            "shortDescription": ["text": .string(code.summary)],
            "fullDescription": ["text": .string(code.explanation.what)],
            "defaultConfiguration": ["level": .string(code.severity.rawValue)],
            "help": ["text": "\(code.explanation.fix)\n\nRun `indc explain \(code.rawValue)` for details."],
        ]
    }

    /// The UpperCamelCase rule name of a code: its case name with the first letter
    /// capitalized, such as `UnknownCategoryValue` for `.unknownCategoryValue`.
    static func ruleName(_ code: DiagnosticCode) -> String {
        let caseName = String(describing: code)
        return caseName.prefix(1).uppercased() + caseName.dropFirst()
    }

    private func result(_ diagnostic: Diagnostic) -> JSONValue {
        let ruleIndex = DiagnosticCode.allCases.firstIndex(of: diagnostic.code) ?? 0
        let text = ([diagnostic.message] + diagnostic.help.map { "help: \($0)" }).joined(separator: " ")
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(diagnostic.code.rawValue)),
            ("ruleIndex", .integer(ruleIndex)),
            ("level", .string(diagnostic.severity.rawValue)),
            ("message", ["text": .string(text)]),
            ("locations", [["physicalLocation": physicalLocation(diagnostic.primary.span)]]),
        ]
        if !diagnostic.secondary.isEmpty {
            let related = diagnostic.secondary.enumerated().map { index, annotation -> JSONValue in
                [
                    "id": .integer(index + 1),
                    "physicalLocation": physicalLocation(annotation.span),
                    "message": ["text": .string(annotation.label ?? "related location")],
                ]
            }
            members.append(("relatedLocations", .array(related)))
        }
        members.append(("partialFingerprints", ["primaryLocationLineHash": .string(Self.lineHash(diagnostic))]))
        return .object(members)
    }

    private func physicalLocation(_ span: Span) -> JSONValue {
        let start = span.start
        let end = span.end
        return [
            "artifactLocation": root.artifactLocation(of: span.file.path),
            "region": [
                "startLine": .integer(start.line),
                "startColumn": .integer(start.column),
                "endLine": .integer(end.line),
                "endColumn": .integer(end.column),
            ],
        ]
    }

    /// A fingerprint of the diagnostic's code, file path and primary line with its
    /// surrounding whitespace trimmed, each followed by a newline, as 64-bit FNV-1a in
    /// 16 lowercase hex digits. It is the same across runs and machines.
    static func lineHash(_ diagnostic: Diagnostic) -> String {
        let span = diagnostic.primary.span
        let line = span.file.lineText(span.start.line).trimmingCharacters(in: .whitespaces)
        let hash = fnv1a64("\(diagnostic.code.rawValue)\n\(span.file.path)\n\(line)\n")
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The 64-bit FNV-1a hash of a string's UTF-8 bytes.
    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}
