/**
 * A small XML writer for the JUnit and Checkstyle formatters. Both write one fixed, shallow
 * shape, so a tree of plain objects and the escaping rules of XML 1.0 (sections 2.2, 2.4 and
 * 3.3.3) are all that is needed; a general XML library would add a runtime dependency for it.
 */
import { escapeControls } from '../util/escape.js';

/** An element: a name, attributes in order, and either text or child elements. */
export interface XmlElement {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string | number>>;
  readonly text?: string;
  readonly children?: readonly XmlElement[];
}

/**
 * Characters XML 1.0 does not allow at all (lone surrogates; U+FFFE and U+FFFF). No escape can
 * carry them, so they are dropped. Control characters (C0 other than tab, LF and CR, which XML
 * forbids too, DEL and C1, which CI viewers would pass to a terminal) are first written as visible
 * escapes (`\x1b`) by `escapeControls`.
 */
const ILLEGAL = /[\uD800-\uDFFF\uFFFE\uFFFF]/gu;

const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Escapes text content: markup characters become entities; CR is kept as `&#13;` (a parser would turn CRLF into LF). */
export function escapeXmlText(text: string): string {
  return escapeControls(text).replace(ILLEGAL, '').replace(/[&<>"'\r]/g, (c) => ENTITY[c] ?? c);
}

/** Escapes an attribute value: also tab, LF and CR, which a parser would otherwise normalize to spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeControls(text).replace(ILLEGAL, '').replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c] ?? c);
}

/** Serializes a document: the XML declaration and the root element, indented by two spaces, ending with a newline. */
export function serializeXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root, '')}\n`;
}

function serialize(element: XmlElement, indent: string): string {
  const attributes = Object.entries(element.attributes ?? {})
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(String(value))}"`)
    .join('');
  const open = `${indent}<${element.name}${attributes}`;
  if (element.text !== undefined && element.text !== '') return `${open}>${escapeXmlText(element.text)}</${element.name}>`;
  if (!element.children || element.children.length === 0) return `${open}/>`;
  return [`${open}>`, ...element.children.map((child) => serialize(child, `${indent}  `)), `${indent}</${element.name}>`].join('\n');
}
