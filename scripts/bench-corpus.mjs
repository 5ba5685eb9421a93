// The benchmark corpus, shared by scripts/bench.mjs and scripts/bench-report.mjs: a
// deterministic set of about 2,000 Markdown articles (10-15 MB) and one 5 MB Markdown file
// under .bench/, recombined from the paragraphs of fixtures/seeds/*.txt and fixtures/clean/*.
// A stamp file (generator version, seed and a hash of the source fixtures) lets later runs
// skip regeneration. Paths are resolved against the repository root, not the working directory.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './prng.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1024 * 1024;

/** Where the corpora live (git-ignored). */
export const BENCH = path.join(ROOT, '.bench');
/** Bump when the generator's output changes, so stale corpora are regenerated. */
export const GENERATOR_VERSION = 3;
export const SEED = 0x6d65646c; // "medl"
export const FULL_FILES = 2000;
export const QUICK_FILES = 200;
const ARTICLE_MIN = 5000;
const ARTICLE_MAX = 8000;
export const BIG_BYTES = 5 * MB;

/** The generator cannot run (too little source text). */
export class CorpusError extends Error {}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…' };

function htmlToText(html) {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/(p|h[1-6]|li|ul|ol|div|section|article|blockquote|table|tr|header|footer|figure|figcaption)>|<br\s*\/?>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

/** A short line that reads as a title, not as a sentence. */
function isHeadingLike(block) {
  return !block.includes('\n') && block.length >= 3 && block.length <= 90 && !/[.:;,]$/.test(block) && !/^[-*+>|]|^\d+[.)]\s|^\[\^/.test(block);
}

/** Headings and paragraphs of the source fixtures, deduplicated, in a stable order. */
export function loadSources() {
  const files = [
    ...readdirSync(path.join(ROOT, 'fixtures/seeds')).filter((f) => f.endsWith('.txt')).map((f) => `fixtures/seeds/${f}`),
    ...readdirSync(path.join(ROOT, 'fixtures/clean')).map((f) => `fixtures/clean/${f}`),
  ].sort();
  const hash = createHash('sha256');
  const headings = new Set();
  const paragraphs = new Set();
  for (const file of files) {
    const raw = readFileSync(path.join(ROOT, file), 'utf8');
    hash.update(file).update('\0').update(raw).update('\0');
    const isHtml = /\.html?$/i.test(file);
    const isMarkdown = /\.(md|markdown)$/i.test(file);
    const text = (isHtml ? htmlToText(raw) : raw).replace(/\r\n?/g, '\n');
    // Markdown blocks (lists, multi-line paragraphs) end at a blank line; in the plain-text
    // seeds every line is a paragraph or a heading (some have no blank lines at all).
    for (let block of text.split(isMarkdown ? /\n[ \t]*\n+/ : /\n+/)) {
      block = isHtml ? block.replace(/\s+/g, ' ').trim() : block.replace(/[ \t]+$/gm, '').trim();
      if (!block) continue;
      if (isMarkdown && /^#{1,6}\s/.test(block) && !block.includes('\n')) headings.add(block.replace(/^#{1,6}\s+/, ''));
      else if (isHeadingLike(block)) headings.add(block.replace(/^#{1,6}\s+/, ''));
      else paragraphs.add(block);
    }
  }
  if (paragraphs.size < 10 || headings.size < 5) throw new CorpusError(`too little source text in fixtures/ (${paragraphs.size} paragraphs, ${headings.size} headings)`);
  return { headings: [...headings], paragraphs: [...paragraphs], sourcesHash: hash.digest('hex').slice(0, 16), sourceFiles: files.length };
}

function shuffled(list, rng) {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const pick = (list, rng) => list[Math.floor(rng() * list.length)];

/**
 * One Markdown article of about `target` bytes: optional front matter, a title, then
 * sections of 2-4 paragraphs under "##" headings, paragraphs drawn from a shuffled deck
 * that is reshuffled when it runs out (so long articles repeat paragraphs).
 */
function article(sources, rng, target, index) {
  const parts = [];
  let bytes = 0;
  const add = (s) => {
    parts.push(s);
    bytes += Buffer.byteLength(s) + 2;
  };
  if (rng() < 0.5) add(`---\ntitle: "${pick(sources.headings, rng).replace(/"/g, "'")}"\ndate: 2025-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}\ntags: [health, article-${index}]\n---`);
  add(`# ${pick(sources.headings, rng)}`);
  let deck = [];
  let untilHeading = 1 + Math.floor(rng() * 3);
  for (;;) {
    if (deck.length === 0) deck = shuffled(sources.paragraphs, rng);
    const next = deck[deck.length - 1];
    // Stop where the article is closest to its target, so sizes centre on it.
    if (Math.abs(bytes + Buffer.byteLength(next) + 2 - target) >= Math.abs(bytes - target)) break;
    if (untilHeading === 0) {
      add(`## ${pick(sources.headings, rng)}`);
      untilHeading = 2 + Math.floor(rng() * 3);
    }
    add(deck.pop());
    untilHeading--;
  }
  return `${parts.join('\n\n')}\n`;
}

function readStamp(dir) {
  try {
    return JSON.parse(readFileSync(path.join(dir, '.stamp.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

export function listMarkdown(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Generates `count` articles into `dir` unless its stamp says they are already there. */
export function ensureCorpus(dir, count, sources) {
  const stamp = { generator: GENERATOR_VERSION, seed: SEED, sources: sources.sourcesHash, files: count };
  const old = readStamp(dir);
  if (old && old.generator === stamp.generator && old.seed === stamp.seed && old.sources === stamp.sources && old.files === count && listMarkdown(dir).length === count) {
    return { ...old, reused: true };
  }
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    // One PRNG per article: the quick corpus is exactly the first articles of the full one.
    const rng = mulberry32((SEED + Math.imul(i + 1, 0x9e3779b9)) >>> 0);
    const text = article(sources, rng, ARTICLE_MIN + Math.floor(rng() * (ARTICLE_MAX - ARTICLE_MIN)), i);
    writeFileSync(path.join(dir, `article-${String(i).padStart(4, '0')}.md`), text);
    bytes += Buffer.byteLength(text);
  }
  const done = { ...stamp, bytes };
  writeFileSync(path.join(dir, '.stamp.json'), `${JSON.stringify(done, null, 2)}\n`);
  process.stderr.write(`bench: generated ${count} articles, ${(bytes / MB).toFixed(1)} MB, in ${path.relative(ROOT, dir)} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  return done;
}

/**
 * Generates one large file in `dir` (`big.md`): the same recombination, continued to `target`
 * bytes (default `BIG_BYTES`, 5 MB); the bench makes 1, 2.5 and 5 MB files to see growth.
 */
export function ensureBig(dir, sources, target = BIG_BYTES) {
  const file = path.join(dir, 'big.md');
  const stamp = { generator: GENERATOR_VERSION, seed: SEED, sources: sources.sourcesHash, target };
  const old = readStamp(dir);
  if (old && old.generator === stamp.generator && old.seed === stamp.seed && old.sources === stamp.sources && old.target === target && existsSync(file) && statSync(file).size === old.bytes) {
    return { ...old, reused: true };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const text = article(sources, mulberry32((SEED ^ 0xb16b00b5) >>> 0), target, 0);
  writeFileSync(file, text);
  const done = { ...stamp, bytes: Buffer.byteLength(text) };
  writeFileSync(path.join(dir, '.stamp.json'), `${JSON.stringify(done, null, 2)}\n`);
  process.stderr.write(`bench: generated ${path.relative(ROOT, file)}, ${(done.bytes / MB).toFixed(1)} MB\n`);
  return done;
}


/**
 * The full (or quick) corpus, generated when missing or stale: its directory, its files in
 * sorted order and its stamp.
 */
export function corpus({ quick = false } = {}) {
  const sources = loadSources();
  const dir = path.join(BENCH, quick ? 'corpus-quick' : 'corpus');
  const stamp = ensureCorpus(dir, quick ? QUICK_FILES : FULL_FILES, sources);
  return { dir, files: listMarkdown(dir), stamp, sources };
}
