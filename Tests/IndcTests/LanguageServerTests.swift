import Foundation
import IndcLanguageServer
import Testing

/// `indc lsp` in-process: the messages a session sends back, and the time a change takes on a
/// 5,000-line project. The end-to-end session with an independent client is Tests/LSP (pytest-lsp, in CI).
struct LanguageServerTests {
    final class Recorder: @unchecked Sendable {
        var messages: [[String: Any]] = []
    }

    static func session(root: String) -> (LanguageServer, Recorder) {
        let recorder = Recorder()
        let server = LanguageServer { recorder.messages.append($0) }
        _ = server.handle(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["rootUri": URL(fileURLWithPath: root).absoluteString]])
        _ = server.handle(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
        return (server, recorder)
    }

    /// A project of ten datasets and 450 indicators, about 5,700 lines.
    static func bigProject() throws -> String {
        let folder = NSTemporaryDirectory() + "indc-lsp-big-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for dataset in 0..<10 {
            var lines = ["dataset ds\(dataset) {", "  file \"data/ds\(dataset).csv\"", "  weight gewicht", "  column jaar: integer",
                         "  column gewicht: number", "  column panel: category(\"a\", \"b\", \"c\")"]
            lines += (0..<20).map { "  column v\($0): category(\"ja\", \"nee\") missing(\"weet niet\")" }
            lines += ["  derive groep = if(jaar >= 2022, \"nieuw\", \"oud\")", "}", ""]
            for indicator in 0..<45 {
                lines += ["indicator ind\(dataset)_\(indicator) {", "  title \"Indicator \(dataset) \(indicator)\"", "  source ds\(dataset)",
                          "  filter jaar >= 2021", "  group by jaar, panel", "  breakdown groep", "  measure share(v\(indicator % 20) = \"ja\")",
                          "  unit percent", "  minimum n 10", "  target >= 60% by 2026", "}", ""]
            }
            try lines.joined(separator: "\n").write(toFile: "\(folder)/f\(dataset).ind", atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test("a change in a 5,000-line project is re-checked and published well under a second")
    func changeIsFast() throws {
        let folder = try Self.bigProject()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (server, recorder) = Self.session(root: folder)
        let path = "\(folder)/f3.ind"
        let uri = URL(fileURLWithPath: path).absoluteString
        let text = try String(contentsOfFile: path, encoding: .utf8)
        _ = server.handle(["jsonrpc": "2.0", "method": "textDocument/didOpen",
                           "params": ["textDocument": ["uri": uri, "languageId": "ind", "version": 1, "text": text]]])
        let broken = text.replacingOccurrences(of: "share(v3 = \"ja\")", with: "share(v3 = \"jaa\")")
        recorder.messages.removeAll()
        let started = ContinuousClock.now
        _ = server.handle(["jsonrpc": "2.0", "method": "textDocument/didChange",
                           "params": ["textDocument": ["uri": uri, "version": 2], "contentChanges": [["text": broken]]]])
        let elapsed = ContinuousClock.now - started
        // Well under a second in a release build; the bound leaves room for a debug build on a loaded machine.
        #expect(elapsed < .milliseconds(3000), "re-check took \(elapsed)")
        let published = recorder.messages.filter { ($0["params"] as? [String: Any])?["uri"] as? String == uri }
        let diagnostics = (published.last?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []
        #expect(diagnostics.compactMap { $0["code"] as? String }.contains("E0302"))
    }
}
