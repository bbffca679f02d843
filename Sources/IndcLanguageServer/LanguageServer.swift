import Foundation
import IndcDiagnostics
import IndcSyntax

/// The `indc lsp` server: a JSON-RPC loop over LSP requests and notifications.
///
/// Documents are synchronised in full; every change re-checks the project (files whose text did not
/// change are not parsed again) and publishes the diagnostics of every file.
public final class LanguageServer {
    let workspace = Workspace()
    private let send: ([String: Any]) -> Void
    private var published = Set<String>()
    private var shutdownRequested = false

    /// A server that writes its messages with `send`.
    public init(send: @escaping ([String: Any]) -> Void) {
        self.send = send
    }

    /// Serves over standard input and output until `exit` or the end of input; the exit code follows LSP.
    public static func serve() -> Int32 {
        var transport = Transport()
        let output = transport
        let server = LanguageServer { output.write($0) }
        while let message = transport.read() {
            if let code = server.handle(message) { return code }
        }
        return 1
    }

    /// Handles one message; returns an exit code when the server should stop.
    public func handle(_ message: [String: Any]) -> Int32? {
        let method = message["method"] as? String ?? ""
        let params = message["params"] as? [String: Any] ?? [:]
        let id = message["id"]
        if method == "exit" { return shutdownRequested ? 0 : 1 }
        guard let id else {
            notify(method, params)
            return nil
        }
        if let result = respond(method, params) {
            send(["jsonrpc": "2.0", "id": id, "result": result])
        } else {
            send(["jsonrpc": "2.0", "id": id, "error": ["code": -32601, "message": "method not supported: \(method)"]])
        }
        return nil
    }

    private func notify(_ method: String, _ params: [String: Any]) {
        let document = params["textDocument"] as? [String: Any] ?? [:]
        guard let path = Self.path(document["uri"]) else { return }
        switch method {
        case "textDocument/didOpen":
            workspace.open(path, text: document["text"] as? String ?? "")
        case "textDocument/didChange":
            let changes = params["contentChanges"] as? [[String: Any]] ?? []
            guard let text = changes.last?["text"] as? String else { return }
            workspace.open(path, text: text)
        case "textDocument/didClose":
            workspace.close(path)
        case "textDocument/didSave":
            break
        default:
            return
        }
        publishDiagnostics()
    }

    private func respond(_ method: String, _ params: [String: Any]) -> Any? {
        switch method {
        case "initialize":
            let root = (params["rootUri"] as? String).flatMap { Self.path($0) } ?? params["rootPath"] as? String
            workspace.setRoot(root)
            return Self.capabilities
        case "shutdown":
            shutdownRequested = true
            return NSNull()
        default:
            break
        }
        let document = params["textDocument"] as? [String: Any] ?? [:]
        guard let path = Self.path(document["uri"]), let current = workspace.document(path) else {
            return method.hasPrefix("textDocument/") ? NSNull() : nil
        }
        let offset = current.lines.offset(params["position"] as? [String: Any])
        let index = ProjectIndex(workspace.allDocuments)
        switch method {
        case "textDocument/hover": return Hover(index: index, document: current).hover(at: offset) ?? NSNull()
        case "textDocument/completion": return Completion(index: index, document: current).items(at: offset)
        case "textDocument/definition": return Navigation(index: index, workspace: workspace).definition(current, offset) ?? NSNull()
        case "textDocument/references": return Navigation(index: index, workspace: workspace).references(current, offset)
        case "textDocument/documentSymbol": return Navigation(index: index, workspace: workspace).symbols(current)
        case "textDocument/formatting": return formatting(current)
        case "textDocument/codeAction":
            return CodeActions.actions(for: current, diagnostics: workspace.result?.diagnostics ?? workspace.check().diagnostics,
                                       range: params["range"] as? [String: Any])
        default: return nil
        }
    }

    private func formatting(_ document: Workspace.Document) -> Any {
        guard let text = Formatter.format(document.file).text, text != document.file.text else { return [Any]() }
        return [["range": document.lines.range(0..<document.file.bytes.count), "newText": text]]
    }

    /// Re-checks the project and sends every file's diagnostics (an empty list where they were cleared).
    func publishDiagnostics() {
        let result = workspace.check()
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in result.diagnostics { byFile[diagnostic.primary.span.file.path, default: []].append(diagnostic) }
        let paths = Set(workspace.allDocuments.map(\.file.path)).union(published)
        for path in paths.sorted() {
            let diagnostics = byFile[path] ?? []
            guard !diagnostics.isEmpty || published.contains(path), let document = workspace.document(path) else { continue }
            send(["jsonrpc": "2.0", "method": "textDocument/publishDiagnostics",
                  "params": ["uri": Self.uri(path), "diagnostics": diagnostics.map { CodeActions.lsp($0, document.lines) }]])
            if diagnostics.isEmpty { published.remove(path) } else { published.insert(path) }
        }
    }

    static var capabilities: [String: Any] { [
        "capabilities": [
            "textDocumentSync": ["openClose": true, "change": 1, "save": true],
            "hoverProvider": true,
            "completionProvider": ["triggerCharacters": ["\"", " ", "("]],
            "definitionProvider": true,
            "referencesProvider": true,
            "documentSymbolProvider": true,
            "documentFormattingProvider": true,
            "codeActionProvider": ["codeActionKinds": ["quickfix"]],
        ] as [String: Any],
        "serverInfo": ["name": "indc", "version": "0.1.0"],
    ] }

    /// The file path of a `file://` URI.
    static func path(_ uri: Any?) -> String? {
        guard let uri = uri as? String, let url = URL(string: uri), url.isFileURL else { return nil }
        return (url.path as NSString).standardizingPath
    }

    /// The `file://` URI of a path.
    static func uri(_ path: String) -> String { URL(fileURLWithPath: path).absoluteString }
}
