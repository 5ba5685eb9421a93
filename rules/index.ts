/** Every rule medlint has, by id, sorted alphabetically. The ids are a contract. */
import type { RuleModule } from '../src/types.js';
import absoluteClaim from './absolute-claim/index.js';
import comparativeClaim from './comparative-claim/index.js';
import evidenceClaim from './evidence-claim/index.js';
import mechanismContradiction from './mechanism-contradiction/index.js';
import mechanismError from './mechanism-error/index.js';
import missingDisclaimer from './missing-disclaimer/index.js';
import missingRiskInformation from './missing-risk-information/index.js';
import regulatoryClaim from './regulatory-claim/index.js';
import safetyClaim from './safety-claim/index.js';
import speedClaim from './speed-claim/index.js';
import superlativeClaim from './superlative-claim/index.js';
import unsourcedStatistic from './unsourced-statistic/index.js';

/** The rules, in id order. */
export const rules: readonly RuleModule<object>[] = [
  absoluteClaim,
  comparativeClaim,
  evidenceClaim,
  mechanismContradiction,
  mechanismError,
  missingDisclaimer,
  missingRiskInformation,
  regulatoryClaim,
  safetyClaim,
  speedClaim,
  superlativeClaim,
  unsourcedStatistic,
] as readonly RuleModule<object>[];
