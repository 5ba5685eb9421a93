/** The XML writer the junit and checkstyle formatters share. */
import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, serializeXml } from '../../src/formatters/xml.js';
import { parseXml, type XmlNode } from '../helpers/xml.js';

describe('xml writer', () => {
  it('escapes markup characters, keeps line breaks in attributes and CR in text, shows control characters as escapes and drops characters XML forbids', () => {
    expect(escapeXmlText(`a & b < c > d " e ' f\r\n\tg`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f&#13;\n\tg');
    expect(escapeXmlAttribute(`a & b < c > d " e ' f\r\n\tg`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f&#13;&#10;&#9;g');
    expect(escapeXmlText('nul\u0000 bs\u0008 vt\u000b ff\u000c esc\u001b lone\ud800 pair😀 \ufffe\uffff end')).toBe('nul\\x00 bs\\x08 vt\\x0b ff\\x0c esc\\x1b lone pair😀  end');
    expect(escapeXmlText('del\u007f csi\u009b')).toBe('del\\x7f csi\\u009b');
    expect(escapeXmlAttribute(']]> ok')).toBe(']]&gt; ok');
  });

  it('writes a declaration and an indented tree that parses back to the same values', () => {
    const hostile = `"quoted" & <tagged> 'single'\r\nsecond line\u0007`;
    const xml = serializeXml({
      name: 'testsuites',
      attributes: { name: hostile, tests: 2 },
      children: [
        { name: 'testsuite', attributes: { name: 'a' }, children: [{ name: 'testcase', attributes: { name: 'x' }, text: hostile }] },
        { name: 'testsuite', attributes: { name: 'b' }, children: [] },
      ],
    });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<testsuites name="&quot;quoted&quot; &amp; &lt;tagged&gt; &apos;single&apos;&#13;&#10;second line\\x07" tests="2">\n' +
        '  <testsuite name="a">\n' +
        '    <testcase name="x">&quot;quoted&quot; &amp; &lt;tagged&gt; &apos;single&apos;&#13;\nsecond line\\x07</testcase>\n' +
        '  </testsuite>\n' +
        '  <testsuite name="b"/>\n' +
        '</testsuites>\n',
    );
    const root = parseXml(xml)['testsuites'] as XmlNode;
    expect(root['name']).toBe(`"quoted" & <tagged> 'single'\r\nsecond line\\x07`);
    const suites = root['testsuite'] as readonly XmlNode[];
    expect(((suites[0]?.['testcase'] as readonly XmlNode[])[0]?.['#text'])).toBe(`"quoted" & <tagged> 'single'\r\nsecond line\\x07`);
  });
});
