/** The SARIF formatter: schema-valid logs from real articles, and every field checked against the findings it came from. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { advance, formatSarif } from '../../src/formatters/sarif.js';
import { rulesMetaOf } from '../../src/util/rule.js';
import { lintFiles, lintText } from '../../src/index.js';
import type { Finding, LintResult } from '../../src/types.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';

const CWD = process.cwd();
/** An article whose findings carry safe fixes: a misspelling with one candidate, repeated words (one across a CRLF line break), a double space. */
const FIXABLE = 'Ketamine Clinic\r\n\r\nOur clinic manifactured the the tablets in  Ohio for the\r\nthe patients with depression.\r\n';

/** Line and 1-based column of a file offset, counted independently of the formatter. */
function pointAt(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1) ?? '').length + 1 };
}

const parse = (results: readonly LintResult[], cwd = CWD): Sarif.Log => JSON.parse(formatSarif(results, { cwd, rulesMeta: rulesMetaOf(rules) })) as Sarif.Log;
const firstRun = (log: Sarif.Log): Sarif.Run => {
  expect(log.runs).toHaveLength(1);
  // Safe: one run, checked above.
  return log.runs[0]!;
};

let results: LintResult[];
let texts: Map<string, string>;

beforeAll(async () => {
  results = [...(await lintFiles(['fixtures/seeds'])), lintText(FIXABLE, { path: 'fixable.md' })];
  texts = new Map(results.map((r) => [r.file, r.file === 'fixable.md' ? FIXABLE : readFileSync(r.file, 'utf8')]));
});

describe('sarif formatter', () => {
  it('is valid against the official SARIF 2.1.0 schema, with related locations and fixes present', () => {
    const log = parse(results);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const run = firstRun(log);
    expect(run.results?.some((r) => (r.relatedLocations?.length ?? 0) > 0)).toBe(true);
    expect(run.results?.filter((r) => r.fixes).length).toBe(results.flatMap((r) => r.messages).filter((m) => m.fix).length);
    expect(run.results?.filter((r) => r.fixes).length).toBeGreaterThanOrEqual(4);
  });

  it('carries each finding\'s fingerprint as a partial fingerprint, and indexes directive problems to their pseudo-rule', () => {
    const run = firstRun(parse(results));
    expect(run.results?.map((r) => r.partialFingerprints?.['medlintFinding/v1'])).toEqual(results.flatMap((r) => r.messages.map((m) => m.fingerprint)));
    const directive = lintText('<!-- medlint-disable-next-line no-such-rule -->\nText.\n', { path: 'd.md', only: ['safety-claim'] });
    const log = parse([directive]);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const [result] = firstRun(log).results ?? [];
    expect(result?.ruleId).toBe('medlint/directive');
    expect(firstRun(log).tool.driver.rules?.[result?.ruleIndex ?? -1]?.id).toBe('medlint/directive');
  });

  it('has a validator that rejects what the schema forbids', () => {
    const log = parse(results);
    const run = firstRun(log);
    // Safe: the seeds have findings.
    run.results![0]!.level = 'info' as Sarif.Result.level;
    expect(sarifSchemaErrors(log).map((e) => e.instancePath)).toContain('/runs/0/results/0/level');
    expect(sarifSchemaErrors({ version: '2.1.0', runs: [{ tool: { driver: { name: 'medlint', informationUri: 'not a uri' } } }] })).not.toEqual([]);
  });

  it('describes every rule in the tool component, in id order, with its documentation and default level', () => {
    const run = firstRun(parse([]));
    const driver = run.tool.driver;
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(driver).toMatchObject({ name: 'medlint', version: pkg.version, semanticVersion: pkg.version, informationUri: 'https://github.com/medlint/medlint' });
    // Every rule, then the pseudo-rule that suppression-comment problems are reported under.
    expect(driver.rules?.map((r) => r.id)).toEqual([...rules.map((r) => r.meta.id), 'medlint/directive']);
    const level = { error: 'error', warning: 'warning', info: 'note' } as const;
    for (const [i, rule] of rules.entries()) {
      const descriptor = driver.rules?.[i];
      expect(descriptor?.shortDescription?.text).toBe(rule.meta.description);
      expect(descriptor?.helpUri).toBe(rule.meta.docsUrl);
      expect(descriptor?.defaultConfiguration?.level).toBe(level[rule.meta.defaultSeverity]);
      expect(descriptor?.help?.markdown).toContain(`(<${rule.meta.docsUrl}>)`);
      for (const ref of rule.meta.references) expect(descriptor?.fullDescription?.text).toContain(ref.url);
    }
    expect(driver.rules?.find((r) => r.id === 'mechanism-contradiction')?.name).toBe('MechanismContradiction');
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.results).toEqual([]);
    expect(sarifSchemaErrors(parse([]))).toEqual([]);
  });

  it('gives each finding a result with its rule, level and region, in the order of the findings', () => {
    const run = firstRun(parse(results));
    const findings = results.flatMap((r, index) => r.messages.map((m) => ({ file: r.file, index, m })));
    expect(run.results).toHaveLength(findings.length);
    const level = { error: 'error', warning: 'warning', info: 'note' } as const;
    for (const [i, { file, index, m }] of findings.entries()) {
      // Safe: lengths are equal, checked above.
      const result = run.results![i]!;
      expect(result.ruleId).toBe(m.ruleId);
      expect(run.tool.driver.rules?.[result.ruleIndex ?? -1]?.id).toBe(m.ruleId);
      expect(result.level).toBe(level[m.severity]);
      expect(result.message.text?.startsWith(m.message.replace(/[\\[\]]/g, '\\$&'))).toBe(true);
      const location = result.locations?.[0]?.physicalLocation;
      expect(location?.artifactLocation).toEqual({ uri: file, uriBaseId: '%SRCROOT%', index });
      expect(run.artifacts?.[index]?.location).toEqual({ uri: file, uriBaseId: '%SRCROOT%' });
      if (m.endLine === undefined) {
        // A document-level finding: the first line, which is what GitHub code scanning needs at least.
        expect(location?.region).toEqual({ startLine: 1 });
      } else {
        expect(location?.region).toEqual({ startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn, snippet: { text: m.excerpt } });
      }
    }
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: pathToFileURL(`${CWD}/`).href } });
  });

  it('lists the other places of a contradiction as related locations, linked from the message', () => {
    const run = firstRun(parse(results));
    const contradiction = results.flatMap((r) => r.messages).find((m) => m.ruleId === 'mechanism-contradiction' && m.related);
    expect(contradiction).toBeDefined();
    const related = contradiction?.related ?? [];
    const result = run.results?.find((r) => r.ruleId === 'mechanism-contradiction' && r.locations?.[0]?.physicalLocation?.region?.startLine === contradiction?.line);
    expect(result?.relatedLocations).toEqual(
      related.map((r, i) => ({
        id: i + 1,
        physicalLocation: { artifactLocation: result?.locations?.[0]?.physicalLocation?.artifactLocation, region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn } },
        message: { text: r.message },
      })),
    );
    expect(result?.message.text).toContain(`(see ${related.map((r, i) => `[${r.line}:${r.column}](${i + 1})`).join(', ')})`);
  });

  it('turns each safe fix into a replacement whose region is where the fix applies in the file', () => {
    const run = firstRun(parse(results));
    const findings = results.flatMap((r) => r.messages.map((m) => ({ file: r.file, m })));
    let checked = 0;
    for (const [i, { file, m }] of findings.entries()) {
      if (!m.fix) continue;
      const text = texts.get(file) ?? '';
      const fix = run.results?.[i]?.fixes?.[0];
      const replacement = fix?.artifactChanges[0]?.replacements[0];
      const start = pointAt(text, m.fix.start);
      const end = pointAt(text, m.fix.end);
      expect(replacement).toEqual({
        deletedRegion: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
        insertedContent: { text: m.fix.text },
      });
      const deleted = text.slice(m.fix.start, m.fix.end);
      expect(fix?.description?.text).toBe(m.fix.text === '' ? `Delete “${deleted}”` : `Replace “${deleted}” with “${m.fix.text}”`);
      checked++;
    }
    // The fixable article: the misspelling, two repeated words (one across the CRLF break) and the double space.
    const fixable = run.results?.filter((r) => r.fixes && r.locations?.[0]?.physicalLocation?.artifactLocation?.uri === 'fixable.md');
    expect(fixable?.map((r) => r.ruleId)).toEqual(['spelling', 'repeated-word', 'whitespace', 'repeated-word']);
    expect(fixable?.[3]?.fixes?.[0]?.artifactChanges[0]?.replacements[0]?.deletedRegion).toEqual({ startLine: 3, startColumn: 57, endLine: 4, endColumn: 4 });
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it('falls back to a character range for a fix outside the finding, and escapes brackets outside links', () => {
    const finding: Finding = {
      ruleId: 'spelling', severity: 'warning', message: 'Odd [bracketed] \\ text', line: 2, column: 3, endLine: 2, endColumn: 6, offset: 10, endOffset: 13, excerpt: 'abc', url: 'u',
      suggestions: ['see [source]'], fix: { start: 20, end: 22, text: 'x' },
    };
    const log = parse([{ file: 'a.md', messages: [finding] }]);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const result = firstRun(log).results?.[0];
    expect(result?.message.text).toBe('Odd \\[bracketed\\] \\\\ text\nSuggestion: see \\[source\\]');
    expect(result?.fixes?.[0]?.artifactChanges[0]?.replacements[0]?.deletedRegion).toEqual({ charOffset: 20, charLength: 2 });
    expect(result?.fixes?.[0]?.description?.text).toBe('Replace with “x”');
  });

  it('percent-encodes relative URIs and gives files outside the working directory an absolute file URI', () => {
    const cwd = path.resolve('/srv/site');
    const finding: Finding = { ruleId: 'no-such-rule', severity: 'info', message: 'm', line: 1, column: 1, offset: 0, excerpt: '', url: '' };
    const log = parse(
      [
        { file: 'my posts/a b%#?:.md', messages: [finding] },
        { file: path.join(cwd, 'sub', 'ü.md'), messages: [] },
        { file: '../elsewhere/c.md', messages: [finding] },
      ],
      cwd,
    );
    expect(sarifSchemaErrors(log)).toEqual([]);
    const run = firstRun(log);
    expect(run.artifacts?.map((a) => a.location)).toEqual([
      { uri: 'my%20posts/a%20b%25%23%3F%3A.md', uriBaseId: '%SRCROOT%' },
      { uri: 'sub/%C3%BC.md', uriBaseId: '%SRCROOT%' },
      { uri: pathToFileURL(path.resolve(cwd, '../elsewhere/c.md')).href },
    ]);
    // A rule medlint does not have gets no index into the tool component.
    expect(run.results?.[0]?.ruleIndex).toBeUndefined();
    expect(run.results?.[0]?.ruleId).toBe('no-such-rule');
    expect(run.results?.[1]?.locations?.[0]?.physicalLocation?.artifactLocation?.index).toBe(2);
  });
});

describe('advance', () => {
  it('counts UTF-16 columns and \\n, \\r\\n and lone \\r as line breaks', () => {
    expect(advance({ line: 3, column: 5 }, 'abc')).toEqual({ line: 3, column: 8 });
    expect(advance({ line: 3, column: 5 }, 'a\nbc')).toEqual({ line: 4, column: 3 });
    expect(advance({ line: 1, column: 1 }, 'a\r\nb\rc')).toEqual({ line: 3, column: 2 });
    expect(advance({ line: 1, column: 1 }, '😀')).toEqual({ line: 1, column: 3 });
  });

  it('agrees with the engine: every finding of the seeds ends where its excerpt does', () => {
    const ranged = results.flatMap((r) => r.messages).filter((m) => m.endLine !== undefined);
    expect(ranged.length).toBeGreaterThan(50);
    for (const m of ranged) expect(advance({ line: m.line, column: m.column }, m.excerpt)).toEqual({ line: m.endLine, column: m.endColumn });
  });
});
