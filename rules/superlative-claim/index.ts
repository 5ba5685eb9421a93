// Why: "best", "the only treatment that…" and "revolutionary" overstate a treatment relative to all others.
import { defineClaimRule, isComparison, oneOfThe, type ClaimData } from '../../src/util/claims.js';
import { CFR_202_1, FTC_HEALTH_2022 } from '../../src/util/references.js';
import data from './data.json' with { type: 'json' };

export default defineClaimRule({
  id: 'superlative-claim',
  description: 'Flag superlatives and puffery about a treatment, such as best, most effective, the only treatment and revolutionary',
  defaultSeverity: 'warning',
  messages: {
    default: '“{phrase}” is a superlative claim; it implies superiority over every alternative, which needs evidence',
    most: '“{phrase}” claims superior effectiveness; cite comparative evidence or describe the method without ranking it',
    only: '“{phrase}” claims uniqueness; check that no other treatment does the same and cite the source, or rephrase',
    puffery: '“{phrase}” is promotional hype; describe what the treatment does and what the evidence shows',
  },
  references: [CFR_202_1, FTC_HEALTH_2022],
  policy: { negated: 'skip', hedged: 'keep', question: 'skip', attributed: 'skip', cited: 'keep' },
  data: data as ClaimData,
  // Comparisons ("better than X") are comparative-claim's.
  // "#1 Propecia … #2 Minoxidil": the numbers of a list, not a ranking.
  // "one of the safest psychoactive substances (JAMA Psychiatry, 2020)": a place among the best that its own sentence
  // cites names its comparative source; "the most effective [5]" still ranks above every alternative, and hype stays hype.
  answered: (sentence, _id, first, _last, document) => (sentence.words[first]?.text === '#1' && /(^|\s)#2\b/.test(document.text)) || (sentence.cited && oneOfThe(sentence, first)),
  claims: { kinds: { superiority: 'most', puffery: 'puffery' }, modalities: ['asserted', 'answer', 'hedged', 'cited', 'conceded'], when: (c) => !isComparison(c) },
});

