/**
 * Renders an article for the audit report: its text as headings, paragraphs, lists and
 * tables, with every finding highlighted at its exact range. The output is a tree of
 * `BodyNode`s (see payload.ts) that the page's script turns into DOM nodes with
 * `textContent` only, so no article text is ever parsed as HTML.
 *
 * Markdown is rendered from remark's mdast, HTML from rehype's hast (its text only, inside
 * the report's own elements: the article's markup is never used), plain text by the
 * engine's own paragraph rules (one paragraph a line, hard-wrapped lines joined). Text is
 * taken from the source as slices at the parser's offsets, so a finding's file offsets fall
 * on the characters the reader sees.
 */
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { Nodes as HastNodes, Element as HastElement, Root as HastRoot } from 'hast';
import { parseHtmlTree, parseMarkdownTree, parseProse, type ParsedProse, type ProseBlock } from '../engine/parse.js';
import type { Finding, SourceFormat } from '../types.js';
import type { BodyElement, BodyNode, BodyProps, Tag } from './payload.js';

/** Source text shown as it is: `text` is `source.slice(start, end)` when `exact`, else a decoded form of it (an entity, an escape). */
interface Leaf {
  readonly kind: 'leaf';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly exact: boolean;
}

/** Text with no source range (code, raw markup, labels): shown, never highlighted, not counted as prose. */
interface Literal {
  readonly kind: 'literal';
  readonly text: string;
}

interface Draft {
  readonly kind: 'element';
  readonly tag: Tag;
  readonly props: BodyProps | null;
  readonly children: DraftNode[];
}

type DraftNode = Leaf | Literal | Draft;

/** A rendered article. */
export interface RenderedArticle {
  readonly blocks: BodyNode[];
  /** The article's first heading ("" when it has none). */
  readonly title: string;
  /** Words of prose shown (code and raw markup not counted). */
  readonly words: number;
  /** Per finding (same order as given): whether its range got a highlight. Document-level findings are false. */
  readonly placed: boolean[];
}

const element = (tag: Tag, children: DraftNode[] = [], props: BodyProps | null = null): Draft => ({ kind: 'element', tag, props, children });
const literal = (text: string): Literal => ({ kind: 'literal', text });

/**
 * Renders one article's text with its findings highlighted. `parsed` is the engine's parse of
 * the same text, when the caller has it: the article is then rendered from that tree, not
 * parsed a second time.
 */
export function renderArticle(text: string, format: SourceFormat, findings: readonly Finding[], parsed?: ParsedProse): RenderedArticle {
  const tree = parsed?.tree;
  const { blocks, title } =
    format === 'markdown'
      ? markdown(text, tree?.kind === 'mdast' ? tree.root : parseMarkdownTree(text))
      : format === 'html'
        ? html(text, tree?.kind === 'hast' ? tree.root : parseHtmlTree(text))
        : plain(text, parsed && !tree ? parsed.blocks : parseProse(text, 'text').blocks);
  const decorator = new Decorator(findings);
  const rendered = blocks.map((b) => decorator.node(b)).flat();
  return { blocks: rendered, title: title.replace(/\s+/g, ' ').trim(), words: countWords(blocks), placed: decorator.placed };
}

// ---------------------------------------------------------------------------------------
// Source slices

const ENTITY = /^&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/;

/**
 * Pairs a parser's text value with its source range. Where they agree (nearly always) the
 * text is one exact slice; where the parser decoded something (a backslash escape, an entity)
 * or dropped something (a blockquote's `>` or indentation on a continuation line), the
 * decoded characters become their own leaves over the source they came from. If the two
 * cannot be aligned, the rest is one leaf over the rest of the range.
 */
export function alignText(source: string, start: number, end: number, value: string): Leaf[] {
  if (source.slice(start, end) === value) return value ? [{ kind: 'leaf', start, end, text: value, exact: true }] : [];
  const out: Leaf[] = [];
  let i = start;
  let j = 0;
  let runStart = -1;
  let runValue = 0;
  const flush = (): void => {
    if (runStart >= 0 && i > runStart) out.push({ kind: 'leaf', start: runStart, end: i, text: value.slice(runValue, j), exact: true });
    runStart = -1;
  };
  while (i < end && j < value.length) {
    const c = source[i];
    // An escape or entity whose decoded character equals its first source character ("&amp;"
    // is "&", "\\\\" is "\\") must not be taken for that character.
    const entity = c === '&' ? ENTITY.exec(source.slice(i, Math.min(end, i + 40))) : null;
    const decoded = (entity !== null && value.slice(j, j + entity[0].length) !== entity[0]) || (c === '\\' && i + 1 < end && source[i + 1] === value[j] && value.slice(j, j + 2) !== source.slice(i, i + 2));
    if (c === value[j] && !decoded) {
      if (runStart < 0) {
        runStart = i;
        runValue = j;
      }
      i++;
      j++;
      continue;
    }
    flush();
    if (c === '\\' && i + 1 < end && source[i + 1] === value[j]) {
      out.push({ kind: 'leaf', start: i, end: i + 2, text: value.charAt(j), exact: false });
      i += 2;
      j++;
      continue;
    }
    if (entity) {
      const after = i + entity[0].length;
      // A few named entities decode to two code units (and astral numeric ones do); take two
      // when that is what makes the next characters line up again.
      const width = after < end && source[after] !== value[j + 1] && source[after] === value[j + 2] ? 2 : 1;
      out.push({ kind: 'leaf', start: i, end: after, text: value.slice(j, j + width), exact: false });
      i = after;
      j += width;
      continue;
    }
    if (c !== undefined && /[\s>]/.test(c)) {
      i++;
      continue;
    }
    out.push({ kind: 'leaf', start: i, end, text: value.slice(j), exact: false });
    i = end;
    j = value.length;
  }
  flush();
  if (j < value.length) out.push({ kind: 'leaf', start: end, end, text: value.slice(j), exact: false });
  return out;
}

// ---------------------------------------------------------------------------------------
// Markdown

function markdown(text: string, root: MdastRoot): { blocks: DraftNode[]; title: string } {
  const definitions = new Map<string, string>();
  const titles: { depth: number; text: string }[] = [];
  const stack: MdastNodes[] = [root];
  // Link reference definitions may come after their use: collect them first (iteratively: no recursion on hostile nesting).
  while (stack.length > 0) {
    // Safe: the loop condition guarantees an element.
    const node = stack.pop()!;
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if ('children' in node) append(stack, node.children);
  }

  const inline = (node: MdastNodes): DraftNode[] => {
    switch (node.type) {
      case 'text': {
        const s = node.position?.start.offset;
        const e = node.position?.end.offset;
        return s === undefined || e === undefined ? [literal(node.value)] : alignText(text, s, e, node.value);
      }
      case 'emphasis':
        return [element('em', node.children.flatMap(inline))];
      case 'strong':
        return [element('strong', node.children.flatMap(inline))];
      case 'delete':
        return [element('del', node.children.flatMap(inline))];
      case 'inlineCode':
        return [element('code', [literal(node.value)])];
      case 'break':
        return [element('br')];
      case 'link':
        return [element('link', node.children.flatMap(inline), { u: node.url })];
      case 'linkReference':
        return [element('link', node.children.flatMap(inline), { u: definitions.get(node.identifier) ?? `[${node.label ?? node.identifier}]` })];
      case 'image':
      case 'imageReference':
        return [element('img', [], { u: node.alt ?? '' })];
      case 'html':
        return [element('raw', [literal(node.value)])];
      case 'footnoteReference':
        return [element('sup', [literal(`[${node.label ?? node.identifier}]`)])];
      default:
        return 'children' in node ? node.children.flatMap(inline) : [];
    }
  };

  const block = (node: MdastNodes): DraftNode[] => {
    switch (node.type) {
      case 'root':
        return node.children.flatMap(block);
      case 'heading': {
        const children = node.children.flatMap(inline);
        titles.push({ depth: node.depth, text: plainText(children) });
        return [element(`h${node.depth}` as const, children)];
      }
      case 'paragraph':
        return [element('p', node.children.flatMap(inline))];
      case 'list':
        return [element(node.ordered ? 'ol' : 'ul', node.children.flatMap(block), node.ordered && typeof node.start === 'number' && node.start !== 1 ? { s: node.start } : null)];
      case 'listItem': {
        const children = node.children.flatMap(block);
        if (typeof node.checked === 'boolean') children.unshift(literal(node.checked ? '☑ ' : '☐ '));
        return [element('li', children)];
      }
      case 'blockquote':
        return [element('blockquote', node.children.flatMap(block))];
      case 'code':
        return [element('pre', [element('code', [literal(node.value)])])];
      case 'html':
        return [element('pre', [element('raw', [literal(node.value)])])];
      case 'thematicBreak':
        return [element('hr')];
      case 'table':
        return [
          element(
            'table',
            node.children.map((row, r) => element('tr', row.children.map((cell) => element(r === 0 ? 'th' : 'td', cell.children.flatMap(inline))))),
          ),
        ];
      case 'footnoteDefinition':
        return [element('note', node.children.flatMap(block), { u: node.label ?? node.identifier })];
      case 'yaml':
        return [element('front', [literal(node.value)])];
      case 'definition':
        return [];
      default:
        // TOML front matter is a node type the mdast types do not declare.
        if ((node as { type: string }).type === 'toml' && 'value' in node) return [element('front', [literal(node.value)])];
        return 'children' in node ? node.children.flatMap(inline) : [];
    }
  };

  const blocks = block(root);
  const title = titles.find((t) => t.depth === 1) ?? titles[0];
  return { blocks, title: title?.text ?? '' };
}

// ---------------------------------------------------------------------------------------
// HTML: the text of the article inside the report's own elements

/** Elements whose content is not shown: not prose, or not visible in a browser either. */
const HTML_HIDDEN = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'textarea', 'select', 'button', 'input', 'map']);
const HTML_BLOCKS: Readonly<Record<string, Tag>> = {
  p: 'p', h1: 'h1', h2: 'h2', h3: 'h3', h4: 'h4', h5: 'h5', h6: 'h6', ul: 'ul', ol: 'ol', li: 'li', blockquote: 'blockquote',
  table: 'table', tr: 'tr', th: 'th', td: 'td', dt: 'p', dd: 'p', caption: 'p', figcaption: 'p',
};
/** Containers whose children are blocks; they add no element of their own. */
const HTML_CONTAINERS = new Set(['html', 'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figure', 'thead', 'tbody', 'tfoot', 'dl', 'form', 'fieldset', 'details', 'summary', 'address', 'center', 'hgroup']);
const HTML_INLINE: Readonly<Record<string, Tag>> = { strong: 'strong', b: 'strong', em: 'em', i: 'em', s: 'del', del: 'del', strike: 'del', sup: 'sup', sub: 'sub' };
const HTML_CODE = new Set(['code', 'kbd', 'samp', 'tt', 'var']);

function hastText(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map(hastText).join('');
  return '';
}

function html(text: string, root: HastRoot): { blocks: DraftNode[]; title: string } {
  let headTitle = '';
  const headings: string[] = [];

  const isBlock = (node: HastNodes): boolean => node.type === 'element' && (node.tagName in HTML_BLOCKS || HTML_CONTAINERS.has(node.tagName) || node.tagName === 'pre' || node.tagName === 'hr');

  const inline = (node: HastNodes): DraftNode[] => {
    if (node.type === 'text') {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      return s === undefined || e === undefined ? [literal(node.value)] : alignText(text, s, e, node.value);
    }
    if (node.type !== 'element') return [];
    const el: HastElement = node;
    if (HTML_HIDDEN.has(el.tagName)) return [];
    if (el.tagName === 'br') return [element('br')];
    if (el.tagName === 'img') return [element('img', [], { u: typeof el.properties['alt'] === 'string' ? el.properties['alt'] : '' })];
    if (HTML_CODE.has(el.tagName)) return [element('code', [literal(hastText(el))])];
    if (el.tagName === 'a') {
      const href = el.properties['href'];
      return [element('link', el.children.flatMap(inline), { u: typeof href === 'string' ? href : '' })];
    }
    const tag = HTML_INLINE[el.tagName];
    const children = el.children.flatMap((c) => (isBlock(c) ? blocks(c) : inline(c)));
    return tag ? [element(tag, children)] : children;
  };

  /** Children of a block container: blocks as they are, runs of inline content wrapped in a paragraph. */
  const flow = (children: readonly HastNodes[], wrap: boolean): DraftNode[] => {
    const out: DraftNode[] = [];
    let run: DraftNode[] = [];
    const end = (): void => {
      if (run.some((n) => n.kind !== 'leaf' || /\S/.test(n.text))) append(out, wrap ? [element('p', run)] : run);
      run = [];
    };
    for (const child of children) {
      if (isBlock(child)) {
        end();
        append(out, blocks(child));
      } else append(run, inline(child));
    }
    end();
    return out;
  };

  const blocks = (node: HastNodes): DraftNode[] => {
    if (node.type === 'root') return flow(node.children, true);
    if (node.type !== 'element') return inline(node);
    const el: HastElement = node;
    if (el.tagName === 'head') {
      const t = el.children.find((c): c is HastElement => c.type === 'element' && c.tagName === 'title');
      if (t) headTitle = hastText(t);
      return [];
    }
    if (HTML_HIDDEN.has(el.tagName)) return [];
    if (el.tagName === 'pre') return [element('pre', [element('code', [literal(hastText(el))])])];
    if (el.tagName === 'hr') return [element('hr')];
    if (HTML_CONTAINERS.has(el.tagName)) return flow(el.children, true);
    const tag = HTML_BLOCKS[el.tagName];
    if (!tag) return inline(el);
    // List items, quotes and cells hold either blocks or inline text directly.
    const container = tag === 'li' || tag === 'blockquote' || tag === 'td' || tag === 'th';
    const children = tag === 'ul' || tag === 'ol' || tag === 'table' || tag === 'tr' ? flow(el.children, false).filter((n) => n.kind === 'element') : container ? flow(el.children, false) : el.children.flatMap(inline);
    if (/^h[1-6]$/.test(tag)) headings.push(plainText(children));
    const start = el.properties['start'];
    return [element(tag, children, tag === 'ol' && typeof start === 'number' && start !== 1 ? { s: start } : null)];
  };

  const out = blocks(root);
  return { blocks: out, title: headings[0] ?? headTitle };
}

// ---------------------------------------------------------------------------------------
// Plain text: the engine's paragraphs

/**
 * A short question on a line of its own before a longer paragraph ("What is Ketamine?") is
 * shown as a heading. Display only: the engine reads it as a sentence, as it should (a
 * question is context for the rules), but a reader sees a section title.
 */
function questionHeading(text: string, block: { start: number; end: number }, next: { start: number; end: number } | undefined): boolean {
  const line = text.slice(block.start, block.end);
  return next !== undefined && !line.includes('\n') && line.endsWith('?') && line.length <= 90 && line.split(/\s+/).length <= 12 && next.end - next.start > 2 * line.length;
}

function plain(text: string, prose: readonly ProseBlock[]): { blocks: DraftNode[]; title: string } {
  const blocks: DraftNode[] = [];
  let title = '';
  for (const [i, block] of prose.entries()) {
    const leaves: DraftNode[] = [{ kind: 'leaf', start: block.start, end: block.end, text: text.slice(block.start, block.end), exact: true }];
    const heading = block.kind === 'heading' || questionHeading(text, block, prose[i + 1]);
    if (heading && i === 0) title = text.slice(block.start, block.end);
    blocks.push(element(heading ? (i === 0 ? 'h1' : 'h2') : 'p', leaves));
  }
  return { blocks, title };
}

// ---------------------------------------------------------------------------------------
// Words

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

function plainText(nodes: readonly DraftNode[]): string {
  return nodes.map((n) => (n.kind === 'element' ? plainText(n.children) : n.text)).join('');
}

/** Words of prose in the rendered article (leaves only: code, raw markup and labels are not prose). */
function countWords(nodes: readonly DraftNode[]): number {
  let n = 0;
  const stack: DraftNode[] = [...nodes];
  while (stack.length > 0) {
    // Safe: the loop condition guarantees an element.
    const node = stack.pop()!;
    if (node.kind === 'element') append(stack, node.children);
    else if (node.kind === 'leaf') n += node.text.match(WORD)?.length ?? 0;
  }
  return n;
}

// ---------------------------------------------------------------------------------------
// Highlights

/** A range to highlight: a finding, or one related place of a finding. */
interface Decoration {
  readonly start: number;
  readonly end: number;
  readonly finding: number;
  readonly related?: number;
}

/**
 * Inserts highlight elements into rendered text. Overlapping highlights nest where they can
 * (the earlier-starting, then the longer one outside) and are split where they cross (a
 * highlight that ends inside another closes it and reopens it as a continuation); a highlight
 * that crosses markup (bold, a link) is split at its edges. The first piece of each highlight
 * carries `p: 1`, so each finding has exactly one first piece.
 */
class Decorator {
  readonly placed: boolean[];
  private readonly decorations: Decoration[];
  private readonly seen = new Set<string>();

  constructor(findings: readonly Finding[]) {
    this.placed = findings.map(() => false);
    const decorations: Decoration[] = [];
    findings.forEach((f, i) => {
      if (f.endOffset === undefined) return;
      decorations.push({ start: f.offset, end: f.endOffset, finding: i });
      (f.related ?? []).forEach((r, j) => decorations.push({ start: r.offset, end: r.endOffset, finding: i, related: j }));
    });
    this.decorations = decorations.sort(order);
  }

  node(node: DraftNode): BodyNode[] {
    if (node.kind === 'literal') return [node.text];
    if (node.kind === 'leaf') return this.leaf(node);
    const out: BodyElement = [node.tag, node.props];
    for (const child of node.children) out.push(...this.node(child));
    return [out];
  }

  private leaf(leaf: Leaf): BodyNode[] {
    const relevant = this.decorations.filter((d) => (d.start < leaf.end && d.end > leaf.start) || (d.start === d.end && d.start >= leaf.start && d.start < leaf.end));
    if (relevant.length === 0) return [leaf.text];
    const out: BodyNode[] = [];
    const stack: { decoration: Decoration; element: BodyElement }[] = [];
    const append = (node: BodyNode): void => void (stack.length > 0 ? stack[stack.length - 1]!.element : out).push(node);
    const open = (active: readonly Decoration[]): void => {
      let keep = 0;
      while (keep < stack.length && keep < active.length && stack[keep]!.decoration === active[keep]) keep++;
      stack.length = keep;
      for (const decoration of active.slice(keep)) {
        const mark = this.mark(decoration);
        append(mark);
        stack.push({ decoration, element: mark });
      }
    };
    if (!leaf.exact) {
      // A decoded character is atomic: it is inside a highlight or not.
      for (const d of relevant.filter((d) => d.start === d.end)) append(this.mark(d));
      open(relevant.filter((d) => d.start < d.end));
      append(leaf.text);
      return out;
    }
    const points = [...new Set([leaf.start, leaf.end, ...relevant.flatMap((d) => [d.start, d.end]).filter((p) => p > leaf.start && p < leaf.end)])].sort((a, b) => a - b);
    for (let k = 0; k + 1 < points.length; k++) {
      // Safe: k + 1 < points.length.
      const a = points[k]!;
      const b = points[k + 1]!;
      open(relevant.filter((d) => d.start <= a && d.end >= b && d.start < d.end));
      // An empty range is a point: an empty highlight where it is, inside whatever is open there.
      for (const d of relevant.filter((d) => d.start === a && d.end === a)) append(this.mark(d));
      append(leaf.text.slice(a - leaf.start, b - leaf.start));
    }
    return out;
  }

  private mark(d: Decoration): BodyElement {
    const key = d.related === undefined ? `${d.finding}` : `${d.finding}:${d.related}`;
    const first = !this.seen.has(key);
    this.seen.add(key);
    if (d.related === undefined) {
      this.placed[d.finding] = true;
      return ['mark', { f: d.finding, p: first ? 1 : 0 }];
    }
    return ['rel', { f: d.finding, r: d.related, p: first ? 1 : 0 }];
  }
}

function order(a: Decoration, b: Decoration): number {
  return a.start - b.start || b.end - a.end || (a.related === undefined ? -1 : 0) - (b.related === undefined ? -1 : 0) || a.finding - b.finding || (a.related ?? 0) - (b.related ?? 0);
}

/** Appends items one by one: `push(...items)` passes them as arguments, and a node with hundreds of thousands of children overflows the stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
