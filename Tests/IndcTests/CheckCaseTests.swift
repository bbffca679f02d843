import Foundation
import IndcDiagnostics
import Testing

/// Data-driven diagnostics cases: each `Tests/Cases/check/NAME.ind` (or folder `NAME/`) is checked,
/// and what the user sees (stdout, the summary on stderr, the exit code) must equal `NAME.expected`.
/// A missing expectation is written and the case fails; `INDC_UPDATE_EXPECTED=1` rewrites them all.
struct CheckCaseTests {
    static let folder = "Tests/Cases/check"

    /// Every case: a top-level `.ind` file or a folder.
    static let cases: [String] = {
        let base = (TestSupport.root as NSString).appendingPathComponent(folder)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
        return entries.filter { $0.hasSuffix(".ind") || (!$0.contains(".") && $0 != "data") }.sorted()
    }()

    @Test("check case", arguments: cases)
    func checkCase(_ name: String) throws {
        let path = "\(Self.folder)/\(name)"
        let result = TestSupport.run(["check", path, "--color", "never"])
        let actual = result.stdout + "--- stderr\n" + result.stderr + "--- exit code \(result.status)\n"
        try TestSupport.expectMatches(actual, expectedPath: "\(Self.folder)/\(name.replacingOccurrences(of: ".ind", with: "")).expected")
    }

    @Test("every diagnostic code has a case named after it that reports it")
    func everyCodeHasACase() {
        for code in DiagnosticCode.allCases {
            let named = Self.cases.filter { $0.hasPrefix(code.rawValue) }
            #expect(!named.isEmpty, "no case for \(code.rawValue) in \(Self.folder)")
            for name in named {
                let expected = TestSupport.read("\(Self.folder)/\(name.replacingOccurrences(of: ".ind", with: "")).expected") ?? ""
                #expect(expected.contains("[\(code.rawValue)]"), "case \(name) does not report \(code.rawValue)")
            }
        }
    }
}
