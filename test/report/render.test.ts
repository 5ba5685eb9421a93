/** Rendering articles for the report: text slices at source offsets, highlights at exact ranges, nesting and splitting. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignText, renderArticle } from '../../src/report/render.js';
import { createEngine, lintWithEngine } from '../../src/engine/run.js';
import { ruleSet } from '../../src/builtin.js';
import type { BodyElement, BodyNode } from '../../src/report/payload.js';
import type { Finding } from '../../src/types.js';

const ranged = (offset: number, endOffset: number, ruleId = 'r'): Finding => ({ ruleId, severity: 'warning', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 1, offset, endOffset, excerpt: '', url: '' });

const flat = (nodes: readonly BodyNode[]): string => nodes.map((n) => (typeof n === 'string' ? n : flat(n.slice(2) as BodyNode[]))).join('');

function elements(nodes: readonly BodyNode[], out: BodyElement[] = []): BodyElement[] {
  for (const n of nodes) {
    if (typeof n === 'string') continue;
    out.push(n);
    elements(n.slice(2) as BodyNode[], out);
  }
  return out;
}

/** The text of each finding's highlight: its pieces in document order. */
function highlightText(nodes: readonly BodyNode[], finding: number): string {
  return elements(nodes)
    .filter((e) => e[0] === 'mark' && e[1]?.f === finding)
    .map((e) => flat(e.slice(2) as BodyNode[]))
    .join('');
}

const firsts = (nodes: readonly BodyNode[]): number[] => elements(nodes).filter((e) => e[0] === 'mark' && e[1]?.p === 1).map((e) => e[1]?.f ?? -1);

describe('alignText', () => {
  it('is one exact slice when the parser value is the source', () => {
    expect(alignText('xx hello yy', 3, 8, 'hello')).toEqual([{ kind: 'leaf', start: 3, end: 8, text: 'hello', exact: true }]);
  });

  it('maps escapes and entities to the source they came from, and skips container prefixes', () => {
    const source = 'a \\* b &amp; c\n> d';
    const leaves = alignText(source, 0, source.length, 'a * b & c\nd');
    expect(leaves.map((l) => [source.slice(l.start, l.end), l.text, l.exact])).toEqual([
      ['a ', 'a ', true],
      ['\\*', '*', false],
      [' b ', ' b ', true],
      ['&amp;', '&', false],
      [' c\n', ' c\n', true],
      ['d', 'd', true],
    ]);
  });
});

describe('renderArticle', () => {
  it('renders Markdown structure and shows markup as text, links without following them', () => {
    const text = '---\ntitle: x\n---\n# Title\n\nSome **bold** [link](javascript:alert(1)) <b>raw</b>.\n\n- one\n- two\n\n<script>alert(1)</script>\n\n```\ncode\n```\n';
    const r = renderArticle(text, 'markdown', []);
    expect(r.title).toBe('Title');
    expect(r.blocks.map((b) => (typeof b === 'string' ? 'text' : b[0]))).toEqual(['front', 'h1', 'p', 'ul', 'pre', 'pre']);
    const all = elements(r.blocks);
    expect(all.find((e) => e[0] === 'link')?.[1]).toEqual({ u: 'javascript:alert(1)' });
    expect(all.filter((e) => e[0] === 'raw').map((e) => flat(e.slice(2) as BodyNode[]))).toEqual(['<b>', '</b>', '<script>alert(1)</script>']);
    // Title, Some, bold, link, raw, one, two: front matter, code and markup are not prose.
    expect(r.words).toBe(7);
  });

  it('renders only the text of HTML, inside its own elements, with entities decoded', () => {
    const text = '<html><head><title>T</title><style>p{}</style></head><body><h2>Caf&eacute; &amp; more</h2><p onclick="x()">One <b>two</b><script>evil()</script> three<br>four</p><ul><li>item</li></ul></body></html>';
    const r = renderArticle(text, 'html', []);
    expect(r.title).toBe('Café & more');
    expect(r.blocks.map((b) => (typeof b === 'string' ? 'text' : b[0]))).toEqual(['h2', 'p', 'ul']);
    expect(flat(r.blocks)).toBe('Café & moreOne two threefouritem');
    expect(flat(r.blocks)).not.toContain('evil');
  });

  it('nests a highlight inside another and splits one that crosses another', () => {
    const text = 'The quick brown fox jumps.';
    // 0: "quick brown fox" contains 1: "brown"; 2: "fox jumps" crosses 0.
    const findings = [ranged(4, 19), ranged(10, 15), ranged(16, 25)];
    const r = renderArticle(text, 'text', findings);
    expect(firsts(r.blocks).sort()).toEqual([0, 1, 2]);
    expect(r.placed).toEqual([true, true, true]);
    for (const [i, f] of findings.entries()) expect(highlightText(r.blocks, i)).toBe(text.slice(f.offset, f.endOffset));
    const p = r.blocks[0] as BodyElement;
    const outer = p.find((n) => Array.isArray(n) && n[1]?.f === 0) as BodyElement;
    expect(outer.some((n) => Array.isArray(n) && n[0] === 'mark' && n[1]?.f === 1)).toBe(true);
    // "fox" is in both 0 and 2; 2 continues alone after 0 ends, as a continuation piece.
    expect(elements(r.blocks).filter((e) => e[1]?.f === 2).map((e) => e[1]?.p)).toEqual([1, 0]);
  });

  it('splits a highlight at markup and marks related places separately', () => {
    const text = 'It is **totally safe** for you.';
    const f: Finding = { ...ranged(6, 26), related: [{ message: 'other', line: 1, column: 1, endLine: 1, endColumn: 1, offset: 27, endOffset: 30 }] };
    const r = renderArticle(text, 'markdown', [f]);
    expect(highlightText(r.blocks, 0)).toBe('totally safe for');
    expect(elements(r.blocks).filter((e) => e[0] === 'mark').map((e) => e[1]?.p)).toEqual([1, 0]);
    const rel = elements(r.blocks).filter((e) => e[0] === 'rel');
    expect(rel.map((e) => [e[1], flat(e.slice(2) as BodyNode[])])).toEqual([[{ f: 0, r: 0, p: 1 }, 'you']]);
  });

  it('reports a range it cannot show as not placed, and a document-level finding as not placed', () => {
    const text = 'Text.\n\n<div>hidden claim</div>\n';
    const doc: Finding = { ruleId: 'd', severity: 'info', message: 'm', line: 1, column: 1, offset: 0, excerpt: '', url: '' };
    const r = renderArticle(text, 'markdown', [ranged(12, 17), doc, ranged(0, 4)]);
    expect(r.placed).toEqual([false, false, true]);
  });

  it('gives every ranged finding of the seed articles one highlight covering exactly its excerpt', () => {
    const engine = createEngine(ruleSet);
    const dir = 'fixtures/seeds';
    let count = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      const { messages } = lintWithEngine(engine, text, name);
      const r = renderArticle(text, 'text', messages);
      const expected = messages.flatMap((m, i) => (m.endOffset === undefined ? [] : [i]));
      expect(firsts(r.blocks).sort((a, b) => a - b)).toEqual(expected);
      for (const i of expected) expect(highlightText(r.blocks, i)).toBe(messages[i]?.excerpt);
      // Nothing of the article is lost or added.
      expect(r.blocks.map((b) => flat([b])).join(' ').replace(/\s+/g, ' ').trim()).toBe(text.replace(/\s+/g, ' ').trim());
      count += expected.length;
    }
    expect(count).toBeGreaterThan(30);
  });
});

describe('rendering from the engine parse', () => {
  it('renders every fixture and seed from the engine parse exactly as from a parse of its own, and the engine keeps a tree for Markdown and HTML', async () => {
    const { lintFile } = await import('../../src/engine/run.js');
    const { renderReportArticle } = await import('../../src/report/model.js');
    const engine = createEngine(ruleSet);
    const files = [...readdirSync('fixtures/clean').map((f) => `fixtures/clean/${f}`), ...readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt')).map((f) => `fixtures/seeds/${f}`), 'fixtures/injection/injection.md', 'fixtures/injection/injection.html'];
    const kinds = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const linted = lintFile(engine, text, file);
      kinds.add(linted.parsed.tree?.kind ?? 'text');
      expect(renderReportArticle(file, text, linted.result, linted.parsed), file).toEqual(renderReportArticle(file, text, linted.result));
    }
    expect([...kinds].sort()).toEqual(['hast', 'mdast', 'text']);
  });
});
