/**
 * The language server driven by a real protocol client (vscode-jsonrpc over the process's
 * standard input and output), as an editor drives `medlint lsp`.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { BIN, tempDir } from '../helpers/cli.js';

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
  data?: unknown;
}
interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
interface CodeAction {
  title: string;
  isPreferred?: boolean;
  edit?: { changes: Record<string, { range: Diagnostic['range']; newText: string }[]> };
  command?: { command: string; arguments: unknown[] };
}

const POST = '# Ketamine at Zorbix\n\nKetamine is non-addictive.\n\nOur doctors use etamine at low doses.\n';

describe('medlint lsp, through the protocol', () => {
  let dir: string;
  let child: ChildProcessWithoutNullStreams;
  let client: MessageConnection;
  const published: Published[] = [];
  const uri = (name: string): string => pathToFileURL(path.join(dir, name)).href;

  /** Waits for a diagnostics notification of a document that satisfies `test`. */
  async function diagnostics(name: string, test: (p: Published) => boolean = () => true, from = 0): Promise<Published> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const found = published.slice(from).find((p) => p.uri === uri(name) && test(p));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${name}: ${JSON.stringify(published.slice(from))}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  const codes = (p: Published): string[] => p.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`);

  beforeAll(async () => {
    dir = tempDir({ 'post.md': POST, 'drafts/x.md': 'It cures pain.\n', '.medlintignore': 'drafts/\n' });
    child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: dir });
    client = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    client.onNotification('textDocument/publishDiagnostics', (p: Published) => void published.push(p));
    client.onRequest('client/registerCapability', () => null);
    client.onNotification('window/showMessage', (m: unknown) => void published.push({ uri: 'message', diagnostics: [], ...(m as object) }));
    client.listen();
    const init = (await client.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    })) as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
    expect(init.serverInfo.name).toBe('medlint');
    expect(init.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: { codeActionKinds: ['quickfix'] } });
    await client.sendNotification('initialized', {});
  }, 30_000);

  afterAll(async () => {
    await client.sendRequest('shutdown');
    await client.sendNotification('exit');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(child.exitCode).toBe(0);
    client.dispose();
  });

  it('reports findings when a document opens, with rule, severity and range', async () => {
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('post.md'), languageId: 'markdown', version: 1, text: POST } });
    const p = await diagnostics('post.md', (x) => x.version === 1);
    expect(codes(p)).toEqual(expect.arrayContaining(['3:13 safety-claim', '5:17 spelling']));
    expect(p.diagnostics.find((d) => d.code === 'safety-claim')).toMatchObject({ severity: 1, source: 'medlint', range: { end: { line: 2, character: 25 } } });
  });

  it('lints the newest text after a pause, never an older one', async () => {
    const from = published.length;
    const change = (version: number, text: string) =>
      client.sendNotification('textDocument/didChange', {
        textDocument: { uri: uri('post.md'), version },
        contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, text }],
      });
    await change(2, 'Ketamine cures depression.\n');
    await change(3, 'Ketamine may help some patients.\n');
    const p = await diagnostics('post.md', (x) => x.version === 3, from);
    expect(published.slice(from).filter((x) => x.uri === uri('post.md') && x.version === 2)).toEqual([]);
    expect(codes(p).some((c) => c.startsWith('3:'))).toBe(false);
    await change(4, 'Ketamine is non-addictive.\n');
    await diagnostics('post.md', (x) => x.version === 4 && codes(x).includes('3:13 safety-claim'), from);
  });

  it('offers the safe fix first, the suggestions, the project dictionary and a reasoned disable', async () => {
    const p = await diagnostics('post.md', (x) => x.version === 4);
    const typo = p.diagnostics.find((d) => d.code === 'spelling' && d.range.start.line === 4)!;
    const actions = (await client.sendRequest('textDocument/codeAction', { textDocument: { uri: uri('post.md') }, range: typo.range, context: { diagnostics: [typo] } })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    expect(titles[0]).toBe('Replace with “ketamine” (safe fix)');
    expect(actions[0]?.isPreferred).toBe(true);
    expect(actions[0]?.edit?.changes[uri('post.md')]).toEqual([{ range: typo.range, newText: 'ketamine' }]);
    expect(titles).toContain('Add “etamine” to .medlint-dictionary');
    const disable = actions.find((a) => a.title.startsWith('Disable spelling'));
    expect(disable?.edit?.changes[uri('post.md')]?.[0]?.newText).toBe('<!-- medlint-disable-next-line spelling -- reason:  -->\n');
  });

  it('explains a finding on hover, with the rule and its guidance', async () => {
    const hover = (await client.sendRequest('textDocument/hover', { textDocument: { uri: uri('post.md') }, position: { line: 2, character: 15 } })) as { contents: { value: string } };
    expect(hover.contents.value).toContain('**medlint · safety-claim**');
    expect(hover.contents.value).toContain('[Guidance](https://github.com/medlint/medlint/blob/main/docs/rules/safety-claim.md)');
    expect(await client.sendRequest('textDocument/hover', { textDocument: { uri: uri('post.md') }, position: { line: 0, character: 1 } })).toBeNull();
  });

  it('reads the config again when it changes', async () => {
    const from = published.length;
    writeFileSync(path.join(dir, '.medlintrc.json'), JSON.stringify({ rules: { 'safety-claim': 'off' } }));
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.medlintrc.json'), type: 1 }] });
    const p = await diagnostics('post.md', () => true, from);
    expect(codes(p)).not.toContain('3:13 safety-claim');
    expect(codes(p)).toContain('5:17 spelling');
  });

  it('adds a word to the project dictionary and stops reporting it', async () => {
    const from = published.length;
    await client.sendRequest('workspace/executeCommand', { command: 'medlint.addToProjectDictionary', arguments: [pathToFileURL(dir).href, 'etamine'] });
    expect(readFileSync(path.join(dir, '.medlint-dictionary'), 'utf8')).toBe('etamine\n');
    const p = await diagnostics('post.md', () => true, from);
    expect(codes(p)).not.toContain('5:17 spelling');
  });

  it('notices a dictionary edited outside the editor, with no notification, at the next lint', async () => {
    const from = published.length;
    const text = POST.replace('Ketamine is non-addictive.', 'We use the glimfrob protocol.');
    const change = (version: number) => client.sendNotification('textDocument/didChange', { textDocument: { uri: uri('post.md'), version }, contentChanges: [{ text }] });
    await change(5);
    const before = await diagnostics('post.md', (x) => x.version === 5, from);
    expect(before.diagnostics.filter((d) => d.code === 'spelling').map((d) => d.range.start.line)).toContain(2);
    writeFileSync(path.join(dir, '.medlint-dictionary'), 'etamine\nglimfrob\n');
    await change(6);
    const after = await diagnostics('post.md', (x) => x.version === 6, from);
    expect(after.diagnostics.filter((d) => d.code === 'spelling').map((d) => d.range.start.line)).not.toContain(2);
  });

  it('reports a config the CLI would reject on the document, and clears it when fixed', async () => {
    const from = published.length;
    const good = readFileSync(path.join(dir, '.medlintrc.json'), 'utf8');
    writeFileSync(path.join(dir, '.medlintrc.json'), JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.medlintrc.json'), type: 2 }] });
    const bad = await diagnostics('post.md', (x) => x.diagnostics.some((d) => d.code === 'medlint/config'), from);
    expect(bad.diagnostics).toHaveLength(1);
    expect(bad.diagnostics[0]?.message).toMatch(/^medlint cannot lint this file: .*no-such-rule/u);
    const fixed = published.length;
    writeFileSync(path.join(dir, '.medlintrc.json'), good);
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.medlintrc.json'), type: 2 }] });
    await diagnostics('post.md', (x) => !x.diagnostics.some((d) => d.code === 'medlint/config') && x.diagnostics.length > 0, fixed);
  });

  it('reports nothing for an ignored file, and lints MDX as MDX', async () => {
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('drafts/x.md'), languageId: 'markdown', version: 1, text: 'It cures pain.\n' } });
    expect((await diagnostics('drafts/x.md')).diagnostics).toEqual([]);
    const mdx = "import { Callout } from './callout'\n\n<Callout>It cures pain.</Callout>\n";
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('a.mdx'), languageId: 'mdx', version: 1, text: mdx } });
    const p = await diagnostics('a.mdx');
    expect(codes(p).filter((c) => !c.startsWith('1:1 '))).toEqual(['3:13 absolute-claim']);
  });
});
