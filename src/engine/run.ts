/**
 * Run: one file's text through parse -> segment/context -> one lexicon pass -> rules ->
 * findings. The engine knows no rule by name: its caller hands it a rule set (the rules and
 * the knowledge base, see `RuleSet`), and it reads each rule's metadata and phrase list and
 * hands each rule its own matches.
 */
import { location } from 'vfile-location';
import type { DocumentModel, Finding, KnowledgeBase, LintResult, PhraseMatch, Report, RuleModule, RuleSet, RuleSettings, Severity, SourceFormat } from '../types.js';
import { compileLexicon, matchSentence, resolveMatches, type Lexicon, type RawMatch } from './lexicon.js';
import { ParseLimitError, parseProse, type ParsedProse } from './parse.js';
import { escapeLine } from '../util/escape.js';
import { applyDirectives, DIRECTIVE_RULE, DIRECTIVE_URL, frontMatterSettings, parseDirectives, type DirectiveOptions, type Suppression } from './directives.js';
import { fingerprint } from './fingerprint.js';
import { segment } from './segment.js';
import { buildClaims, categoryNames, Subjects } from './claims.js';
import { validateOptions } from './options.js';
import { InputError } from './read.js';

/** A rule as the engine runs it: enabled, with its resolved severity and options. */
export interface ActiveRule {
  readonly rule: RuleModule<object>;
  readonly severity: Severity;
  readonly options: object;
}

/** Which rules run, and how. */
export interface RunConfig {
  /** Run only these rule ids (all when absent). */
  readonly only?: readonly string[];
  /** Never run these rule ids. */
  readonly disable?: readonly string[];
  /** Severity per rule id, overriding the default. */
  readonly severity?: Readonly<Record<string, Severity>>;
  /** Options per rule id. */
  readonly options?: Readonly<Record<string, object>>;
  /** Words the project spells this way on purpose (config `words`, `.medlint-dictionary`): shared settings every rule may read. */
  readonly words?: readonly string[];
  /** The project's English locale: a shared setting every rule may read. */
  readonly locale?: 'en-US' | 'en-GB';
  /** How inline suppressions are checked. */
  readonly directives?: DirectiveOptions;
  /**
   * Milliseconds one file may take (default DEFAULT_TIME_BUDGET_MS; 0: no limit). Checked
   * between the stages of a file's lint (after parsing, every few hundred sentences, after each
   * rule, and every 64 findings a rule reports), so a stall ends that file with an InputError of
   * one line and the run goes on.
   */
  readonly timeBudgetMs?: number;
}

/** The default per-file time budget: far beyond what any article needs (an article lints in well under a second; a 5 MB file in a few seconds). */
export const DEFAULT_TIME_BUDGET_MS = 10_000;

/** An error in the run configuration (unknown rule, invalid options): a usage error. */
export class ConfigError extends Error {}

/** A prepared run: rules resolved and their phrase lists compiled once, reused for every file. */
export interface Engine {
  readonly rules: readonly ActiveRule[];
  /** Every rule of the rule set the engine was made from, by id (for messages and suppressions), enabled or not. */
  readonly known: ReadonlyMap<string, RuleModule<object>>;
  readonly lexicon: Lexicon;
  readonly directives: DirectiveOptions;
  readonly activeIds: ReadonlySet<string>;
  /** The settings every rule's context carries (a file's front matter adds its own words). */
  readonly settings: RuleSettings;
  /** Milliseconds one file may take; 0: no limit. */
  readonly timeBudgetMs: number;
}

/**
 * Resolves the rules of a run from the rule set its caller gives (the engine imports none) and
 * compiles their phrase lists.
 */
export function createEngine(ruleSet: RuleSet, config: RunConfig = {}): Engine {
  const known = new Map(ruleSet.rules.map((r) => [r.meta.id, r]));
  for (const id of [...(config.only ?? []), ...(config.disable ?? []), ...Object.keys(config.severity ?? {}), ...Object.keys(config.options ?? {})]) {
    if (!known.has(id)) throw new ConfigError(`Unknown rule "${id}". Known rules: ${[...known.keys()].join(', ')}`);
  }
  const only = config.only && config.only.length > 0 ? new Set(config.only) : undefined;
  const disabled = new Set(config.disable ?? []);
  const active: ActiveRule[] = [];
  for (const rule of ruleSet.rules) {
    const id = rule.meta.id;
    if ((only && !only.has(id)) || disabled.has(id)) continue;
    const given = config.options?.[id];
    if (given !== undefined) validateOptions(rule.meta, given);
    const options = { ...rule.meta.defaultOptions, ...given };
    active.push({ rule, severity: config.severity?.[id] ?? rule.meta.defaultSeverity, options });
  }
  const settings: RuleSettings = { words: [...(config.words ?? [])], fileWords: [], ...(config.locale ? { locale: config.locale } : {}), knowledgeBase: ruleSet.knowledgeBase };
  const lexicon = compileLexicon(
    active.filter((a) => a.rule.lexicon).map((a) => ({ ruleId: a.rule.meta.id, entries: a.rule.lexicon?.(a.options, settings) ?? [] })),
  );
  const timeBudgetMs = config.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  if (!(Number.isFinite(timeBudgetMs) && timeBudgetMs >= 0)) throw new ConfigError(`Invalid time budget ${String(timeBudgetMs)}: expected a number of milliseconds, 0 for no limit`);
  return { rules: active, known, lexicon, directives: config.directives ?? {}, activeIds: new Set(active.map((a) => a.rule.meta.id)), settings, timeBudgetMs };
}

/** Picks the input format from a file name. */
export function formatOf(path: string): SourceFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown') || lower.endsWith('.mdx')) return 'markdown';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  return 'text';
}

/**
 * Builds the document model of a file's text: parse once, segment once, context once. The
 * knowledge base names the products the claim model resolves claims to.
 */
export function buildDocument(text: string, path: string, knowledgeBase: KnowledgeBase, format: SourceFormat = formatOf(path)): DocumentModel {
  return parseDocument(text, path, format, knowledgeBase).document;
}

/** The document model and what the parse found besides prose (comments, front matter). */
function parseDocument(text: string, path: string, format: SourceFormat, knowledgeBase: KnowledgeBase): { document: DocumentModel; parsed: ParsedProse } {
  let parsed: ParsedProse;
  try {
    parsed = parseProse(text, format, path.toLowerCase().endsWith('.mdx'));
  } catch (error) {
    // Nesting past the documented limit is refused before parsing; the parsers' tree builders
    // recurse, so other hostile nesting could still exhaust the stack there.
    if (error instanceof ParseLimitError) throw new InputError(`${path}: ${error.message}; not linted`, path);
    if (error instanceof RangeError) throw new InputError(`${path}: too deeply nested to parse`, path);
    throw error;
  }
  const { blocks, sentences } = segment(text, parsed.blocks);
  const { claims, mentions, research, seller } = buildClaims(sentences, subjects(knowledgeBase));
  const promotional = seller || (!research && claims.some((c) => c.modality === 'asserted' || c.modality === 'answer'));
  return { document: { path, format, text, blocks, sentences, claims, subjects: mentions, genre: research ? 'research' : 'general', promotional }, parsed };
}

const subjectTables = new WeakMap<KnowledgeBase, Subjects>();

/** The claim model's subjects: the knowledge base's product names and the generic kinds of product; compiled once per knowledge base. */
function subjects(knowledgeBase: KnowledgeBase): Subjects {
  let table = subjectTables.get(knowledgeBase);
  if (!table) {
    // A name the knowledge base knows is that product; the generic kinds fill in the rest.
    const products = new Map<string, string>();
    for (const p of knowledgeBase.regulatory.products) for (const name of p.names) if (!products.has(name)) products.set(name, p.id);
    for (const [name, kind] of categoryNames()) if (!products.has(name)) products.set(name, kind);
    table = new Subjects({ products });
    subjectTables.set(knowledgeBase, table);
  }
  return table;
}

interface Collected extends Report {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly url: string;
  readonly excerpt: string;
  /** The message itself, for findings that are not a rule's (directive problems). */
  readonly reason?: string;
  /** Why it was suppressed, for suppressed findings. */
  readonly suppression?: Suppression;
}

/** What one file's lint yields: its result, and the document and parse the engine built (the report renders from them). */
export interface LintedFile {
  readonly result: LintResult;
  readonly document: DocumentModel;
  readonly parsed: ParsedProse;
}

/**
 * Lints one file's text (BOM already dropped): parse, segment and context once, one lexicon
 * pass, every rule, inline suppressions. The findings are built once, as `Finding`s; vfile
 * messages are made from them only at the unified boundary (remark.ts).
 */
export function lintFile(engine: Engine, text: string, path: string, format: SourceFormat = formatOf(path)): LintedFile {
  const checkBudget = budget(engine.timeBudgetMs, path);
  const { document, parsed } = parseDocument(text, path, format, engine.settings.knowledgeBase);
  checkBudget();
  const raw: RawMatch[] = [];
  let sentences = 0;
  for (const sentence of document.sentences) {
    matchSentence(engine.lexicon, sentence, raw);
    if (++sentences % 256 === 0) checkBudget();
  }
  const byRule = new Map<string, RawMatch[]>();
  for (const m of raw) {
    const list = byRule.get(m.ruleId);
    if (list) list.push(m);
    else byRule.set(m.ruleId, [m]);
  }
  const front = withOneLineWarnings(() => frontMatterSettings(parsed.frontMatter));
  const settings: RuleSettings = front.words.length > 0 ? { ...engine.settings, fileWords: front.words } : engine.settings;
  const collected: Collected[] = [];
  for (const active of engine.rules) {
    const { meta } = active.rule;
    const own = byRule.get(meta.id) ?? [];
    const matches: PhraseMatch[] = resolveMatches(own);
    active.rule.check({
      document,
      options: active.options,
      settings,
      matches,
      ignored: own.filter((m) => m.entry.ignore === true),
      report: (report) => {
        if (!(report.messageId in meta.messages)) throw new Error(`Rule ${meta.id} reported unknown messageId "${report.messageId}"`);
        if (report.fix && meta.fixable !== 'fix') throw new Error(`Rule ${meta.id} reported a fix, but its meta says it does not fix (fixable: ${String(meta.fixable)})`);
        if (report.fix && !(report.fix.start >= 0 && report.fix.start <= report.fix.end && report.fix.end <= text.length)) throw new Error(`Rule ${meta.id} reported a fix outside the text`);
        const excerpt = report.start !== undefined && report.end !== undefined ? text.slice(report.start, report.end) : '';
        collected.push({ ...report, ruleId: meta.id, severity: report.severity ? lowerOf(report.severity, active.severity) : active.severity, url: meta.docsUrl, excerpt });
        // Inside a rule too: a rule that reports at every word (a dictionary check, on text that
        // is not English) is stopped part way, not only after it has finished. Rules are pure, so
        // leaving one by an exception leaves nothing half done.
        if (collected.length % 64 === 0) checkBudget();
      },
    });
    checkBudget();
  }
  const place = location(text);
  const lineOf = (offset: number): number => place.toPoint(offset)?.line ?? 1;
  const outcome = applyDirectives(collected, parseDirectives(parsed.comments), front, lineOf, new Set(engine.known.keys()), engine.directives, engine.activeIds);
  const problems: Collected[] = outcome.problems.map((p) => ({
    messageId: 'directive',
    ruleId: DIRECTIVE_RULE,
    severity: 'error',
    url: DIRECTIVE_URL,
    reason: p.message,
    excerpt: p.start !== undefined && p.end !== undefined ? text.slice(p.start, p.end) : '',
    ...(p.start !== undefined && p.end !== undefined ? { start: p.start, end: p.end } : {}),
  }));
  const messages = toFindings(engine.known, place, document, withoutOverlappingFixes([...outcome.kept, ...problems]));
  const result: LintResult = {
    file: path,
    messages,
    ...(outcome.suppressed.length > 0 ? { suppressed: toFindings(engine.known, place, document, outcome.suppressed.map((s) => ({ ...s.item, suppression: s.suppression }))) } : {}),
  };
  return { result, document, parsed };
}

/**
 * A check that throws an InputError once a file has used its time budget (`0`: never). Wall
 * time, read with performance.now(): a stall is what the user waits for.
 */
function budget(ms: number, path: string): () => void {
  if (ms <= 0) return () => undefined;
  const deadline = performance.now() + ms;
  return () => {
    if (performance.now() > deadline) throw new InputError(`${path}: stopped after ${Number((ms / 1000).toPrecision(3))} s, the per-file time budget (--max-file-time); not linted`, path);
  };
}

/**
 * Runs `fn` with warnings a library emits (the yaml package warns through process.emitWarning,
 * with the source line and a caret on lines of their own) turned into one line each, control
 * characters escaped, before they reach Node's warning printer or the caller's listener.
 */
function withOneLineWarnings<T>(fn: () => T): T {
  const original = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]): void => {
    const text = typeof warning === 'string' ? warning : warning.message;
    // The first line says what and where; the rest quotes the source with a caret under it.
    const line = escapeLine((text.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '') ?? '').replace(/:$/, ''));
    const type = typeof warning === 'string' ? undefined : warning.name;
    const code = typeof warning === 'string' ? undefined : (warning as { code?: string }).code;
    original.call(process, line, ...(rest.length > 0 ? (rest as []) : [{ ...(type ? { type } : {}), ...(code ? { code } : {}) }]));
  }) as typeof process.emitWarning;
  try {
    return fn();
  } finally {
    process.emitWarning = original;
  }
}

/**
 * Keeps the fixes of one lint from overlapping: of fixes that overlap, the one that starts
 * first keeps its fix and the others are reported without one (a second `--fix` pass finds them
 * again on the new text). So the fixes of one pass can always be applied together.
 */
function withoutOverlappingFixes(collected: Collected[]): Collected[] {
  const order = collected.map((c, i) => i).filter((i) => collected[i]!.fix).sort((a, b) => collected[a]!.fix!.start - collected[b]!.fix!.start || collected[a]!.fix!.end - collected[b]!.fix!.end);
  const dropped = new Set<number>();
  let reach = -1;
  for (const i of order) {
    // Safe: order holds indexes of collected items that have a fix.
    const fix = collected[i]!.fix!;
    // Touching is fine ("the the the": one fix ends where the next starts), as in applyFixes.
    if (fix.start < reach || (fix.start === reach && fix.start === fix.end)) dropped.add(i);
    else reach = fix.end;
  }
  if (dropped.size === 0) return collected;
  return collected.map((c, i) => (dropped.has(i) ? withoutFix(c) : c));
}

function withoutFix(c: Collected): Collected {
  const copy: { -readonly [K in keyof Collected]?: Collected[K] } = { ...c };
  delete copy.fix;
  return copy as Collected;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A per-entry severity can lower a rule's configured severity, never raise it. */
function lowerOf(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}

function interpolate(template: string, data: Report['data']): string {
  return data ? template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole)) : template;
}

/**
 * Rule ids in code-unit order. Rule ids are lower-case ASCII with `-` and `/`, which this
 * orders as `localeCompare` did (test/engine/run-order.test.ts checks every pair), without the
 * ICU collator that the first `localeCompare` call builds (about 25 ms of a one-file run).
 */
export function compareRuleIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toFindings(known: Engine['known'], place: ReturnType<typeof location>, document: DocumentModel, collected: Collected[]): Finding[] {
  collected.sort((a, b) => (a.start ?? -1) - (b.start ?? -1) || (a.end ?? -1) - (b.end ?? -1) || compareRuleIds(a.ruleId, b.ruleId));
  const findings: Finding[] = [];
  for (const c of collected) {
    const rule = known.get(c.ruleId);
    const message = c.reason ?? interpolate(rule?.meta.messages[c.messageId] ?? c.messageId, c.data);
    const start = c.start !== undefined ? place.toPoint(c.start) : undefined;
    const end = c.end !== undefined ? place.toPoint(c.end) : undefined;
    // A finding whose range cannot be placed (and a document-level one) stands at the start of the file.
    const ranged = start !== undefined && end !== undefined;
    const fingerprinted = fingerprint(document, c);
    findings.push({
      ruleId: c.ruleId,
      severity: c.severity,
      message,
      line: ranged ? start.line : 1,
      column: ranged ? start.column : 1,
      ...(ranged ? { endLine: end.line, endColumn: end.column } : {}),
      offset: ranged ? (start.offset ?? 0) : 0,
      ...(ranged && end.offset !== undefined ? { endOffset: end.offset } : {}),
      excerpt: c.excerpt,
      url: c.url,
      ...(c.suggestions && c.suggestions.length > 0 ? { suggestions: [...c.suggestions] } : {}),
      ...(c.related
        ? {
            related: c.related.map((r) => {
              const s = place.toPoint(r.start);
              const e = place.toPoint(r.end);
              return { message: r.message, line: s?.line ?? 1, column: s?.column ?? 1, endLine: e?.line ?? 1, endColumn: e?.column ?? 1, offset: r.start, endOffset: r.end };
            }),
          }
        : {}),
      ...(c.fix ? { fix: { start: c.fix.start, end: c.fix.end, text: c.fix.text } } : {}),
      ...(fingerprinted ? { fingerprint: fingerprinted } : {}),
      ...(c.suppression ? { suppressions: [c.suppression] } : {}),
    });
  }
  return findings;
}

/** Lints one file's text and returns the JSON-contract result. */
export function lintWithEngine(engine: Engine, text: string, path: string, format?: SourceFormat): LintResult {
  return lintFile(engine, text, path, format).result;
}
