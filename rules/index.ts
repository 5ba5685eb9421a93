/** Every rule medlint has, by id, sorted alphabetically. The ids are a contract. */
import type { RuleModule } from '../src/types.js';
import absoluteClaim from './absolute-claim/index.js';
import comparativeClaim from './comparative-claim/index.js';
import evidenceClaim from './evidence-claim/index.js';
import grammar from './grammar/index.js';
import incompleteSentence from './incomplete-sentence/index.js';
import mechanismContradiction from './mechanism-contradiction/index.js';
import mechanismError from './mechanism-error/index.js';
import missingDisclaimer from './missing-disclaimer/index.js';
import missingRiskInformation from './missing-risk-information/index.js';
import regulatoryClaim from './regulatory-claim/index.js';
import repeatedWord from './repeated-word/index.js';
import safetyClaim from './safety-claim/index.js';
import speedClaim from './speed-claim/index.js';
import spelling from './spelling/index.js';
import superlativeClaim from './superlative-claim/index.js';
import unsourcedStatistic from './unsourced-statistic/index.js';
import whitespace from './whitespace/index.js';

/** The rules, in id order. */
export const rules: readonly RuleModule<object>[] = [
  absoluteClaim,
  comparativeClaim,
  evidenceClaim,
  grammar,
  incompleteSentence,
  mechanismContradiction,
  mechanismError,
  missingDisclaimer,
  missingRiskInformation,
  regulatoryClaim,
  repeatedWord,
  safetyClaim,
  speedClaim,
  spelling,
  superlativeClaim,
  unsourcedStatistic,
  whitespace,
] as readonly RuleModule<object>[];
