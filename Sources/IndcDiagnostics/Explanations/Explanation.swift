// The catalogue behind `indc explain CODE`: for every diagnostic code a longer
// explanation in four fixed sections (what it means, why it is an error or why
// it matters, an example that triggers it, how to fix it), written for policy
// analysts. The entries live in tables by compiler stage (`SyntaxExplanations`
// and `ClauseExplanations` for E01xx, `NameExplanations` and
// `DeclarationExplanations` for E02xx, `TypeExplanations` and
// `ClauseTypeExplanations` for E03xx, `PresentationExplanations` for E0321-E0323,
// `DataExplanations` for E04xx and W0401, `TestExplanations` for E05xx,
// `LintExplanations` for W01xx);
// this file holds the type, the dispatch over all codes and the plain-text
// rendering.

/// The long explanation of one diagnostic code, shown by `indc explain CODE`.
///
/// The prose fields (`what`, `why`, `fix`) are paragraphs separated by blank
/// lines; lines that start with `- ` are list items, and indented lines are
/// `.ind` code shown as written. `example` is a `.ind` snippet that triggers
/// the diagnostic.
public struct Explanation: Sendable {
    /// What the diagnostic means, in plain language.
    public let what: String
    /// Why it is an error (or, for a warning, why it matters).
    public let why: String
    /// A short `.ind` snippet that triggers the diagnostic.
    public let example: String
    /// How to fix it: what to change, usually with the corrected snippet.
    public let fix: String

    /// Creates an explanation.
    public init(what: String, why: String, example: String, fix: String) {
        self.what = what
        self.why = why
        self.example = example
        self.fix = fix
    }
}

extension DiagnosticCode {
    /// The catalogue entry for this code, or `nil` if the stage's table lacks it.
    ///
    /// The switch names every code, so a new code does not compile until it is
    /// assigned to a stage table; a missing entry in that table is caught by
    /// the test that checks every code has a complete explanation.
    var catalogueEntry: Explanation? {
        switch self {
        case .invalidUTF8, .unexpectedCharacter, .unterminatedString, .invalidEscape,
            .invalidQuotedName, .malformedNumber:
            Self.tokenExplanation(self)
        case .unexpectedToken, .unknownClause, .unclosedBrace, .keywordAsName,
            .nestingTooDeep, .sourceTooLarge:
            Self.clauseExplanation(self)
        case .unknownColumn, .unknownDataset, .unknownIndicator, .unknownFunction:
            Self.nameExplanation(self)
        case .unsafeFileName, .fileNameClash, .resultColumnName:
            Self.outputNameExplanation(self)
        case .duplicateDeclaration, .duplicateColumn, .missingClause, .conflictingClause,
            .indicatorCycle, .deriveCycle:
            Self.declarationExplanation(self)
        case .typeMismatch, .unknownCategoryValue, .aggregateInRowContext,
            .columnOutsideAggregate, .shareOfNonCondition, .aggregateInputType,
            .wrongArguments, .nestedAggregate, .conditionNotBoolean, .targetUnitMismatch:
            Self.typeExplanation(self)
        case .relativeTargetGroups, .invalidBands, .invalidRecode, .invalidDistribution,
            .periodNotGrouped, .invalidSetting, .weightNotNumeric, .missingCodeType,
            .duplicateLevel, .overlappingGroups:
            Self.clauseTypeExplanation(self)
        case .displayFormMismatch, .unknownDisplayValue, .ambiguousDisplayLabel:
            Self.presentationExplanation(self)
        case .columnNotInHeader, .unreadableDataFile, .dataFileNotFound:
            Self.dataExplanation(self)
        case .testRowLength, .testCellKey:
            Self.testExplanation(self)
        case .missingTitle, .unusedDataset, .identifierGrouping, .weightWithoutSuppression,
            .filterNeverTrue, .duplicateClause, .comparisonWithMissingCode, .unitContradiction, .surveySettingOnCensus:
            Self.lintExplanation(self)
        }
    }

    /// The long explanation of this code, as shown by `indc explain`.
    public var explanation: Explanation {
        catalogueEntry ?? Explanation(what: "\(summary).", why: "", example: "", fix: "")
    }

    /// The explanation rendered as plain text for a terminal: the code and its
    /// summary, then the sections, prose wrapped and indented two spaces and
    /// code indented four.
    public func explainText() -> String {
        let entry = explanation
        let sections = [
            ("What it means", ExplanationLayout.prose(entry.what)),
            (severity == .error ? "Why it is an error" : "Why it matters", ExplanationLayout.prose(entry.why)),
            ("Example", ExplanationLayout.code(entry.example)),
            ("How to fix it", ExplanationLayout.prose(entry.fix)),
        ]
        var lines = ["\(rawValue): \(summary)"]
        for (heading, body) in sections where !body.isEmpty {
            lines += ["", heading] + body
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Lays out explanation text for a terminal of 80 columns.
enum ExplanationLayout {
    static let width = 80
    static let proseIndent = 2
    static let codeIndent = 4

    /// A `.ind` snippet, its own indentation kept, shifted to the code indent.
    static func code(_ text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let trimmed = Array(lines.drop(while: isBlank).reversed().drop(while: isBlank).reversed())
        let margin = trimmed.filter { !isBlank($0) }.map(leadingSpaces).min() ?? 0
        return trimmed.map { isBlank($0) ? "" : pad(codeIndent) + $0.dropFirst(margin) }
    }

    /// Paragraphs wrapped to the width; list items hang; indented lines are code.
    static func prose(_ text: String) -> [String] {
        var out: [String] = []
        var paragraph: [String] = []
        var codeBlock: [String] = []
        func flush() {
            if !paragraph.isEmpty {
                let bullet = paragraph[0].hasPrefix("- ")
                out += wrap(paragraph.joined(separator: " "), indent: proseIndent, hanging: bullet ? 2 : 0)
                paragraph = []
            }
            if !codeBlock.isEmpty {
                out += code(codeBlock.joined(separator: "\n"))
                codeBlock = []
            }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if isBlank(line) {
                flush()
                if out.last.map({ !$0.isEmpty }) ?? false { out.append("") }
            } else if line.first == " " {
                if !paragraph.isEmpty { flush() }
                codeBlock.append(line)
            } else {
                if !codeBlock.isEmpty || line.hasPrefix("- ") { flush() }
                paragraph.append(line.trimmingTrailingSpaces())
            }
        }
        flush()
        while out.last == "" { out.removeLast() }
        return out
    }

    /// Greedy word wrap; continuation lines are indented `hanging` more.
    static func wrap(_ text: String, indent: Int, hanging: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in unbreakableWords(text) {
            let prefix = lines.isEmpty ? indent : indent + hanging
            if current.isEmpty {
                current = pad(prefix) + word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = pad(indent + hanging) + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The words of a text, with each `code span` kept together as one word.
    static func unbreakableWords(_ text: String) -> [String] {
        var words: [String] = []
        var openSpan: String?
        for word in text.split(separator: " ").map(String.init) {
            let togglesSpan = word.filter { $0 == "`" }.count % 2 == 1
            if let span = openSpan {
                openSpan = togglesSpan ? nil : span + " " + word
                if togglesSpan { words.append(span + " " + word) }
            } else if togglesSpan {
                openSpan = word
            } else {
                words.append(word)
            }
        }
        if let span = openSpan { words += span.split(separator: " ").map(String.init) }
        return words
    }

    static func isBlank(_ line: String) -> Bool { line.allSatisfy { $0 == " " } }
    static func leadingSpaces(_ line: String) -> Int { line.prefix { $0 == " " }.count }
    static func pad(_ count: Int) -> String { String(repeating: " ", count: count) }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
