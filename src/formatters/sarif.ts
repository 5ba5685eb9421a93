/**
 * The SARIF formatter: one SARIF 2.1.0 log with one run, for code-scanning services (GitHub
 * code scanning, Azure DevOps) and SARIF viewers. The tool component lists every rule with its
 * description and documentation; each finding becomes a result with its region, the other
 * places of a contradiction as related locations, and a safe fix as a SARIF fix.
 *
 * Columns: medlint counts 1-based UTF-16 code units, which is SARIF's `utf16CodeUnits` column
 * kind, so lines and columns pass through unchanged (both ends: SARIF's `endColumn` is the
 * column after the region, as medlint's). Regions carry lines and columns, not `charOffset`:
 * medlint's offsets index the text after a BOM is dropped, SARIF's the artifact itself.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Finding, Fix, LintResult, RelatedLocation, RuleMeta, RulesMeta, Severity } from '../types.js';
import { suggestionNotes } from './notes.js';
import { escapeJsonControls } from '../util/escape.js';
import { relativePath } from './paths.js';
import { version as medlintVersion } from '../util/version.js';
import { DIRECTIVE_RULE, DIRECTIVE_URL } from '../engine/directives.js';

/** Options of the SARIF formatter. */
export interface SarifOptions {
  /** The directory artifact URIs are relative to (`%SRCROOT%`); a result's relative path is read against it. */
  readonly cwd: string;
  /**
   * Inputs the run could not lint, one line each. They become tool execution notifications
   * and `executionSuccessful: false`, so code scanning does not read the log as "nothing found"
   * and close open alerts.
   */
  readonly inputErrors?: readonly string[];
  /** The rules the run knows, by id: each becomes a reporting descriptor. */
  readonly rulesMeta: RulesMeta;
}

/** The schema the log names: SchemaStore's copy of the OASIS SARIF 2.1.0 schema, which editors resolve. */
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/medlint/medlint';
/** The base the artifact URIs are relative to; GitHub code scanning and the SARIF viewers know this name. */
const SRCROOT = '%SRCROOT%';

const LEVEL: Readonly<Record<Severity, Sarif.Result.level>> = { error: 'error', warning: 'warning', info: 'note' };

/** Formats results as a SARIF 2.1.0 log (pretty-printed JSON). */
export function formatSarif(results: readonly LintResult[], options: SarifOptions): string {
  const descriptors = [...Object.values(options.rulesMeta).map((meta) => descriptor(meta)), DIRECTIVE_DESCRIPTOR];
  const ruleIndex = new Map(descriptors.map((d, index) => [d.id, index]));
  const artifacts = results.map((result) => ({ location: artifactUri(result.file, options.cwd), roles: ['analysisTarget' as const] }));
  const version = medlintVersion;
  const log: Sarif.Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'medlint', version, semanticVersion: version, informationUri: INFORMATION_URI, rules: descriptors },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(options.cwd.endsWith(path.sep) ? options.cwd : `${options.cwd}${path.sep}`).href } },
        artifacts,
        results: results.flatMap((result, index) => {
          // Safe: artifacts has one entry per result.
          const artifact: Sarif.ArtifactLocation = { ...artifacts[index]!.location, index };
          return result.messages.map((finding) => sarifResult(finding, artifact, ruleIndex.get(finding.ruleId)));
        }),
        columnKind: 'utf16CodeUnits',
        invocations: [invocation(options.inputErrors ?? [])],
      },
    ],
  };
  return `${escapeJsonControls(JSON.stringify(log, null, 2))}\n`;
}

/** The run's invocation: successful unless some input could not be linted, each such input a notification. */
function invocation(inputErrors: readonly string[]): Sarif.Invocation {
  return {
    executionSuccessful: inputErrors.length === 0,
    ...(inputErrors.length > 0
      ? { toolExecutionNotifications: inputErrors.map((text): Sarif.Notification => ({ level: 'error', message: { text: `Not linted: ${text}` }, descriptor: { id: 'medlint/input' } })) }
      : {}),
  };
}

/** The pseudo-rule of problems with suppression comments (unused, unknown rule, no reason). */
const DIRECTIVE_DESCRIPTOR: Sarif.ReportingDescriptor = {
  id: DIRECTIVE_RULE,
  name: 'MedlintDirective',
  shortDescription: { text: 'Problems with medlint-disable comments: unknown rules, missing reasons, suppressions that suppress nothing' },
  helpUri: DIRECTIVE_URL,
  defaultConfiguration: { level: 'error' },
  properties: { tags: ['medlint'] },
};

/** A rule as a SARIF reporting descriptor. */
function descriptor(meta: RuleMeta<object>): Sarif.ReportingDescriptor {
  const guidance = meta.references.map((r) => `${r.title} (${r.url})`).join('; ');
  return {
    id: meta.id,
    // SARIF's `name` is a readable identifier, conventionally PascalCase ("AbsoluteClaim").
    name: meta.id.replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: meta.description },
    fullDescription: { text: guidance ? `${meta.description}. Guidance: ${guidance}.` : `${meta.description}.` },
    helpUri: meta.docsUrl,
    help: {
      text: `${meta.description}. Documentation: ${meta.docsUrl}`,
      markdown: [
        `${meta.description}.`,
        ...(meta.references.length > 0 ? ['', 'Guidance:', '', ...meta.references.map((r) => `- ${markdownLink(r.title, r.url)}`)] : []),
        '',
        markdownLink('Rule documentation', meta.docsUrl),
      ].join('\n'),
    },
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: { tags: ['medlint', ...(meta.fixable === 'fix' ? ['fixable'] : [])] },
  };
}

/** A CommonMark link; the destination in angle brackets, so parentheses in a URL cannot end it. */
function markdownLink(text: string, url: string): string {
  return `[${text.replace(/[\\[\]]/g, '\\$&')}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

/** One finding as a SARIF result. */
function sarifResult(finding: Finding, artifact: Sarif.ArtifactLocation, ruleIndex: number | undefined): Sarif.Result {
  const related = finding.related ?? [];
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[finding.severity],
    message: { text: messageText(finding) },
    locations: [{ physicalLocation: { artifactLocation: artifact, region: findingRegion(finding) } }],
    ...(related.length > 0 ? { relatedLocations: related.map((r, i) => relatedLocation(r, i + 1, artifact)) } : {}),
    ...(finding.fix ? { fixes: [sarifFix(finding, finding.fix, artifact)] } : {}),
    // The fingerprint of baselines: rule, text and sentence, not the line, so code scanning
    // follows a finding when lines above it move.
    ...(finding.fingerprint ? { partialFingerprints: { 'medlintFinding/v1': finding.fingerprint } } : {}),
  };
}

/**
 * The result's message: the finding's message, links to its related locations by id (SARIF's
 * embedded links, which GitHub code scanning renders), and its suggested rewrites. Plain-text
 * SARIF messages must escape `\`, `[` and `]` outside embedded links.
 */
function messageText(finding: Finding): string {
  const escape = (text: string): string => text.replace(/[\\[\]]/g, '\\$&');
  const links = (finding.related ?? []).map((r, i) => `[${r.line}:${r.column}](${i + 1})`);
  return [
    escape(finding.message) + (links.length > 0 ? ` (see ${links.join(', ')})` : ''),
    ...suggestionNotes(finding).map(escape),
  ].join('\n');
}

/**
 * A finding's region. A document-level finding (no range) gets line 1 without columns, the
 * whole first line: GitHub code scanning rejects a result whose location has no start line.
 */
function findingRegion(finding: Finding): Sarif.Region {
  if (finding.endLine === undefined || finding.endColumn === undefined) return { startLine: finding.line };
  return { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, snippet: { text: finding.excerpt } };
}

function relatedLocation(related: RelatedLocation, id: number, artifact: Sarif.ArtifactLocation): Sarif.Location {
  return {
    id,
    physicalLocation: {
      artifactLocation: artifact,
      region: { startLine: related.line, startColumn: related.column, endLine: related.endLine, endColumn: related.endColumn },
    },
    message: { text: related.message },
  };
}

/**
 * A safe fix as a SARIF fix. Its range is in file offsets; when it lies inside the finding's
 * range (as every fix medlint makes does) its lines and columns follow from the finding's start
 * and excerpt. Otherwise only `charOffset`/`charLength` can say where it is.
 */
function sarifFix(finding: Finding, fix: Fix, artifact: Sarif.ArtifactLocation): Sarif.Fix {
  const inside = finding.endOffset !== undefined && fix.start >= finding.offset && fix.end <= finding.endOffset;
  const deleted = inside ? finding.excerpt.slice(fix.start - finding.offset, fix.end - finding.offset) : undefined;
  let deletedRegion: Sarif.Region = { charOffset: fix.start, charLength: fix.end - fix.start };
  if (deleted !== undefined) {
    const start = advance({ line: finding.line, column: finding.column }, finding.excerpt.slice(0, fix.start - finding.offset));
    const end = advance(start, deleted);
    deletedRegion = { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
  }
  const description =
    deleted === undefined ? `Replace with “${fix.text}”` : fix.text === '' ? `Delete “${deleted}”` : `Replace “${deleted}” with “${fix.text}”`;
  return {
    description: { text: description },
    artifactChanges: [{ artifactLocation: artifact, replacements: [{ deletedRegion, insertedContent: { text: fix.text } }] }],
  };
}

/** A line and a 1-based UTF-16 column. */
export interface Point {
  readonly line: number;
  readonly column: number;
}

/**
 * The point after `text` when it starts at `from`. Line breaks are `\n`, `\r\n` and a lone `\r`,
 * as the engine counts them.
 */
export function advance(from: Point, text: string): Point {
  let { line, column } = from;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}

/**
 * An artifact's location: a URI reference relative to `%SRCROOT%` (the working directory), each
 * path segment percent-encoded; a file outside it gets an absolute `file:` URI.
 */
function artifactUri(file: string, cwd: string): Sarif.ArtifactLocation {
  const relative = relativePath(file, cwd);
  if (relative === undefined) return { uri: pathToFileURL(path.resolve(cwd, file)).href };
  return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}
