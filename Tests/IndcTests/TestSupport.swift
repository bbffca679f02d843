import Foundation
import IndcCLI
import Testing

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// The package root, found from this file's location.
    static let root: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        _ = FileManager.default.changeCurrentDirectoryPath(root)
        return root
    }()

    /// Set `INDC_UPDATE_EXPECTED=1` to rewrite expected outputs instead of comparing.
    static let updating = ProcessInfo.processInfo.environment["INDC_UPDATE_EXPECTED"] == "1"

    /// Set `INDC_HEAVY_TESTS=1` (as `.ci/run` does) to run the property and mutation suites in full;
    /// the everyday `swift test` runs a few rounds of each.
    static let heavy = ProcessInfo.processInfo.environment["INDC_HEAVY_TESTS"] == "1"

    /// Runs `indc` in-process from the package root (paths in output are relative to it).
    static func run(_ arguments: [String]) -> (status: Int32, stdout: String, stderr: String) {
        _ = root
        var console = Console()
        let status = IndcCommand.run(arguments, console: &console)
        return (status, console.standardOutput, console.standardError)
    }

    /// Compares what the user sees with an expected file; writes it (and fails) when missing or when updating.
    static func expectMatches(_ actual: String, expectedPath: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        guard let expected = read(expectedPath), !updating else {
            try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
            Issue.record("wrote \(expectedPath); review it and run again", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "output differs from \(expectedPath)", sourceLocation: sourceLocation)
    }

    /// The files below a folder of the package with a given extension, sorted.
    static func files(under folder: String, withExtension suffix: String) -> [String] {
        let base = (root as NSString).appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(suffix) }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    static func read(_ path: String) -> String? {
        _ = root
        return try? String(contentsOfFile: path, encoding: .utf8)
    }
}

/// SplitMix64: a small seeded generator, so the random cases are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
