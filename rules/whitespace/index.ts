// Why: a double space inside a sentence ("Forms of  Ketamine") is editing debris; harmless to meaning, so it is only noted.
import { defineRule, NO_OPTIONS } from '../../src/util/rule.js';

/** Two or more spaces (no-break spaces and tabs included) on one line. */
const RUN = /[ \t\u00a0]{2,}/g;
/** Between two words, anything but spaces and plain punctuation means markup or code: not prose spacing. */
const MARKUP = /[\n\r`<>|]/;

const rule = defineRule({
  meta: {
    id: 'whitespace',
    description: 'Note double spaces between the words of a sentence',
    defaultSeverity: 'info',
    fixable: 'fix',
    messages: { default: 'Double space; use one space' },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: NO_OPTIONS,
    references: [{ title: 'Chicago Manual of Style, 17th ed., 6.7: one space, not two, between sentences and words', url: 'https://www.chicagomanualofstyle.org/book/ed17/part2/ch06/psec007.html' }],
  },
  check(context) {
    const { text, format } = context.document;
    // HTML collapses white space when it is shown: a double space there never reaches a reader.
    if (format === 'html') return;
    for (const sentence of context.document.sentences) {
      for (let i = 1; i < sentence.words.length; i++) {
        // Safe: 1 <= i < words.length.
        const from = sentence.words[i - 1]!.end;
        const between = text.slice(from, sentence.words[i]!.start);
        if (between.length < 2 || MARKUP.test(between)) continue;
        for (const m of between.matchAll(RUN)) {
          const start = from + m.index;
          const end = start + m[0].length;
          context.report({ messageId: 'default', start, end, fix: { start, end, text: ' ' } });
        }
      }
    }
  },
});

export default rule;
