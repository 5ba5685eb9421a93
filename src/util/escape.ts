/**
 * Escaping for text that reaches a terminal, a CI log or a Markdown comment: file names,
 * messages, excerpts and suggestions all come from the author of the article (or of its file
 * name), so none of them may carry a control character. An escape sequence (ESC, or a C1
 * control such as CSI U+009B) can retitle or redraw a terminal; a carriage return can hide the
 * line before it; a newline in a file name can start a line of its own, such as a GitHub Actions
 * workflow command (`::error …`). Each control becomes a visible escape (`\x1b`, `\u009b`), so a
 * reader still sees that it was there.
 *
 * Shared by every formatter and by the CLI's messages on standard error.
 */
import type { Finding, LintResult, RelatedLocation } from '../types.js';

/**
 * C0 controls other than the line breaks and tab (LF, CR, tab), DEL, and C1 controls: escaped
 * in prose. A format that keeps line breaks escapes CR its own way (GitHub `%0D`, XML `&#13;`,
 * a quoted CSV field); text for a terminal goes through `escapeLine`.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const PROSE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * What a one-line text escapes besides: line feed and tab, the Unicode line and paragraph
 * separators (which some viewers break lines at), and the bidirectional overrides and isolates,
 * which reorder how a line reads (CVE-2021-42574, "Trojan Source").
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const LINE_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Escapes control characters in prose: C0 except tab, LF and CR, DEL and C1 (escape sequences included). */
export function escapeControls(text: string): string {
  return text.replace(PROSE_CONTROLS, visible);
}

/** Escapes a text that must stay on one line (a file name, a message on stderr): every control character, line breaks included. */
export function escapeLine(text: string): string {
  return text.replace(LINE_CONTROLS, visible);
}

/** Whether a text holds anything `escapeLine` would change. */
export function hasControls(text: string): boolean {
  LINE_CONTROLS.lastIndex = 0;
  const found = LINE_CONTROLS.test(text);
  LINE_CONTROLS.lastIndex = 0;
  return found;
}

/**
 * A copy of results fit for a terminal: file names escaped to one line, and messages,
 * excerpts, suggestions and related messages too (a formatter that prints them on lines of
 * their own would otherwise let a line break in an article start a line of the output).
 */
export function escapeResults(results: readonly LintResult[]): LintResult[] {
  return results.map((result) => ({
    ...result,
    file: escapeLine(result.file),
    messages: result.messages.map(escapeFinding),
    ...(result.suppressed ? { suppressed: result.suppressed.map(escapeFinding) } : {}),
  }));
}

function escapeFinding(finding: Finding): Finding {
  return {
    ...finding,
    message: escapeLine(finding.message),
    excerpt: escapeLine(finding.excerpt),
    ...(finding.suggestions ? { suggestions: finding.suggestions.map(escapeLine) } : {}),
    ...(finding.related ? { related: finding.related.map((r): RelatedLocation => ({ ...r, message: escapeLine(r.message) })) } : {}),
  };
}

/** JSON text with DEL, C1 controls and the line separators written as `\u` escapes (JSON.stringify escapes only C0). */
export function escapeJsonControls(json: string): string {
  // These characters can only occur inside JSON strings, where a \u escape means the same.
  return json.replace(/[\u007F-\u009F\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
