/**
 * The stylish formatter: what a writer reads in a terminal. Modelled on ESLint's stylish
 * (grouped by file, one finding a line) and Rust's compiler diagnostics (the line of text
 * with the words at fault underlined, notes below it). Every line is wrapped to the
 * terminal width, never padded to the longest message; a rule id, a path or a URL is never
 * broken. Colour only when asked (the CLI asks on a terminal, honouring NO_COLOR and FORCE_COLOR).
 */
import type { Finding, LintResult, Severity } from '../types.js';

/** Options of the stylish formatter. */
export interface StylishOptions {
  readonly color?: boolean;
  readonly quiet?: boolean;
  /** The width to wrap to (default 80; at least 40 is used). */
  readonly columns?: number;
  /**
   * The text of a file as it was linted, to show the line at fault; findings of a file whose
   * text is not given (or no longer matches the finding) are shown without it.
   */
  readonly source?: (file: string) => string | undefined;
}

const ANSI = { red: 31, yellow: 33, cyan: 36, bold: 1, dim: 2, underline: 4 } as const;
type Style = keyof typeof ANSI;

/** The marks a finding's severity is shown with. */
const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = { error: 'red', warning: 'yellow', info: 'cyan' };

/**
 * Control characters (C0, DEL, C1), bidirectional overrides and isolates, and line and
 * paragraph separators: a file name or a line of copy holding one could rewrite the terminal
 * or reorder what the reader sees, so each is shown as `\u{…}`.
 * (A shared escaping helper is planned; this local one keeps the formatter self-contained.)
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** Text with its unsafe characters shown as escapes; a tab becomes one space when `tabs` is 'space'. */
export function escapeTerminal(text: string, tabs: 'escape' | 'space' = 'escape'): string {
  return text.replace(UNSAFE, (c) => (c === '\t' && tabs === 'space' ? ' ' : `\\u{${c.codePointAt(0)?.toString(16).padStart(2, '0') ?? ''}}`));
}

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u;
const ZERO = /\p{M}|\u200b|\u200d|\ufe0f/u;

/**
 * Below U+00A9 (©, the first Extended_Pictographic code point) no code point is wide or a
 * combining mark: one column each, without the two Unicode-property tests. Most of a report
 * is ASCII, and the tests were a third of the formatter's time on a large run (issue 16).
 */
const NARROW_BELOW = 0xa9;

/** The terminal columns one code point takes (0 for combining marks, 2 for wide ones). */
function cellWidth(char: string): number {
  if (char.charCodeAt(0) < NARROW_BELOW) return 1;
  if (ZERO.test(char)) return 0;
  return WIDE.test(char) ? 2 : 1;
}

/** The terminal columns a string takes. */
export function displayWidth(text: string): number {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) < NARROW_BELOW) i++;
  if (i === text.length) return i;
  let width = i;
  for (const char of text.slice(i)) width += cellWidth(char);
  return width;
}

/** The columns `text` takes, counted only until they pass `cap` (then some number above `cap`). */
function widthUpTo(text: string, cap: number): number {
  let width = 0;
  let i = 0;
  while (i < text.length && width <= cap) {
    const c = text.charCodeAt(i);
    if (c < NARROW_BELOW) {
      width++;
      i++;
      continue;
    }
    // A code point at a time, as `for … of` walks a string (a lone surrogate is one).
    const point = text.codePointAt(i) ?? c;
    width += cellWidth(String.fromCodePoint(point));
    i += point > 0xffff ? 2 : 1;
  }
  return width;
}

/** Formats results for a terminal. */
export function formatStylish(results: readonly LintResult[], options: StylishOptions = {}): string {
  const stream = stylishStream(options);
  return results.map((r) => stream.file(r)).join('') + stream.end();
}

/**
 * The stylish report one file at a time, in the files' order: `file` gives a file's lines
 * (each ending in a newline; '' for a file without findings), `end` the summary after the
 * last file. What they give, joined, is what `formatStylish` gives for all the files at once,
 * so the CLI can print each file as it is linted and keep no result.
 */
export function stylishStream(options: StylishOptions = {}): { file(result: LintResult): string; end(): string } {
  const columns = Math.max(40, Math.floor(options.columns ?? 80));
  const paint = (style: Style, text: string): string => (options.color === true && text !== '' ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let filesWithFindings = 0;
  const lines = (out: readonly string[]): string => (out.length === 0 ? '' : `${out.join('\n')}\n`);

  const fileLines = (result: LintResult): string => {
    const out: string[] = [];
    const findings = options.quiet === true ? result.messages.filter((m) => m.severity === 'error') : result.messages;
    if (findings.length === 0) return '';
    filesWithFindings++;
    const file = escapeTerminal(result.file);
    const text = options.source?.(result.file);
    out.push(paint('underline', file));
    // Positions and severities line up within a file; nothing is padded to the longest message.
    const posWidth = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
    const sevWidth = Math.max(...findings.map((f) => f.severity.length));
    // The source line's gutter holds its line number: "  16 | …".
    const gutter = ' '.repeat(2 + Math.max(...findings.map((f) => String(f.line).length)) + 1);
    for (const f of findings) {
      counts[f.severity]++;
      const pos = `${f.line}:${f.column}`.padEnd(posWidth);
      const lead = `  ${pos}  ${paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(sevWidth))}  `;
      const indent = 2 + posWidth + 2 + sevWidth + 2;
      const words = [...splitWords(escapeTerminal(f.message)), { text: `${paint('dim', f.ruleId)}`, width: f.ruleId.length, gap: 2 }];
      out.push(...wrap(words, columns, indent).map((line, i) => (i === 0 ? lead : ' '.repeat(indent)) + line));
      const snippet = text === undefined ? undefined : sourceSnippet(text, f, columns - gutter.length - 2);
      if (snippet) {
        const lineNo = String(f.line);
        out.push(`${' '.repeat(gutter.length - lineNo.length - 1)}${paint('dim', lineNo)} ${paint('dim', '|')} ${snippet.line}`);
        out.push(`${gutter}${paint('dim', '|')} ${' '.repeat(snippet.before)}${paint(SEVERITY_STYLE[f.severity], '^'.repeat(snippet.marks))}`);
      }
      for (const [label, note] of notes(f, file)) {
        const labelText = `= ${label}: `;
        const noteIndent = gutter.length + labelText.length;
        out.push(...wrap(splitWords(note), columns, noteIndent).map((line, i) => (i === 0 ? `${gutter}${paint('bold', labelText.trimEnd())} ` : ' '.repeat(noteIndent)) + line));
      }
    }
    out.push('');
    return lines(out);
  };

  const end = (): string => {
    const out: string[] = [];
    const total = counts.error + counts.warning + counts.info;
    if (total === 0) return '';
    const parts = [
      `${counts.error} ${counts.error === 1 ? 'error' : 'errors'}`,
      `${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}`,
      `${counts.info} info`,
    ];
    const mark = counts.error > 0 ? paint('red', '✖') : counts.warning > 0 ? paint('yellow', '⚠') : paint('cyan', 'ℹ');
    const summary = `${total} ${total === 1 ? 'finding' : 'findings'} (${parts.join(', ')}) in ${filesWithFindings} ${filesWithFindings === 1 ? 'file' : 'files'}`;
    out.push(...wrap(splitWords(summary), columns, 2).map((line, i) => (i === 0 ? `${mark} ` : '  ') + line));
    return lines(out);
  };
  return { file: fileLines, end };
}

/** The notes under a finding: suggestions, the safe fix, related places, the guidance. */
function notes(f: Finding, file: string): [string, string][] {
  const list: [string, string][] = [];
  const suggestions = (f.suggestions ?? []).map((s) => `“${escapeTerminal(s)}”`);
  // A safe fix is the first suggestion applied; without suggestions, it is shown as it is.
  const fixNote = f.fix ? (suggestions.length > 1 ? ' (medlint --fix applies the first)' : ' (medlint --fix applies it)') : '';
  if (suggestions.length > 0) list.push([suggestions.length === 1 ? 'suggestion' : 'suggestions', `${suggestions.join(', ')}${fixNote}`]);
  else if (f.fix) list.push(['fix', f.fix.text === '' ? 'delete it (medlint --fix)' : `“${escapeTerminal(f.fix.text)}” (medlint --fix)`]);
  for (const r of f.related ?? []) list.push(['related', `${file}:${r.line}:${r.column} ${escapeTerminal(r.message)}`]);
  if (f.url) list.push(['see', f.url]);
  return list;
}

interface Word {
  /** The text as printed (with colour codes, if any). */
  readonly text: string;
  /** Its width in terminal columns. */
  readonly width: number;
  /** Spaces before it when it follows another word on the line. */
  readonly gap: number;
}

function splitWords(text: string): Word[] {
  return text.split(/ +/u).filter((w) => w !== '').map((w) => ({ text: w, width: displayWidth(w), gap: 1 }));
}

/**
 * Greedy word wrap to `columns`, given that the first line starts after `indent` columns and
 * so do the others. A word wider than a line is never broken: it overflows on a line of its own.
 */
function wrap(words: readonly Word[], columns: number, indent: number): string[] {
  const room = Math.max(20, columns - indent);
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const word of words) {
    if (width > 0 && width + word.gap + word.width > room) {
      lines.push(line);
      line = '';
      width = 0;
    }
    line += width > 0 ? ' '.repeat(word.gap) + word.text : word.text;
    width += (width > 0 ? word.gap : 0) + word.width;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * The line of the finding, cut to `room` columns around the words at fault (`…` where it is
 * cut), and where the underline starts and how long it is. Undefined for a document-level
 * finding, or when the text no longer matches the finding.
 */
function sourceSnippet(text: string, f: Finding, room: number): { line: string; before: number; marks: number } | undefined {
  if (f.endOffset === undefined || f.endOffset <= f.offset || text.slice(f.offset, f.endOffset) !== f.excerpt) return undefined;
  const lineStart = text.lastIndexOf('\n', f.offset - 1) + 1;
  let lineEnd = text.indexOf('\n', f.offset);
  if (lineEnd === -1) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  const head = shownSide(text, lineStart, f.offset, room, 'end');
  const fault = escapeTerminal(text.slice(f.offset, Math.min(f.endOffset, lineEnd)), 'space');
  const tail = shownSide(text, Math.min(f.endOffset, lineEnd), lineEnd, room, 'start');
  // Widths past the room are all alike here (the snippet is cut either way), so none is counted further.
  const [headW, faultW, tailW] = [widthUpTo(head, room + 1), Math.max(1, widthUpTo(fault, room + 1)), widthUpTo(tail, room + 1)];
  if (headW + faultW + tailW <= room) return { line: head + fault + tail, before: headW, marks: faultW };
  // Cut: keep some context before the fault (a third of what is left), the rest after it.
  const spare = Math.max(0, room - faultW - 2);
  const keepHead = headW <= spare ? headW : Math.min(headW, Math.max(Math.floor(spare / 3), spare - tailW));
  const keepTail = Math.max(0, spare - keepHead);
  const shownHead = keepHead < headW ? `…${takeEnd(head, keepHead)}` : head;
  const shownFault = faultW > room - 2 ? `${takeStart(fault, room - 2)}…` : fault;
  const shownTail = faultW > room - 2 ? '' : tailW > keepTail ? `${takeStart(tail, keepTail)}…` : tail;
  const before = displayWidth(shownHead);
  return { line: shownHead + shownFault + shownTail, before, marks: Math.max(1, Math.min(faultW, room - 2)) };
}

/**
 * The text of a line beside the words at fault (text[from, to)), escaped, or only the part of it
 * next to them (its `end` for the text before, its `start` for the text after) when that part
 * alone is wider than the whole `room`: the snippet then shows a cut of that part only, the same
 * cut as of the whole side (sourceSnippet keeps at most `room` columns of a side, counted from
 * the words at fault). A Markdown paragraph is one line, often of a thousand characters or more,
 * and escaping and measuring all of it for each of its findings was most of the formatter's time
 * on a large run (issue 16).
 */
function shownSide(text: string, from: number, to: number, room: number, near: 'start' | 'end'): string {
  // Enough code units for `room` columns whatever they hold, but for zero-width marks (checked below).
  const window = 4 * room + 16;
  if (to - from > window) {
    let cutFrom = near === 'end' ? to - window : from;
    let cutTo = near === 'end' ? to : from + window;
    // Not inside a surrogate pair.
    if (near === 'end' && isLowSurrogate(text.charCodeAt(cutFrom))) cutFrom++;
    if (near === 'start' && isLowSurrogate(text.charCodeAt(cutTo))) cutTo--;
    const part = escapeTerminal(text.slice(cutFrom, cutTo), 'space');
    if (displayWidth(part) > room) return part;
  }
  return escapeTerminal(text.slice(from, to), 'space');
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The longest start of `text` that fits in `width` columns. */
function takeStart(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = cellWidth(char);
    if (used + w > width) break;
    out += char;
    used += w;
  }
  return out;
}

/** The longest end of `text` that fits in `width` columns. */
function takeEnd(text: string, width: number): string {
  const chars = [...text];
  let out = '';
  let used = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    // Safe: i is within chars.
    const char = chars[i]!;
    const w = cellWidth(char);
    if (used + w > width) break;
    out = char + out;
    used += w;
  }
  return out;
}
