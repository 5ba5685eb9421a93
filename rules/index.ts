/** Every rule medlint has, by id, sorted alphabetically. The ids are a contract. */
import type { RuleModule } from '../src/types.js';
import absoluteClaim from './absolute-claim/index.js';
import comparativeClaim from './comparative-claim/index.js';
import evidenceClaim from './evidence-claim/index.js';
import incompleteSentence from './incomplete-sentence/index.js';
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
  incompleteSentence,
  repeatedWord,
  safetyClaim,
  speedClaim,
  spelling,
  superlativeClaim,
  unsourcedStatistic,
  whitespace,
] as readonly RuleModule<object>[];
