// Why: "fewer side effects than antidepressants" is a comparison that needs head-to-head evidence (21 CFR 202.1(e)(6)(i)).
import { defineClaimRule, isComparison, type ClaimData } from '../../src/util/claims.js';
import { CFR_202_1, FDA_KETAMINE_2023 } from '../../src/util/references.js';
import data from './data.json' with { type: 'json' };
import { extendOverComparator } from '../../src/util/words.js';

export default defineClaimRule({
  id: 'comparative-claim',
  description: 'Flag comparisons with other treatments, such as fewer side effects than or works faster than, when no citation is near',
  defaultSeverity: 'warning',
  messages: {
    default: '“{phrase}” compares the treatment with others; cite head-to-head evidence or remove the comparison',
    fewer: '“{phrase}” claims fewer side effects than other treatments; that needs head-to-head evidence, so cite it or describe the side effects instead',
  },
  references: [CFR_202_1, FDA_KETAMINE_2023],
  policy: { negated: 'skip', hedged: 'keep', question: 'skip', attributed: 'skip', cited: 'skip' },
  data: data as ClaimData,
  range: extendOverComparator,
  claims: { kinds: { superiority: 'default' }, modalities: ['asserted', 'answer', 'hedged', 'conceded'], when: isComparison },
});
