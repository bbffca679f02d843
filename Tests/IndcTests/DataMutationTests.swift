import Foundation
import IndcSemantics
import Testing

/// Broken data never crashes `indc run` or gives NaN: every data file of the run cases, truncated,
/// with flipped bytes, and with lines spliced in from elsewhere, gives results or data errors with
/// exit 0 or 1 (issue 6). `INDC_DATA_MUTATION_ROUNDS` sets the mutations per file (default 12 with
/// `INDC_HEAVY_TESTS=1`, else 2).
struct DataMutationTests {
    /// (case folder, dataset, data file) for every dataset of every run case that computes.
    static let datasets: [String] = RunCaseTests.cases.flatMap { name -> [String] in
        let folder = "\(RunCaseTests.folder)/\(name)"
        guard TestSupport.read("\(folder)/expected/exit-code") == nil,
              let result = try? Checker.check(paths: [folder]), result.errorCount == 0 else { return [] }
        return result.project.datasets.map { "\(folder)|\($0.name)|\($0.path)" }
    }

    static let rounds = Int(ProcessInfo.processInfo.environment["INDC_DATA_MUTATION_ROUNDS"] ?? "") ?? (TestSupport.heavy ? 12 : 2)

    @Test("mutated data gives results or data errors, never a crash or NaN", arguments: datasets)
    func mutatedData(_ entry: String) throws {
        let parts = entry.split(separator: "|").map(String.init)
        let (folder, dataset, path) = (parts[0], parts[1], parts[2])
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        var generator = SeededGenerator(state: UInt64(truncatingIfNeeded: entry.utf8.reduce(5381) { ($0 &* 33) &+ Int($1) }))
        let work = NSTemporaryDirectory() + "indc-data-mutation-\(getpid())-\(dataset)"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        for round in 0..<Self.rounds {
            let mutated = Self.mutate(original, round, &generator)
            let file = "\(work)/data.csv"
            try Data(mutated).write(to: URL(fileURLWithPath: file))
            let result = TestSupport.run(["run", folder, "--out", "\(work)/out", "--data", "\(dataset)=\(file)"])
            #expect(result.status == 0 || result.status == 1, "\(dataset) round \(round): exit \(result.status)\n\(result.stderr)")
            if result.status == 1 { #expect(result.stderr.contains("\(file):") || result.stderr.contains("error"), "\(result.stderr)") }
            for name in (try? FileManager.default.contentsOfDirectory(atPath: "\(work)/out")) ?? [] where name.hasSuffix(".csv") {
                let fields = ((try? RunCaseTests.table("\(work)/out/\(name)")) ?? []).flatMap { $0 }
                let special = fields.filter { ["nan", "-nan", "inf", "-inf", "+inf", "infinity", "-infinity"].contains($0.lowercased()) }
                #expect(special.isEmpty, "\(name) holds \(special) after round \(round)")
            }
        }
    }

    /// A truncation, a few byte flips, or lines spliced in from elsewhere in the file.
    static func mutate(_ bytes: [UInt8], _ round: Int, _ generator: inout SeededGenerator) -> [UInt8] {
        guard !bytes.isEmpty else { return bytes }
        var result = bytes
        switch round % 3 {
        case 0:
            result = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &generator)))
        case 1:
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let position = Int.random(in: 0..<result.count, using: &generator)
                result[position] = [UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\n"), 0xFF, 0xC3, 0x00,
                                    UInt8.random(in: 0...255, using: &generator)][Int.random(in: 0..<7, using: &generator)]
            }
        default:
            let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            var spliced = lines
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let line = lines[Int.random(in: 0..<lines.count, using: &generator)]
                spliced.insert(line, at: Int.random(in: 0...spliced.count, using: &generator))
                let cut = Int.random(in: 0...line.count, using: &generator)
                spliced.insert(line.prefix(cut), at: Int.random(in: 0...spliced.count, using: &generator))
            }
            result = Array(spliced.joined(separator: [UInt8(ascii: "\n")]))
        }
        return result
    }
}
