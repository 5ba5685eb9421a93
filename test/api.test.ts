/** The public API: lintText, lintFiles, formatters, and the remark plugin, with the same results as the CLI. */
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ConfigFileError, formatters, lintFiles, lintText, remarkMedlint, version, type LintResult } from '../src/index.js';
import remarkMedlintDefault from '../src/remark.js';
import { medlint, tempDir } from './helpers/cli.js';

const SAFE = 'Ketamine is completely safe.';

describe('lintFiles', () => {
  it('returns what `medlint --format json` prints, config files and suppressions included', async () => {
    const dir = tempDir({
      '.medlintrc.json': JSON.stringify({ root: true, rules: { 'safety-claim': 'warning', whitespace: 'off' } }),
      'a.md': `${SAFE}\n\n<!-- medlint-disable-next-line absolute-claim -- quoted -->\nKetamine cures depression.\n`,
      'b.txt': 'Ketamine works within minutes.\n',
    });
    const api = await lintFiles([path.join(dir, '.')]);
    const cli = JSON.parse(medlint(['--format', 'json', path.join(dir, '.')]).stdout) as LintResult[];
    expect(api).toEqual(cli);
    expect(api[0]?.messages.find((m) => m.ruleId === 'safety-claim')?.severity).toBe('warning');
    expect(api[0]?.suppressed?.map((m) => m.ruleId)).toEqual(['absolute-claim']);
  });

  it('takes overrideConfig after the config files, and reports an invalid one by its key path', async () => {
    const dir = tempDir({ '.medlintrc.json': JSON.stringify({ root: true }), 'a.md': `${SAFE}\n` });
    const [result] = await lintFiles([path.join(dir, 'a.md')], { only: ['safety-claim'], overrideConfig: { rules: { 'safety-claim': 'info' } } });
    expect(result?.messages.map((m) => m.severity)).toEqual(['info']);
    await expect(lintFiles([path.join(dir, 'a.md')], { overrideConfig: { rules: { 'safety-claim': 'loud' } } })).rejects.toThrow(ConfigFileError);
  });
});

describe('lintText', () => {
  it('takes rules, words and locale as a config file does', () => {
    const text = 'Ketamine is completely safe. Our clinic, Nao Wellnes, colour.';
    const result = lintText(text, { path: 'a.md', rules: { 'safety-claim': 'info', 'missing-disclaimer': 'off', 'missing-risk-information': 'off' }, words: ['Wellnes'], locale: 'en-GB' });
    expect(result.messages.find((m) => m.ruleId === 'safety-claim')?.severity).toBe('info');
    expect(result.messages.filter((m) => m.ruleId === 'spelling').map((m) => m.excerpt)).not.toContain('Wellnes');
    expect(result.messages.filter((m) => m.ruleId === 'spelling').map((m) => m.excerpt)).not.toContain('colour');
    expect(() => lintText(text, { rules: { 'no-such-rule': 'error' } })).toThrow(/rules\.no-such-rule: expected a known rule id/);
  });
});

describe('formatters and version', () => {
  it('exports the formatter registry and the package version', () => {
    const result = lintText(SAFE, { path: 'a.md', only: ['safety-claim'] });
    expect(JSON.parse(formatters['json']!([result], {}))).toEqual([result]);
    expect(formatters['stylish']!([result], { color: false })).toContain('safety-claim');
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('remarkMedlint', () => {
  it('adds medlint findings to the vfile of a remark pipeline, with positions and rule ids', async () => {
    const file = new VFile({ path: 'post.md', value: `# Title\n\n${SAFE}\n` });
    const processor = unified().use(remarkParse).use(remarkMedlint, { rules: { 'missing-disclaimer': 'off', 'missing-risk-information': 'off', 'regulatory-claim': 'off' } });
    await processor.run(processor.parse(file), file);
    const messages = file.messages.map((m) => `${m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}-${m.place.end.line}:${m.place.end.column}` : ''} ${m.ruleId} ${m.source} ${m.fatal}`);
    expect(messages).toEqual(['3:13-3:28 safety-claim medlint true']);
    expect(file.messages[0]?.url).toBe('https://github.com/medlint/medlint/blob/main/docs/rules/safety-claim.md');
  });

  it('is also the default export of medlint/remark, honours only/disable, and rejects bad options when attached', async () => {
    expect(remarkMedlintDefault).toBe(remarkMedlint);
    const file = new VFile({ path: 'post.md', value: `${SAFE} Ketamine cures depression.\n` });
    const processor = unified().use(remarkParse).use(remarkMedlint, { only: ['absolute-claim'] });
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((m) => m.ruleId)).toEqual(['absolute-claim']);
    expect(() => unified().use(remarkParse).use(remarkMedlint, { rules: { spelling: ['warning', { locale: 'fr' }] } }).freeze()).toThrow(/rules\.spelling\[1\]\.locale: expected one of en-US, en-GB/);
  });
});
