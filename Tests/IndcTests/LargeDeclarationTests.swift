import Foundation
import Testing

/// Issue 13 item 9: a category with many levels and a recode with many pairs take linear time in
/// `check` and `run` (they took minutes when each level and each row compared with every pair).
@Suite(.serialized)
struct LargeDeclarationTests {
    @Test("item 9: 20,000 category levels (sharing a long prefix) and a 20,000-pair recode check and run in seconds")
    func manyLevelsAndPairs() throws {
        let count = 20_000
        let folder = NSTemporaryDirectory() + "indc-large-\(getpid())"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let levels = (0..<count).map { "\"gemeente_\($0)\"" }.joined(separator: ", ")
        let pairs = (0..<count).map { "\"r\($0)\" -> \"g\($0 % 50)\"" }.joined(separator: ", ")
        let source = "dataset d {\n  file \"d.csv\"\n  minimum n 0\n  column c: category(\(levels))\n  column r: text\n  derive rg = recode(r, \(pairs))\n}\n"
            + "indicator i {\n  title \"t\"\n  source d\n  group by c\n  measure count()\n}\n"
            + "indicator j {\n  title \"t\"\n  source d\n  group by rg\n  measure count()\n}\n"
        try source.write(toFile: "\(folder)/p.ind", atomically: true, encoding: .utf8)
        try ("c,r\n" + (0..<count).map { "gemeente_\($0),r\(count - 1 - $0)\n" }.joined()).write(toFile: "\(folder)/d.csv", atomically: true, encoding: .utf8)
        let started = ContinuousClock.now
        #expect(TestSupport.run(["check", "\(folder)/p.ind"]).status == 0)
        let checked = ContinuousClock.now - started
        let run = TestSupport.run(["run", "\(folder)/p.ind", "--out", "\(folder)/out"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(checked < .seconds(15) && ContinuousClock.now - started < .seconds(40), "check \(checked), all \(ContinuousClock.now - started)")
        let recoded = try String(contentsOfFile: "\(folder)/out/j.csv", encoding: .utf8)
        #expect(recoded.contains("\nj,g0,,,400,") && recoded.contains("\nj,g49,,,400,"), "20,000 keys over 50 groups: 400 each")
        let levelled = try String(contentsOfFile: "\(folder)/out/i.csv", encoding: .utf8)
        #expect(levelled.split(separator: "\n").count == count + 1 && levelled.contains("\ni,gemeente_19999,,,1,"))
        try ("c,r\ngemeente_1,r1\ngemeente_20000,r2\n").write(toFile: "\(folder)/d.csv", atomically: true, encoding: .utf8)
        let unknown = TestSupport.run(["run", "\(folder)/p.ind", "--out", "\(folder)/out"])
        #expect(unknown.status == 1 && unknown.stderr.contains("d.csv:3: column c: \"gemeente_20000\" is not a level of c"), "\(unknown.stderr)")
    }
}
