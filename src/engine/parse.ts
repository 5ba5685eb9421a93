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
import { parse as micromarkParse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { decodeString } from 'micromark-util-decode-string';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import remarkFrontmatter from 'remark-frontmatter';
import type remarkMdxPlugin from 'remark-mdx';
import { gfmTableFromMarkdown } from './gfm-table.js';
import type { BlockKind, SourceFormat } from '../types.js';

const require = createRequire(import.meta.url);

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
function remarkGfmSubset(this: Processor, options: { readonly tables?: boolean } = {}): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(...(options.tables === false ? [] : [gfmTable()]), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown());
}

const markdownParser = unified().use(remarkParse).use(remarkGfmSubset).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
/** The same without the table construct, for text that cannot hold a table (see mayHoldTable). */
const tablelessParser = unified().use(remarkParse).use(remarkGfmSubset, { tables: false }).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
let htmlParser: Processor<HastRoot> | undefined;

/**
 * A GFM table needs a delimiter row: cells of `-` with optional `:` at either end, between
 * pipes; without a pipe anywhere, only a row with a colon (`:-`, `-:`) makes one. Text with no
 * `|` and no line of `-`, `:` and blanks holding a colon holds no table, and is parsed without
 * the table construct, which micromark tries at the start of every line (about 4% of the
 * corpus's CPU went to its head-row states). test/engine/parse-tables.test.ts compares the
 * trees on random documents of table syntax. The pattern is linear: its classes do not overlap.
 */
const DELIMITER_LIKE = /^[\t >]*[-:][-: \t\r]*$/gm;

function mayHoldTable(text: string): boolean {
  if (text.includes('|')) return true;
  if (!text.includes(':')) return false;
  DELIMITER_LIKE.lastIndex = 0;
  for (let m = DELIMITER_LIKE.exec(text); m; m = DELIMITER_LIKE.exec(text)) if (m[0].includes(':')) return true;
  return false;
}

/** Parses Markdown into an mdast tree with the engine's extensions (GFM tables and footnotes, front matter). */
export function parseMarkdownTree(text: string): MdastRoot {
  return (mayHoldTable(text) ? markdownParser : tablelessParser).parse(text);
}

let mdxParser: Processor<MdastRoot> | undefined;

/**
 * Parses MDX into an mdast tree: Markdown with ESM (`import`/`export`), JSX and `{expressions}`
 * as nodes of their own. remark-mdx (with acorn) is loaded on the first MDX file only: it adds
 * about a tenth of a second to start-up, which a run without MDX should not pay.
 */
export function parseMdxTree(text: string): MdastRoot {
  if (!mdxParser) {
    const remarkMdx = (require('remark-mdx') as { default: typeof remarkMdxPlugin }).default;
    mdxParser = unified().use(remarkParse).use(remarkGfmSubset).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkMdx).freeze() as unknown as Processor<MdastRoot>;
  }
  return mdxParser.parse(text);
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
  /**
   * The file's syntax tree (Markdown and HTML; not MDX, whose tree is Markdown's plus code): the
   * report renders from it instead of parsing again. Markdown's prose is read from the parser's
   * events, without a tree, so its tree is built when it is first asked for.
   */
  readonly tree?: SourceTree;
}

/** A file's syntax tree as the engine parsed it. */
export type SourceTree = { readonly kind: 'mdast'; readonly root: MdastRoot } | { readonly kind: 'hast'; readonly root: HastRoot };

/**
 * How deeply Markdown containers (list items and block quotes) may nest. micromark's container
 * handling grows with the square of the depth (depth 1,000: 0.5 s; 2,000: 5.5 s; a 20 KB file of
 * nested `- ` over 5 minutes), and no article nests lists more than a few levels, so a file past
 * this depth is refused before it is parsed, with one line.
 */
export const MAX_MARKDOWN_NESTING = 100;

/**
 * How many emphasis delimiter runs (`*`, `_`) one paragraph may hold. micromark pairs them in
 * time that grows with the square of the unmatched runs of a paragraph (`a* ` x 4,000: 0.4 s;
 * x 16,000: 5.8 s); an ordinary paragraph has a handful, and a file with more is refused.
 */
export const MAX_EMPHASIS_RUNS = 5000;

/**
 * Markdown past a documented limit (MAX_MARKDOWN_NESTING, MAX_EMPHASIS_RUNS): refused before
 * parsing, since the parser's time would grow with the square of it. A RangeError, as a stack
 * overflow in a parser would be; the message says which limit, fit for one line.
 */
export class ParseLimitError extends RangeError {}

const SPACE = 0x20;
const TAB = 0x09;

/**
 * An upper estimate of how deeply the Markdown containers of a text nest, in one pass over the
 * text (linear time): each line's leading block quote markers (`>`) and list markers (`-`, `*`,
 * `+`, `1.`, `1)` followed by white space) open containers, and a later line stays inside the
 * list items whose content column its indentation reaches. Stops counting past `limit`.
 */
export function markdownNestingDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  // Content columns of the list items open at the end of the previous line (block quotes do not
  // carry over without their marker, so they count on their own line only).
  const open: number[] = [];
  let max = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Indentation of the line, in columns (a tab to the next multiple of 4).
    let column = 0;
    while (i < n && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) {
      column = text.charCodeAt(i) === TAB ? column + 4 - (column % 4) : column + 1;
      i++;
    }
    const blank = i >= n || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
    if (!blank) while (open.length > 0 && open[open.length - 1]! > column) open.pop();
    let quotes = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      let width = 0;
      if (c === 0x3e /* > */) {
        quotes++;
        i++;
      } else if ((c === 0x2d || c === 0x2a || c === 0x2b) /* - * + */ && isSpaceOrEnd(text.charCodeAt(i + 1))) {
        width = 1;
      } else if (c >= 0x30 && c <= 0x39) {
        let j = i;
        while (j < n && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
        const d = text.charCodeAt(j);
        if ((d === 0x2e || d === 0x29) /* . ) */ && isSpaceOrEnd(text.charCodeAt(j + 1))) width = j + 1 - i;
        else break;
      } else break;
      if (width > 0) {
        i += width;
        column += width;
        open.push(column + 1);
      }
      // The white space after a marker, before the next one.
      while (i < n && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) {
        column++;
        i++;
      }
      if (open.length + quotes > max) max = open.length + quotes;
      if (max > limit) return max;
    }
    const eol = text.indexOf('\n', i);
    i = eol === -1 ? n : eol + 1;
  }
  return max;
}

/**
 * The most runs of `*` or `_` in one paragraph, in one pass; stops counting past `limit`. A
 * paragraph ends at a blank line, and a line that starts a list item, a table row or a heading
 * starts a new one (the parser pairs emphasis within each of them). Markers at the start of a
 * line (`* item`) count as runs too: an upper estimate.
 */
export function emphasisRuns(text: string, limit = Number.POSITIVE_INFINITY): number {
  let max = 0;
  let runs = 0;
  let lineStart = true;
  let lineHasText = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // A blank line ends the paragraph.
      if (!lineHasText) runs = 0;
      lineStart = true;
      lineHasText = false;
      continue;
    }
    if (lineStart && c !== SPACE && c !== TAB && c !== 0x3e /* > */) {
      lineStart = false;
      const next = text.charCodeAt(i + 1);
      const bullet = (c === 0x2d || c === 0x2a || c === 0x2b) && isSpaceOrEnd(next);
      if (bullet || c === 0x7c /* | */ || c === 0x23 /* # */ || (c >= 0x30 && c <= 0x39)) runs = 0;
    }
    if (c === 0x2a || c === 0x5f) {
      lineHasText = true;
      if (text.charCodeAt(i - 1) !== c && ++runs > max) {
        max = runs;
        if (max > limit) return max;
      }
    } else if (c !== SPACE && c !== TAB && c !== 13) lineHasText = true;
  }
  return max;
}

function isSpaceOrEnd(c: number): boolean {
  return Number.isNaN(c) || c === SPACE || c === TAB || c === 10 || c === 13;
}

/** Parses a file's text into prose blocks, collecting comments on the way. `mdx` reads `{/* … *\/}` comments too. */
export function parseProse(text: string, format: SourceFormat, mdx = false): ParsedProse {
  const sink: Sink = { text, comments: [], code: [] };
  let blocks: ProseBlock[];
  let tree: SourceTree | undefined;
  switch (format) {
    case 'markdown': {
      if (markdownNestingDepth(text, MAX_MARKDOWN_NESTING) > MAX_MARKDOWN_NESTING) {
        throw new ParseLimitError(`nested more than ${MAX_MARKDOWN_NESTING} levels deep (lists or block quotes), the limit for Markdown`);
      }
      if (emphasisRuns(text, MAX_EMPHASIS_RUNS) > MAX_EMPHASIS_RUNS) {
        throw new ParseLimitError(`a paragraph holds more than ${MAX_EMPHASIS_RUNS} runs of * or _, the limit for Markdown`);
      }
      if (mdx) blocks = mdxBlocks(text, sink);
      else blocks = markdownEventBlocks(text, sink);
      break;
    }
    case 'html':
      tree = { kind: 'hast', root: parseHtmlTree(text) };
      blocks = htmlBlocks(tree.root, sink);
      break;
    case 'text':
      blocks = textBlocks(text, sink);
      break;
  }
  sink.comments.sort((a, b) => a.start - b.start);
  const parsed = { blocks, comments: sink.comments, ...(sink.frontMatter !== undefined ? { frontMatter: sink.frontMatter } : {}), ...(tree ? { tree } : {}) };
  if (format === 'markdown' && !mdx) {
    let built: SourceTree | undefined;
    Object.defineProperty(parsed, 'tree', { enumerable: true, get: (): SourceTree => (built ??= { kind: 'mdast', root: parseMarkdownTree(text) }) });
  }
  return parsed;
}

/** Collects comments, code ranges and front matter while the tree is walked once. */
interface Sink {
  readonly text: string;
  readonly comments: SourceComment[];
  /** Code ranges (Markdown), where MDX comment syntax is not a comment. */
  readonly code: Range[];
  frontMatter?: string;
}

/**
 * The HTML comments in a source range (an HTML node may hold several, or other markup too):
 * what `/<!--([\s\S]*?)-->/g` matches, found with indexOf so that many unclosed `<!--` stay
 * linear (the regex rescanned the rest of the node from each one).
 */
function htmlComments(sink: Sink, start: number, end: number): void {
  const text = sink.text;
  let at = text.indexOf('<!--', start);
  while (at !== -1 && at + 4 <= end) {
    const close = text.indexOf('-->', at + 4);
    // No closer: no later opener has one either.
    if (close === -1 || close + 3 > end) return;
    sink.comments.push({ start: at, end: close + 3, body: text.slice(at + 4, close) });
    at = text.indexOf('<!--', close + 3);
  }
}

const MDX_COMMENT_ONLY = /^\s*\/\*([\s\S]*?)\*\/\s*$/;

/**
 * MDX: ESM and `{expressions}` are code, JSX elements are markup whose text content is prose
 * (attributes are not), and an expression that holds only a comment (`{/* medlint-disable *\/}`)
 * is a comment that can carry a suppression. A file that is not valid MDX (a half-written JSX
 * tag, say) is linted as Markdown, with its MDX comments found in the source, so an editor
 * still shows findings while the writer types.
 */
function mdxBlocks(text: string, sink: Sink): ProseBlock[] {
  const asMarkdown = (): ProseBlock[] => {
    const blocks = markdownBlocks(parseMarkdownTree(text), sink);
    mdxComments(sink);
    return blocks;
  };
  // The MDX parser rescans the rest of the text from every unclosed expression ("{/*" without
  // "*/}"), which grows with the square of their number; a file with many is not valid MDX anyway.
  if (unclosedExpressions(text) > MAX_UNCLOSED_MDX) return asMarkdown();
  let tree: MdastRoot;
  try {
    tree = parseMdxTree(text);
  } catch (error) {
    if (error instanceof RangeError) throw error;
    return asMarkdown();
  }
  return markdownBlocks(tree, sink);
}

/** More unclosed `{` than this and a file is linted as Markdown without the MDX parser. */
const MAX_UNCLOSED_MDX = 50;

/** How many `{` have no `}` after them (one pass; braces in code count too, which only errs towards the fallback). */
function unclosedExpressions(text: string): number {
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 123 "{", 125 "}".
    if (c === 123) open++;
    else if (c === 125 && open > 0) open--;
  }
  return open;
}

/** An MDX expression node: a comment-only expression becomes a comment; every expression is code, never prose. */
function mdxExpression(node: { value: string; position?: MdastNodes['position'] }, sink: Sink): void {
  const place = markPlace(node);
  if (!place) return;
  const comment = MDX_COMMENT_ONLY.exec(node.value);
  if (comment) sink.comments.push({ start: place[0], end: place[1], body: comment[1] ?? '' });
  sink.code.push(place);
}

/** MDX nodes that hold no prose (ESM, expressions); JSX elements are walked for their children only. */
function isMdxCode(node: MdastNodes): node is MdastNodes & { type: 'mdxjsEsm' | 'mdxFlowExpression' | 'mdxTextExpression'; value: string } {
  return node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';
}

const MDX_OPEN = /\{\s*\/\*/g;
const MDX_CLOSE = /\*\/\s*\}/g;

/**
 * MDX expression comments, `{/* … *\/}`, of a file the MDX parser rejected (linted as Markdown,
 * where they are text), so they are found in the source, outside code. What
 * `/\{\s*\/\*([\s\S]*?)\*\/\s*\}/g` matches, in linear time: openers and closers are listed
 * once each and paired in order (the regex rescanned the rest of the text from every unclosed
 * opener, and took minutes on a file of them).
 */
function mdxComments(sink: Sink): void {
  const text = sink.text;
  const closers = [...text.matchAll(MDX_CLOSE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const code = [...sink.code].sort((a, b) => a[0] - b[0]);
  let next = 0;
  let from = 0;
  MDX_OPEN.lastIndex = 0;
  for (let m = MDX_OPEN.exec(text); m; m = MDX_OPEN.exec(text)) {
    const at = m.index;
    if (at < from) continue;
    const bodyStart = at + m[0].length;
    while (next < closers.length && closers[next]!.start < bodyStart) next++;
    const closer = closers[next];
    if (!closer) break;
    from = closer.end;
    MDX_OPEN.lastIndex = closer.end;
    if (inRanges(code, at)) continue;
    sink.comments.push({ start: at, end: closer.end, body: text.slice(bodyStart, closer.start) });
  }
}

/** Whether an offset lies in one of the sorted, disjoint ranges (code blocks and code spans never overlap). */
function inRanges(ranges: readonly Range[], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    // Safe: mid is within bounds.
    const [s, e] = ranges[mid]!;
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return true;
  }
  return false;
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
    if (isMdxCode(node)) {
      if (node.type !== 'mdxjsEsm') mdxExpression(node, sink);
      continue;
    }
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
    if (isMdxCode(node)) {
      mdxExpression(node, sink);
      continue;
    }
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
// Markdown from the parser's events

type MicromarkEvent = ReturnType<typeof postprocess>[number];

const FRONTMATTER = frontmatter(['yaml', 'toml']);
/** The micromark side of markdownParser and tablelessParser: the same extensions, in the same order. */
const MICROMARK_WITH_TABLES = { extensions: [gfmTable(), gfmFootnote(), FRONTMATTER] };
const MICROMARK_WITHOUT_TABLES = { extensions: [gfmFootnote(), FRONTMATTER] };

type MicromarkParser = ReturnType<typeof micromarkParse>;
/**
 * One micromark parser per set of extensions, made on first use and reused for every document:
 * making one combines the extensions' constructs again (about 1% of a corpus run and 60 MB of
 * garbage over 2,000 articles). What a parser keeps of a document (the link definitions, the lazy
 * lines and the footnote definitions) is reset before each one (see `freshParser`).
 */
let withTables: MicromarkParser | undefined;
let withoutTables: MicromarkParser | undefined;

/** A parser for the options with no state from an earlier document: as micromark's parse() makes it. */
function freshParser(tables: boolean): MicromarkParser {
  const parser = tables ? (withTables ??= micromarkParse(MICROMARK_WITH_TABLES)) : (withoutTables ??= micromarkParse(MICROMARK_WITHOUT_TABLES));
  parser.defined = [];
  parser.lazy = {};
  parser.gfmFootnotes = [];
  return parser;
}

/** The events micromark makes of a Markdown text: what remark-parse builds its tree from. */
function markdownEvents(text: string): MicromarkEvent[] {
  return postprocess(freshParser(mayHoldTable(text)).document().write(preprocess()(text, undefined, true)));
}

/** The index of the event that exits the token entered at events[i]. */
function exitOf(events: readonly MicromarkEvent[], i: number): number {
  // Safe: i indexes an enter event, and every token entered is exited later.
  const token = events[i]![1];
  let j = i + 1;
  while (events[j]![0] !== 'exit' || events[j]![1] !== token) j++;
  return j;
}

/**
 * The string value of the token entered at events[i], as mdast-util-from-markdown computes a
 * node's text: data as written, an escape as the character escaped, a character reference
 * decoded, and (where `eols`) line endings as written. Returns the value and the exit's index.
 */
function stringValue(text: string, events: readonly MicromarkEvent[], i: number, eols: boolean): [value: string, exit: number] {
  const end = exitOf(events, i);
  let value = '';
  for (let j = i + 1; j < end; j++) {
    // Safe: j is within bounds.
    const [kind, token] = events[j]!;
    if (kind === 'exit') continue;
    // A string: front matter's token types are not in micromark's map of types.
    const type: string = token.type;
    const slice = text.slice(token.start.offset, token.end.offset);
    // Front matter's lines are data to mdast-util-frontmatter.
    if (type === 'data' || type === 'yamlValue' || (eols && type === 'lineEnding')) value += slice;
    else if (type === 'characterEscape') value += slice.slice(1);
    else if (type === 'characterReference') value += decodeString(slice);
    else continue;
    j = exitOf(events, j);
  }
  return [value, end];
}

/**
 * An inline node being read: where its text goes, and whether its last child is text (a text
 * token after it then extends that node, as mdast-util-from-markdown merges text, over any
 * prefix or line ending between that makes no node).
 */
interface InlineFrame {
  /** Line endings in it are text (mdast-util-from-markdown's canContainEols: paragraphs, headings, emphasis, strong, link text). */
  eols: boolean;
  lastText: boolean;
  children: number;
  /** The ranges of its text nodes (a link holds them until it is known not to be an autolink). */
  readonly ranges: Range[];
  /** For a link: where its text (its label) is entered, whether the text is over, whether a resource follows it, its destination. */
  link?: { label: number; closed: boolean; resource: boolean; url: string };
}

/**
 * Markdown's prose blocks read from micromark's events, without building the mdast tree that
 * remark-parse builds from them (about a third of its time, and most of what it allocates): the
 * same blocks, ranges, citations, comments and front matter as markdownBlocks over that tree,
 * which test/engine/parse-events.test.ts checks on the fixtures and on random documents.
 */
function markdownEventBlocks(text: string, sink: Sink): ProseBlock[] {
  const events = markdownEvents(text);
  const blocks: ProseBlock[] = [];
  let lists = 0;
  let quotes = 0;
  for (let i = 0; i < events.length; i++) {
    // Safe: i is within bounds.
    const [kind, token] = events[i]!;
    // A string: front matter's token types are not in micromark's map of types.
    const type: string = token.type;
    if (kind === 'exit') {
      if (type === 'listOrdered' || type === 'listUnordered') lists--;
      else if (type === 'blockQuote') quotes--;
      continue;
    }
    switch (type) {
      case 'listOrdered':
      case 'listUnordered':
        lists++;
        break;
      case 'blockQuote':
        quotes++;
        break;
      case 'codeFenced':
      case 'codeIndented':
        sink.code.push([token.start.offset, token.end.offset]);
        i = exitOf(events, i);
        break;
      case 'htmlFlow':
        htmlComments(sink, token.start.offset, token.end.offset);
        i = exitOf(events, i);
        break;
      case 'yaml': {
        const [value, end] = stringValue(text, events, i, true);
        // As mdast-util-frontmatter: the line endings after the opening fence and before the closing one are not the value's.
        sink.frontMatter = value.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '');
        i = end;
        break;
      }
      case 'toml':
      case 'definition':
        i = exitOf(events, i);
        break;
      case 'paragraph':
      case 'atxHeading':
      case 'setextHeading':
      case 'tableHeader':
      case 'tableData': {
        const blockKind: BlockKind = type === 'paragraph' ? (lists > 0 ? 'list-item' : quotes > 0 ? 'quote' : 'paragraph') : type === 'tableHeader' || type === 'tableData' ? 'table-cell' : 'heading';
        const block: ProseBlock = { kind: blockKind, start: token.start.offset, end: token.end.offset, ranges: [], citations: [] };
        i = inlineEvents(text, events, i, block, sink);
        if (block.ranges.length > 0) blocks.push(block);
        break;
      }
      default:
        break;
    }
  }
  return blocks;
}

/** What a reading of Markdown's prose yields: blocks, and what the sink collected. */
export interface MarkdownProse {
  readonly blocks: ProseBlock[];
  readonly comments: SourceComment[];
  readonly code: Range[];
  readonly frontMatter?: string;
}

/**
 * Markdown's prose read both ways: from the mdast tree (as MDX is read) and from the parser's
 * events (as Markdown is). The two must agree; test/engine/parse-events.test.ts checks that they do.
 */
export function markdownProseBothWays(text: string): { readonly fromTree: MarkdownProse; readonly fromEvents: MarkdownProse } {
  const read = (blocksOf: (sink: Sink) => ProseBlock[]): MarkdownProse => {
    const sink: Sink = { text, comments: [], code: [] };
    const blocks = blocksOf(sink);
    return { blocks, comments: sink.comments, code: sink.code, ...(sink.frontMatter !== undefined ? { frontMatter: sink.frontMatter } : {}) };
  };
  return { fromTree: read((sink) => markdownBlocks(parseMarkdownTree(text), sink)), fromEvents: read((sink) => markdownEventBlocks(text, sink)) };
}

/** Reads the inline events of the block entered at events[from] into the block; returns the index of its exit. */
function inlineEvents(text: string, events: readonly MicromarkEvent[], from: number, block: ProseBlock, sink: Sink): number {
  // Safe: from indexes the block's enter event.
  const blockToken = events[from]![1];
  const stack: InlineFrame[] = [{ eols: blockToken.type !== 'tableHeader' && blockToken.type !== 'tableData', lastText: false, children: 0, ranges: block.ranges }];
  let atHardBreak = false;
  /** A node other than text starts in the innermost frame. */
  const addNode = (frame: InlineFrame): void => {
    frame.children++;
    frame.lastText = false;
  };
  for (let i = from + 1; ; i++) {
    // Safe: the block's exit comes before the end of the events.
    const [kind, token] = events[i]!;
    const { type } = token;
    // Safe: the stack always holds the block's own frame.
    const frame = stack[stack.length - 1]!;
    if (kind === 'exit') {
      if (token === blockToken) return i;
      if (type === 'emphasis' || type === 'strong') stack.pop();
      else if (type === 'label' && frame.link) {
        // The resource or reference after the link's text holds none of it.
        frame.link.closed = true;
      } else if (type === 'link' && frame.link) {
        stack.pop();
        // Safe: a link is always inside the block's frame.
        const parent = stack[stack.length - 1]!;
        const { link } = frame;
        // An autolink's text is its URL (markdownBlocks' isAutolink): never prose.
        const autolink = link.resource && frame.children === 1 && frame.lastText && isAutolinkText(stringValue(text, events, link.label, true)[0], link.url);
        if (!autolink) for (const range of frame.ranges) parent.ranges.push(range);
      } else if (type === 'setextHeadingText') {
        // The underline after the text holds no text (nor is the line ending before it the heading's).
        return exitOf(events, from);
      }
      continue;
    }
    // After a link's text, its resource or reference: only its destination is read.
    if (frame.link?.closed && type !== 'resource' && type !== 'resourceDestinationString') continue;
    switch (type) {
      case 'lineEnding':
        if (atHardBreak) atHardBreak = false;
        else if (frame.eols) textToken(frame, token.start.offset, token.end.offset);
        break;
      case 'data':
        textToken(frame, token.start.offset, token.end.offset);
        break;
      case 'characterEscape':
      case 'characterReference':
        textToken(frame, token.start.offset, token.end.offset);
        i = exitOf(events, i);
        break;
      case 'emphasis':
      case 'strong':
        addNode(frame);
        stack.push({ eols: true, lastText: false, children: 0, ranges: frame.ranges });
        break;
      case 'link':
        addNode(frame);
        block.citations.push([token.start.offset, token.end.offset]);
        stack.push({ eols: false, lastText: false, children: 0, ranges: [], link: { label: i, closed: false, resource: false, url: '' } });
        break;
      case 'label':
        if (frame.link) {
          // The link's text: its children, read as mdast-util-from-markdown reads a label (a fragment that takes line endings).
          frame.link.label = i;
          frame.eols = true;
        }
        break;
      case 'resource':
        if (frame.link) frame.link.resource = true;
        break;
      case 'resourceDestinationString':
        if (frame.link) [frame.link.url, i] = stringValue(text, events, i, false);
        else i = exitOf(events, i);
        break;
      case 'autolink':
      case 'gfmFootnoteCall':
        // A citation; an autolink's text is its URL, never prose.
        addNode(frame);
        block.citations.push([token.start.offset, token.end.offset]);
        i = exitOf(events, i);
        break;
      case 'codeText':
        addNode(frame);
        sink.code.push([token.start.offset, token.end.offset]);
        i = exitOf(events, i);
        break;
      case 'htmlText':
        addNode(frame);
        htmlComments(sink, token.start.offset, token.end.offset);
        i = exitOf(events, i);
        break;
      case 'hardBreakEscape':
      case 'hardBreakTrailing':
        addNode(frame);
        atHardBreak = true;
        i = exitOf(events, i);
        break;
      case 'image':
        // An image's text is its alt text: not prose, nor anything inside it.
        addNode(frame);
        i = exitOf(events, i);
        break;
      case 'referenceString':
      case 'resourceTitleString':
        i = exitOf(events, i);
        break;
      default:
        break;
    }
  }
}

/** A text token in a frame: it extends the frame's last text node, or starts one. */
function textToken(frame: InlineFrame, start: number, end: number): void {
  if (frame.lastText) {
    // Safe: a frame whose last child is text has a range for it.
    const last = frame.ranges[frame.ranges.length - 1]!;
    frame.ranges[frame.ranges.length - 1] = [last[0], end];
    return;
  }
  frame.children++;
  frame.lastText = true;
  frame.ranges.push([start, end]);
}

/** isAutolink for a link whose only child is text of this value. */
function isAutolinkText(value: string, url: string): boolean {
  return value === url || value === url.replace(/^mailto:/, '') || `http://${value}` === url || `https://${value}` === url;
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
  let current: { start: number; end: number; lines: number; lastLine: number } | undefined;
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
      // Only the paragraph's last line can end it: testing the whole paragraph per line was quadratic.
      const continues = current !== undefined && !LINE_END.test(text.slice(current.lastLine, current.end)) && /^[a-z0-9(]/.test(line.slice(first));
      if (continues && current) {
        current.end = end;
        current.lines++;
        current.lastLine = start;
      } else {
        flush();
        current = { start, end, lines: 1, lastLine: start };
      }
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  flush();
  return blocks;
}
