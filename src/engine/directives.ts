/**
 * Inline suppressions: `medlint-disable` / `medlint-enable` regions, `medlint-disable-line`
 * and `medlint-disable-next-line`, read from the comments the parser collected (HTML and
 * Markdown `<!-- -->`, MDX `{/* *\/}`, plain-text directive lines), and front matter
 * `medlint: { disable: [...], words: [...] }`. Semantics follow ESLint's directive comments:
 * rules are comma-separated, none means every rule, and ` -- ` starts the reason.
 *
 * Hand-written: remark-message-control (unified-message-control) covers Markdown comments
 * only, needs the mdast the engine does not keep, and has no reasons, unused-directive
 * reporting or plain-text and front-matter forms.
 */
import { createRequire } from 'node:module';
import type { parse } from 'yaml';
import type { SourceComment } from './parse.js';
import { readmeUrl } from '../util/docs-url.js';

const require = createRequire(import.meta.url);

/** The yaml package, loaded on first use: most runs meet no front matter that mentions medlint. */
function parseYaml(text: string): unknown {
  return (require('yaml') as { parse: typeof parse }).parse(text);
}

/** The pseudo-rule that directive problems (unused, unknown rule, missing reason) are reported under. */
export const DIRECTIVE_RULE = 'medlint/directive';
export const DIRECTIVE_URL = readmeUrl('inline-suppressions');

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

/** One parsed directive comment. */
export interface Directive {
  readonly kind: DirectiveKind;
  /** The rules it names; empty means every rule. */
  readonly rules: readonly string[];
  readonly reason?: string;
  readonly start: number;
  readonly end: number;
}

const DIRECTIVE = /^\s*medlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

/** The directives among a file's comments (other comments are ignored). */
export function parseDirectives(comments: readonly SourceComment[]): Directive[] {
  const found: Directive[] = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.body);
    if (!m) continue;
    const rest = m[2] ?? '';
    const split = rest.search(/\s--(?:\s|$)/);
    const list = split === -1 ? rest : rest.slice(0, split);
    const reason = split === -1 ? '' : rest.slice(split).replace(/^\s--/, '').trim();
    found.push({
      kind: m[1] as DirectiveKind,
      rules: list.split(/[\s,]+/).filter(Boolean),
      ...(reason ? { reason } : {}),
      start: comment.start,
      end: comment.end,
    });
  }
  return found;
}

/** What front matter's `medlint` key asks for. */
export interface FrontMatterSettings {
  readonly disable: readonly string[];
  readonly words: readonly string[];
  /** What was wrong with the key, if anything. */
  readonly problem?: string;
}

const NONE: FrontMatterSettings = { disable: [], words: [] };

/** Reads `medlint: { disable: [...], words: [...] }` from YAML front matter. */
export function frontMatterSettings(yaml: string | undefined): FrontMatterSettings {
  // Most front matter says nothing to medlint: do not parse it then.
  if (yaml === undefined || !yaml.includes('medlint')) return NONE;
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch {
    return { ...NONE, problem: 'front matter is not valid YAML, so its `medlint` settings were not read' };
  }
  const value = data && typeof data === 'object' ? (data as Record<string, unknown>)['medlint'] : undefined;
  if (value === undefined) return NONE;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ...NONE, problem: 'front matter `medlint` must be a mapping with `disable` and `words`' };
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).filter((k) => k !== 'disable' && k !== 'words');
  if (unknown.length > 0) return { ...NONE, problem: `front matter \`medlint.${unknown[0]}\` is not a setting; expected disable or words` };
  const list = (key: string): string[] | undefined => {
    const v = record[key];
    if (v === undefined || v === null) return [];
    if (typeof v === 'string') return [v];
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
  };
  const disable = list('disable');
  const words = list('words');
  if (!disable) return { ...NONE, problem: 'front matter `medlint.disable` must be a list of rule ids' };
  if (!words) return { ...NONE, problem: 'front matter `medlint.words` must be a list of words' };
  return { disable, words };
}

/** How directives are checked. */
export interface DirectiveOptions {
  /** Report disable directives (and rules named in them) that suppressed nothing. */
  readonly reportUnused?: boolean;
  /** A disable directive without ` -- reason` is an error. */
  readonly requireReason?: boolean;
}

/** A finding as the engine holds it before positions: offsets, or none for a document-level finding. */
export interface Suppressible {
  readonly ruleId: string;
  readonly start?: number;
  readonly end?: number;
  readonly excerpt: string;
}

/** Why a finding was suppressed, for the audit trail. */
export interface Suppression {
  readonly kind: 'directive' | 'front-matter';
  readonly justification: string;
}

/** A problem with a directive, reported as a finding of DIRECTIVE_RULE. */
export interface DirectiveProblem {
  readonly start?: number;
  readonly end?: number;
  readonly message: string;
}

export interface DirectiveOutcome<T> {
  readonly kept: T[];
  readonly suppressed: { readonly item: T; readonly suppression: Suppression }[];
  readonly problems: DirectiveProblem[];
}

/**
 * Splits findings into kept and suppressed, and lists directive problems. `lineOf` maps an
 * offset to its 1-based line. A document-level finding (no offset) is suppressed by front
 * matter, or by a `medlint-disable` region still open at the end of the file.
 */
export function applyDirectives<T extends Suppressible>(
  items: readonly T[],
  directives: readonly Directive[],
  front: FrontMatterSettings,
  lineOf: (offset: number) => number,
  knownRules: ReadonlySet<string>,
  options: DirectiveOptions = {},
  /** The rules that ran: a directive naming only rules that did not run is not unused. */
  activeRules: ReadonlySet<string> = knownRules,
): DirectiveOutcome<T> {
  const problems: DirectiveProblem[] = [];
  if (front.problem) problems.push({ message: front.problem });
  for (const id of front.disable) if (!knownRules.has(id)) problems.push({ message: `front matter disables unknown rule "${id}"` });
  for (const d of directives) {
    for (const id of d.rules) if (!knownRules.has(id)) problems.push({ start: d.start, end: d.end, message: `medlint-${d.kind} names unknown rule "${id}"` });
    if (options.requireReason && d.kind !== 'enable' && !d.reason) {
      problems.push({ start: d.start, end: d.end, message: `medlint-${d.kind} has no reason; add one after " -- " so reviewers can see why` });
    }
  }

  const frontDisabled = new Set(front.disable);
  const block = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  const lines = directives.filter((d) => d.kind === 'disable-line' || d.kind === 'disable-next-line').map((d) => ({
    directive: d,
    line: d.kind === 'disable-line' ? lineOf(d.start) : lineOf(d.end) + 1,
  }));
  /** Directive -> the rules it suppressed something for ('*' when it names none). */
  const used = new Map<Directive, Set<string>>();
  const applies = (d: Directive, ruleId: string): boolean => d.rules.length === 0 || d.rules.includes(ruleId);
  const markUsed = (d: Directive, ruleId: string): void => {
    const set = used.get(d) ?? new Set<string>();
    set.add(d.rules.length === 0 ? '*' : ruleId);
    used.set(d, set);
  };

  const kept: T[] = [];
  const suppressed: DirectiveOutcome<T>['suppressed'] = [];
  for (const item of items) {
    if (frontDisabled.has(item.ruleId)) {
      suppressed.push({ item, suppression: { kind: 'front-matter', justification: 'disabled in front matter' } });
      continue;
    }
    const by = suppressor(item, block, lines, lineOf, applies);
    if (by) {
      markUsed(by, item.ruleId);
      suppressed.push({ item, suppression: { kind: 'directive', justification: by.reason ?? '' } });
    } else kept.push(item);
  }

  if (options.reportUnused) {
    for (const d of directives) {
      if (d.kind === 'enable') continue;
      const hit = used.get(d);
      const named = d.rules.filter((r) => knownRules.has(r) && activeRules.has(r));
      if (!hit) {
        if (d.rules.length > 0 && named.length === 0) continue; // only unknown rules (reported above) or rules that did not run
        problems.push({ start: d.start, end: d.end, message: `unused medlint-${d.kind} directive${named.length ? ` (no finding of ${named.join(', ')} was suppressed)` : ' (no finding was suppressed)'}` });
      }
      else if (named.length > 1) {
        const idle = named.filter((r) => !hit.has(r));
        if (idle.length > 0) problems.push({ start: d.start, end: d.end, message: `medlint-${d.kind} names ${idle.join(', ')}, which had no finding to suppress` });
      }
    }
  }
  return { kept, suppressed, problems };
}

/** The directive that suppresses a finding, if any. */
function suppressor(
  item: Suppressible,
  block: readonly Directive[],
  lines: readonly { directive: Directive; line: number }[],
  lineOf: (offset: number) => number,
  applies: (d: Directive, ruleId: string) => boolean,
): Directive | undefined {
  if (item.start !== undefined) {
    const line = lineOf(item.start);
    for (const l of lines) if (l.line === line && applies(l.directive, item.ruleId)) return l.directive;
  }
  // The last region directive before the finding (before the end of file, for a document-level one) decides.
  const at = item.start ?? Number.POSITIVE_INFINITY;
  let state: Directive | undefined;
  for (const d of block) {
    if (d.start > at) break;
    if (!applies(d, item.ruleId)) continue;
    state = d.kind === 'disable' ? d : undefined;
  }
  return state;
}
