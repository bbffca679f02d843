import Foundation
import Testing

/// Issue 13 item 6: NaN and infinity are never published; a number out of range is empty and the
/// cell's note says so. Expected values by hand: the median of twelve 1e308 is 1e308 (the mean of
/// the two middle values, 1e308 and 1e308); twelve times 1e308 is 1.2e309, past the largest double
/// (1.797e308), so the sum has no finite value, and neither has the mean computed from it.
@Suite(.serialized)
struct FiniteResultTests {
    static let source = """
        dataset d {
          file "d.csv"
          minimum n 0
          column g: category("a", "b")
          column x: number
          column w: number
        }
        dataset s {
          file "d.csv"
          sample
          minimum n 0
          weight w
          column g: category("a", "b")
          column x: number
          column w: number
        }

        """

    static func indicator(_ name: String, _ dataset: String, _ measure: String) -> String {
        "indicator \(name) {\n  title \"t\"\n  source \(dataset)\n  group by g\n  measure \(measure)\n}\n"
    }

    @Test("item 6: medians, sums, means and survey statistics of extreme numbers are finite or carry a reason")
    func extremes() throws {
        let folder = NSTemporaryDirectory() + "indc-finite-\(getpid())"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rows = Array(repeating: "a,1e308,1e200", count: 12) + Array(repeating: "b,1,1e-300", count: 12) + ["b,2,1e-300"]
        try (["g,x,w"] + rows).joined(separator: "\n").appending("\n").write(toFile: "\(folder)/d.csv", atomically: true, encoding: .utf8)
        let project = Self.source + Self.indicator("med", "d", "median(x)") + Self.indicator("som", "d", "sum(x)")
            + Self.indicator("gem", "d", "mean(x)") + Self.indicator("gewogen", "s", "mean(x)")
        try project.write(toFile: "\(folder)/p.ind", atomically: true, encoding: .utf8)
        let run = TestSupport.run(["run", "\(folder)/p.ind", "--out", "\(folder)/out"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try String(contentsOfFile: "\(folder)/out/results.json", encoding: .utf8)
        #expect(!json.contains("inf") && !json.contains("nan"))
        for name in ["med", "som", "gem", "gewogen"] {
            let csv = try String(contentsOfFile: "\(folder)/out/\(name).csv", encoding: .utf8)
            #expect(!csv.lowercased().contains("inf") && !csv.lowercased().contains("nan"), "\(name): \(csv)")
        }
        let median = try String(contentsOfFile: "\(folder)/out/med.csv", encoding: .utf8)
        #expect(median.contains("\nmed,a,,,1" + String(repeating: "0", count: 308) + ","), "\(median)")
        for name in ["som", "gem"] {
            let csv = try String(contentsOfFile: "\(folder)/out/\(name).csv", encoding: .utf8)
            #expect(csv.contains("\n\(name),a,,,,") && csv.contains("value out of range"), "\(csv)")
        }
        let survey = try String(contentsOfFile: "\(folder)/out/gewogen.csv", encoding: .utf8).split(separator: "\n")
        let header = survey[0].split(separator: ",", omittingEmptySubsequences: false)
        let (se, nEff) = (try #require(header.firstIndex(of: "se")), try #require(header.firstIndex(of: "n_eff")))
        for line in survey.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            if fields[se].isEmpty || fields[nEff].isEmpty { #expect(line.contains("out of range"), "\(line)") }
        }
    }
}
