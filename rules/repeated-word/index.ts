// Why: "the the" survives proofreading because the eye skips it, and it tells the reader the copy was not read before publishing.
import { defineRule, NO_OPTIONS } from '../../src/util/rule.js';
import data from './data.json' with { type: 'json' };

const ALLOWED = new Set(data.allowed);

const rule = defineRule({
  meta: {
    id: 'repeated-word',
    description: 'Flag a word written twice in a row, such as the the, also across a line break',
    defaultSeverity: 'warning',
    fixable: 'fix',
    messages: { default: '“{word}” is repeated; delete one' },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: NO_OPTIONS,
    references: [{ title: 'Merriam-Webster, Is It Correct to Say Had Had?', url: 'https://www.merriam-webster.com/grammar/had-had-that-that' }],
  },
  check(context) {
    const { text } = context.document;
    for (const sentence of context.document.sentences) {
      const words = sentence.words;
      for (let i = 1; i < words.length; i++) {
        // Safe: 1 <= i < words.length.
        const prev = words[i - 1]!;
        const word = words[i]!;
        if (word.kind !== 'word' || prev.kind !== 'word' || word.key !== prev.key || word.gap !== '' || ALLOWED.has(word.key)) continue;
        // Only white space between them: no markup, code or link in the middle.
        if (!/^\s+$/.test(text.slice(prev.end, word.start))) continue;
        context.report({ messageId: 'default', data: { word: word.text }, start: prev.start, end: word.end, suggestions: [prev.text], fix: { start: prev.end, end: word.end, text: '' } });
      }
    }
  },
});

export default rule;
