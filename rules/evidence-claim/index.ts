// Why: "clinically proven" and "studies show" claim a level of evidence; without a citation the reader cannot check it.
import { defineClaimRule } from '../../src/util/claims.js';
import { warnsAfter } from '../../src/engine/claims.js';
import { FTC_HEALTH_2022 } from '../../src/util/references.js';
import data from './data.json' with { type: 'json' };
import type { ClaimData } from '../../src/util/claims.js';

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
  answered: (sentence, _messageId, _first, last) => warnsAfter(sentence, last + 1),
});
