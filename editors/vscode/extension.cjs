// A minimal VS Code client of `medlint lsp`: the server does the linting, the configuration
// lookup and the quick fixes; this only starts it for Markdown, MDX, plain text and HTML.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

/** The medlint command: the setting, else the workspace's own install, else the one on PATH. */
function medlintCommand() {
  const configured = vscode.workspace.getConfiguration('medlint').get('path');
  if (configured) return configured;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const local = folder && path.join(folder, 'node_modules', '.bin', process.platform === 'win32' ? 'medlint.cmd' : 'medlint');
  return local && fs.existsSync(local) ? local : 'medlint';
}

function activate() {
  const server = { command: medlintCommand(), args: ['lsp', '--stdio'], transport: TransportKind.stdio };
  client = new LanguageClient(
    'medlint',
    'medlint',
    { run: server, debug: server },
    {
      documentSelector: ['markdown', 'mdx', 'plaintext', 'html'].map((language) => ({ language })),
      // The server reads these files again when they change.
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{.medlintrc.json,.medlintrc.yaml,.medlintrc.yml,medlint.config.js,medlint.config.mjs,package.json,.medlintignore,.medlint-dictionary}') },
    },
  );
  return client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
