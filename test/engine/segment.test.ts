import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/engine/run.js';
import { knowledgeBase } from '../../src/kb/index.js';
import { lintText } from '../../src/index.js';
import { InputError } from '../../src/engine/read.js';
import { TOKEN, gluedUnitAt, tokenize, wordTableSize, type Token } from '../../src/engine/segment.js';

const words = (text: string, path = 'a.md'): string[] => buildDocument(text, path, knowledgeBase).sentences.flatMap((s) => s.words.map((w) => text.slice(w.start, w.end)));
const sentences = (text: string, path = 'a.md'): string[] => buildDocument(text, path, knowledgeBase).sentences.map((s) => text.slice(s.start, s.end));

describe('segmentation', () => {
  it('keeps offsets exact around emphasis, links and entities', () => {
    const text = 'It is **completely safe** and [cures](https://x.org/cure) pain &amp; more.';
    const doc = buildDocument(text, 'a.md', knowledgeBase);
    const ws = doc.sentences[0]!.words;
    for (const w of ws) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(ws.map((w) => w.text)).toEqual(['It', 'is', 'completely', 'safe', 'and', 'cures', 'pain', 'more']);
  });

  it('never yields words from code, HTML comments, link targets, URLs or front matter', () => {
    const text = '---\ntitle: safest cure\n---\n\nSee `safe` and <!-- best cure --> https://cure.example.com/safe or a@b.com.\n\n```\ncures\n```\n';
    expect(words(text)).toEqual(['See', 'and', 'or']);
  });

  it('lints GFM table cells and list items', () => {
    const text = '| a | b |\n|---|---|\n| safe | ok |\n\n- cures pain\n';
    const doc = buildDocument(text, 'a.md', knowledgeBase);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['table-cell', 'table-cell', 'table-cell', 'table-cell', 'list-item']);
    expect(words(text)).toEqual(['a', 'b', 'safe', 'ok', 'cures', 'pain']);
  });

  it('splits sentences but not at abbreviations, decimals or initials', () => {
    const text = 'Dr. Smith et al. found 3.8% e.g. in the U.S. market. J. Doe agreed! Did he? Yes.';
    expect(sentences(text)).toEqual(['Dr. Smith et al. found 3.8% e.g. in the U.S. market.', 'J. Doe agreed!', 'Did he?', 'Yes.']);
  });

  it('treats each line of a .txt file as a paragraph, and short unpunctuated lines as headings', () => {
    const text = 'What Is Ketamine Therapy\nKetamine is a drug. It is old.\nThis line wraps\nonto the next one.\n';
    const doc = buildDocument(text, 'a.txt', knowledgeBase);
    expect(doc.blocks.map((b) => [b.kind, text.slice(b.start, b.end)])).toEqual([
      ['heading', 'What Is Ketamine Therapy'],
      ['paragraph', 'Ketamine is a drug. It is old.'],
      ['paragraph', 'This line wraps\nonto the next one.'],
    ]);
  });

  it('skips script, style, template and code in HTML', () => {
    const text = '<html><head><title>Care</title><style>p{}</style><script>var a = "cure";</script></head><body><template>cure</template><p>Pain <code>cure</code> relief</p></body></html>';
    expect(words(text, 'a.html')).toEqual(['Care', 'Pain', 'relief']);
  });

  it('keeps an HTML paragraph whole across <br>, and links cite their sentence', () => {
    const text = '<p>Studies have <a href="https://x.org">shown</a> it<br>works. It cures pain.</p>';
    const doc = buildDocument(text, 'a.html', knowledgeBase);
    expect(doc.blocks).toHaveLength(1);
    expect(doc.sentences.map((s) => [text.slice(s.start, s.end), s.cited])).toEqual([
      ['Studies have <a href="https://x.org">shown</a> it<br>works.', true],
      ['It cures pain.', false],
    ]);
  });

  it('gives words of one key one id, and words of different keys different ids', () => {
    const ws = buildDocument('Cures CURES cures. Non-addictive nonaddictive cure.', 'a.md', knowledgeBase).sentences.flatMap((s) => s.words);
    const idOf = new Map<string, number>();
    for (const w of ws) {
      expect(idOf.get(w.key) ?? w.id).toBe(w.id);
      idOf.set(w.key, w.id);
    }
    expect(new Set(idOf.values()).size).toBe(idOf.size);
    expect(idOf.size).toBe(3);
  });

  it('joins numbers with thousands separators and keeps hyphenated words whole', () => {
    expect(words('It costs $3,000 for non-addictive, side-effect-free care.', 'a.txt')).toEqual(['It', 'costs', '3,000', 'for', 'non-addictive', 'side-effect-free', 'care']);
  });
});

describe('positions in findings', () => {
  it('counts columns right with CRLF line ends', () => {
    const text = 'First line.\r\nIt is completely safe.\r\n';
    const [f] = lintText(text, { path: 'a.txt', only: ['safety-claim'] }).messages;
    expect(f).toMatchObject({ line: 2, column: 7, endLine: 2, endColumn: 22, offset: 19, endOffset: 34, excerpt: 'completely safe' });
  });

  it('drops a BOM before computing offsets', () => {
    const [f] = lintText('\uFEFFIt cures pain.', { path: 'a.txt', only: ['absolute-claim'] }).messages;
    expect(f).toMatchObject({ line: 1, column: 4, offset: 3, endOffset: 8, excerpt: 'cures' });
  });

  it('reports a range spanning a soft line break in Markdown', () => {
    const text = 'Our results are\n100% effective for you.\n';
    const [f] = lintText(text, { path: 'a.md', only: ['absolute-claim'] }).messages;
    expect(f).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 15, excerpt: '100% effective' });
  });

  it('survives deeply nested input without a stack overflow', () => {
    // Markdown past the nesting limit is refused before parsing (see test/engine/limits.test.ts).
    const text = `${'> '.repeat(5000)}It cures pain.\n`;
    expect(() => lintText(text, { path: 'a.md' })).toThrow(/^a\.md: nested more than 100 levels deep/);
    expect(lintText(`${'> '.repeat(100)}It cures pain.\n`, { path: 'a.md', only: ['absolute-claim'] }).messages.map((m) => m.excerpt)).toEqual(['cures']);
    const html = `${'<div>'.repeat(500)}<p>It cures pain.</p>${'</div>'.repeat(500)}`;
    expect(lintText(html, { path: 'a.html', only: ['absolute-claim'] }).messages.map((m) => m.excerpt)).toEqual(['cures']);
  });

  it('turns hostile nesting that exhausts a parser into a one-line input error', () => {
    const html = `${'<div>'.repeat(50000)}<p>It cures pain.</p>`;
    expect(() => lintText(html, { path: 'deep.html' })).toThrow(new InputError('deep.html: too deeply nested to parse', 'deep.html'));
  });
});

describe('the tokenizer', () => {
  /** What the scanner must match: TOKEN's matches, as the segmenter read them before the scanner. */
  function byPattern(masked: string, base: number): Token[] {
    const tokens: Token[] = [];
    const pattern = new RegExp(TOKEN.source, TOKEN.flags);
    for (let m = pattern.exec(masked); m !== null; m = pattern.exec(masked)) {
      const start = base + m.index;
      const end = start + m[0].length;
      if (m[2] !== undefined) {
        const kind = m[1] ? 'money' : m[3] ? 'percent' : /^\d/.test(m[2]) && /^[\d.,]+(?:[-‐][\d.,]+)?$/.test(m[2]) ? 'number' : 'word';
        if (m[1]) tokens.push({ word: false, text: '$', start, end: start + 1, kind: 'word' });
        const from = m[1] ? start + 1 : start;
        const unit = kind === 'word' && !m[3] ? gluedUnitAt(m[2]) : -1;
        if (unit > 0) {
          tokens.push({ word: true, text: m[2].slice(0, unit), start: from, end: from + unit, kind: 'number' });
          tokens.push({ word: true, text: m[2].slice(unit), start: from + unit, end, kind: 'word' });
        } else tokens.push({ word: true, text: m[1] ? m[0].slice(1) : m[0], start: from, end, kind });
      } else tokens.push({ word: false, text: m[0], start, end, kind: 'word' });
    }
    return tokens;
  }

  // Characters at the edges of the pattern: joiners, digits, entities, marks, non-ASCII letters and digits, astral letters, lone surrogates, odd spaces.
  const pieces = ['a', 'Z', 'é', 'ß', 'Ω', '7', '٣', '½', '\u0301', '-', '‐', "'", '’', '.', ',', '000', '1234', '$', '%', '#', '&', 'amp;', '#38;', '#x2F;', 'x', ';', ' ', '\u00a0', '\u2003', '\ufeff', '\n', '\t', '𝐀', '😀', '\ud800', '\udc00', '*', '"', '(', ')', 'lbs', 'kg', 'mg', 'x'];

  it('matches the token pattern on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.nat(1000), (parts, base) => {
        const text = parts.join('');
        expect(tokenize(text, base)).toEqual(byPattern(text, base));
      }),
      { seed: 20261201, numRuns: 3000 },
    );
  });

  it('splits a number from a unit written against it, and reads a range of numbers as a number', () => {
    const text = 'Lose 30lbs, 2.5kg or 15-20 lb; take 500mg; 10x; B12 and COVID-19 stay whole.';
    expect(tokenize(text, 0).filter((t) => t.word).map((t) => [t.text, t.kind, text.slice(t.start, t.end)])).toEqual([
      ['Lose', 'word', 'Lose'], ['30', 'number', '30'], ['lbs', 'word', 'lbs'], ['2.5', 'number', '2.5'], ['kg', 'word', 'kg'], ['or', 'word', 'or'],
      ['15-20', 'number', '15-20'], ['lb', 'word', 'lb'], ['take', 'word', 'take'], ['500', 'number', '500'], ['mg', 'word', 'mg'], ['10', 'number', '10'], ['x', 'word', 'x'],
      ['B12', 'word', 'B12'], ['and', 'word', 'and'], ['COVID-19', 'word', 'COVID-19'], ['stay', 'word', 'stay'], ['whole', 'word', 'whole'],
    ]);
  });

  it('matches it on the usual shapes', () => {
    for (const text of ['$5,000 and 3,0000 or 1,000,000.', '70% of #1 #anxiety U.S. e.g. it’s non‐addictive', '&amp; &#38; &#x2F; &bogus &#; &#x; & amp;', 'naïve café e\u0301 𝐀𝐁 x😀y']) {
      expect(tokenize(text, 3)).toEqual(byPattern(text, 3));
    }
  });
});

describe('the table of word texts', () => {
  /** FNV-1a over UTF-16 code units, as segment.ts hashes a word where it stands. */
  const fnv = (s: string): number => {
    let h = 0x811c9dc5 | 0;
    for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    return h;
  };

  it('reads words right when many of them collide in the table (more than a slot run holds)', () => {
    // Words whose hashes share their low 16 bits: one run of slots while the table has at most
    // 65,536 of them, so most of these go past the probe limit into the overflow map.
    const words: string[] = [];
    const target = fnv('zzzzzzzz') & 0xffff;
    for (let n = 0; words.length < 80; n++) {
      const w = `q${n.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)]!)}`;
      if ((fnv(w) & 0xffff) === target) words.push(w);
    }
    const text = `${words.join(' ')}.\n\n${words.join(' ')}.`;
    const before = wordTableSize();
    const doc = buildDocument(text, 'collide.txt', knowledgeBase);
    const after = wordTableSize();
    // Each text once, the second sentence's words found again; past the probe limit, in the overflow map.
    expect(after.entries - before.entries).toBe(words.length);
    expect(after.overflow - before.overflow).toBeGreaterThanOrEqual(words.length - 40);
    const [first, second] = doc.sentences;
    expect(first?.words.map((w) => w.text)).toEqual(words);
    expect(second?.words.map((w) => w.text)).toEqual(words);
    // The same text is the same entry: the same key id and the same shared string.
    expect(second?.words.map((w) => w.id)).toEqual(first?.words.map((w) => w.id));
    expect(new Set(first?.words.map((w) => w.id)).size).toBe(words.length);
    for (const w of first?.words ?? []) expect(text.slice(w.start, w.end)).toBe(w.text);
  });
});
