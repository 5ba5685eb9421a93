/** The Checkstyle formatter: parsed as XML, one error element per finding with its values. */
import { describe, expect, it } from 'vitest';
import { formatCheckstyle } from '../../src/formatters/checkstyle.js';
import { lintFiles } from '../../src/index.js';
import type { Finding } from '../../src/types.js';
import { children, parseXml, type XmlNode } from '../helpers/xml.js';

describe('checkstyle formatter', () => {
  it('lists every file and every finding with its line, column, severity, message and source', async () => {
    const results = [...(await lintFiles(['fixtures/seeds'])), { file: 'clean.md', messages: [] }];
    const root = parseXml(formatCheckstyle(results))['checkstyle'] as XmlNode;
    expect(root['version']).toBe('4.3');
    const files = children(root, 'file');
    expect(files.map((f) => f['name'])).toEqual(results.map((r) => r.file));
    for (const [i, result] of results.entries()) {
      expect(children(files[i], 'error')).toEqual(
        result.messages.map((m) => ({ line: String(m.line), column: String(m.column), severity: m.severity, message: m.message, source: `medlint.${m.ruleId}` })),
      );
    }
    expect(new Set(files.flatMap((f) => children(f, 'error').map((e) => e['severity'])))).toEqual(new Set(['error', 'warning', 'info']));
  });

  it('escapes hostile messages and file names', () => {
    const hostile: Finding = { ruleId: 'spelling', severity: 'info', message: `"<&>'\u0001\n`, line: 1, column: 2, offset: 1, excerpt: '', url: '' };
    const xml = formatCheckstyle([{ file: 'a&b<c>.md', messages: [hostile] }]);
    const file = children(parseXml(xml)['checkstyle'] as XmlNode, 'file')[0];
    expect(file?.['name']).toBe('a&b<c>.md');
    expect(children(file, 'error')).toEqual([{ line: '1', column: '2', severity: 'info', message: `"<&>'\\x01\n`, source: 'medlint.spelling' }]);
  });
});
