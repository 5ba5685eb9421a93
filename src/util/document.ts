/**
 * What the document-level rules share: a size below which an article is not judged as a
 * whole (a snippet, a caption), as an option with one description.
 */
import type { DocumentModel, OptionsSchema } from '../types.js';

/** The number of words of prose in a document. */
export function wordCount(document: DocumentModel): number {
  let n = 0;
  for (const s of document.sentences) n += s.words.length;
  return n;
}

/** The `minWords` option of a document-level rule. */
export const MIN_WORDS_OPTION: OptionsSchema['properties'][string] = { type: 'number', description: 'Documents with fewer words than this are not checked' };
