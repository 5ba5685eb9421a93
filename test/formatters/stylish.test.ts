import { describe, expect, it } from 'vitest';
import { lintText, rules } from '../../src/index.js';
import { displayWidth, escapeTerminal, formatStylish } from '../../src/formatters/stylish.js';
import { colorEnabled, terminalColumns } from '../../src/cli/terminal.js';
import { medlint } from '../helpers/cli.js';

// A short article with an error, a warning with a suggestion, an info finding with a safe
// fix, a contradiction (related places) and a document-level finding.
const ARTICLE = [
  '# Ketamine therapy at Nao Clinic',
  '',
  'Ketamine is non-addictive and works within minutes for most patients who try it at our clinic.',
  '',
  'At low doses ketamine increases glutamate release in the prefrontal cortex.',
  '',
  'Our doctors say etamine decreases glutamate release, so the the effect is calm.',
  '',
].join('\n');
const FILE = 'posts/ketamine.md';
const result = lintText(ARTICLE, { path: FILE });
const source = (file: string): string | undefined => (file === FILE ? ARTICLE : undefined);

/** Lines longer than the width that are not one unbreakable word (a URL, a path) after the indent. */
function overlong(output: string, columns: number): string[] {
  return output.split('\n').filter((line) => displayWidth(line) > columns && /\S\s+\S/u.test(line.trim().replace(/^= \w+: /u, '')));
}

describe('stylish', () => {
  it('reads at 80 columns', () => {
    const out = formatStylish([result], { columns: 80, source });
    expect(out).toMatchSnapshot();
    expect(overlong(out, 80)).toEqual([]);
  });

  it('reads at 120 columns', () => {
    const out = formatStylish([result], { columns: 120, source });
    expect(out).toMatchSnapshot();
    expect(overlong(out, 120)).toEqual([]);
  });

  it('groups by file, underlines the words at fault and counts every severity', () => {
    const out = formatStylish([result, { file: 'clean.md', messages: [] }], { columns: 100, source });
    expect(out).not.toContain('clean.md');
    const lines = out.split('\n');
    const caret = lines.findIndex((l, i) => /\^\^\^/u.test(l) && (lines[i - 1] ?? '').includes('non-addictive and'));
    const shown = lines[caret - 1] ?? '';
    const marks = lines[caret] ?? '';
    expect(shown.slice(marks.indexOf('^'), marks.lastIndexOf('^') + 1)).toBe('non-addictive');
    expect(out).toMatch(/^✖ \d+ findings \(\d+ errors?, \d+ warnings?, \d+ info\) in 1 file$/mu);
    expect(out).toContain('= related: posts/ketamine.md:5:');
    expect(out).toContain('= see: https://github.com/medlint/medlint/blob/main/docs/rules/safety-claim.md');
    expect(formatStylish([{ file: 'a.md', messages: [] }], {})).toBe('');
  });

  it('never pads: no line ends in spaces, and a line is cut around the fault with an ellipsis', () => {
    const long = `${'Patients describe the calm rooms and the friendly staff at length. '.repeat(6)}Ketamine is non-addictive. ${'More words follow here. '.repeat(6)}`;
    const r = lintText(long, { path: 'long.md', only: ['safety-claim'] });
    const out = formatStylish([r], { columns: 80, source: () => long });
    expect(out.split('\n').filter((l) => / $/u.test(l))).toEqual([]);
    const snippet = out.split('\n').find((l) => l.includes('non-addictive') && l.includes(' | '));
    expect(snippet).toMatch(/^ {2}1 \| ….*non-addictive.*…$/u);
    expect(displayWidth(snippet ?? '')).toBeLessThanOrEqual(80);
  });

  it('cuts a long line the same way whether its sides are wide, zero-width or escaped', () => {
    // The snippet measures only the part of a side next to the fault when that part alone is
    // wider than the line (a paragraph is one line): the cut must be the one the whole side gives.
    const fault = 'non-addictive';
    const cases = [
      ['wide', '中文'.repeat(900)],
      ['combining marks', 'e\u0301\u0301\u0301'.repeat(600)],
      ['control characters', '\u0007ab'.repeat(900)],
      ['emoji', '😀 '.repeat(900)],
    ] as const;
    for (const [, side] of cases) {
      const text = `${side}Ketamine is ${fault}. ${side}`;
      const offset = text.indexOf(fault);
      const finding = { ruleId: 'safety-claim', severity: 'error' as const, message: 'm', url: 'https://example.org/rule', line: 1, column: offset + 1, endLine: 1, endColumn: offset + 1 + fault.length, offset, endOffset: offset + fault.length, excerpt: fault };
      const lines = formatStylish([{ file: 'a.md', messages: [finding] }], { columns: 80, source: () => text }).split('\n');
      const at = lines.findIndex((l) => l.includes(fault) && l.includes(' | '));
      const shown = lines[at] ?? '';
      const marks = lines[at + 1] ?? '';
      expect(displayWidth(shown)).toBeLessThanOrEqual(80);
      // The carets stand under the words at fault, counted in columns.
      const before = displayWidth(shown.slice(0, shown.indexOf(fault)));
      expect(marks.indexOf('^')).toBe(before);
      expect(marks.match(/\^/gu)?.length).toBe(fault.length);
    }
  });

  it('escapes control characters in file names, messages and source lines', () => {
    const text = 'It cures \u001b[2Jpain\u202e.';
    const r = lintText(text, { path: 'x.md', only: ['absolute-claim'] });
    const out = formatStylish([{ ...r, file: 'evil\u001b[31m\n.md' }], { source: () => text });
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/u);
    expect(out).toContain('evil\\u{1b}[31m\\u{0a}.md');
    expect(out).toContain('\\u{1b}[2Jpain\\u{202e}');
    expect(escapeTerminal('a\tb', 'space')).toBe('a b');
  });

  it('colours only when asked, and marks the severity', () => {
    expect(formatStylish([result], { source })).not.toContain('\u001b[');
    const coloured = formatStylish([result], { source, color: true });
    expect(coloured).toContain('\u001b[31merror');
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[\d+m/gu, '')).toBe(formatStylish([result], { source }));
  });

  it('shows no source line when the text is not given or no longer matches', () => {
    const out = formatStylish([result], { source: () => ARTICLE.replace('non-addictive', 'not addictive!') });
    expect(out).not.toContain('non-addictive and works');
    expect(formatStylish([result], {})).not.toContain(' | ');
  });

  it('hides warnings and info with quiet', () => {
    const out = formatStylish([result], { quiet: true, source });
    expect(out).not.toMatch(/\bwarning\b/u);
    expect(out).toMatch(/\(\d+ errors?, 0 warnings, 0 info\)/u);
  });
});

describe('terminal', () => {
  it('honours --color/--no-color, FORCE_COLOR, NO_COLOR and TERM=dumb', () => {
    expect(colorEnabled(undefined, true, false, {})).toBe(true);
    expect(colorEnabled(undefined, false, false, {})).toBe(false);
    expect(colorEnabled(undefined, true, true, {})).toBe(false);
    expect(colorEnabled(undefined, true, false, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled(undefined, true, false, { NO_COLOR: '' })).toBe(true);
    expect(colorEnabled(undefined, false, false, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled(undefined, false, false, { FORCE_COLOR: '' })).toBe(true);
    expect(colorEnabled(undefined, true, false, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled(undefined, true, false, { TERM: 'dumb' })).toBe(false);
    expect(colorEnabled(false, true, false, { FORCE_COLOR: '1' })).toBe(false);
    expect(colorEnabled(true, false, true, { NO_COLOR: '1' })).toBe(true);
  });

  it('wraps to the terminal, else COLUMNS, else 80', () => {
    expect(terminalColumns(132, { COLUMNS: '90' })).toBe(132);
    expect(terminalColumns(undefined, { COLUMNS: '90' })).toBe(90);
    expect(terminalColumns(undefined, { COLUMNS: 'wide' })).toBe(80);
  });

  it('prints the seeds within 100 columns with no rule id wrapped, and colours with FORCE_COLOR', () => {
    const r = medlint(['fixtures/seeds'], { env: { COLUMNS: '100' } });
    const ids = Object.keys(rules);
    expect(ids.length).toBeGreaterThan(10);
    for (const line of r.stdout.split('\n')) {
      if (/^ {2}\d+:\d+ /u.test(line) || /^ {19}/u.test(line)) {
        // A rule id is a whole word at the end of a finding's last line, never cut.
        const last = line.trim().split(/\s+/u).pop() ?? '';
        for (const id of ids) if (id.startsWith(last) && last !== id && last.includes('-')) throw new Error(`cut rule id: ${line}`);
      }
    }
    expect(overlong(r.stdout, 100)).toEqual([]);
    expect(r.stdout).not.toContain('\u001b[');
    expect(medlint(['fixtures/seeds'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).toContain('\u001b[');
  });
});
