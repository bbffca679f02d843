import IndcLanguageServer

/// `indc lsp`: the Language Server Protocol over standard input and output.
enum LspCommand {
    static let spec = CommandSpec(
        name: "lsp",
        abstract: "Run the language server (LSP over stdin/stdout) for editors.",
        overview: "Serve the Language Server Protocol over standard input and output: diagnostics as you type (the codes of indc check), hover, completion, go to definition, references, document symbols, formatting (indc fmt) and quick fixes for the did-you-mean suggestions. Editors start it; see Editors/vscode.",
        arguments: [],
        options: [],
        positionals: 0...0)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) -> Int32 {
        console.flush()
        return LanguageServer.serve()
    }
}
