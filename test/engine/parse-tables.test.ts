/**
 * Text that cannot hold a GFM table is parsed without the table construct (parse.ts,
 * mayHoldTable). The tree must be the one the full parser gives: checked on small random
 * documents made of table syntax, container markers and text, and on the corpus fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { expect, it } from 'vitest';
import { gfmTableFromMarkdown } from '../../src/engine/gfm-table.js';
import { parseMarkdownTree } from '../../src/engine/parse.js';

function withTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown());
}
const full = unified().use(remarkParse).use(withTables).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

it('gives the full parser tree for random documents of table syntax without pipes', () => {
  const alphabet = ['a', 'b', '-', '-', ':', ' ', '\n', '\n', '>', '*', '\t', '1.', '[^1]:', '\r\n', '    ', '#', '|'];
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  let tables = 0;
  for (let k = 0; k < 20_000; k++) {
    let text = '';
    const length = 3 + next(14);
    // Safe: next(n) is below the alphabet's length.
    for (let i = 0; i < length; i++) text += alphabet[next(alphabet.length)]!;
    const expected = full.parse(text);
    if (JSON.stringify(expected).includes('"table"')) tables++;
    expect([text, parseMarkdownTree(text)]).toEqual([text, expected]);
  }
  expect(tables).toBeGreaterThan(50);
});

it('gives the full parser tree for the Markdown fixtures', () => {
  const files = ['fixtures/clean', 'fixtures/injection'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f)));
  expect(files.length).toBeGreaterThan(2);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    expect(parseMarkdownTree(text)).toEqual(full.parse(text));
  }
});
