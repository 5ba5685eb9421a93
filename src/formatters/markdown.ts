/**
 * The Markdown formatter: a report for pull-request comments (GitHub-flavoured Markdown). A
 * summary table of findings by rule and severity, then per article its findings with line
 * numbers, quotes, messages and suggested rewrites.
 *
 * Everything from an article (quotes, and messages, which quote the article) is escaped so it
 * cannot change the comment's structure: Markdown punctuation is backslash-escaped, `<` and
 * `&` become entities (GitHub would otherwise read raw HTML), `|` is escaped inside table
 * cells, line breaks become spaces, and an `@` is kept from mentioning a user.
 */
import type { Finding, LintResult, Severity } from '../types.js';
import { escapeControls, escapeLine } from '../util/escape.js';

/** Options of the Markdown formatter. */
export interface MarkdownOptions {
  /** The heading of the report (default "medlint report"). */
  readonly title?: string;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const LABEL: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };
/** Shown before the severity so a long table can be scanned by colour (GitHub renders emoji). */
const ICON: Readonly<Record<Severity, string>> = { error: '🔴', warning: '🟠', info: '🔵' };

/**
 * Escapes text for Markdown prose and table cells: ASCII punctuation that Markdown or GFM
 * gives meaning to is backslash-escaped (CommonMark allows a backslash before any ASCII
 * punctuation), `<` and `&` are written as entities, line breaks become spaces, and a
 * zero-width space after `@` keeps GitHub from turning `@name` into a mention.
 */
export function escapeMarkdown(text: string): string {
  return escapeControls(text.replace(/\r\n?|\n/g, ' '))
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@(?=\w)/g, '@\u200b');
}

/** A code span holding `text` literally: a backtick fence longer than any run inside, and `|` escaped for table cells (GFM). */
export function codeSpan(text: string): string {
  // Control characters (and line breaks, as in a file name) become visible escapes: a code span shows a backslash as itself.
  const flat = escapeLine(text);
  const longest = (flat.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || /^ .* $/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** A link whose target is an http(s) URL; any other URL is dropped and only the label stays. */
function link(label: string, url: string): string {
  return /^https?:\/\/[^\s()<>]+$/i.test(url) ? `[${label}](${url})` : label;
}

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function location(f: Finding): string {
  return f.endOffset === undefined ? 'article' : `L${f.line}:${f.column}`;
}

/** Formats results as a GitHub-flavoured Markdown report. */
export function formatMarkdown(results: readonly LintResult[], options: MarkdownOptions = {}): string {
  const out: string[] = [];
  const all = results.flatMap((r) => r.messages);
  const totals = SEVERITIES.map((s) => all.filter((f) => f.severity === s).length);
  const withFindings = results.filter((r) => r.messages.length > 0);
  out.push(`## ${escapeMarkdown(options.title ?? 'medlint report')}`, '');
  out.push(
    `**${count(results.length, 'article')}**, ${count(withFindings.length, 'with findings', 'with findings')}: ` +
      SEVERITIES.map((s, i) => `${ICON[s]} ${count(totals[i] ?? 0, s === 'info' ? 'info' : s, s === 'info' ? 'info' : `${s}s`)}`).join(', '),
    '',
  );
  if (all.length === 0) {
    out.push('No findings.', '');
    return out.join('\n');
  }

  const rules = new Map<string, { url: string; counts: number[]; files: Set<string> }>();
  for (const r of results) {
    for (const f of r.messages) {
      const entry = rules.get(f.ruleId) ?? { url: f.url, counts: [0, 0, 0], files: new Set<string>() };
      entry.counts[SEVERITIES.indexOf(f.severity)]!++;
      entry.files.add(r.file);
      rules.set(f.ruleId, entry);
    }
  }
  out.push('| Rule | Errors | Warnings | Info | Articles |', '| --- | ---: | ---: | ---: | ---: |');
  const byWeight = [...rules].sort(([a, x], [b, y]) => (y.counts[0] ?? 0) - (x.counts[0] ?? 0) || (y.counts[1] ?? 0) - (x.counts[1] ?? 0) || (y.counts[2] ?? 0) - (x.counts[2] ?? 0) || a.localeCompare(b));
  for (const [id, entry] of byWeight) out.push(`| ${link(codeSpan(id), entry.url)} | ${entry.counts.join(' | ')} | ${entry.files.size} |`);
  out.push('');

  for (const r of withFindings) {
    const counts = SEVERITIES.map((s) => r.messages.filter((f) => f.severity === s).length);
    const summary = SEVERITIES.map((s, i) => (counts[i] ? `${counts[i]} ${s === 'info' ? 'info' : s + (counts[i] === 1 ? '' : 's')}` : '')).filter(Boolean).join(', ');
    out.push(`### ${codeSpan(r.file)}`, '', `${summary}`, '');
    out.push('| Line | Severity | Rule | Quote | Finding |', '| --- | --- | --- | --- | --- |');
    for (const f of r.messages) {
      const finding = [escapeMarkdown(f.message), ...(f.suggestions ?? []).map((s) => `<br>**Suggestion:** ${escapeMarkdown(s)}`), ...(f.related ?? []).map((rel) => `<br>**Related:** L${rel.line}:${rel.column} ${escapeMarkdown(rel.message)}`)].join('');
      out.push(`| ${location(f)} | ${ICON[f.severity]} ${LABEL[f.severity]} | ${link(codeSpan(f.ruleId), f.url)} | ${f.excerpt ? `“${escapeMarkdown(f.excerpt)}”` : ''} | ${finding} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
