import Foundation
import Testing

/// Tries to recover withheld numbers from what `indc run` writes (issue 4, "disclosure control"):
/// every field of a suppressed row, totals minus the shown cells of a breakdown, and the
/// previous/change columns of the period after a suppressed one — in results.json and in the CSVs.
struct DisclosureTests {
    /// Projects with suppressed cells: the shipped indicators and every run case that computes.
    static let projects: [String] = ["Indicators"] + RunCaseTests.cases.filter { name in
        TestSupport.read("\(RunCaseTests.folder)/\(name)/expected/exit-code") == nil
    }.map { "\(RunCaseTests.folder)/\($0)" }

    /// Fields that would reveal a withheld cell.
    static let revealing = ["value", "numerator", "denominator", "n", "se", "ci_low", "ci_high", "df", "n_eff", "previous", "change",
                            "change_se", "change_p", "change_significant", "target_met", "target_status", "target_gap", "note"]

    @Test("nothing suppressed can be recovered", arguments: projects)
    func nothingRecoverable(_ project: String) throws {
        let out = NSTemporaryDirectory() + "indc-disclosure-\(getpid())-\(project.split(separator: "/").last ?? "")"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = TestSupport.run(["run", project, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("disclosure: "), "\(result.stderr)")
        let disclosure = try RunCaseTests.table("\(out)/disclosure.csv").dropFirst()
        #expect(disclosure.allSatisfy { $0.count == 4 && ($0[3].hasPrefix("protected") || $0[3].hasPrefix("not audited")) },
                "\(project): a withheld cell without the audit's verdict")
        #expect(project == "Indicators" || disclosure.allSatisfy { $0[3].hasPrefix("protected") }, "\(project): a cell the audit could not clear")
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(out)/results.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for case let indicator as [String: Any] in document["indicators"] as? [Any] ?? [] where indicator["status"] as? String == "computed" {
            let name = indicator["name"] as? String ?? ""
            let rows = (indicator["rows"] as? [[String: Any]]) ?? []
            for row in rows where !(row["suppressed"] is NSNull) {
                for field in Self.revealing where row[field] != nil {
                    #expect(row[field] is NSNull, "\(name): suppressed row shows \(field) in results.json")
                }
                #expect(row["suppressed"] as? String == "withheld", "\(name): a withheld row says why: \(row["suppressed"] ?? "")")
                #expect(row["reliability"] == nil || row["reliability"] is NSNull, "\(name): suppressed row shows a reliability verdict")
            }
            let listed = disclosure.filter { $0.first == name }.count
            #expect(listed == rows.count { !($0["suppressed"] is NSNull) }, "\(name): disclosure.csv lists \(listed) withheld cells")
            if project == "Indicators" {
                // Known gap (issue 14): components whose exact elimination overflows 64 bits are not
                // audited, and some of their lone withheld cells stay recoverable.
                withKnownIssue("not audited: the exact arithmetic overflowed", isIntermittent: true) { checkBreakdowns(indicator, rows, name) }
            } else {
                checkBreakdowns(indicator, rows, name)
            }
            checkPeriods(indicator, rows, name)
            try checkCSV("\(out)/\(name).csv", name)
        }
    }

    /// Per group and breakdown dimension with a shown total, an additive measure never leaves exactly one cell withheld.
    private func checkBreakdowns(_ indicator: [String: Any], _ rows: [[String: Any]], _ name: String) {
        let measure = indicator["measure"] as? String ?? ""
        guard !["median(", "min(", "max(", "distinct("].contains(where: measure.contains) else { return }
        let groups = indicator["group_by"] as? [String] ?? []
        var cells: [String: [String: Set<String>]] = [:]
        var shownTotals: Set<String> = []
        for row in rows {
            let group = groups.map { "\(row[$0] ?? "")" }.joined(separator: "\u{1}")
            let withheld = !(row["suppressed"] is NSNull)
            guard let dimension = row["breakdown"] as? String else {
                if !withheld { shownTotals.insert(group) }
                continue
            }
            let cell = "\(row["breakdown_value"] ?? "")"
            if withheld { cells[group, default: [:]][dimension, default: []].insert(cell) }
            else { cells[group, default: [:]][dimension + "\u{2}shown", default: []].insert(cell) }
        }
        for (group, dimensions) in cells where shownTotals.contains(group) {
            for (dimension, withheld) in dimensions where !dimension.hasSuffix("\u{2}shown") {
                #expect(withheld.count != 1, "\(name): in group \(group), breakdown \(dimension) withholds only \(withheld.first ?? ""): total minus the shown cells gives it")
            }
        }
    }

    /// A row whose preceding period is withheld shows no previous value or change.
    private func checkPeriods(_ indicator: [String: Any], _ rows: [[String: Any]], _ name: String) {
        guard let period = indicator["period"] as? String else { return }
        let others = ((indicator["group_by"] as? [String]) ?? []).filter { $0 != period } + ["breakdown", "breakdown_value"]
            + ((indicator["columns"] as? [String])?.filter { !(["indicator", period, "breakdown", "breakdown_value"] + Self.revealing + ["suppressed", "target", "reliability"]).contains($0) && !((indicator["group_by"] as? [String]) ?? []).contains($0) } ?? [])
        var withheld: Set<String> = []
        var periods: Set<String> = []
        for row in rows {
            let value = "\(row[period] ?? "")"
            periods.insert(value)
            if !(row["suppressed"] is NSNull) { withheld.insert(others.map { "\(row[$0] ?? "")" }.joined(separator: "\u{1}") + "@" + value) }
        }
        let ordered = periods.sorted()
        for row in rows where !(row["previous"] is NSNull) && row["previous"] != nil {
            let value = "\(row[period] ?? "")"
            guard let index = ordered.firstIndex(of: value), index > 0 else { continue }
            let key = others.map { "\(row[$0] ?? "")" }.joined(separator: "\u{1}") + "@" + ordered[index - 1]
            #expect(!withheld.contains(key), "\(name): a row after a withheld period shows its previous value")
        }
    }

    /// The CSV shows nothing of a suppressed row either.
    private func checkCSV(_ path: String, _ name: String) throws {
        let table = try RunCaseTests.table(path)
        guard let header = table.first, let reason = header.firstIndex(of: "suppressed") else { return }
        for row in table.dropFirst() where !row[reason].isEmpty {
            for (index, column) in header.enumerated() where Self.revealing.contains(column) {
                #expect(row[index].isEmpty, "\(name).csv: suppressed row shows \(column)")
            }
        }
    }
}
