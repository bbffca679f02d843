// The client side of the extension: starts `indc lsp` and lets VS Code talk to it.
// Everything else (diagnostics, completion, hover, formatting …) comes from the server.
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("indc").get("path") || "indc";
  const server = { command, args: ["lsp"], transport: TransportKind.stdio };
  client = new LanguageClient(
    "indc",
    "indc language server",
    { run: server, debug: server },
    { documentSelector: [{ scheme: "file", language: "ind" }] }
  );
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
