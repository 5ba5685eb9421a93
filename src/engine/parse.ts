/**
 * Parse: text -> prose blocks. Markdown goes through remark-parse (with GFM and front
 * matter), HTML through rehype-parse, plain text through a line/paragraph splitter. The
 * output is the same for every format: blocks of prose, each a list of source ranges that
 * hold linted text (code, HTML, URLs and link targets are simply not in any range), plus
 * the ranges of citations (links, footnote references) found while walking the tree.
 */
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { createRequire } from 'node:module';
import type * as RehypeParse from 'rehype-parse';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Processor } from 'unified';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTableFromMarkdown } from './gfm-table.js';
import type { BlockKind, SourceFormat } from '../types.js';

/** A half-open range of file offsets. */
export type Range = readonly [start: number, end: number];

/** A block of prose before tokenization. */
export interface ProseBlock {
  readonly kind: BlockKind;
  readonly start: number;
  readonly end: number;
  /** Sorted, non-overlapping ranges of lintable text. */
  readonly ranges: Range[];
  /** Ranges of links and footnote references: citations. */
  readonly citations: Range[];
}

/**
 * The parts of GFM medlint needs: tables (cells are prose) and footnotes (citations). Not
 * remark-gfm as a whole: its autolink-literal construct alone made parsing 2.4x slower on
 * the benchmark corpus (1650 vs 691 ms/MB; tables + footnotes: 796 ms/MB), and bare URLs are
 * masked by the segmenter in every format anyway. Strikethrough and task lists change no prose.
 */
function remarkGfmSubset(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown());
}

const markdownParser = unified().use(remarkParse).use(remarkGfmSubset).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const require = createRequire(import.meta.url);
let htmlParser: Processor<HastRoot> | undefined;

/** Parses Markdown into an mdast tree with the engine's extensions (GFM tables and footnotes, front matter). */
export function parseMarkdownTree(text: string): MdastRoot {
  return markdownParser.parse(text);
}

/** Parses HTML into a hast tree, as the engine does. */
export function parseHtmlTree(text: string): HastRoot {
  // Loaded on the first HTML file (require of an ES module, synchronous): rehype-parse and
  // parse5 are about 80 ms of start-up that a Markdown or text run never needs.
  htmlParser ??= unified()
    .use((require('rehype-parse') as typeof RehypeParse).default, { fragment: false })
    .freeze() as unknown as Processor<HastRoot>;
  return htmlParser.parse(text);
}

/** A comment in the source (HTML `<!-- -->`, MDX `{/* … *\/}`, or a directive line of plain text). */
export interface SourceComment {
  readonly start: number;
  readonly end: number;
  /** The text inside the comment markers, untrimmed. */
  readonly body: string;
}

/** What one parse yields: the prose, and the comments and front matter suppressions are read from. */
export interface ParsedProse {
  readonly blocks: ProseBlock[];
  readonly comments: SourceComment[];
  /** The YAML front matter's text (Markdown only). */
  readonly frontMatter?: string;
}

/** Parses a file's text into prose blocks, collecting comments on the way. `mdx` reads `{/* … *\/}` comments too. */
export function parseProse(text: string, format: SourceFormat, mdx = false): ParsedProse {
  const sink: Sink = { text, comments: [], code: [] };
  let blocks: ProseBlock[];
  switch (format) {
    case 'markdown':
      blocks = markdownBlocks(parseMarkdownTree(text), sink);
      if (mdx) mdxComments(sink);
      break;
    case 'html':
      blocks = htmlBlocks(parseHtmlTree(text), sink);
      break;
    case 'text':
      blocks = textBlocks(text, sink);
      break;
  }
  sink.comments.sort((a, b) => a.start - b.start);
  return { blocks, comments: sink.comments, ...(sink.frontMatter !== undefined ? { frontMatter: sink.frontMatter } : {}) };
}

/** Collects comments, code ranges and front matter while the tree is walked once. */
interface Sink {
  readonly text: string;
  readonly comments: SourceComment[];
  /** Code ranges (Markdown), where MDX comment syntax is not a comment. */
  readonly code: Range[];
  frontMatter?: string;
}

const HTML_COMMENT = /<!--([\s\S]*?)-->/g;

/** The HTML comments in a source range (an HTML node may hold several, or other markup too). */
function htmlComments(sink: Sink, start: number, end: number): void {
  const source = sink.text.slice(start, end);
  for (const m of source.matchAll(HTML_COMMENT)) {
    const at = start + (m.index ?? 0);
    sink.comments.push({ start: at, end: at + m[0].length, body: m[1] ?? '' });
  }
}

const MDX_COMMENT = /\{\s*\/\*([\s\S]*?)\*\/\s*\}/g;

/**
 * MDX expression comments. remark-parse (no MDX extension: medlint lints MDX as Markdown)
 * reads them as text, so they are found in the source, outside code.
 */
function mdxComments(sink: Sink): void {
  for (const m of sink.text.matchAll(MDX_COMMENT)) {
    const at = m.index ?? 0;
    if (sink.code.some(([s, e]) => at >= s && at < e)) continue;
    sink.comments.push({ start: at, end: at + m[0].length, body: m[1] ?? '' });
  }
}

function markPlace(node: { position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined }): Range | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : [s, e];
}

// ---------------------------------------------------------------------------------------
// Markdown

const MD_BLOCK_KIND: Partial<Record<MdastNodes['type'], BlockKind>> = {
  paragraph: 'paragraph',
  heading: 'heading',
  tableCell: 'table-cell',
};

function markdownBlocks(root: MdastRoot, sink: Sink): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  // An explicit stack instead of recursion: deeply nested input must not overflow the call stack.
  const stack: { node: MdastNodes; inList: boolean; inQuote: boolean }[] = [{ node: root, inList: false, inQuote: false }];
  while (stack.length > 0) {
    // Safe: the loop condition guarantees an element.
    const { node, inList, inQuote } = stack.pop()!;
    if (node.type === 'html' || node.type === 'code' || node.type === 'yaml') {
      const place = markPlace(node);
      if (place && node.type === 'html') htmlComments(sink, place[0], place[1]);
      else if (place && node.type === 'code') sink.code.push(place);
      else if (node.type === 'yaml') sink.frontMatter = node.value;
      continue;
    }
    const kind = MD_BLOCK_KIND[node.type];
    if (kind && node.position && 'children' in node) {
      const block: ProseBlock = {
        kind: kind === 'paragraph' && inList ? 'list-item' : kind === 'paragraph' && inQuote ? 'quote' : kind,
        start: node.position.start.offset ?? 0,
        end: node.position.end.offset ?? 0,
        ranges: [],
        citations: [],
      };
      collectMarkdownInline(node, block, sink);
      if (block.ranges.length > 0) blocks.push(block);
      continue;
    }
    if ('children' in node) {
      const childInList = inList || node.type === 'listItem';
      const childInQuote = inQuote || node.type === 'blockquote';
      for (let i = node.children.length - 1; i >= 0; i--) {
        // Safe: i is within bounds.
        stack.push({ node: node.children[i]!, inList: childInList, inQuote: childInQuote });
      }
    }
  }
  return blocks;
}

function collectMarkdownInline(parent: MdastNodes, block: ProseBlock, sink: Sink): void {
  const stack: MdastNodes[] = [parent];
  while (stack.length > 0) {
    // Safe: the loop condition guarantees an element.
    const node = stack.pop()!;
    const pos = node.position;
    if (node.type === 'text' && pos) {
      block.ranges.push([pos.start.offset ?? 0, pos.end.offset ?? 0]);
      continue;
    }
    if ((node.type === 'html' || node.type === 'inlineCode') && pos) {
      if (node.type === 'html') htmlComments(sink, pos.start.offset ?? 0, pos.end.offset ?? 0);
      else sink.code.push([pos.start.offset ?? 0, pos.end.offset ?? 0]);
      continue;
    }
    if ((node.type === 'link' || node.type === 'linkReference' || node.type === 'footnoteReference') && pos) {
      block.citations.push([pos.start.offset ?? 0, pos.end.offset ?? 0]);
      // An autolink's text is its URL: never prose.
      if (node.type === 'link' && isAutolink(node)) continue;
    }
    // inlineCode, html, image, imageReference and break hold no prose.
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        // Safe: i is within bounds.
        stack.push(node.children[i]!);
      }
    }
  }
  block.ranges.sort((a, b) => a[0] - b[0]);
}

function isAutolink(node: MdastNodes & { type: 'link' }): boolean {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (!only || only.type !== 'text') return false;
  const url = node.url.replace(/^mailto:/, '');
  return only.value === node.url || only.value === url || `http://${only.value}` === node.url || `https://${only.value}` === node.url;
}

// ---------------------------------------------------------------------------------------
// HTML

const HTML_BLOCK_KIND: Readonly<Record<string, BlockKind>> = {
  p: 'paragraph',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  dt: 'list-item',
  dd: 'list-item',
  td: 'table-cell',
  th: 'table-cell',
  caption: 'paragraph',
  figcaption: 'paragraph',
  blockquote: 'quote',
  title: 'heading',
};

/** Elements whose content is never prose. */
const HTML_SKIP = new Set(['script', 'style', 'template', 'noscript', 'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'textarea', 'select', 'iframe', 'object']);

/** Elements that end the current block (div-like containers); `br` does not: a paragraph goes on after it. */
const HTML_BREAK = new Set([
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'ul', 'ol', 'dl', 'table', 'tr',
  'tbody', 'thead', 'form', 'fieldset', 'details', 'summary', 'hr', 'body', 'html', 'head',
]);

/** A block while it is being built (its end grows with its text). */
type OpenBlock = { kind: BlockKind; start: number; end: number; ranges: Range[]; citations: Range[] };

function htmlBlocks(root: HastRoot, sink: Sink): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let current: OpenBlock | undefined;
  const open = (kind: BlockKind, start: number, end: number): OpenBlock => (current = { kind, start, end, ranges: [], citations: [] });
  const close = (): void => {
    if (current && current.ranges.length > 0) blocks.push(current);
    current = undefined;
  };
  // Iterative walk with explicit exit markers, so deep nesting cannot overflow the stack.
  const stack: { node: HastNodes; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    // Safe: the loop condition guarantees an element.
    const { node, exit } = stack.pop()!;
    if (exit) {
      close();
      continue;
    }
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined || !/\S/.test(node.value)) continue;
      const block = current ?? open('paragraph', start, end);
      block.ranges.push([start, end]);
      block.end = end;
      continue;
    }
    if (node.type === 'comment') {
      const place = markPlace(node);
      if (place) sink.comments.push({ start: place[0], end: place[1], body: node.value });
      continue;
    }
    if (node.type !== 'element' && node.type !== 'root') continue;
    if (node.type === 'element') {
      const el: Element = node;
      if (HTML_SKIP.has(el.tagName)) continue;
      const start = el.position?.start.offset ?? 0;
      const end = el.position?.end.offset ?? 0;
      const kind = HTML_BLOCK_KIND[el.tagName];
      if (kind || HTML_BREAK.has(el.tagName)) {
        close();
        if (kind) open(kind, start, end);
        stack.push({ node, exit: true });
      } else if (el.tagName === 'a') {
        (current ?? open('paragraph', start, end)).citations.push([start, end]);
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      // Safe: i is within bounds.
      stack.push({ node: node.children[i]!, exit: false });
    }
  }
  close();
  for (const block of blocks) block.ranges.sort((a, b) => a[0] - b[0]);
  return blocks;
}

// ---------------------------------------------------------------------------------------
// Plain text

/** A plain-text suppression: a line of its own starting with a medlint directive. */
const TEXT_DIRECTIVE = /^\s*medlint-(?:disable|enable)(?:-line|-next-line)?(?:\s|$)/;

/** Terminal punctuation that ends a paragraph line. */
const LINE_END = /[.!?:;"”’)\]…]\s*$/;

/**
 * Plain text has no markup, so paragraphs are inferred: each line is a paragraph (the seed
 * articles are one paragraph a line), except that a line joins the previous one when that
 * one does not end a sentence and this one starts in lower case (hard-wrapped prose).
 * Short lines without final punctuation are headings.
 */
function textBlocks(text: string, sink: Sink): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let current: { start: number; end: number; lines: number } | undefined;
  const flush = (): void => {
    if (!current) return;
    const body = text.slice(current.start, current.end);
    const words = body.trim().split(/\s+/).length;
    const heading = current.lines === 1 && !LINE_END.test(body) && words <= 14 && body.length <= 120;
    blocks.push({ kind: heading ? 'heading' : 'paragraph', start: current.start, end: current.end, ranges: [[current.start, current.end]], citations: [] });
    current = undefined;
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const line = text.slice(lineStart, contentEnd);
    const first = line.search(/\S/);
    if (first === -1) {
      flush();
    } else if (TEXT_DIRECTIVE.test(line)) {
      // A directive line of its own is not prose; it ends the paragraph before it.
      flush();
      sink.comments.push({ start: lineStart + first, end: lineStart + line.trimEnd().length, body: line.slice(first) });
    } else {
      const start = lineStart + first;
      const end = lineStart + line.trimEnd().length;
      const continues = current !== undefined && !LINE_END.test(text.slice(current.start, current.end)) && /^[a-z0-9(]/.test(line.slice(first));
      if (continues && current) {
        current.end = end;
        current.lines++;
      } else {
        flush();
        current = { start, end, lines: 1 };
      }
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  flush();
  return blocks;
}
