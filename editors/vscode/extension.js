// Starts `klarlint lsp` for plain text, Markdown and HTML. Everything else (diagnostics, quick fixes,
// hover, the klarlint.check command) comes from the language server; this file only starts it.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const [command, ...args] = vscode.workspace.getConfiguration("klarlintServer").get("command");
  client = new LanguageClient(
    "klarlint",
    "klarlint",
    { command, args },
    {
      // Files on disk only: without a scheme the selector also matched the git: originals in diff views (their
      // findings, and accept/disable actions writing klarlint.toml for them) and untitled buffers.
      documentSelector: [
        { scheme: "file", language: "plaintext" },
        { scheme: "file", language: "markdown" },
        { scheme: "file", language: "html" },
      ],
      // The section "klarlint" is the server's settings; it re-checks the open documents when they change.
      synchronize: { configurationSection: "klarlint" },
    },
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
