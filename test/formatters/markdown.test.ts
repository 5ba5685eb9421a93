/** The Markdown formatter: structure (summary, per-article tables) and escaping, checked by parsing the output as GFM. */
import type { Nodes, Root, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { codeSpan, escapeMarkdown, formatMarkdown } from '../../src/formatters/markdown.js';
import { parseMarkdownTree } from '../../src/engine/parse.js';
import { lintText } from '../../src/index.js';
import type { Finding } from '../../src/types.js';

function all(tree: Root): Nodes[] {
  const out: Nodes[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!; // Safe: the loop condition guarantees an element.
    out.push(node);
    if ('children' in node) stack.push(...node.children);
  }
  return out;
}

const text = (node: Nodes): string => ('value' in node ? node.value : 'children' in node ? node.children.map(text).join('') : '');

const finding = (over: Partial<Finding>): Finding => ({ ruleId: 'safety-claim', severity: 'error', message: 'm', line: 2, column: 5, endLine: 2, endColumn: 9, offset: 10, endOffset: 14, excerpt: 'safe', url: 'https://example.org/rule', ...over });

describe('formatMarkdown', () => {
  it('writes a summary table and one findings table per article with findings, with line numbers and quotes', () => {
    const a = lintText('Ketamine cures depression.\n\nIt is 100% safe and works instantly.', { path: 'posts/a.md' });
    const b = lintText('A plain note about the weather.', { path: 'posts/b.md' });
    const out = formatMarkdown([a, b]);
    const tree = parseMarkdownTree(out);
    const tables = all(tree).filter((n): n is Table => n.type === 'table').reverse();
    expect(tables).toHaveLength(2);
    const [summary, perArticle] = tables;
    expect(summary?.children[0]?.children.map(text)).toEqual(['Rule', 'Errors', 'Warnings', 'Info', 'Articles']);
    const rules = new Set(a.messages.map((m) => m.ruleId));
    expect(summary?.children.slice(1).map((row) => text(row.children[0]!))).toEqual(expect.arrayContaining([...rules]));
    expect(perArticle?.children.length).toBe(a.messages.length + 1);
    for (const [i, m] of a.messages.entries()) {
      const cells = perArticle!.children[i + 1]!.children.map(text);
      expect(cells[0]).toBe(m.endOffset === undefined ? 'article' : `L${m.line}:${m.column}`);
      expect(cells[2]).toBe(m.ruleId);
      expect(cells[3]).toBe(m.excerpt ? `“${m.excerpt}”` : '');
      expect(cells[4]).toContain(m.message.slice(0, 20));
    }
    expect(out).toContain('### `posts/a.md`');
    expect(out).not.toContain('posts/b.md');
    expect(out).toMatch(/\*\*2 articles\*\*, 1 with findings/);
  });

  it('keeps article text from changing the structure: pipes, HTML, links, emphasis, mentions, newlines', () => {
    const nasty = 'a | b <script>alert(1)</script> [x](javascript:alert(1)) **bold** `tick` @octocat\nnew line # not a heading';
    const out = formatMarkdown([{ file: 'we|ird `name`.md', messages: [finding({ excerpt: nasty, message: nasty, suggestions: [nasty] })] }]);
    const tree = parseMarkdownTree(out);
    const nodes = all(tree);
    // Only the formatter's own HTML (<br> between message and suggestion) and no link or emphasis from the text.
    expect(nodes.filter((n) => n.type === 'html').map((n) => text(n))).toEqual(['<br>']);
    expect(nodes.filter((n) => n.type === 'text').some((n) => text(n).includes('<script>alert(1)</script>'))).toBe(true);
    // The rule links of the summary and of the article table; none from the text.
    expect(nodes.filter((n) => n.type === 'link').map((n) => (n.type === 'link' ? n.url : ''))).toEqual(['https://example.org/rule', 'https://example.org/rule']);
    expect(nodes.some((n) => n.type === 'emphasis')).toBe(false);
    const tables = nodes.filter((n): n is Table => n.type === 'table');
    for (const table of tables) for (const row of table.children) expect(row.children.length).toBe(table.children[0]!.children.length);
    const row = tables.find((t) => t.children[0]?.children.length === 5)!.children[1]!;
    expect(text(row.children[3]!)).toBe(`“${nasty.replace('\n', ' ').replace('@', '@\u200b')}”`);
    expect(out).toContain('### ``we\\|ird `name`.md``');
    expect(out.split('\n').filter((l) => l.startsWith('# '))).toEqual([]);
  });

  it('escapes and fences', () => {
    expect(escapeMarkdown('*a* _b_ <c> & d|e')).toBe('\\*a\\* \\_b\\_ &lt;c\\> &amp; d\\|e');
    expect(escapeMarkdown('mail @team now')).toBe('mail @\u200bteam now');
    expect(codeSpan('a `b` c')).toBe('``a `b` c``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('a|b')).toBe('`a\\|b`');
  });

  it('says so when there is nothing to report', () => {
    expect(formatMarkdown([{ file: 'a.md', messages: [] }], { title: 'Batch 1' })).toBe('## Batch 1\n\n**1 article**, 0 with findings: 🔴 0 errors, 🟠 0 warnings, 🔵 0 info\n\nNo findings.\n');
  });
});
