/**
 * The audit report's data: from finished lint results and the articles' text to the index
 * (summary, findings, risk ranking) and the rendered bodies the HTML page embeds. Decides
 * nothing about findings: it counts, ranks and renders what the engine found.
 */
import { createHash } from 'node:crypto';
import { formatOf } from '../engine/run.js';
import type { Finding, LintResult, RulesMeta, Severity } from '../types.js';
import type { ParsedProse } from '../engine/parse.js';
import type { ReportArticle, ReportBody, ReportFinding, ReportIndex, ReportRule, RiskFormula, SeverityCode } from './payload.js';
import { renderArticle, type RenderedArticle } from './render.js';

/**
 * The risk score of an article: weighted findings per 1,000 words, an article shorter than
 * 300 words counting as 300 words. Stated on the report page with these numbers.
 */
export const RISK: RiskFormula = { error: 5, warning: 2, info: 0.5, perWords: 1000, minWords: 300 };

/** One article to report: its path, its text (as linted) and its findings; rendered already when the caller had the engine's parse. */
export interface ArticleInput {
  readonly file: string;
  readonly text: string;
  readonly result: LintResult;
  /** The article rendered by `renderReportArticle` (from the engine's parse); rendered here, from a parse of its own, when absent. */
  readonly rendered?: RenderedArticle;
}

/** Document-level findings first (they open the article), then by position, as the engine sorts them: the order the report lists and renders them in. */
function reportOrder(result: LintResult): Finding[] {
  return [...result.messages].sort((a, b) => Number(a.endOffset !== undefined) - Number(b.endOffset !== undefined));
}

/**
 * Renders an article for the report with its findings highlighted, from the engine's parse of
 * it (`parsed`, from `lintFile`), so the report does not parse the article again. Called per
 * file as it is linted, so no run holds every article's syntax tree at once.
 */
export function renderReportArticle(file: string, text: string, result: LintResult, parsed?: ParsedProse): RenderedArticle {
  return renderArticle(text, formatOf(file), reportOrder(result), parsed);
}

/** What a report is made from. */
export interface ReportInput {
  readonly title: string;
  readonly generatedAt: Date;
  readonly medlintVersion: string;
  /** The configuration file the run used, or a note that there was none. */
  readonly configFile: string;
  /** The paths given to the command. */
  readonly inputs: readonly string[];
  /** The rules that ran, with their severities. */
  readonly rules: readonly { readonly id: string; readonly severity: Severity }[];
  /** The metadata of every rule the run knows, by id (the report never sees the registry). */
  readonly rulesMeta: RulesMeta;
  readonly articles: readonly ArticleInput[];
}

/** A report's data: the index and one rendered body per article, in the same order. */
export interface ReportData {
  readonly index: ReportIndex;
  readonly bodies: readonly ReportBody[];
}

const CODE: Readonly<Record<Severity, SeverityCode>> = { error: 0, warning: 1, info: 2 };

/** The risk score of counts [errors, warnings, info] in an article of `words` words, to one decimal. */
export function riskScore(counts: readonly [number, number, number], words: number, formula: RiskFormula = RISK): number {
  const points = counts[0] * formula.error + counts[1] * formula.warning + counts[2] * formula.info;
  return Math.round((points * formula.perWords * 10) / Math.max(words, formula.minWords)) / 10;
}

/** Interns strings: each distinct string is stored once and referred to by index. */
class StringTable {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

/** Only http and https links are ever made clickable in the report. */
const safeUrl = (url: string): string => (/^https?:\/\//i.test(url) ? url : '');

/**
 * Builds the report's data. `onArticle` is called after each article is rendered (for a
 * progress bar).
 */
export function buildReportData(input: ReportInput, onArticle?: () => void): ReportData {
  const enabled = new Map(input.rules.map((r) => [r.id, r.severity]));
  // Every known rule is listed (a finding's rule must resolve); the ones that did not run have no severity.
  const rules: ReportRule[] = Object.values(input.rulesMeta).map((meta) => ({
    id: meta.id,
    description: meta.description,
    docsUrl: safeUrl(meta.docsUrl),
    severity: enabled.has(meta.id) ? CODE[enabled.get(meta.id) ?? meta.defaultSeverity] : null,
    references: meta.references.map((ref) => ({ title: ref.title, url: safeUrl(ref.url) })),
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const table = new StringTable();
  const articles: Omit<ReportArticle, 'rank'>[] = [];
  const bodies: ReportBody[] = [];

  for (const article of input.articles) {
    const format = formatOf(article.file);
    const messages = reportOrder(article.result);
    const rendered = article.rendered ?? renderArticle(article.text, format, messages);
    const counts: [number, number, number] = [0, 0, 0];
    const findings: ReportFinding[] = messages.map((m, i) => {
      counts[CODE[m.severity]]++;
      let rule = ruleIndex.get(m.ruleId);
      if (rule === undefined) {
        // A rule from outside medlint's own set (a plugin, later): listed with what the finding says about it.
        rule = rules.length;
        rules.push({ id: m.ruleId, description: '', docsUrl: safeUrl(m.url), severity: null, references: [] });
        ruleIndex.set(m.ruleId, rule);
      }
      return {
        rule,
        severity: CODE[m.severity],
        line: m.line,
        column: m.column,
        start: m.offset,
        ...(m.endOffset !== undefined ? { end: m.endOffset } : {}),
        message: table.id(m.message),
        excerpt: table.id(m.excerpt),
        suggestions: (m.suggestions ?? []).map((s) => table.id(s)),
        related: (m.related ?? []).map((r) => ({ message: table.id(r.message), line: r.line, column: r.column, start: r.offset, end: r.endOffset, excerpt: table.id(article.text.slice(r.offset, r.endOffset)) })),
        placed: rendered.placed[i] ?? false,
      };
    });
    articles.push({
      file: article.file,
      title: rendered.title,
      format,
      words: rendered.words,
      counts,
      risk: riskScore(counts, rendered.words),
      sha256: createHash('sha256').update(article.text).digest('hex'),
      findings,
    });
    bodies.push({ blocks: rendered.blocks });
    onArticle?.();
  }

  const ranking = articles.map((a, i) => i).sort((x, y) => {
    // Safe: x and y index `articles`.
    const a = articles[x]!;
    const b = articles[y]!;
    return b.risk - a.risk || b.counts[0] - a.counts[0] || b.counts[1] - a.counts[1] || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  });
  const rank = new Array<number>(articles.length);
  ranking.forEach((articleIndex, position) => (rank[articleIndex] = position + 1));

  return {
    index: {
      title: input.title,
      generatedAt: input.generatedAt.toISOString(),
      medlintVersion: input.medlintVersion,
      configFile: input.configFile,
      inputs: [...input.inputs],
      storageKey: 'medlint:signoff:v1',
      risk: RISK,
      rules,
      strings: table.strings,
      // Safe: rank has an entry for every article.
      articles: articles.map((a, i) => ({ ...a, rank: rank[i]! })),
    },
    bodies,
  };
}
