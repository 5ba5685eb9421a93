/** Parses the XML reports (junit, checkstyle) with fast-xml-parser, after checking they are well-formed. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

/** Elements that may repeat, always parsed as arrays. */
const LISTS = new Set(['testsuite', 'testcase', 'file', 'error']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  // Decodes numeric character references (&#10;) as well as the five XML entities.
  htmlEntities: true,
  isArray: (name) => LISTS.has(name),
});

/** A parsed element: attributes as string properties, children by name, text under `#text`. */
export type XmlNode = { readonly [key: string]: string | XmlNode | readonly XmlNode[] | undefined };

/** The child elements of a parsed element with this name (none when absent). */
export function children(node: XmlNode | undefined, name: string): readonly XmlNode[] {
  return (node?.[name] as readonly XmlNode[] | undefined) ?? [];
}

/** Parses a document, failing the test when it is not well-formed or holds a character XML 1.0 forbids. */
export function parseXml(xml: string): XmlNode {
  expect(XMLValidator.validate(xml)).toBe(true);
  // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids.
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u);
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  return parser.parse(xml) as XmlNode;
}
