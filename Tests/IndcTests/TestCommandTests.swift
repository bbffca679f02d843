import Foundation
import Testing

/// `indc test`: the shipped tests pass without the data files, and fail when a definition changes.
struct TestCommandTests {
    /// A copy of the shipped `.ind` files (without `data/`, so no data file can be read), with `change` applied to one file.
    static func project(_ file: String? = nil, _ change: (String) -> String = { $0 }) throws -> String {
        let folder = NSTemporaryDirectory() + "indc-test-command-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for path in TestSupport.files(under: "Indicators", withExtension: ".ind") {
            let name = (path as NSString).lastPathComponent
            var text = try String(contentsOfFile: path, encoding: .utf8)
            if name == file { text = change(text) }
            try text.write(toFile: "\(folder)/\(name)", atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test("the shipped tests pass, one per theme file at least, without the data files")
    func shippedTestsPass() throws {
        let folder = try Self.project()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = TestSupport.run(["test", folder])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("10 tests: 10 passed, 0 failed"), "\(result.stdout)")
        for theme in ["gebruik", "geschiktheid", "herontwerp", "hybride_zorg", "impact", "toegankelijkheid", "werkdruk"] {
            let text = try String(contentsOfFile: "Indicators/\(theme).ind", encoding: .utf8)
            #expect(text.contains("\ntest "), "no test in \(theme).ind")
        }
    }

    static let mutations: [(file: String, from: String, to: String)] = [
        ("geschiktheid.ind", #"share(geschiktheid in ("geschikt", "deels geschikt"))"#, #"share(geschiktheid in ("geschikt", "niet geschikt"))"#),
        ("toegankelijkheid.ind", #"share(stelling_makkelijker_contact in ("eens", "helemaal eens"))"#,
         #"share(stelling_makkelijker_contact in ("oneens", "helemaal eens"))"#),
        ("herontwerp.ind", "filter jaar >= 2023", "filter jaar > 2023"),
        ("werkdruk.ind", "filter branche != \"kinderopvang\"\n", ""),
        ("hybride_zorg.ind", "target >= 70% of geschiktheid_zorgprocessen_zorgverleners", "target >= 60% of geschiktheid_zorgprocessen_zorgverleners"),
        ("impact.ind", "derive leeftijdsgroep = bands(leeftijd, 20, 40, 55)", "derive leeftijdsgroep = bands(leeftijd, 20, 45, 55)"),
    ]

    @Test("changing a definition makes indc test fail", arguments: mutations.indices)
    func changedDefinitionFails(_ index: Int) throws {
        let mutation = Self.mutations[index]
        let file = mutation.file == "impact.ind" ? "datasets.ind" : mutation.file
        var applied = false
        let folder = try Self.project(file) { text in
            applied = text.contains(mutation.from)
            return text.replacingOccurrences(of: mutation.from, with: mutation.to)
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(applied, "\(mutation.from) not found in \(file)")
        let result = TestSupport.run(["test", folder])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("FAILED"))
        #expect(result.stdout.contains("expected"))
    }

    @Test("a failure names the cell, the expected and the actual value and the difference; json says the same")
    func failureReport() throws {
        let folder = try Self.project("werkdruk.ind") { $0.replacingOccurrences(of: "value 75%, n 3", with: "value 80%, n 3") }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = TestSupport.run(["test", folder])
        #expect(text.status == 1)
        #expect(text.stdout.contains("cell jaar = 2024, kwartaal = 1\n"), "\(text.stdout)")
        #expect(text.stdout.contains("value:       expected 80% (0.8), actual 0.75 (diff -0.05)"), "\(text.stdout)")
        let json = TestSupport.run(["test", folder, "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["failed"] as? Int == 1)
        #expect(document["passed"] as? Int == 9)
        let tests = try #require(document["tests"] as? [[String: Any]])
        let failed = try #require(tests.first { $0["passed"] as? Bool == false })
        #expect(failed["name"] as? String == "werkdruk_zonder_kinderopvang")
        #expect((failed["milliseconds"] as? Double ?? 1e9) < 5000)
        let failure = try #require((failed["failures"] as? [[String: Any]])?.first)
        #expect(failure["expected"] as? String == "80% (0.8)")
        #expect(failure["actual"] as? String == "0.75")
        #expect(abs((failure["diff"] as? Double ?? 0) + 0.05) < 1e-12)
    }

    @Test("the tests in Grammar/README.md pass")
    func grammarExampleTestsPass() throws {
        let text = try #require(TestSupport.read("Grammar/README.md"))
        let examples = ProjectInvariantTests.fencedBlocks(text, language: "ind").filter { $0.contains("\ntest ") }
        #expect(!examples.isEmpty)
        for example in examples {
            let path = NSTemporaryDirectory() + "indc-grammar-test-\(getpid())-\(UUID().uuidString).ind"
            try example.write(toFile: path, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let result = TestSupport.run(["test", path])
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        }
    }
}
