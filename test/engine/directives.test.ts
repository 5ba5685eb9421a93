/** Inline suppressions in every format, front matter, and the directive checks (unused, reason, unknown rule). */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { parseDirectives } from '../../src/engine/directives.js';

const SAFE = 'Ketamine is completely safe.';

/** `line:column-endLine:endColumn ruleId` of each kept finding. */
function kept(text: string, path: string, options: Parameters<typeof lintText>[1] = {}): string[] {
  return lintText(text, { path, only: ['safety-claim', 'absolute-claim'], ...options }).messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}`);
}

function suppressed(text: string, path: string, options: Parameters<typeof lintText>[1] = {}): string[] {
  return (lintText(text, { path, only: ['safety-claim', 'absolute-claim'], ...options }).suppressed ?? []).map(
    (m) => `${m.line}:${m.column} ${m.ruleId} ${m.suppressions?.[0]?.kind}: ${m.suppressions?.[0]?.justification}`,
  );
}

describe('directive comments', () => {
  it('parses rules, reasons and kinds', () => {
    const body = (b: string) => parseDirectives([{ start: 0, end: b.length, body: b }]);
    expect(body(' medlint-disable rule-a, rule-b -- quoted from the label ')).toEqual([{ kind: 'disable', rules: ['rule-a', 'rule-b'], reason: 'quoted from the label', start: 0, end: 57 }]);
    expect(body('medlint-disable-next-line')).toEqual([{ kind: 'disable-next-line', rules: [], start: 0, end: 25 }]);
    expect(body(' medlint-enable ')[0]?.kind).toBe('enable');
    expect(body(' medlint-disable-line x--y ')[0]?.rules).toEqual(['x--y']);
    expect(body(' medlint-disabled ')).toEqual([]);
    expect(body(' a note about medlint-disable ')).toEqual([]);
  });
});

describe('Markdown', () => {
  it('disable-next-line suppresses the next line only, and keeps the reason', () => {
    const text = `<!-- medlint-disable-next-line safety-claim -- quoted from the label -->\n${SAFE}\n\n${SAFE}\n`;
    expect(kept(text, 'a.md')).toEqual(['4:13-4:28 safety-claim']);
    expect(suppressed(text, 'a.md')).toEqual(['2:13 safety-claim directive: quoted from the label']);
  });

  it('disable-line suppresses its own line', () => {
    const text = `${SAFE} <!-- medlint-disable-line safety-claim -->\n\n${SAFE}\n`;
    expect(kept(text, 'a.md')).toEqual(['3:13-3:28 safety-claim']);
  });

  it('disable/enable regions, for named rules or all, and enable of one rule inside disable of all', () => {
    const text = [
      '<!-- medlint-disable safety-claim -->',
      SAFE, // 2: suppressed
      'Ketamine cures depression.', // 3: kept (other rule)
      '<!-- medlint-enable safety-claim -->',
      '',
      SAFE, // 6: kept
      '',
      '<!-- medlint-disable -->',
      'Ketamine cures depression.', // 9: suppressed
      '<!-- medlint-enable absolute-claim -->',
      '',
      'Ketamine cures depression.', // 12: kept
      SAFE, // 13: suppressed (all still disabled for safety-claim)
      '<!-- medlint-enable -->',
      '',
      SAFE, // 16: kept
    ].join('\n');
    expect(kept(text, 'a.md')).toEqual(['3:10-3:15 absolute-claim', '6:13-6:28 safety-claim', '12:10-12:15 absolute-claim', '16:13-16:28 safety-claim']);
    expect(suppressed(text, 'a.md').map((s) => s.split(' ')[0])).toEqual(['2:13', '9:10', '13:13']);
  });

  it('ignores directive text inside code and in prose', () => {
    const text = ['```html', '<!-- medlint-disable -->', '```', '', `\`<!-- medlint-disable -->\` ${SAFE}`, '', `Writing medlint-disable-next-line in prose does nothing. ${SAFE}`].join('\n');
    expect(kept(text, 'a.md')).toHaveLength(2);
  });

  it('front matter disables rules for the file and accepts words', () => {
    const text = `---\ntitle: A\nmedlint:\n  disable: [safety-claim]\n  words: [Ketamyn]\n---\n\n${SAFE} Ketamine cures depression. Ketamyn helps.\n`;
    expect(kept(text, 'a.md')).toEqual(['8:39-8:44 absolute-claim']);
    expect(suppressed(text, 'a.md')).toEqual(['8:13 safety-claim front-matter: disabled in front matter']);
    const spelling = lintText(text, { path: 'a.md', only: ['spelling'] });
    expect(spelling.messages.map((m) => m.excerpt)).not.toContain('Ketamyn');
    expect(lintText(text.replace('words: [Ketamyn]', 'words: []'), { path: 'a.md', only: ['spelling'] }).messages.map((m) => m.excerpt)).toContain('Ketamyn');
  });

  it('reports malformed front matter settings and unknown rules', () => {
    const bad = lintText(`---\nmedlint:\n  disable: 3\n---\n\n${SAFE}\n`, { path: 'a.md', only: ['safety-claim'] }).messages;
    expect(bad.map((m) => `${m.ruleId}: ${m.message}`)).toContain('medlint/directive: front matter `medlint.disable` must be a list of rule ids');
    const unknown = lintText(`---\nmedlint:\n  disable: [no-such-rule]\n---\n\n${SAFE}\n`, { path: 'a.md', only: ['safety-claim'] }).messages;
    expect(unknown.map((m) => m.message)).toContain('front matter disables unknown rule "no-such-rule"');
  });

  it('a region open to the end of the file suppresses document-level findings; a line directive does not', () => {
    const article = 'Ketamine treats depression and relieves pain fast. '.repeat(30);
    const docLevel = (t: string) => lintText(t, { path: 'a.md', only: ['missing-disclaimer'] }).messages.length;
    expect(docLevel(article)).toBe(1);
    expect(docLevel(`<!-- medlint-disable missing-disclaimer -- disclaimer is in the site footer -->\n\n${article}`)).toBe(0);
    expect(docLevel(`<!-- medlint-disable missing-disclaimer -->\n\n${article}\n\n<!-- medlint-enable -->`)).toBe(1);
    expect(docLevel(`<!-- medlint-disable-next-line missing-disclaimer -->\n${article}`)).toBe(1);
  });
});

describe('HTML, MDX and plain text', () => {
  it('HTML comments', () => {
    const text = `<p>${SAFE}</p>\n<!-- medlint-disable-next-line safety-claim -- label -->\n<p>${SAFE}</p>\n<p>${SAFE} <!-- medlint-disable-line --></p>\n`;
    expect(kept(text, 'a.html')).toEqual(['1:16-1:31 safety-claim']);
    expect(suppressed(text, 'a.html')).toEqual(['3:16 safety-claim directive: label', '4:16 safety-claim directive: ']);
  });

  it('MDX expression comments, outside code only', () => {
    const text = `{/* medlint-disable-next-line safety-claim -- quoted */}\n${SAFE}\n\n${SAFE}\n\n\`\`\`mdx\n{/* medlint-disable */}\n\`\`\`\n\n${SAFE}\n`;
    expect(kept(text, 'a.mdx')).toEqual(['4:13-4:28 safety-claim', '10:13-10:28 safety-claim']);
    expect(suppressed(text, 'a.mdx')).toEqual(['2:13 safety-claim directive: quoted']);
  });

  it('plain-text directive lines, which are not linted as prose', () => {
    const text = `${SAFE}\n\nmedlint-disable-next-line safety-claim -- quoted from the label\n${SAFE}\nmedlint-disable\n${SAFE}\nmedlint-enable\n${SAFE}\n`;
    expect(kept(text, 'a.txt')).toEqual(['1:13-1:28 safety-claim', '8:13-8:28 safety-claim']);
    expect(lintText(text, { path: 'a.txt', only: ['spelling', 'incomplete-sentence'] }).messages).toEqual([]);
  });
});

describe('directive checks', () => {
  const problems = (text: string, directives: { reportUnused?: boolean; requireReason?: boolean }) =>
    lintText(text, { path: 'a.md', only: ['safety-claim'], directives }).messages.filter((m) => m.ruleId === 'medlint/directive').map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.message}`);

  it('--report-unused-disable-directives reports directives, and named rules, that suppressed nothing', () => {
    const text = `<!-- medlint-disable-next-line safety-claim -->\nKetamine helps some patients.\n\n<!-- medlint-disable-next-line safety-claim, absolute-claim -->\n${SAFE}\n`;
    expect(problems(text, { reportUnused: true })).toEqual(['1:1-1:48 error unused medlint-disable-next-line directive (no finding of safety-claim was suppressed)']);
    expect(problems(text, {})).toEqual([]);
    // absolute-claim did not run (only safety-claim), so it is not reported as idle.
    const both = lintText(text, { path: 'a.md', only: ['safety-claim', 'absolute-claim'], directives: { reportUnused: true } }).messages.filter((m) => m.ruleId === 'medlint/directive');
    expect(both.map((m) => m.message)).toEqual(['unused medlint-disable-next-line directive (no finding of safety-claim was suppressed)', 'medlint-disable-next-line names absolute-claim, which had no finding to suppress']);
  });

  it('--require-reason makes a directive without a reason an error, and still suppresses', () => {
    const text = `<!-- medlint-disable-next-line safety-claim -->\n${SAFE}\n\n<!-- medlint-disable-next-line safety-claim -- quoted -->\n${SAFE}\n`;
    expect(problems(text, { requireReason: true })).toEqual(['1:1-1:48 error medlint-disable-next-line has no reason; add one after " -- " so reviewers can see why']);
    expect(lintText(text, { path: 'a.md', only: ['safety-claim'], directives: { requireReason: true } }).suppressed).toHaveLength(2);
  });

  it('always reports unknown rules in a directive', () => {
    expect(problems(`<!-- medlint-disable-next-line safety-claimz -->\n${SAFE}\n`, {})).toEqual(['1:1-1:49 error medlint-disable-next-line names unknown rule "safety-claimz"']);
  });
});
