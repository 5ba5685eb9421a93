/**
 * Markdown's prose is read from micromark's events, without the mdast tree (parse.ts,
 * markdownEventBlocks). It must be what the tree gives (markdownBlocks, which MDX still uses):
 * the same blocks with the same ranges and citations, the same comments, code and front matter.
 * Checked on the fixtures and seeds, and on random documents of Markdown syntax (links and
 * autolinks, images, references, escapes and entities, emphasis, code, HTML, breaks, lists,
 * quotes, tables, footnotes, front matter).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { markdownProseBothWays } from '../../src/engine/parse.js';

const PIECES = [
  '[', ']', '(', ')', '![', '<', '>', '`', '``', '*', '**', '_', '__', '\\', '\\*', '&amp;', '&#35;', '&#x41;', '&bogus;', '&copy',
  '\n', '\n\n', '> ', '>', '- ', '* ', '1. ', '2) ', '# ', '## ', '===', '---', '|', '| a |', ':-', '-:', '|---|', '[^1]', '[^1]: ', '[^n]',
  'http://x.y', 'https://x.y', 'x.y', 'www.x.y', '<http://a.b>', '<a@b.c>', 'mailto:a@b.c', 'a@b.c', '<!-- c -->', '<!--', '-->', '<b>', '</b>',
  'word', 'cure', 'It', ' ', '   ', '  \n', '\\\n', '```', '~~~', '\n```\n', '    code', '[ref]: /u', '[ref]: http://x.y "t"', '[ref]', '[x][ref]',
  '[x][]', '[http://x.y](http://x.y)', '[x.y](https://x.y)', '[a](<b c>)', '[a](b "t")', '[a]()', '"', "'", '\t', '\r\n', 'é',
  '---\na: 1\n---\n', '+++\nb = 2\n+++\n', '<div>\n', '</div>', '1', '.', ',', ':',
];

it('reads the prose of random Markdown documents as the tree gives it', () => {
  let seed = 20261201;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let k = 0; k < 1500; k++) {
    let text = '';
    const length = 1 + next(40);
    // Safe: next(n) is below the list's length.
    for (let i = 0; i < length; i++) text += PIECES[next(PIECES.length)]!;
    const { fromTree, fromEvents } = markdownProseBothWays(text);
    expect([text, fromEvents]).toEqual([text, fromTree]);
  }
});

it('reads the prose of the fixtures and seeds as the tree gives it', () => {
  const dirs = ['fixtures/clean', 'fixtures/injection', 'fixtures/seeds'];
  const files = dirs.flatMap((dir) => readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).map((f) => path.join(dir, f)));
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const { fromTree, fromEvents } = markdownProseBothWays(readFileSync(file, 'utf8'));
    expect(fromEvents, file).toEqual(fromTree);
  }
});
