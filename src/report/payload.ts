/**
 * The data an HTML audit report embeds, shared by the builder (Node) and the page's script
 * (src/report/client/app.js, type-checked against these types). Everything is plain JSON.
 * Strings that repeat across findings (messages, suggestions, excerpts, URLs) are stored once
 * in `strings` and referred to by index, which keeps a 2,000-article report small.
 *
 * This file holds types only: the page's script is a classic script and imports nothing.
 */

/** A severity as the report stores it: 0 error, 1 warning, 2 info. */
export type SeverityCode = 0 | 1 | 2;

/** One rule as the summary shows it. */
export interface ReportRule {
  readonly id: string;
  readonly description: string;
  /** The rule's documentation page (http or https). */
  readonly docsUrl: string;
  /** The severity the run gave the rule (a finding may be lower), or null when the rule did not run. */
  readonly severity: SeverityCode | null;
  /** The guidance the rule rests on. */
  readonly references: readonly { readonly title: string; readonly url: string }[];
}

/** A place related to a finding (the other half of a contradiction). */
export interface ReportRelated {
  /** Index into `strings`: what the related place says. */
  readonly message: number;
  readonly line: number;
  readonly column: number;
  readonly start: number;
  readonly end: number;
  /** Index into `strings`: the related place's text. */
  readonly excerpt: number;
}

/**
 * One finding. A ranged finding has `end`; a document-level finding has none. `placed` says
 * whether the rendered article shows the range (a range inside markup the report does not
 * render, such as raw HTML, is listed in the article's box instead).
 */
export interface ReportFinding {
  /** Index into `rules`. */
  readonly rule: number;
  readonly severity: SeverityCode;
  readonly line: number;
  readonly column: number;
  readonly start: number;
  readonly end?: number;
  /** Index into `strings`. */
  readonly message: number;
  /** Index into `strings` ("" for a document-level finding). */
  readonly excerpt: number;
  /** Indexes into `strings`. */
  readonly suggestions: readonly number[];
  readonly related: readonly ReportRelated[];
  readonly placed: boolean;
}

/** One article of the report, without its body (bodies are embedded separately and rendered on demand). */
export interface ReportArticle {
  /** The path as given on the command line. */
  readonly file: string;
  /** The article's first heading, or "" when it has none. */
  readonly title: string;
  readonly format: 'markdown' | 'text' | 'html';
  readonly words: number;
  /** Findings by severity: [errors, warnings, info]. */
  readonly counts: readonly [number, number, number];
  /** The risk score (see `ReportIndex.risk`). */
  readonly risk: number;
  /** 1-based rank by risk (1 is the riskiest). */
  readonly rank: number;
  /** SHA-256 of the article's text (hex): sign-offs are kept per text, so an edited article needs a new one. */
  readonly sha256: string;
  /** Findings in document order: document-level ones first, then by position. */
  readonly findings: readonly ReportFinding[];
}

/** The risk formula, stated on the page and applied by the builder. */
export interface RiskFormula {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  /** Points are scaled to this many words. */
  readonly perWords: number;
  /** Articles shorter than this count as this long, so a short snippet does not outrank everything. */
  readonly minWords: number;
}

/** The index: everything the summary, the filters and the search need, parsed once at load. */
export interface ReportIndex {
  readonly title: string;
  /** ISO 8601 time the report was made. */
  readonly generatedAt: string;
  readonly medlintVersion: string;
  /** The configuration file the run used, or a note that there was none. */
  readonly configFile: string;
  /** The paths given to the command. */
  readonly inputs: readonly string[];
  /** A key for the browser's storage of sign-offs (the same for reports of the same articles). */
  readonly storageKey: string;
  readonly risk: RiskFormula;
  readonly rules: readonly ReportRule[];
  readonly strings: readonly string[];
  readonly articles: readonly ReportArticle[];
}

/**
 * A rendered article body: a tree of nodes. A node is a string (text) or an element
 * `[tag, props, ...children]`; the page's script builds DOM nodes from it with
 * `createElement` and `textContent` only, and knows no tag outside `Tag`.
 */
export type BodyNode = string | BodyElement;

/** An element of a rendered body. */
export type BodyElement = [tag: Tag, props: BodyProps | null, ...children: BodyNode[]];

/** The tags a rendered body may use. `mark` is a finding, `rel` a related place, `link` a link (never followed), `raw` markup shown as text. */
export type Tag =
  | 'p' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'ul' | 'ol' | 'li' | 'blockquote' | 'pre' | 'code'
  | 'strong' | 'em' | 'del' | 'sup' | 'sub' | 'br' | 'hr' | 'table' | 'tr' | 'th' | 'td'
  | 'link' | 'img' | 'raw' | 'front' | 'note' | 'mark' | 'rel';

/** Element properties. */
export interface BodyProps {
  /** `mark` and `rel`: index of the finding in the article's `findings`. */
  readonly f?: number;
  /** `rel`: index of the related place in the finding's `related`. */
  readonly r?: number;
  /** `mark` and `rel`: 1 on the first piece of a highlight, 0 on a continuation (a highlight split by markup or by an overlapping one). */
  readonly p?: 0 | 1;
  /** `link`: the link target, shown as text, never followed. `img`: the alt text. */
  readonly u?: string;
  /** `ol`: the number of the first item. */
  readonly s?: number;
}

/** One article body as embedded in the page. */
export interface ReportBody {
  readonly blocks: readonly BodyNode[];
}
