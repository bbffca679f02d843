import Foundation
import IndcEngine
import IndcPlan
import IndcSemantics
import Testing

/// Random conditions over every column type, with missing values and missing codes in each, give the
/// same results on the batch path as on the row path: as filters, as `where` of count, sum, mean,
/// median, min, max and distinct, as the input of share, and distributions of a category and a boolean.
struct BatchConditionTests {
    static let atoms = [
        "k = 3", "k != 3", "k < 4", "4 <= k", "k > -2", "k >= 5", "k = 2.5", "k < 2.5", "-1 > k", "k in (1, 3, 5)", "k not in (2, 4)",
        "k between 2 and 5", "k between 1.5 and 4", "x = 1.5", "x != 2", "x < 2.25", "3 >= x", "x > 0", "x in (1.5, 2, 3.25)",
        "x not in (2)", "x between 0.5 and 3", "g = \"a\"", "g != \"b\"", "\"c\" = g", "g in (\"a\", \"c\")", "g not in (\"b\")",
        "b", "b = true", "b != false", "k is missing", "x is not missing", "g is missing", "b is not missing", "d is missing",
        "d >= \"2024-03-01\"", "d < \"2024-02-01\"", "\"2024-02-15\" = d", "d != \"2024-01-10\"", "d between \"2024-01-15\" and \"2024-03-15\"",
        "true", "false",
    ]

    static func condition(_ random: inout SeededGenerator, depth: Int) -> String {
        let pick = depth == 0 ? 0 : Int(random.next() % 4)
        switch pick {
        case 1: return "not (\(condition(&random, depth: depth - 1)))"
        case 2: return "(\(condition(&random, depth: depth - 1))) and (\(condition(&random, depth: depth - 1)))"
        case 3: return "(\(condition(&random, depth: depth - 1))) or (\(condition(&random, depth: depth - 1)))"
        default: return atoms[Int(random.next() % UInt64(atoms.count))]
        }
    }

    static func data(_ random: inout SeededGenerator) -> String {
        var lines = ["g,k,x,b,d,p"]
        for _ in 0..<3000 {
            func field(_ values: [String]) -> String { values[Int(random.next() % UInt64(values.count))] }
            lines.append([field(["a", "b", "c", "", "onbekend"]), field(["1", "2", "3", "4", "5", "6", "-3", "", "99"]),
                          field(["0.5", "1.5", "2", "2.25", "3.25", "-1", "", "999"]), field(["ja", "nee", "true", "0", ""]),
                          field(["2024-01-10", "2024-02-01", "2024-02-15", "2024-03-01", "2024-03-20", ""]),
                          field(["11", "12", "13", "14", ""])].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func project(_ random: inout SeededGenerator, indicators: Int) -> String {
        var text = """
            dataset r {
              file "r.csv"
              minimum n 0
              column g: category("a", "b", "c") missing("onbekend")
              column k: integer missing(99)
              column x: number missing(999)
              column b: boolean
              column d: date
              column p: integer
            }

            """
        for index in 0..<indicators {
            let filter = condition(&random, depth: 2), inner = condition(&random, depth: 2)
            let measure = switch index % 8 {
            case 0: "count(where \(inner))"
            case 1: "share(\(inner))"
            case 2: "sum(x where \(inner)) + mean(k where \(inner))"
            case 3: "median(x) + min(k) - max(x) + count(where \(inner))"
            case 4: "distinct(p) / count(where \(inner))"
            case 5: "distribution(g)"
            case 6: "distribution(b)"
            default: "count(where \(inner)) / count() per 1000"
            }
            let groups = ["", "group by g", "group by k", "group by b, g", "group by d"][index % 5]
            text += "indicator i\(index) {\n  title \"i\(index)\"\n  source r\n  filter \(filter)\n  \(groups)\n  measure \(measure)\n}\n\n"
        }
        return text
    }

    @Test("random conditions: batch path equals row path", arguments: 0..<(TestSupport.heavy ? 4 : 1))
    func randomConditions(_ seed: Int) throws {
        var random = SeededGenerator(state: UInt64(seed) &+ 20261201)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("indc-batch-\(seed)-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.data(&random).write(to: folder.appendingPathComponent("r.csv"), atomically: true, encoding: .utf8)
        // A random filter may contradict itself (`k = 3 and k = 2.5`), which `indc check` rejects: draw again.
        var checked: CheckResult
        repeat {
            try Self.project(&random, indicators: 40).write(to: folder.appendingPathComponent("r.ind"), atomically: true, encoding: .utf8)
            checked = try Checker.check(paths: [folder.path])
        } while checked.errorCount > 0 && checked.diagnostics.allSatisfy { $0.severity != .error || $0.message.contains("can never be true") }
        #expect(checked.errorCount == 0, "\(checked.diagnostics)")
        let plan = Planner.plan(checked.project)
        for (threshold, parts) in [(FileSplit.minimumSize, 1), (0, 2)] {
            let rows = Engine.run(plan, splitThreshold: threshold, parts: parts, batches: false)
            let batches = Engine.run(plan, splitThreshold: threshold, parts: parts)
            #expect(batches.scans.allSatisfy { $0.batched })
            #expect(batches.results.count == 40)
            #expect(BatchPathTests.describe(batches) == BatchPathTests.describe(rows))
        }
    }
}
