/**
 * The rule registry: one line per rule, sorted by folder. Adding a rule is its folder
 * (rules/<id>/) and one line here; `npm run new-rule <id>` writes both.
 */
export { default as absoluteClaim } from './absolute-claim/index.js';
export { default as comparativeClaim } from './comparative-claim/index.js';
export { default as evidenceClaim } from './evidence-claim/index.js';
export { default as grammar } from './grammar/index.js';
export { default as incompleteSentence } from './incomplete-sentence/index.js';
export { default as mechanismContradiction } from './mechanism-contradiction/index.js';
export { default as mechanismError } from './mechanism-error/index.js';
export { default as missingDisclaimer } from './missing-disclaimer/index.js';
export { default as missingRiskInformation } from './missing-risk-information/index.js';
export { default as regulatoryClaim } from './regulatory-claim/index.js';
export { default as repeatedWord } from './repeated-word/index.js';
export { default as safetyClaim } from './safety-claim/index.js';
export { default as speedClaim } from './speed-claim/index.js';
export { default as spelling } from './spelling/index.js';
export { default as superlativeClaim } from './superlative-claim/index.js';
export { default as unsourcedStatistic } from './unsourced-statistic/index.js';
export { default as whitespace } from './whitespace/index.js';
