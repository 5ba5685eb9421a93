// Why: calling a drug safe or non-addictive hides real risks; 3 of 17 ketamine clinics called it non-addictive (Crane 2023).
import { defineClaimRule } from '../../src/util/claims.js';
import { CFR_202_1, FDA_KETAMINE_2023, CRANE_2023 } from '../../src/util/references.js';
import data from './data.json' with { type: 'json' };
import type { ClaimData } from '../../src/util/claims.js';

export default defineClaimRule({
  id: 'safety-claim',
  description: 'Flag wording that calls a treatment safe, non-addictive or free of side effects, or that minimizes its risks',
  defaultSeverity: 'error',
  messages: {
    default: '“{phrase}” is a safety claim; state the known risks and side effects instead',
    safe: '“{phrase}” calls the treatment safe; no drug is safe for everyone, so state who should not use it and its known side effects',
    safest: '“{phrase}” claims the treatment is the safest; that needs head-to-head evidence and misleads about risk',
    addictive: '“{phrase}” denies addiction risk; ketamine is a Schedule III controlled substance with potential for misuse',
    noSideEffects: '“{phrase}” denies side effects; every drug has them, so name the common ones',
    riskFree: '“{phrase}” calls the treatment risk-free; state its known risks instead',
    minimize: '“{phrase}” minimizes a risk; describe the risk and what patients should do if it happens',
    natural: '“{phrase}” implies that natural means safe; natural products can also cause harm',
    riskDenial: '“{phrase}” denies or minimizes a risk; say what the known risks and side effects are and how often they occur',
  },
  references: [CFR_202_1, FDA_KETAMINE_2023, CRANE_2023],
  policy: { negated: 'skip', hedged: 'keep', question: 'skip', attributed: 'skip', cited: 'keep' },
  data: data as ClaimData,
  claims: { kinds: { safety: 'riskDenial' }, modalities: ['asserted', 'answer', 'hedged', 'cited'] },
});
