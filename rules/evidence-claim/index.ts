// Why: "clinically proven" and "studies show" claim a level of evidence; without a citation the reader cannot check it.
import { defineClaimRule, namesTreatment } from '../../src/util/claims.js';
import { warnsAfter } from '../../src/engine/claims.js';
import { FTC_HEALTH_2022 } from '../../src/util/references.js';
import data from './data.json' with { type: 'json' };
import type { ClaimData } from '../../src/util/claims.js';
import type { Sentence } from '../../src/types.js';

export default defineClaimRule({
  id: 'evidence-claim',
  description: 'Flag claims of proof or of what studies show when no citation is near',
  defaultSeverity: 'warning',
  messages: {
    default: '“{phrase}” claims evidence without a citation; cite the study or soften the claim',
    proven: '“{phrase}” is an establishment claim; it needs the level of evidence it states, so cite it or say what the evidence shows',
    shown: '“{phrase}” refers to evidence without naming it; add a citation (link, footnote or author and year) in this sentence or paragraph',
    studies: '“{phrase}” refers to studies without citing them; add a citation or soften to “some studies suggest”',
  },
  references: [FTC_HEALTH_2022],
  policy: { negated: 'skip', hedged: 'keep', question: 'skip', attributed: 'skip', cited: 'skip', conceded: 'skip' },
  data: data as ClaimData,
  // An appeal whose own content is hedged ("research shows it might help") is reported from the phrase list only.
  claims: { kinds: { evidence: 'studies' }, modalities: ['asserted', 'answer'] },
  // "Clinical data indicate that the risks far outweigh any benefit": evidence for a warning is caution, not a claim.
  // "Studies have shown that 95 percent of patients …": the unnamed studies are the figure's missing source,
  // one problem that unsourced-statistic reports on the figure itself.
  // On a page that promotes nothing (a health authority's page, whose every claim is hedged, attributed or refuted),
  // studies appealed to about a disease, with no product or treatment in the sentence, tell what is known of it; they
  // do not sell anything, and substantiation is owed for claims that sell.
  // "Several reviews have found that cinnamon does not lower A1C", "studies show mixed results": evidence reported for a
  // null or unsettled result sells nothing.
  // "Patients may forgo treatments that have been shown to work": treatments in general, not the seller's own.
  answered: (sentence, _messageId, first, last, document) =>
    (!document.promotional && !namesTreatment(sentence, document)) || warnsAfter(sentence, last + 1) || figureAfter(sentence, last + 1) || nullResult(sentence, last + 1) || generalTreatments(sentence, first),
});

/** A negation in the appeal's complement, within its first eight words ("found that it does not lower …"). */
function nullResult(sentence: Sentence, from: number): boolean {
  const { words, context, clauses } = sentence;
  for (let i = from; i < Math.min(words.length, from + 8) && clauses[i] === clauses[from]; i++) {
    // Safe: i is within the sentence.
    const key = words[i]!.key;
    if (key === 'not' || key === 'no' || key.endsWith("n't")) return context[i + 1]?.negated === true;
    // "studies show mixed results": evidence said to be unsettled.
    if (UNSETTLED.has(key)) return true;
  }
  return false;
}
const UNSETTLED = new Set(['mixed', 'conflicting', 'inconsistent', 'inconclusive', 'contradictory', 'contradicting']);

/** Nouns of treatments in general, the head of "treatments that have been shown to work". */
const GENERAL_TREATMENTS = new Set(['treatments', 'therapies', 'options', 'medications', 'medicines', 'drugs', 'approaches', 'interventions', 'care']);

/** The appeal is a relative clause about treatments in general, in a sentence with no seller's voice ("we", "our"). */
function generalTreatments(sentence: Sentence, first: number): boolean {
  const { words } = sentence;
  let k = first - 1;
  if (words[k]?.key !== 'that' && words[k]?.key !== 'which') return false;
  k--;
  if (!GENERAL_TREATMENTS.has(words[k]?.key ?? '')) return false;
  return !words.some((w) => w.key === 'we' || w.key === 'our' || w.key === 'us');
}


/** A percentage within the next eight words of the appeal's clause ("shown that 95 percent", "found that about 70% of"). */
function figureAfter(sentence: Sentence, from: number): boolean {
  const { words, clauses } = sentence;
  for (let i = from; i < Math.min(words.length, from + 8) && clauses[i] === clauses[from]; i++) {
    // Safe: i is within the sentence.
    const w = words[i]!;
    if (w.kind === 'percent' || (w.kind === 'number' && PERCENT_WORDS.has(words[i + 1]?.key ?? ''))) return true;
  }
  return false;
}
const PERCENT_WORDS = new Set(['percent', 'pct']);
