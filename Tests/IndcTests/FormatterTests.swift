import Foundation
import IndcDiagnostics
import IndcSyntax
import Testing

/// `indc fmt`: over every shipped and test-case `.ind` file the printer keeps the tokens and comments,
/// is idempotent, gives one layout whatever the input's layout, and leaves the results unchanged.
struct FormatterTests {
    static let files = TestSupport.files(under: "Indicators", withExtension: ".ind") + TestSupport.files(under: "Tests/Cases", withExtension: ".ind")

    @Test("the shipped indicators are formatted: fmt --check exits 0")
    func shippedFilesAreFormatted() {
        let result = TestSupport.run(["fmt", "--check", "Indicators"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test("same tokens and comments, idempotent, canonical", arguments: files)
    func formatsFile(_ path: String) throws {
        let original = SourceFile(path: path, text: String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self))
        let outcome = Formatter.format(original)
        guard let formatted = outcome.text else {
            #expect(outcome.diagnostics.contains { $0.severity == .error })
            return
        }
        let again = SourceFile(path: path, text: formatted)
        #expect(Self.kinds(original) == Self.kinds(again), "tokens changed")
        #expect(Self.comments(original) == Self.comments(again), "comments changed")
        #expect(Formatter.format(again).text == formatted, "not idempotent")
        let scrambled = SourceFile(path: path, text: Self.scramble(original, seed: UInt64(path.utf8.count)))
        #expect(Self.kinds(scrambled) == Self.kinds(original))
        #expect(Formatter.format(scrambled).text == formatted, "another layout of the same file formats differently")
    }

    @Test("results are identical before and after fmt", arguments: RunCaseTests.cases)
    func resultsUnchanged(_ name: String) throws {
        let source = "\(RunCaseTests.folder)/\(name)"
        let copy = NSTemporaryDirectory() + "indc-fmt-case-\(name)-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: source, toPath: copy)
        for file in try FileManager.default.contentsOfDirectory(atPath: copy) where file.hasSuffix(".ind") {
            let path = "\(copy)/\(file)"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try Self.scramble(SourceFile(path: path, text: text), seed: 7).write(toFile: path, atomically: true, encoding: .utf8)
        }
        let formatting = TestSupport.run(["fmt", copy])
        #expect(formatting.status == 0 || formatting.stderr.contains("not formatted"), "\(formatting.stderr)")
        let before = TestSupport.run(["run", source, "--out", copy + "/before", "--format", "json"])
        let after = TestSupport.run(["run", copy, "--out", copy + "/after", "--format", "json"])
        #expect(before.status == after.status)
        let written = TestSupport.read(copy + "/before/results.json")?.replacingOccurrences(of: source, with: "")
        #expect(written == TestSupport.read(copy + "/after/results.json")?.replacingOccurrences(of: copy, with: ""))
    }

    static func kinds(_ file: SourceFile) -> [TokenKind] { Parser.tokens(of: file).map(\.kind) }

    static func comments(_ file: SourceFile) -> [String] {
        let tokens = Parser.tokens(of: file)
        var comments: [String] = []
        var previous = 0
        for token in tokens {
            let gap = file.text(in: previous..<token.range.lowerBound)
            for line in gap.split(whereSeparator: \.isNewline) {
                if let hash = line.firstIndex(of: "#") { comments.append(line[hash...].trimmingCharacters(in: .whitespaces)) }
            }
            previous = token.range.upperBound
        }
        return comments
    }

    /// The same tokens in another layout: each gap without comments or blank lines becomes random spacing.
    static func scramble(_ file: SourceFile, seed: UInt64) -> String {
        var generator = SeededGenerator(state: seed)
        var text = ""
        var previous = 0
        for token in Parser.tokens(of: file) {
            let gap = file.text(in: previous..<token.range.lowerBound)
            let keep = previous == 0 || gap.contains("#") || gap.filter({ $0 == "\n" }).count >= 2 || token.kind == .endOfFile
            text += keep ? gap : [" ", "\n", "   ", "\n\t  ", "  "].randomElement(using: &generator)!
            text += file.text(in: token.range)
            previous = token.range.upperBound
        }
        return text
    }
}
