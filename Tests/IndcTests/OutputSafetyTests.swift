import Foundation
import Testing

/// Result folders stay whole: runs into the same `--out` never mix their files, and a run
/// interrupted by SIGINT or SIGTERM leaves the previous results and no temporary files (issue 6).
/// These start the `indc` executable itself (signals and locks work per process).
@Suite(.serialized)
struct OutputSafetyTests {
    static let binary = (TestSupport.root as NSString).appendingPathComponent(".build/debug/indc")

    static let project = "Tests/Cases/run/survey-strata-missing"

    /// A survey run case with its full data file (A) and with its first 200 rows (B): two runs whose
    /// eleven result files differ.
    static func variants() throws -> (folder: String, a: [String: Data], b: [String: Data]) {
        let folder = NSTemporaryDirectory() + "indc-output-safety-\(getpid())"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let lines = try #require(TestSupport.read("\(project)/enquete.csv")).split(separator: "\n", omittingEmptySubsequences: false)
        try (lines.prefix(201).joined(separator: "\n") + "\n").write(toFile: "\(folder)/kort.csv", atomically: true, encoding: .utf8)
        #expect(launch(["run", project, "--out", "\(folder)/a"]).waitStatus() == 0)
        #expect(launch(["run", project, "--out", "\(folder)/b", "--data", "enquete=\(folder)/kort.csv"]).waitStatus() == 0)
        return (folder, try contents("\(folder)/a"), try contents("\(folder)/b"))
    }

    static func launch(_ arguments: [String]) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: TestSupport.root)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
        return process
    }

    static func contents(_ folder: String) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }
        return Dictionary(uniqueKeysWithValues: try names.map { ($0, try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\($0)"))) })
    }

    /// The folder holds exactly the files of run A or exactly those of run B, and no temporary files.
    static func expectWhole(_ folder: String, _ a: [String: Data], _ b: [String: Data], _ context: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(!names.contains { $0.hasSuffix(".tmp") }, "\(context): temporary files left: \(names.filter { $0.hasSuffix(".tmp") })")
        let found = try contents(folder)
        #expect(found == a || found == b, "\(context): the folder mixes two runs' files")
    }

    @Test("two runs into one folder never mix their files")
    func concurrentRuns() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "\(Self.binary) is built by swift test")
        let (folder, a, b) = try Self.variants()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(a != b)
        for round in 1...6 {
            let first = Self.launch(["run", Self.project, "--out", "\(folder)/shared"])
            let second = Self.launch(["run", Self.project, "--out", "\(folder)/shared", "--data", "enquete=\(folder)/kort.csv"])
            #expect(first.waitStatus() == 0 && second.waitStatus() == 0)
            try Self.expectWhole("\(folder)/shared", a, b, "round \(round)")
        }
    }

    @Test("an interrupted run leaves the previous results and no temporary files", arguments: [SIGINT, SIGTERM])
    func interruptedRun(_ signal: Int32) throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "\(Self.binary) is built by swift test")
        let (folder, a, b) = try Self.variants()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var generator = SeededGenerator(state: UInt64(signal))
        for round in 1...10 {
            #expect(Self.launch(["run", Self.project, "--out", "\(folder)/shared"]).waitStatus() == 0)
            let run = Self.launch(["run", Self.project, "--out", "\(folder)/shared", "--data", "enquete=\(folder)/kort.csv"])
            usleep(UInt32.random(in: 0...250_000, using: &generator))
            kill(run.processIdentifier, signal)
            let status = run.waitStatus()
            try Self.expectWhole("\(folder)/shared", a, b, "round \(round), exit \(status)")
        }
    }
}

extension Process {
    /// Waits for the process and returns its exit status (128 + the signal when it was killed).
    func waitStatus() -> Int32 {
        waitUntilExit()
        return terminationReason == .uncaughtSignal ? 128 + terminationStatus : terminationStatus
    }
}
