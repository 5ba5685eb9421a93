/** The XML writer the junit and checkstyle formatters share. */
import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, serializeXml } from '../../src/formatters/xml.js';
import { parseXml, type XmlNode } from '../helpers/xml.js';

describe('xml writer', () => {
  it('escapes markup characters, keeps line breaks in attributes and CR in text, and drops characters XML forbids', () => {
    expect(escapeXmlText(`a & b < c > d " e ' f\r\n\tg`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f&#13;\n\tg');
    expect(escapeXmlAttribute(`a & b < c > d " e ' f\r\n\tg`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f&#13;&#10;&#9;g');
    expect(escapeXmlText('nul\u0000 bs\u0008 vt\u000b ff\u000c esc\u001b lone\ud800 pair😀 \ufffe\uffff end')).toBe('nul bs vt ff esc lone pair😀  end');
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
        '<testsuites name="&quot;quoted&quot; &amp; &lt;tagged&gt; &apos;single&apos;&#13;&#10;second line" tests="2">\n' +
        '  <testsuite name="a">\n' +
        '    <testcase name="x">&quot;quoted&quot; &amp; &lt;tagged&gt; &apos;single&apos;&#13;\nsecond line</testcase>\n' +
        '  </testsuite>\n' +
        '  <testsuite name="b"/>\n' +
        '</testsuites>\n',
    );
    const root = parseXml(xml)['testsuites'] as XmlNode;
    expect(root['name']).toBe(`"quoted" & <tagged> 'single'\r\nsecond line`);
    const suites = root['testsuite'] as readonly XmlNode[];
    expect(((suites[0]?.['testcase'] as readonly XmlNode[])[0]?.['#text'])).toBe(`"quoted" & <tagged> 'single'\r\nsecond line`);
  });
});
