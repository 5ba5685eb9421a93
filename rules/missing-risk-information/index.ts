// Why: fair balance (21 CFR 202.1(e)(5)(ii)): benefits without risks mislead, and 41% of ketamine clinic sites (Crane et al. 2023) mentioned no risk at all.
import { defineRule } from '../../src/util/rule.js';
import { MIN_WORDS_OPTION, wordCount } from '../../src/util/document.js';
import { CFR_202_1_E5, CRANE_2023, FDA_KETAMINE_2023 } from '../../src/util/references.js';
import type { ClaimKind, ClaimModality, PhraseEntry, PhraseMatch } from '../../src/types.js';
import data from './data.json' with { type: 'json' };

/** Options of missing-risk-information. */
export interface RiskOptions {
  /** More phrases that count as risk information, in the phrase pattern syntax. */
  readonly riskPhrases: readonly string[];
  /** How many benefit claims make an article promotional. */
  readonly minBenefits: number;
  /** Documents with fewer words than this are not checked. */
  readonly minWords: number;
}

const tagged = (phrases: readonly string[], tag: string, ignore = false): PhraseEntry[] =>
  phrases.map((phrase) => (ignore ? { phrase, ignore: true } : { phrase, tag, messageId: 'default' }));

const BENEFITS: ReadonlySet<ClaimKind> = new Set(['cure', 'prevention', 'disease', 'efficacy', 'promise', 'superiority', 'safety']);
const PROMOTING: ReadonlySet<ClaimModality> = new Set(['asserted', 'answer']);

const OTHERS = new Set(data.otherTreatments);
const WARDING = new Set(data.wardingOff);
const GENERAL = new Set(['all', 'any', 'every']);
const CONDITION_LISTS = new Set(data.conditionLists);
const LISTING = new Set(['such', 'like', 'including', 'includes', 'include']);
const SYMPTOM_CUES = new Set(data.symptomCues);

/** A symptom named as something the treatment causes or patients experience ("may cause nausea", "temporary headache"). */
function experienced(m: PhraseMatch): boolean {
  return m.sentence.words.some((w) => SYMPTOM_CUES.has(w.key));
}

/** "Unlike HGH, which can cause side effects, …": a risk in the phrase of the treatment compared with. */
function compared(m: PhraseMatch, text: string): boolean {
  const { words } = m.sentence;
  for (let k = m.first - 1; k >= 0; k--) {
    // Safe: k is within bounds.
    if (words[k]!.key === 'unlike') return true;
    // A comma that does not open a relative clause ends the compared phrase ("Unlike X, Y can cause …").
    const between = text.slice(words[k]!.end, words[k + 1]!.start);
    if (between.includes(',') && !RELATIVE.has(words[k + 1]!.key)) return false;
  }
  return false;
}
const RELATIVE = new Set(['which', 'that', 'who', 'whose']);

/**
 * A risk named for the treatment itself: not the side effects of other treatments ("side effects of
 * standard treatments", "many medications come with side effects", unless "like all drugs"), and not
 * one the treatment is said to ward off ("avoids adverse effects", "protects patients from side effects").
 */
function aboutThisTreatment(m: PhraseMatch): boolean {
  const { words, clauses } = m.sentence;
  const clause = clauses[m.first];
  for (let k = Math.max(0, m.first - 6); k <= Math.min(words.length - 1, m.last + 6); k++) {
    if (clauses[k] !== clause || (k >= m.first && k <= m.last)) continue;
    // Safe: k is within bounds.
    const key = words[k]!.key;
    if (OTHERS.has(key) && !GENERAL.has(words[k - 1]?.key ?? '') && !GENERAL.has(words[k - 2]?.key ?? '')) return false;
    if (k < m.first && WARDING.has(key)) return false;
  }
  // "a weight-related condition (such as high blood pressure …)", "patients like dizziness": a condition listed, not a risk.
  let listed = false;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 8); k--) {
    const key = words[k]!.key;
    if (LISTING.has(key)) listed = true;
    else if (listed && CONDITION_LISTS.has(key)) return false;
  }
  return true;
}

const rule = defineRule({
  meta: {
    id: 'missing-risk-information',
    description: 'Flag an article that claims benefits but states no risk, side effect or contraindication anywhere',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      default: 'The article claims benefits ({benefits}) but states no risk, side effect or contraindication anywhere; add the main risks near the claims (fair balance)',
    },
    schema: {
      type: 'object',
      properties: {
        riskPhrases: { type: 'array', items: { type: 'string' }, description: 'More phrases that count as risk information, in the phrase pattern syntax' },
        minBenefits: { type: 'number', description: 'How many benefit claims make an article promotional' },
        minWords: MIN_WORDS_OPTION,
      },
      additionalProperties: false,
    },
    defaultOptions: { riskPhrases: [], minBenefits: 1, minWords: 50 } satisfies RiskOptions as RiskOptions,
    references: [CFR_202_1_E5, FDA_KETAMINE_2023, CRANE_2023],
  },
  lexicon: (options) => [...tagged([...data.risk, ...options.riskPhrases], 'risk'), ...tagged(data.symptom, 'symptom'), ...tagged(data.notRisk, '', true), ...tagged(data.benefit, 'benefit')],
  check(context) {
    const { document, options } = context;
    // A research text reports benefits and harms as findings; fair balance is owed by promotion.
    if (wordCount(document) < options.minWords || document.genre === 'research') return;
    const counted = context.matches.filter((m) => !m.sentence.question && !m.sentence.context[m.first]?.negated);
    // A condition the article says it treats ("relieves dizziness") is not a risk of the treatment.
    const treated = document.claims.flatMap((c) => (c.conditions ?? (c.condition ? [c.condition] : [])).map((x) => [x.start, x.end] as const));
    const states = (m: PhraseMatch): boolean =>
      (m.entry.tag === 'risk' || (m.entry.tag === 'symptom' && experienced(m))) &&
      aboutThisTreatment(m) &&
      !compared(m, document.text) &&
      !treated.some(([s, e]) => m.sentence.words[m.first]!.start < e && s < m.sentence.words[m.last]!.end);
    if (counted.some(states)) return;
    // Benefit claims are the claim model's, made by the writer (stated or answered); a benefit word
    // alone ("benefits", "healing") is not a claim, and reference text names treatments without claiming them.
    const benefits: string[] = [];
    for (const c of document.claims) {
      // A page that promotes owes fair balance for its hedged benefits too ("can help you lose weight").
      if (BENEFITS.has(c.kind) && (PROMOTING.has(c.modality) || (document.promotional && c.modality === 'hedged'))) benefits.push(document.text.slice(c.start, c.end));
    }
    // Many benefit words stated flatly also make a page promotional ("healing", "recovery", "benefits" three times over).
    // Only on a page that promotes: a page that reports ("treatment for", "benefits" in an explainer) claims nothing by them.
    const words = document.promotional ? counted.filter((m) => m.entry.tag === 'benefit' && !m.sentence.context[m.first]?.hedged && !m.sentence.context[m.first]?.attributed) : [];
    if (benefits.length < options.minBenefits && words.length < 3 * options.minBenefits) return;
    for (const m of words) benefits.push(document.text.slice(m.sentence.words[m.first]!.start, m.sentence.words[m.last]!.end));
    const examples = [...new Set(benefits.map((b) => b.toLowerCase()))].slice(0, 3);
    context.report({ messageId: 'default', data: { benefits: examples.map((e) => `“${e}”`).join(', ') } });
  },
});

export default rule;
