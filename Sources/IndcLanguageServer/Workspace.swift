import Foundation
import IndcDiagnostics
import IndcEngine
import IndcSemantics
import IndcSyntax

/// The project as the editor sees it: the `.ind` files below the workspace folder, with the text of
/// open documents in place of what is on disk. Each file is parsed once per version of its text.
final class Workspace {
    /// One file: its text, parse, tokens and line index, rebuilt only when the text changes.
    final class Document {
        let file: SourceFile
        let parsed: ParseResult
        let tree: SyntaxTree
        let tokens: [Token]
        let lines: LineIndex
        /// Each top-level declaration's byte range (its first token to its closing brace).
        let extents: [Range<Int>]

        init(path: String, text: String) {
            file = SourceFile(path: path, text: text)
            parsed = Parser.parse(file)
            tree = parsed.tree
            tokens = Parser.tokens(of: file)
            lines = LineIndex(file)
            extents = Self.extents(tokens)
        }

        private static func extents(_ tokens: [Token]) -> [Range<Int>] {
            var extents: [Range<Int>] = []
            var depth = 0
            var start: Int?
            for token in tokens where token.kind != .endOfFile {
                if depth == 0, start == nil { start = token.range.lowerBound }
                if token.kind == .punctuation(.leftBrace) { depth += 1 }
                if token.kind == .punctuation(.rightBrace), depth > 0 {
                    depth -= 1
                    if depth == 0, let first = start {
                        extents.append(first..<token.range.upperBound)
                        start = nil
                    }
                }
            }
            if let first = start, let last = tokens.last { extents.append(first..<max(first, last.range.upperBound)) }
            return extents
        }
    }

    private(set) var root: String?
    private var open: [String: String] = [:]
    private var documents: [String: Document] = [:]
    private var diskPaths: [String] = []
    /// The last check of the whole project.
    private(set) var result: CheckResult?

    /// Sets the workspace folder and finds its `.ind` files.
    func setRoot(_ path: String?) {
        root = path
        diskPaths = (path.flatMap { try? SourceLoader.findFiles([$0]) } ?? []).map { (SourceLoader.absolutePath($0) as NSString).standardizingPath }
    }

    func open(_ path: String, text: String) { open[path] = text }

    func close(_ path: String) { open[path] = nil }

    /// Every file of the project, current.
    var allDocuments: [Document] {
        let paths = Array(Set(diskPaths).union(open.keys)).sorted()
        return paths.compactMap(document)
    }

    /// The current document at a path (open text, else disk), reparsed only when its text changed.
    func document(_ path: String) -> Document? {
        guard let text = open[path] ?? (try? String(contentsOfFile: path, encoding: .utf8)) else { return nil }
        if let cached = documents[path], cached.file.text == text { return cached }
        let document = Document(path: path, text: text)
        documents[path] = document
        return document
    }

    /// Checks the whole project as `indc check` does (data file headers included).
    @discardableResult
    func check() -> CheckResult {
        let documents = allDocuments
        let parsed = Dictionary(documents.map { ($0.file, $0.parsed) }, uniquingKeysWith: { first, _ in first })
        let checked = Checker.check(files: documents.map(\.file), headers: DataHeaders.read, parsed: parsed)
        result = checked
        return checked
    }
}
