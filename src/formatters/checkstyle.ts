/**
 * The Checkstyle XML formatter, for tools that read Checkstyle reports (Jenkins Warnings
 * Next Generation, SonarQube's external issues, reviewdog): one `file` element per linted file,
 * one `error` element per finding, its source `medlint.<rule-id>`.
 */
import type { LintResult } from '../types.js';
import { serializeXml } from './xml.js';
import { escapeLine } from '../util/escape.js';

/** Formats results as a Checkstyle 4.3 XML report. */
export function formatCheckstyle(results: readonly LintResult[]): string {
  return serializeXml({
    name: 'checkstyle',
    attributes: { version: '4.3' },
    children: results.map((result) => ({
      name: 'file',
      // A file name stays on one line (viewers print it as a heading).
      attributes: { name: escapeLine(result.file) },
      children: result.messages.map((finding) => ({
        name: 'error',
        // Checkstyle's severities are medlint's: error, warning, info.
        attributes: { line: finding.line, column: finding.column, severity: finding.severity, message: finding.message, source: `medlint.${finding.ruleId}` },
      })),
    })),
  });
}
