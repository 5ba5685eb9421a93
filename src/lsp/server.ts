/**
 * `medlint lsp`: a language server over standard input and output, so editors show findings
 * as the writer types. It lints with the CLI's own project model (src/engine/project.ts):
 * config files, `.medlintignore`, config `ignores` and `.medlint-dictionary` resolve exactly
 * as `medlint` run from the workspace folder resolves them, and are read again when they change.
 *
 * - Diagnostics on open and on change, debounced; a lint whose document has changed since is
 *   dropped, so only the newest text is ever reported.
 * - Code actions: a finding's safe fix (preferred), its suggested wording, "add to the project
 *   dictionary" for a spelling finding, and "disable for this line" with a reason to fill in.
 * - Hover on a finding: its message, the rule's description, guidance and references.
 */
import { appendFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleSet, rulesMeta } from '../builtin.js';
import { CONFIG_FILES } from '../engine/config.js';
import { IGNORE_FILE, Project } from '../engine/project.js';
import { PROJECT_DICTIONARY } from '../engine/project-dictionary.js';
import { lintWithEngine } from '../engine/run.js';
import type { Finding, SourceFormat } from '../types.js';

/** Milliseconds after the last change before a document is linted. */
export const DEBOUNCE_MS = 150;

/** The command behind "add to the project dictionary": arguments [workspace folder URI, word]. */
export const ADD_WORD_COMMAND = 'medlint.addToProjectDictionary';

const RULES = new Map(Object.entries(rulesMeta));
const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;
/** Editor language ids of the formats medlint reads, for documents without a file name. */
const LANGUAGE_EXTENSION: Readonly<Record<string, string>> = { markdown: '.md', mdx: '.mdx', html: '.html', plaintext: '.txt' };

/** What the server keeps of a finding, to answer code actions and hover. */
interface DiagnosticData {
  readonly ruleId: string;
  readonly excerpt: string;
  readonly suggestions?: readonly string[];
  readonly fix?: { readonly range: Range; readonly text: string };
}

/** Options for tests: the streams and the debounce. */
export interface ServerOptions {
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream;
  readonly debounceMs?: number;
}

/** Starts the server; resolves with the exit status when the client disconnects. */
export function startServer(options: ServerOptions = {}): Promise<number> {
  const connection = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(options.input ?? process.stdin),
    new StreamMessageWriter(options.output ?? process.stdout),
  );
  const server = new MedlintServer(connection, options.debounceMs ?? DEBOUNCE_MS);
  server.listen();
  return new Promise((resolve) => connection.onExit(() => resolve(server.shutdownRequested ? 0 : 1)));
}

class MedlintServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The findings last reported for each document (offsets into that text), for hover. */
  private readonly findings = new Map<string, readonly Finding[]>();
  private root = process.cwd();
  private project: Project | undefined;
  /** The modification times of the files the configuration was read from, when it was read. */
  private stamp = '';
  private watchRegistration = false;
  shutdownRequested = false;

  constructor(
    private readonly connection: Connection,
    private readonly debounceMs: number,
  ) {}

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => {
      if (this.watchRegistration) {
        const watchers = [...CONFIG_FILES, IGNORE_FILE, PROJECT_DICTIONARY].map((name) => ({ globPattern: `**/${name}` }));
        void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
      }
    });
    connection.onShutdown(() => {
      this.shutdownRequested = true;
      for (const timer of this.timers.values()) clearTimeout(timer);
    });
    documents.onDidOpen((e) => this.lintNow(e.document.uri));
    documents.onDidChangeContent((e) => this.schedule(e.document.uri));
    documents.onDidSave((e) => {
      if (isConfigFile(e.document.uri)) this.reload();
    });
    documents.onDidClose((e) => {
      clearTimeout(this.timers.get(e.document.uri));
      this.timers.delete(e.document.uri);
      this.findings.delete(e.document.uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    connection.onDidChangeWatchedFiles(() => this.reload());
    connection.onCodeAction((params) => {
      const document = documents.get(params.textDocument.uri);
      return document ? params.context.diagnostics.flatMap((d) => this.actions(document, d)) : [];
    });
    connection.onHover((params) => {
      const document = documents.get(params.textDocument.uri);
      return document ? this.hover(document, params.position) : null;
    });
    connection.onExecuteCommand((params) => {
      if (params.command !== ADD_WORD_COMMAND) return;
      const [folder, word] = (params.arguments ?? []) as [string, string];
      if (typeof folder !== 'string' || typeof word !== 'string' || !/^[\p{L}\p{M}'’-]+$/u.test(word)) return;
      const file = path.join(fileURLToPath(folder), PROJECT_DICTIONARY);
      const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
      appendFileSync(file, `${existing === '' || existing.endsWith('\n') ? '' : '\n'}${word}\n`);
      this.reload();
    });
    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:')) this.root = fileURLToPath(folder);
    this.watchRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
        executeCommandProvider: { commands: [ADD_WORD_COMMAND] },
      },
      serverInfo: { name: 'medlint' },
    };
  }

  /** Lints a document after the writer pauses; a newer change restarts the wait. */
  private schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.lintNow(uri);
      }, this.debounceMs),
    );
  }

  /** Drops the project (config, ignores, dictionary), so the next lint reads them again, and lints every open document. */
  private reload(): void {
    this.project = undefined;
    for (const document of this.documents.all()) this.schedule(document.uri);
  }

  /**
   * Lints a document now. A configuration the CLI would reject (a bad config file, an unknown
   * rule) is reported on the document itself, at its start, until it is fixed: a pop-up on every
   * keystroke would stop the writer.
   */
  private lintNow(uri: string): void {
    void this.lint(uri).catch(async (error: unknown) => {
      const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
      const document = this.documents.get(uri);
      this.findings.delete(uri);
      const start = { line: 0, character: 0 };
      const diagnostic: Diagnostic = { range: { start, end: start }, severity: DiagnosticSeverity.Error, source: 'medlint', code: 'medlint/config', message: `medlint cannot lint this file: ${message}` };
      await this.connection.sendDiagnostics({ uri, ...(document ? { version: document.version } : {}), diagnostics: [diagnostic] });
    });
  }

  private async lint(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const version = document.version;
    const file = this.pathOf(document);
    const project = this.projectFor(file);
    let findings: readonly Finding[] = [];
    if (!(await project.isIgnored(file))) {
      const { engine } = await project.engineFor(file);
      findings = lintWithEngine(engine, document.getText(), file, formatFor(file)).messages;
    }
    // A newer text arrived while this one was linted: its own lint reports it.
    if (this.documents.get(uri)?.version !== version) return;
    this.findings.set(uri, findings);
    const diagnostics = findings.map((f) => toDiagnostic(f, document));
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /** The project, read again when a config file, the ignore file or the dictionary changed on disk. */
  private projectFor(file: string): Project {
    const stamp = this.configStamp(file);
    if (!this.project || stamp !== this.stamp) {
      this.project = new Project(ruleSet, { cwd: this.root });
      this.stamp = stamp;
    }
    return this.project;
  }

  /** Modification times of every file the configuration of `file` could come from. */
  private configStamp(file: string): string {
    const names: string[] = [path.join(this.root, IGNORE_FILE), path.join(this.root, PROJECT_DICTIONARY)];
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      for (const name of CONFIG_FILES) names.push(path.join(dir, name));
      if (path.dirname(dir) === dir) break;
    }
    return names.map((name) => statSync(name, { throwIfNoEntry: false })?.mtimeMs ?? -1).join(',');
  }

  /** The file a document stands for; an unsaved one is named in the workspace folder by its language. */
  private pathOf(document: TextDocument): string {
    if (document.uri.startsWith('file:')) return fileURLToPath(document.uri);
    return path.join(this.root, `untitled${LANGUAGE_EXTENSION[document.languageId] ?? '.md'}`);
  }

  private actions(document: TextDocument, diagnostic: Diagnostic): CodeAction[] {
    if (diagnostic.source !== 'medlint' || typeof diagnostic.code !== 'string') return [];
    const data = diagnostic.data as DiagnosticData | undefined;
    const ruleId = diagnostic.code;
    const actions: CodeAction[] = [];
    const edit = (range: Range, newText: string) => ({ changes: { [document.uri]: [{ range, newText }] } });
    if (data?.fix) {
      const title = data.fix.text === '' ? 'Delete the repeat (safe fix)' : `Replace with “${data.fix.text}” (safe fix)`;
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: edit(data.fix.range, data.fix.text) });
    }
    for (const suggestion of data?.suggestions ?? []) {
      if (data?.fix && suggestion === data.fix.text) continue;
      actions.push({ title: `Replace with “${suggestion}”`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(diagnostic.range, suggestion) });
    }
    if (ruleId === 'spelling' && data && /^[\p{L}\p{M}'’-]+$/u.test(data.excerpt)) {
      actions.push({
        title: `Add “${data.excerpt}” to ${PROJECT_DICTIONARY}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Add to the project dictionary', command: ADD_WORD_COMMAND, arguments: [pathToFileURL(this.root).href, data.excerpt] },
      });
    }
    if (ruleId !== 'medlint/directive' && ruleId !== 'medlint/config') {
      const line = diagnostic.range.start.line;
      const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
      const indent = /^[ \t]*/u.exec(text)?.[0] ?? '';
      const comment = disableComment(formatFor(this.pathOf(document)), this.pathOf(document).toLowerCase().endsWith('.mdx'), ruleId);
      const insert: TextEdit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${comment}\n` };
      actions.push({ title: `Disable ${ruleId} for this line (give a reason)`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [document.uri]: [insert] } } });
    }
    return actions;
  }

  private hover(document: TextDocument, position: { line: number; character: number }): Hover | null {
    const offset = document.offsetAt(position);
    const here = (this.findings.get(document.uri) ?? []).filter((f) => f.endOffset !== undefined && f.offset <= offset && offset <= f.endOffset);
    if (here.length === 0) return null;
    const parts = here.map((f) => {
      const meta = RULES.get(f.ruleId);
      const refs = (meta?.references ?? []).map((r) => `- [${r.title}](${r.url})`).join('\n');
      return [
        `**medlint · ${f.ruleId}** (${f.severity})`,
        '',
        f.message,
        ...(meta ? ['', `*${meta.description}.*`] : []),
        ...(f.suggestions?.length ? ['', `Suggested: ${f.suggestions.map((s) => `“${s}”`).join(', ')}`] : []),
        '',
        `[Guidance](${f.url})`,
        ...(refs ? ['', refs] : []),
      ].join('\n');
    });
    return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } };
  }
}

function isConfigFile(uri: string): boolean {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  return ([...CONFIG_FILES, IGNORE_FILE, PROJECT_DICTIONARY] as string[]).includes(name);
}

/** The format the engine reads a file as (by its extension, as the CLI does). */
function formatFor(file: string): SourceFormat {
  const lower = file.toLowerCase();
  if (/\.(md|markdown|mdx)$/u.test(lower)) return 'markdown';
  if (/\.html?$/u.test(lower)) return 'html';
  return 'text';
}

/** A disable-next-line comment in the document's own comment syntax, with a reason to fill in. */
function disableComment(format: SourceFormat, mdx: boolean, ruleId: string): string {
  const body = `medlint-disable-next-line ${ruleId} -- reason: `;
  if (mdx) return `{/* ${body} */}`;
  if (format === 'text') return body.trimEnd();
  return `<!-- ${body} -->`;
}

function toDiagnostic(f: Finding, document: TextDocument): Diagnostic {
  const start = { line: f.line - 1, character: f.column - 1 };
  const end = f.endLine !== undefined && f.endColumn !== undefined ? { line: f.endLine - 1, character: f.endColumn - 1 } : start;
  const data: DiagnosticData = {
    ruleId: f.ruleId,
    excerpt: f.excerpt,
    ...(f.suggestions ? { suggestions: f.suggestions } : {}),
    ...(f.fix ? { fix: { range: { start: document.positionAt(f.fix.start), end: document.positionAt(f.fix.end) }, text: f.fix.text } } : {}),
  };
  return {
    range: { start, end },
    severity: SEVERITY[f.severity],
    source: 'medlint',
    code: f.ruleId,
    codeDescription: { href: f.url },
    message: f.message,
    ...(f.related?.length
      ? { relatedInformation: f.related.map((r) => ({ location: { uri: document.uri, range: { start: { line: r.line - 1, character: r.column - 1 }, end: { line: r.endLine - 1, character: r.endColumn - 1 } } }, message: r.message })) }
      : {}),
    data,
  };
}
