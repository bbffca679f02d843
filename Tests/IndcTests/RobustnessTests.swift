import Foundation
import IndcDiagnostics
import IndcSemantics
import IndcSyntax
import Testing

/// No input crashes the front end: truncations, byte flips, splices and absurd nesting
/// only ever give diagnostics, each pointing inside its file.
struct RobustnessTests {
    /// Every example `.ind` file of at most 64 KiB: the shipped indicators and the test cases.
    static let examples: [String] = (TestSupport.files(under: "Indicators", withExtension: ".ind")
        + TestSupport.files(under: "Tests/Cases", withExtension: ".ind"))
        .filter { (TestSupport.read($0)?.utf8.count ?? Int.max) <= 64 << 10 }

    /// Mutations per file: 200 with `INDC_HEAVY_TESTS=1` (CI), 25 in the everyday suite; set
    /// `INDC_MUTATION_ROUNDS` for a longer hunt.
    static let mutationRounds = Int(ProcessInfo.processInfo.environment["INDC_MUTATION_ROUNDS"] ?? "")
        ?? (TestSupport.heavy ? 200 : 25)

    @Test("truncating at every token boundary gives only diagnostics", arguments: examples)
    func truncation(_ path: String) throws {
        let text = try #require(TestSupport.read(path))
        let bytes = Array(text.utf8)
        for cut in Self.tokenBoundaries(text) {
            check(String(decoding: bytes[..<cut], as: UTF8.self), "\(path) cut at \(cut)")
        }
    }

    @Test("random byte flips and token splices give only diagnostics", arguments: examples)
    func mutation(_ path: String) throws {
        let text = try #require(TestSupport.read(path))
        var random = SeededGenerator(state: UInt64(truncatingIfNeeded: path.utf8.reduce(5381) { ($0 &* 33) &+ Int($1) }))
        let bytes = Array(text.utf8)
        let boundaries = Self.tokenBoundaries(text)
        let interesting: [UInt8] = Array("{}()\"`#%-=<>,:\\\n".utf8) + [0x00, 0xC3, 0xFF, 0x80]
        for round in 0..<Self.mutationRounds {
            var mutated = bytes
            if round % 2 == 0 {
                for _ in 0..<(1 + round % 4) where !mutated.isEmpty {
                    let position = Int(random.next() % UInt64(mutated.count))
                    mutated[position] = round % 3 == 0 ? interesting[Int(random.next() % UInt64(interesting.count))] : UInt8(truncatingIfNeeded: random.next())
                }
            } else if boundaries.count > 2 {
                let a = boundaries[Int(random.next() % UInt64(boundaries.count))]
                let b = boundaries[Int(random.next() % UInt64(boundaries.count))]
                let c = boundaries[Int(random.next() % UInt64(boundaries.count))]
                let (from, to) = (min(a, b), max(a, b))
                mutated.insert(contentsOf: bytes[from..<to], at: min(c, mutated.count))
            }
            guard let valid = String(validating: mutated, as: UTF8.self) else { continue }
            check(valid, "\(path) mutation \(round)")
        }
    }

    @Test("100,000 nested parentheses are a clear error, not a stack overflow")
    func deepNesting() {
        for shape in ["(", "not ", "-", "count(", "share("] {
            let deep = String(repeating: shape, count: 100_000)
            let source = "indicator x {\n  title \"x\"\n  source d\n  measure \(deep)1\n}\n"
            let result = Checker.check(files: [SourceFile(path: "deep.ind", text: source)])
            #expect(result.diagnostics.contains { $0.code == .nestingTooDeep }, "shape \(shape)")
        }
        let chain = "indicator x {\n  source d\n  filter " + Array(repeating: "a = 1", count: 50_000).joined(separator: " or ") + "\n}\n"
        let result = Checker.check(files: [SourceFile(path: "chain.ind", text: chain)])
        #expect(result.diagnostics.contains { $0.code == .nestingTooDeep })
    }

    private func check(_ text: String, _ context: String) {
        let file = SourceFile(path: "mutated.ind", text: text)
        let result = Checker.check(files: [file])
        for diagnostic in result.diagnostics {
            for annotation in [diagnostic.primary] + diagnostic.secondary where annotation.span.file === file {
                #expect(annotation.span.range.upperBound <= file.bytes.count, "\(context): span out of bounds")
            }
        }
        _ = DiagnosticRenderer(format: .text).render(result.diagnostics)
    }

    /// Byte offsets at which tokens start or end.
    static func tokenBoundaries(_ text: String) -> [Int] {
        let file = SourceFile(path: "x.ind", text: text)
        var offsets = Set([0, file.bytes.count])
        for token in Parser.tokens(of: file) { offsets.insert(token.range.lowerBound); offsets.insert(token.range.upperBound) }
        return offsets.sorted()
    }
}
