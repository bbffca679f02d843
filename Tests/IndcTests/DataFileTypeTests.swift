import Foundation
import Testing

/// Issue 13 item 8: a data file that is not a regular file (a FIFO, a pipe from `<(cmd)`) is a clear
/// error instead of a hang or "is empty", and a sparse file of zeros fails at its first bad line
/// without being read to its end.
@Suite(.serialized)
struct DataFileTypeTests {
    static func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "indc-file-type-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    static func project(_ file: String) -> String {
        "dataset d {\n  file \"\(file)\"\n  minimum n 0\n  column jaar: integer\n}\nindicator i {\n  title \"t\"\n  source d\n  group by jaar\n  measure count()\n}\n"
    }

    @Test("item 8: a FIFO as data file is an error in check, run and infer, not a hang")
    func fifo() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mkfifo("\(folder)/d.csv", 0o600) == 0)
        try Self.project("d.csv").write(toFile: "\(folder)/p.ind", atomically: true, encoding: .utf8)
        let check = TestSupport.run(["check", "\(folder)/p.ind"])
        #expect(check.status == 1 && check.stdout.contains("error[E0402]") && check.stdout.contains("it is a pipe (FIFO), not a regular file"), "\(check.stdout)")
        let run = TestSupport.run(["run", "\(folder)/p.ind", "--out", "\(folder)/out"])
        #expect(run.status == 1 && run.stderr.contains("it is a pipe (FIFO)"), "\(run.stderr)")
        let infer = TestSupport.run(["infer", "\(folder)/d.csv"])
        #expect(infer.status == 2 && infer.stderr.contains("it is a pipe (FIFO)"), "\(infer.stderr)")
    }

    @Test("item 8: infer <(cmd) on a non-empty pipe says it is a pipe, not that it is empty")
    func processSubstitution() throws {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data("a,b\n1,2\n".utf8))
        defer { try? pipe.fileHandleForWriting.close() }
        let infer = TestSupport.run(["infer", "/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)"])
        #expect(infer.status == 2 && infer.stderr.contains("it is a pipe (FIFO)") && !infer.stderr.contains("empty"), "\(infer.stderr)")
    }

    @Test("item 8: a sparse 50 GB file fails at line 3 without being read to its end")
    func sparseFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "jaar\n2024\n".write(toFile: "\(folder)/d.csv", atomically: true, encoding: .utf8)
        try #require(truncate("\(folder)/d.csv", 50 << 30) == 0, "the file system holds sparse files")
        try Self.project("d.csv").write(toFile: "\(folder)/p.ind", atomically: true, encoding: .utf8)
        let started = ContinuousClock.now
        let run = TestSupport.run(["run", "\(folder)/p.ind", "--out", "\(folder)/out"])
        #expect(run.status == 1 && run.stderr.contains("d.csv:3: record is longer than 16 MiB"), "\(run.stderr)")
        #expect(ContinuousClock.now - started < .seconds(30))
    }
}
