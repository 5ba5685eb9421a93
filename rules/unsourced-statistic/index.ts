// Why: a number reads as fact; without a source the reader cannot check it, and seeds show wrong ones ("100 billion neurons").
import { defineClaimRule, namesTreatment } from '../../src/util/claims.js';
import { FTC_HEALTH_2022 } from '../../src/util/references.js';
import data from './data.json' with { type: 'json' };
import type { ClaimData } from '../../src/util/claims.js';

/** Words for a treatment, which make "most patients …" a result claimed for it. */
const TREATMENT_WORDS = new Set(['treatment', 'treatments', 'therapy', 'therapies', 'infusion', 'infusions', 'injection', 'injections', 'session', 'sessions', 'program', 'protocol', 'procedure', 'drip', 'drips', 'dose', 'doses', 'supplement', 'supplements', 'product', 'medication', 'plan', 'course']);

/** The words that state how many ("most", "the majority of", "nearly everyone"). */
const QUANTIFIERS = new Set(['most', 'majority', 'nearly', 'almost', 'virtually', 'all']);

export default defineClaimRule({
  id: 'unsourced-statistic',
  description: 'Flag percentages, counts, success rates and most-patients statements that have no citation near them',
  defaultSeverity: 'warning',
  messages: {
    default: '“{phrase}” is a statistic without a source; cite where the figure comes from in this sentence or paragraph',
    most: '“{phrase}” states how many patients benefit without a source; cite it or say “some patients”',
  },
  references: [FTC_HEALTH_2022],
  policy: { negated: 'keep', hedged: 'keep', question: 'skip', attributed: 'skip', cited: 'skip' },
  data: data as ClaimData,
  // "Most people achieve good short-term success with diets, but …": how many benefit, said of no treatment the sentence
  // names or refers to, is a remark about people, not a result claimed for something sold.
  answered: (sentence, messageId, _first, _last, document) => messageId === 'most' && !namesTreatment(sentence, document) && !sentence.words.some((w) => TREATMENT_WORDS.has(w.key)),
  // "Most people feel …": the verb only tells a statistic from "most people have heard"; the finding is the quantity.
  // "remission in most patients": the outcome word only tells a statistic from "in most cases"; the finding is the quantity.
  range: (m) => {
    const words = m.sentence.words;
    if (m.entry.messageId !== 'most') return [words[m.first]!.start, words[m.last]!.end];
    let from = m.first;
    while (from < m.last && !QUANTIFIERS.has(words[from]!.key)) from++;
    // Safe: match indexes are within the sentence.
    return [words[from]!.start, words[Math.min(from + 1, m.last)]!.end];
  },
});
