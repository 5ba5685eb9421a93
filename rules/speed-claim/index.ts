// Why: "works instantly" sets expectations the evidence does not support; FDA knows of no evidence ketamine is faster.
import { defineClaimRule } from '../../src/util/claims.js';
import { CFR_202_1, FDA_KETAMINE_2023 } from '../../src/util/references.js';
import data from './data.json' with { type: 'json' };
import type { ClaimData } from '../../src/util/claims.js';

export default defineClaimRule({
  id: 'speed-claim',
  description: 'Flag promises of instant or immediate effect, such as instantly, immediate relief and within minutes',
  defaultSeverity: 'warning',
  messages: {
    default: '“{phrase}” promises a fast effect; onset varies and many patients do not respond, so qualify it',
    within: '“{phrase}” promises an effect within a short time; say that some patients notice changes and others do not, and cite the source',
  },
  references: [FDA_KETAMINE_2023, CFR_202_1],
  policy: { negated: 'skip', hedged: 'skip', question: 'skip', attributed: 'skip', cited: 'keep' },
  data: data as ClaimData,
});
