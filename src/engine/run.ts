/**
 * Run: one file's text through parse -> segment/context -> one lexicon pass -> rules ->
 * findings. The engine knows no rule by name: it reads each rule's metadata and phrase
 * list and hands each rule its own matches.
 */
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { location } from 'vfile-location';
import { rules as allRules } from '../../rules/index.js';
import type { DocumentModel, Finding, LintResult, PhraseMatch, Report, RuleModule, Severity, SourceFormat } from '../types.js';
import { compileLexicon, matchSentence, resolveMatches, type Lexicon, type RawMatch } from './lexicon.js';
import { parseProse, type ParsedProse } from './parse.js';
import { applyDirectives, DIRECTIVE_RULE, DIRECTIVE_URL, frontMatterSettings, parseDirectives, type DirectiveOptions, type Suppression } from './directives.js';
import { fingerprint } from './fingerprint.js';
import { segment } from './segment.js';
import { buildClaims, categoryNames, Subjects } from './claims.js';
import { knowledgeBase } from '../kb/index.js';
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
  /** How inline suppressions are checked. */
  readonly directives?: DirectiveOptions;
}

/** An error in the run configuration (unknown rule, invalid options): a usage error. */
export class ConfigError extends Error {}

/** A prepared run: rules resolved and their phrase lists compiled once, reused for every file. */
export interface Engine {
  readonly rules: readonly ActiveRule[];
  readonly lexicon: Lexicon;
  readonly directives: DirectiveOptions;
  readonly activeIds: ReadonlySet<string>;
}

const KNOWN = new Map(allRules.map((r) => [r.meta.id, r]));

/** Resolves the rules of a run and compiles their phrase lists. */
export function createEngine(config: RunConfig = {}): Engine {
  for (const id of [...(config.only ?? []), ...(config.disable ?? []), ...Object.keys(config.severity ?? {}), ...Object.keys(config.options ?? {})]) {
    if (!KNOWN.has(id)) throw new ConfigError(`Unknown rule "${id}". Known rules: ${[...KNOWN.keys()].join(', ')}`);
  }
  const only = config.only && config.only.length > 0 ? new Set(config.only) : undefined;
  const disabled = new Set(config.disable ?? []);
  const active: ActiveRule[] = [];
  for (const rule of allRules) {
    const id = rule.meta.id;
    if ((only && !only.has(id)) || disabled.has(id)) continue;
    const given = config.options?.[id];
    if (given !== undefined) validateOptions(rule.meta, given);
    const options = { ...rule.meta.defaultOptions, ...given };
    active.push({ rule, severity: config.severity?.[id] ?? rule.meta.defaultSeverity, options });
  }
  const lexicon = compileLexicon(
    active.filter((a) => a.rule.lexicon).map((a) => ({ ruleId: a.rule.meta.id, entries: a.rule.lexicon?.(a.options) ?? [] })),
  );
  return { rules: active, lexicon, directives: config.directives ?? {}, activeIds: new Set(active.map((a) => a.rule.meta.id)) };
}

/** Picks the input format from a file name. */
export function formatOf(path: string): SourceFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown') || lower.endsWith('.mdx')) return 'markdown';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  return 'text';
}

/** Builds the document model of a file's text: parse once, segment once, context once. */
export function buildDocument(text: string, path: string, format: SourceFormat = formatOf(path)): DocumentModel {
  return parseDocument(text, path, format).document;
}

/** The document model and what the parse found besides prose (comments, front matter). */
function parseDocument(text: string, path: string, format: SourceFormat): { document: DocumentModel; parsed: ParsedProse } {
  let parsed: ParsedProse;
  try {
    parsed = parseProse(text, format, path.toLowerCase().endsWith('.mdx'));
  } catch (error) {
    // The parsers' tree builders recurse; hostile nesting exhausts the stack there.
    if (error instanceof RangeError) throw new InputError(`${path}: too deeply nested to parse`);
    throw error;
  }
  const { blocks, sentences } = segment(text, parsed.blocks);
  const { claims, mentions } = buildClaims(sentences, subjects());
  return { document: { path, format, text, blocks, sentences, claims, subjects: mentions }, parsed };
}

let subjectTable: Subjects | undefined;

/** The claim model's subjects: the knowledge base's product names and the generic kinds of product; compiled once. */
function subjects(): Subjects {
  if (!subjectTable) {
    // A name the knowledge base knows is that product; the generic kinds fill in the rest.
    const products = new Map<string, string>();
    for (const p of knowledgeBase.regulatory.products) for (const name of p.names) if (!products.has(name)) products.set(name, p.id);
    for (const [name, kind] of categoryNames()) if (!products.has(name)) products.set(name, kind);
    subjectTable = new Subjects({ products });
  }
  return subjectTable;
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

/** A vfile message with medlint's extra fields. */
export interface MedlintMessage extends VFileMessage {
  related?: Finding['related'];
  fix?: Finding['fix'];
  fingerprint?: string;
  suppressions?: Suppression[];
}

/** Where a linted vfile keeps the findings that inline suppressions removed (`file.data`). */
export const SUPPRESSED = 'medlintSuppressed';

const KNOWN_IDS: ReadonlySet<string> = new Set(KNOWN.keys());

/** Lints one file's text (BOM already dropped) and returns its vfile with messages. */
export function lintToVFile(engine: Engine, text: string, path: string, format: SourceFormat = formatOf(path)): VFile {
  const { document, parsed } = parseDocument(text, path, format);
  const raw: RawMatch[] = [];
  for (const sentence of document.sentences) matchSentence(engine.lexicon, sentence, raw);
  const byRule = new Map<string, RawMatch[]>();
  for (const m of raw) {
    const list = byRule.get(m.ruleId);
    if (list) list.push(m);
    else byRule.set(m.ruleId, [m]);
  }
  const collected: Collected[] = [];
  for (const active of engine.rules) {
    const { meta } = active.rule;
    const own = byRule.get(meta.id) ?? [];
    const matches: PhraseMatch[] = resolveMatches(own);
    active.rule.check({
      document,
      options: active.options,
      matches,
      ignored: own.filter((m) => m.entry.ignore === true),
      report: (report) => {
        if (!(report.messageId in meta.messages)) throw new Error(`Rule ${meta.id} reported unknown messageId "${report.messageId}"`);
        if (report.fix && !(report.fix.start >= 0 && report.fix.start <= report.fix.end && report.fix.end <= text.length)) throw new Error(`Rule ${meta.id} reported a fix outside the text`);
        const excerpt = report.start !== undefined && report.end !== undefined ? text.slice(report.start, report.end) : '';
        collected.push({ ...report, ruleId: meta.id, severity: report.severity ? lowerOf(report.severity, active.severity) : active.severity, url: meta.docsUrl, excerpt });
      },
    });
  }
  const file = new VFile({ path, value: text });
  const place = location(file);
  const lineOf = (offset: number): number => place.toPoint(offset)?.line ?? 1;
  const outcome = applyDirectives(collected, parseDirectives(parsed.comments), frontMatterSettings(parsed.frontMatter), lineOf, KNOWN_IDS, engine.directives, engine.activeIds);
  const problems: Collected[] = outcome.problems.map((p) => ({
    messageId: 'directive',
    ruleId: DIRECTIVE_RULE,
    severity: 'error',
    url: DIRECTIVE_URL,
    reason: p.message,
    excerpt: p.start !== undefined && p.end !== undefined ? text.slice(p.start, p.end) : '',
    ...(p.start !== undefined && p.end !== undefined ? { start: p.start, end: p.end } : {}),
  }));
  file.messages.push(...toMessages(path, place, document, [...outcome.kept, ...problems]));
  if (outcome.suppressed.length > 0) {
    file.data[SUPPRESSED] = toMessages(path, place, document, outcome.suppressed.map((s) => ({ ...s.item, suppression: s.suppression })));
  }
  return file;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A per-entry severity can lower a rule's configured severity, never raise it. */
function lowerOf(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}

function interpolate(template: string, data: Report['data']): string {
  return data ? template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole)) : template;
}

function toMessages(path: string, place: ReturnType<typeof location>, document: DocumentModel, collected: Collected[]): MedlintMessage[] {
  collected.sort((a, b) => (a.start ?? -1) - (b.start ?? -1) || (a.end ?? -1) - (b.end ?? -1) || a.ruleId.localeCompare(b.ruleId));
  const messages: MedlintMessage[] = [];
  // Stack traces of messages are never shown; not capturing them keeps many findings cheap.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const c of collected) {
      const rule = KNOWN.get(c.ruleId);
      const reason = c.reason ?? interpolate(rule?.meta.messages[c.messageId] ?? c.messageId, c.data);
      const start = c.start !== undefined ? place.toPoint(c.start) : undefined;
      const end = c.end !== undefined ? place.toPoint(c.end) : undefined;
      const message: MedlintMessage = new VFileMessage(reason, {
        place: start && end ? { start, end } : { line: 1, column: 1, offset: 0 },
        ruleId: c.ruleId,
        source: 'medlint',
      });
      message.file = path;
      message.fatal = c.severity === 'error' ? true : c.severity === 'warning' ? false : undefined;
      message.url = c.url;
      message.actual = c.excerpt;
      message.fingerprint = fingerprint(document, c);
      if (c.suggestions && c.suggestions.length > 0) message.expected = [...c.suggestions];
      if (c.related) {
        message.related = c.related.map((r) => {
          const s = place.toPoint(r.start);
          const e = place.toPoint(r.end);
          return { message: r.message, line: s?.line ?? 1, column: s?.column ?? 1, endLine: e?.line ?? 1, endColumn: e?.column ?? 1, offset: r.start, endOffset: r.end };
        });
      }
      if (c.fix) message.fix = { start: c.fix.start, end: c.fix.end, text: c.fix.text };
      if (c.suppression) message.suppressions = [c.suppression];
      messages.push(message);
    }
  } finally {
    Error.stackTraceLimit = limit;
  }
  return messages;
}

/** Converts a vfile message to the JSON contract's finding. */
export function toFinding(message: MedlintMessage): Finding {
  const place = message.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : undefined;
  const severity: Severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
  return {
    ruleId: message.ruleId ?? 'unknown',
    severity,
    message: message.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    ...(end ? { endLine: end.line, endColumn: end.column } : {}),
    offset: start?.offset ?? 0,
    ...(end?.offset !== undefined ? { endOffset: end.offset } : {}),
    excerpt: message.actual ?? '',
    url: message.url ?? '',
    ...(message.expected && message.expected.length > 0 ? { suggestions: message.expected } : {}),
    ...(message.related ? { related: message.related } : {}),
    ...(message.fix ? { fix: message.fix } : {}),
    ...(message.fingerprint ? { fingerprint: message.fingerprint } : {}),
    ...(message.suppressions ? { suppressions: message.suppressions } : {}),
  };
}

/** Lints one file's text and returns the JSON-contract result. */
export function lintWithEngine(engine: Engine, text: string, path: string, format?: SourceFormat): LintResult {
  const file = lintToVFile(engine, text, path, format);
  const suppressed = file.data[SUPPRESSED] as MedlintMessage[] | undefined;
  return {
    file: path,
    messages: file.messages.map((m) => toFinding(m)),
    ...(suppressed ? { suppressed: suppressed.map((m) => toFinding(m)) } : {}),
  };
}
