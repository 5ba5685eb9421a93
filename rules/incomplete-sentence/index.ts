// Why: a paragraph that stops mid-sentence ("… another nerve cell nearby — so") shows copy cut off in editing, and the missing half may be the qualifier.
import type { Block, RuleContext, Sentence } from '../../src/types.js';
import { defineRule, NO_OPTIONS } from '../../src/util/rule.js';
import data from './data.json' with { type: 'json' };

const TRAILING = new Set(data.trailingWords);
const OPEN_MARKS = new Set(data.openMarks);
const TERMINAL = /[.!?…:]/;
/** Opening and closing marks that must pair within a paragraph. */
const PAIRS: readonly (readonly [string, string])[] = [['(', ')'], ['“', '”']];

/** Blocks that are prose paragraphs: headings, list items and table cells need no final punctuation. */
const PARAGRAPHS = new Set<Block['kind']>(['paragraph', 'quote']);

/** The offset where the punctuation before the last word starts ("— so" starts at the dash). */
function gapStart(text: string, sentence: Sentence, index: number): number {
  // Safe: the caller passes a valid word index.
  const word = sentence.words[index]!;
  const prev = sentence.words[index - 1];
  if (!prev || word.gap === '') return word.start;
  const between = text.slice(prev.end, word.start);
  return prev.end + between.search(/\S/);
}

/** Reports a paragraph whose last sentence stops on an open mark or a word that cannot end a sentence. */
function checkEnding(context: RuleContext<Record<string, never>>, sentence: Sentence): boolean {
  const { text } = context.document;
  const last = sentence.words.length - 1;
  // Safe: every sentence has at least one word.
  const word = sentence.words[last]!;
  const tail = text.slice(word.end, sentence.end).replace(/[\s"”’')\]*_]/g, '');
  if (TERMINAL.test(tail)) return false;
  if (tail !== '' && OPEN_MARKS.has(tail)) {
    const start = word.end + text.slice(word.end, sentence.end).indexOf(tail);
    context.report({ messageId: 'openMark', data: { end: tail }, start: word.start, end: start + tail.length });
    return true;
  }
  if (tail === '' && TRAILING.has(word.key)) {
    context.report({ messageId: 'trailingWord', data: { end: word.text }, start: gapStart(text, sentence, last), end: word.end });
    return true;
  }
  return false;
}

/**
 * Reports the last opening mark of the paragraph that is never closed. A quotation that runs on
 * into the next paragraph leaves its opening mark unclosed and opens that paragraph again with
 * one (Chicago Manual of Style 13.30): not a cut.
 */
function checkPairs(context: RuleContext<Record<string, never>>, block: Block, nextBlock: Block | undefined): void {
  const first = block.sentences[0];
  const lastSentence = block.sentences[block.sentences.length - 1];
  if (!first || !lastSentence) return;
  // Code, link targets and URLs are not prose: blank them, keeping offsets. A URL keeps the ")" that closes a bracket around it.
  const prose = context.document.text.slice(first.start, Math.max(block.end, lastSentence.end)).replace(/`[^`]*`|\]\([^)]*\)|(?:https?:\/\/|www\.)[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*/g, (m) => ' '.repeat(m.length));
  for (const [open, close] of PAIRS) {
    // Without its opening mark a paragraph leaves none open (most paragraphs): not scanned.
    if (!prose.includes(open)) continue;
    const stack: number[] = [];
    for (let i = 0; i < prose.length; i++) {
      const c = prose.charAt(i);
      if (c === open) stack.push(i);
      else if (c === close) stack.pop();
    }
    const unclosed = stack[stack.length - 1];
    const continued = open === '“' && nextBlock !== undefined && context.document.text.slice(nextBlock.start, nextBlock.start + 1) === '“';
    if (unclosed !== undefined && !continued) context.report({ messageId: 'unclosed', data: { mark: open }, start: first.start + unclosed, end: first.start + unclosed + 1 });
  }
}

const rule = defineRule({
  meta: {
    id: 'incomplete-sentence',
    description: 'Flag a paragraph that ends mid-sentence, on a conjunction, a comma, a dash or an unclosed parenthesis or quote',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      trailingWord: 'The paragraph ends mid-sentence on “{end}”; finish the sentence or cut the fragment',
      openMark: 'The paragraph ends on “{end}”, mid-sentence; finish the sentence or cut the fragment',
      unclosed: 'This “{mark}” is never closed in the paragraph; the text may have been cut off',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: NO_OPTIONS,
    references: [
      { title: 'Chicago Manual of Style, 17th ed., 6.84: em dashes for a sudden break', url: 'https://www.chicagomanualofstyle.org/book/ed17/part2/ch06/psec084.html' },
      { title: 'Chicago Manual of Style, 17th ed., 13.30: quoted material of more than one paragraph', url: 'https://www.chicagomanualofstyle.org/book/ed17/part3/ch13/psec030.html' },
    ],
  },
  check(context) {
    const { blocks } = context.document;
    for (const [i, block] of blocks.entries()) {
      if (!PARAGRAPHS.has(block.kind)) continue;
      const last = block.sentences[block.sentences.length - 1];
      if (last) checkEnding(context, last);
      checkPairs(context, block, i + 1 < blocks.length ? blocks[i + 1] : undefined);
    }
  },
});

export default rule;
