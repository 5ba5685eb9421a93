/**
 * The JUnit XML formatter, for CI systems that show test reports (GitLab, Jenkins, Azure
 * Pipelines, CircleCI): one test suite per file, one failing test case per finding, and one
 * passing test case for a file without findings, so that every linted file is listed.
 */
import type { Finding, LintResult } from '../types.js';
import { relatedNotes, suggestionNotes } from './notes.js';
import { serializeXml, type XmlElement } from './xml.js';
import { escapeLine } from '../util/escape.js';

/** Formats results as a JUnit XML report. */
export function formatJunit(results: readonly LintResult[]): string {
  const suites = results.map(suite);
  const findings = results.reduce((sum, r) => sum + r.messages.length, 0);
  const tests = results.reduce((sum, r) => sum + Math.max(1, r.messages.length), 0);
  return serializeXml({ name: 'testsuites', attributes: { name: 'medlint', tests, failures: findings, errors: 0 }, children: suites });
}

function suite(raw: LintResult): XmlElement {
  // A file name stays on one line (CI views print it as a test's name).
  const result = { ...raw, file: escapeLine(raw.file) };
  const cases: XmlElement[] =
    result.messages.length === 0
      ? [{ name: 'testcase', attributes: { name: 'medlint', classname: result.file } }]
      : result.messages.map((finding) => testCase(finding, result.file));
  return {
    name: 'testsuite',
    attributes: { name: result.file, tests: cases.length, failures: result.messages.length, errors: 0, skipped: 0 },
    children: cases,
  };
}

function testCase(finding: Finding, file: string): XmlElement {
  const range = finding.endLine === undefined ? `${finding.line}:${finding.column}` : `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn ?? ''}`;
  const body = [
    `${finding.severity}: ${finding.message}`,
    `at ${file}:${range}${finding.endLine === undefined ? ' (the whole document)' : ''}`,
    ...(finding.excerpt ? [`Excerpt: “${finding.excerpt}”`] : []),
    ...suggestionNotes(finding),
    ...relatedNotes(finding, file),
    `Guidance: ${finding.url}`,
  ]
    // One line per part: a line break inside a message or an excerpt (the article's own text)
    // must not start a line of its own in a CI log that prints the report.
    .map(escapeLine)
    .join('\n');
  return {
    name: 'testcase',
    attributes: { name: `${finding.ruleId} at ${finding.line}:${finding.column}`, classname: file },
    children: [{ name: 'failure', attributes: { message: finding.message, type: finding.ruleId }, text: body }],
  };
}
