/**
 * One configuration everywhere: on the same temporary repository, the CLI, `lintFiles`, the
 * remark plugin, `medlint report` and the language server find the same findings, because each
 * resolves config files (nested, with `ignores`), `.medlintignore` and `.medlint-dictionary`
 * as the CLI does.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { lintFiles, remarkMedlint } from '../src/index.js';
import { BIN, tempDir } from './helpers/cli.js';

const ARTICLE = 'Nao Clinic and Zorbix offer ketamine.\n\nKetamine is non-addictive and cures depression within minutes.\n';
const REPO = {
  '.medlintrc.json': JSON.stringify({ rules: { 'safety-claim': 'off', 'missing-disclaimer': 'off', 'missing-risk-information': 'off', 'regulatory-claim': 'off' }, words: ['Nao'], ignores: ['archive/**'] }),
  'sub/.medlintrc.json': JSON.stringify({ rules: { 'speed-claim': 'off', 'safety-claim': 'error' } }),
  '.medlintignore': 'drafts/\n',
  '.medlint-dictionary': 'Zorbix\n',
  'posts/a.md': ARTICLE,
  'sub/b.md': ARTICLE,
  'drafts/x.md': ARTICLE,
  'archive/y.md': ARTICLE,
};
const FILES = ['posts/a.md', 'sub/b.md', 'drafts/x.md', 'archive/y.md'];

type Found = Record<string, string[]>;

/** `line:column rule` per file, every file present (ignored ones with none). */
function tidy(pairs: readonly (readonly [file: string, finding: string])[]): Found {
  const out: Found = Object.fromEntries(FILES.map((f) => [f, [] as string[]]));
  for (const [file, finding] of pairs) out[file]?.push(finding);
  for (const list of Object.values(out)) list.sort();
  return out;
}

describe('one configuration for the CLI, lintFiles, the remark plugin, the report and the language server', () => {
  const dir = tempDir(REPO);
  const rel = (file: string): string => path.relative(dir, path.resolve(dir, file)).split(path.sep).join('/');

  const cli = spawnSync(process.execPath, [BIN, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const expected = tidy(
    (JSON.parse(cli.stdout) as { file: string; messages: { line: number; column: number; ruleId: string }[] }[]).flatMap((r) => r.messages.map((m) => [rel(r.file), `${m.line}:${m.column} ${m.ruleId}`] as const)),
  );

  it('the CLI applies the nested configs, the ignores and the dictionary', () => {
    expect(cli.stderr).toBe('');
    expect(expected['posts/a.md']).toEqual(['3:31 absolute-claim', '3:48 speed-claim']);
    expect(expected['sub/b.md']).toEqual(['3:13 safety-claim', '3:31 absolute-claim']);
    expect(expected['drafts/x.md']).toEqual([]);
    expect(expected['archive/y.md']).toEqual([]);
  });

  it('lintFiles', async () => {
    const results = await lintFiles([dir], { cwd: dir });
    expect(tidy(results.flatMap((r) => r.messages.map((m) => [rel(r.file), `${m.line}:${m.column} ${m.ruleId}`] as const)))).toEqual(expected);
  });

  it('the remark plugin', async () => {
    const processor = unified().use(remarkParse).use(remarkMedlint);
    const pairs: (readonly [string, string])[] = [];
    for (const name of FILES) {
      const file = new VFile({ path: path.join(dir, name), cwd: dir, value: readFileSync(path.join(dir, name), 'utf8') });
      await processor.run(processor.parse(file), file);
      for (const m of file.messages) pairs.push([name, `${m.line}:${m.column} ${m.ruleId}`]);
    }
    expect(tidy(pairs)).toEqual(expected);
  });

  it('medlint report', () => {
    const r = spawnSync(process.execPath, [BIN, 'report', '.', '--format', 'csv', '--out', 'report.csv'], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const rows = parseCsv(readFileSync(path.join(dir, 'report.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    expect(tidy(rows.map((row) => [rel(row['file']!), `${row['line'] || 1}:${row['column'] || 1} ${row['rule']}`] as const))).toEqual(expected);
  });

  it('the language server', async () => {
    const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: dir });
    const client = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const latest = new Map<string, { range: { start: { line: number; character: number } }; code: string }[]>();
    client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { range: { start: { line: number; character: number } }; code: string }[] }) => void latest.set(p.uri, p.diagnostics));
    client.listen();
    await client.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
    await client.sendNotification('initialized', {});
    const uri = (name: string): string => pathToFileURL(path.join(dir, name)).href;
    for (const [i, name] of FILES.entries()) {
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(name), languageId: 'markdown', version: i + 1, text: ARTICLE } });
    }
    const deadline = Date.now() + 15_000;
    while (FILES.some((f) => !latest.has(uri(f))) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const pairs = FILES.flatMap((name) => (latest.get(uri(name)) ?? []).map((d) => [name, `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`] as const));
    await client.sendRequest('shutdown');
    await client.sendNotification('exit');
    client.dispose();
    expect(tidy(pairs)).toEqual(expected);
  }, 30_000);
});
