/**
 * The GitHub Actions formatter: one workflow command per finding
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`), which GitHub shows as
 * an annotation on the file and line in the run and the pull request. Paths are relative to the
 * working directory (the checkout), with forward slashes.
 *
 * Escaping follows @actions/core (`toCommandValue`, `escapeData`, `escapeProperty`): written here
 * because it is four replacements, not worth a runtime dependency.
 */
import type { Finding, LintResult, Severity } from '../types.js';
import { relatedNotes, suggestionNotes } from './notes.js';
import { relativePath } from './paths.js';
import { escapeControls } from '../util/escape.js';

/** Options of the GitHub formatter. */
export interface GithubOptions {
  /** The directory paths are reported relative to. */
  readonly cwd: string;
}

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** Formats results as GitHub Actions workflow commands, one line per finding. */
export function formatGithub(results: readonly LintResult[], options: GithubOptions): string {
  const lines = results.flatMap((result) => {
    const file = relativePath(result.file, options.cwd) ?? result.file;
    return result.messages.map((finding) => command(finding, file));
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function command(finding: Finding, file: string): string {
  const properties: [string, string | number][] = [['file', file], ['line', finding.line]];
  if (finding.endLine !== undefined && finding.endColumn !== undefined) {
    properties.push(['endLine', finding.endLine]);
    // GitHub takes columns only for a range on one line.
    if (finding.endLine === finding.line) properties.push(['col', finding.column], ['endColumn', finding.endColumn]);
  }
  properties.push(['title', `medlint (${finding.ruleId})`]);
  const body = [finding.message, ...suggestionNotes(finding), ...relatedNotes(finding, file)].join('\n');
  return `::${COMMAND[finding.severity]} ${properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')}::${escapeData(body)}`;
}

/**
 * Escapes a command's message: `%`, CR and LF as the toolkit does, and first every other control
 * character (an escape sequence would reach the log viewer and the terminal of whoever reads the log).
 */
export function escapeData(text: string): string {
  return escapeControls(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property's value: as data, plus `:` and `,`, which end a value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
