import IndcDiagnostics

/// The canonical layout of `.ind` files (`indc fmt`).
///
/// The printer works on the token stream, so the formatted file holds exactly the tokens of
/// the original in the same order, and therefore means the same. Declarations start at the
/// left margin, each clause on its own line indented by two spaces, one space between tokens
/// (none inside parentheses or before `,` and `:`); a clause longer than `width` is wrapped
/// after a comma, continuing four spaces deeper. Comments stay where they are (after a token
/// or on their own line) and blank lines between clauses and declarations are kept, at most
/// one in a row. Formatting a formatted file changes nothing.
public enum Formatter {
    /// The column after which a clause is wrapped at its next comma.
    public static let width = 100

    /// The formatted text, or the syntax errors that make a file unformattable.
    public struct Outcome: Sendable {
        /// The file in canonical layout, or nil when it has syntax errors.
        public let text: String?
        /// The file's syntax errors (nothing is formatted when there are any).
        public let diagnostics: [Diagnostic]
    }

    /// Formats one source file; a file with syntax errors is left alone and its errors returned.
    public static func format(_ file: SourceFile) -> Outcome {
        let parsed = Parser.parse(file)
        guard !parsed.diagnostics.contains(where: { $0.severity == .error }) else {
            return Outcome(text: nil, diagnostics: parsed.diagnostics)
        }
        var printer = Printer(file: file, clauseStarts: clauseStarts(of: parsed.tree))
        return Outcome(text: printer.print(Parser.tokens(of: file)), diagnostics: [])
    }

    /// Formats `.ind` source text (for generated blocks such as `indc infer`'s); nil when it does not parse.
    public static func format(text: String, path: String = "<generated>") -> String? {
        format(SourceFile(path: path, text: text)).text
    }

    /// The byte offsets at which clauses start: each begins a new line.
    static func clauseStarts(of tree: SyntaxTree) -> Set<Int> {
        var starts = Set<Int>()
        for declaration in tree.declarations {
            switch declaration {
            case .dataset(let dataset): starts.formUnion(dataset.clauses.map(\.span.range.lowerBound))
            case .indicator(let indicator): starts.formUnion(indicator.clauses.map(\.span.range.lowerBound))
            }
        }
        for test in tree.tests { starts.formUnion(test.clauses.map(\.span.range.lowerBound)) }
        return starts
    }
}

/// Lays the tokens out line by line: one group (a declaration's head, a clause, a closing brace) at a time.
struct Printer {
    let file: SourceFile
    let clauseStarts: Set<Int>
    var lines: [String] = []
    var pendingBlank = false
    /// The last group closed a top-level declaration: what follows gets a blank line before it.
    var closedDeclaration = false
    /// The last line opened a block: no blank line follows it.
    var openedBlock = false

    mutating func print(_ tokens: [Token]) -> String {
        let body = tokens.filter { $0.kind != .endOfFile }
        var depth = 0
        var start = 0
        var startDepth = 0
        var groups: [(range: Range<Int>, depth: Int)] = []
        for index in body.indices {
            let token = body[index]
            let previous = index > 0 ? body[index - 1].kind : nil
            let isClose = token.kind == .punctuation(.rightBrace)
            let startsGroup = previous == .punctuation(.leftBrace) || previous == .punctuation(.rightBrace)
                || isClose || (depth > 0 && clauseStarts.contains(token.range.lowerBound))
            if startsGroup, index > start {
                groups.append((start..<index, startDepth))
                start = index
                startDepth = isClose ? max(0, depth - 1) : depth
            }
            if token.kind == .punctuation(.leftBrace) { depth += 1 }
            if isClose { depth = max(0, depth - 1) }
        }
        if start < body.count { groups.append((start..<body.count, startDepth)) }
        var previousEnd = 0
        for group in groups {
            emit(Array(body[group.range]), depth: group.depth, after: previousEnd)
            previousEnd = body[group.range.upperBound - 1].range.upperBound
        }
        let tail = Gap(file.bytes, previousEnd..<file.bytes.count, atFileStart: body.isEmpty)
        placeComments(tail.comments, indent: "")
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// Prints one group: the comments before it, then its tokens, wrapped at commas.
    private mutating func emit(_ tokens: [Token], depth: Int, after previousEnd: Int) {
        let first = tokens[0]
        let isClose = first.kind == .punctuation(.rightBrace)
        let indent = String(repeating: "  ", count: depth)
        let gap = Gap(file.bytes, previousEnd..<first.range.lowerBound, atFileStart: lines.isEmpty)
        if depth == 0, closedDeclaration { pendingBlank = true }
        placeComments(gap.comments, indent: isClose ? indent + "  " : indent)
        if gap.blankBefore, !isClose { pendingBlank = true }
        if isClose { pendingBlank = false }
        closedDeclaration = isClose && depth == 0
        Layout(file: file, indent: indent, width: Formatter.width).lines(for: tokens).forEach { append($0) }
        openedBlock = tokens.last?.kind == .punctuation(.leftBrace)
    }

    /// Places comments: one after a token on its line stays there, the others go on lines of their own.
    mutating func placeComments(_ comments: [Comment], indent: String) {
        for comment in comments {
            if !comment.ownLine, !lines.isEmpty {
                lines[lines.count - 1] += "  " + comment.text
                continue
            }
            if comment.blankBefore { pendingBlank = true }
            append(indent + comment.text)
        }
    }

    private mutating func append(_ line: String) {
        if pendingBlank, !openedBlock, let last = lines.last, !last.isEmpty { lines.append("") }
        pendingBlank = false
        openedBlock = false
        lines.append(line)
    }
}
