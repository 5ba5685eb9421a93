import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { parseProse } from '../../src/engine/parse.js';

const ARTICLE = `---
title: Ketamine therapy
---
import { Callout, Badge } from '../components/callout'
export const meta = { author: 'Dr Constantinople', tags: ['cure', 'guaranteed'] }

# Ketamine therapy

{/* medlint-disable-next-line safety-claim -- approved by legal on 2026-11-02 */}
Ketamine is safe for everyone.

<Callout type="warning" title="It cures everything">Ketamine cures depression.</Callout>

<Callout>
  Our treatment is non-addictive.
</Callout>

Read the <Badge label="cures all">labell</Badge> and {props.cureRate} here.
`;

/** The text of every prose range. */
function prose(text: string, path: string): string[] {
  return parseProse(text, 'markdown', path.endsWith('.mdx')).blocks.flatMap((b) => b.ranges.map(([s, e]) => text.slice(s, e)));
}

describe('MDX', () => {
  it('lints only the prose: not ESM, not JSX names or attributes, not expressions', () => {
    expect(prose(ARTICLE, 'post.mdx')).toEqual([
      'Ketamine therapy',
      'Ketamine is safe for everyone.',
      'Ketamine cures depression.',
      'Our treatment is non-addictive.',
      'Read the ',
      'labell',
      ' and ',
      ' here.',
    ]);
  });

  it('reports findings in JSX text, none in code, and honours an MDX-comment suppression', () => {
    const result = lintText(ARTICLE, { path: 'post.mdx', disable: ['missing-disclaimer', 'missing-risk-information', 'regulatory-claim'] });
    expect(result.messages.map((m) => `${m.line} ${m.ruleId} ${m.excerpt}`)).toEqual(['12 absolute-claim cures', '15 safety-claim non-addictive', '18 spelling labell']);
    expect(result.suppressed?.map((m) => `${m.line} ${m.ruleId} ${m.suppressions?.[0]?.justification ?? ''}`)).toEqual(['10 safety-claim approved by legal on 2026-11-02']);
  });

  it('reads the same text as Markdown when the file is .md (import lines and JSX are text there)', () => {
    expect(prose(ARTICLE, 'post.md').join(' ')).toContain('import { Callout');
  });

  it('lints a file that is not valid MDX as Markdown, still reading its MDX comments', () => {
    const broken = `{/* medlint-disable-next-line safety-claim -- reviewed */}\nKetamine is non-addictive.\n\n<Callout type="warning\n\nIt cures depression.\n`;
    const result = lintText(broken, { path: 'draft.mdx', only: ['safety-claim', 'absolute-claim'] });
    expect(result.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['6 absolute-claim']);
    expect(result.suppressed?.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['2 safety-claim']);
  });
});
