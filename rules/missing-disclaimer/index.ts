// Why: FTC guidance expects clear qualifying information, and a page that never tells readers it is not medical advice or to talk to their own clinician reads as a prescription.
import { docsUrl } from '../../src/util/docs-url.js';
import { MIN_WORDS_OPTION, wordCount } from '../../src/util/document.js';
import { CFR_101_93, CHETTY_2025, FTC_HEALTH_2022 } from '../../src/util/references.js';
import { knowledgeBase } from '../../src/kb/index.js';
import type { PhraseEntry, PhraseMatch, RuleModule } from '../../src/types.js';
import data from './data.json' with { type: 'json' };

/** Options of missing-disclaimer. */
export interface DisclaimerOptions {
  /** More phrases that count as a disclaimer, in the phrase pattern syntax. */
  readonly disclaimerPhrases: readonly string[];
  /** Documents with fewer words than this are not checked (snippets, captions). */
  readonly minWords: number;
}

const CONSULT_STEMS = new Set(data.consultVerbs);

const tagged = (phrases: readonly string[], tag: string): PhraseEntry[] => phrases.map((phrase) => ({ phrase, tag, messageId: 'default' }));

const rule: RuleModule<DisclaimerOptions> = {
  meta: {
    id: 'missing-disclaimer',
    description: 'Flag a health article with no not-medical-advice or talk-to-your-provider statement, and supplement or compounded-drug copy without its required statement',
    docsUrl: docsUrl('missing-disclaimer'),
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    messages: {
      default: 'The article never says it is not medical advice or tells readers to talk to their own healthcare provider; add a disclaimer',
      dshea: 'The article makes a structure/function claim for a dietary supplement (“{phrase}”) without the FDA disclaimer 21 CFR 101.93(c) requires',
      compounded: 'The article offers a compounded drug (“{phrase}”) but never says that compounded drugs are not FDA-approved',
    },
    schema: {
      type: 'object',
      properties: {
        disclaimerPhrases: { type: 'array', items: { type: 'string' }, description: 'More phrases that count as a disclaimer, in the phrase pattern syntax' },
        minWords: MIN_WORDS_OPTION,
      },
      additionalProperties: false,
    },
    defaultOptions: { disclaimerPhrases: [], minWords: 100 },
    references: [FTC_HEALTH_2022, CFR_101_93, CHETTY_2025],
  },
  lexicon: (options) => [
    ...tagged([...data.disclaimer, ...options.disclaimerPhrases], 'disclaimer'),
    ...tagged(data.provider, 'provider'),
    ...tagged(data.supplement, 'supplement'),
    ...tagged(data.structureFunction, 'structure-function'),
    ...tagged(data.dshea, 'dshea'),
    ...tagged(data.compounded, 'compounded'),
    ...tagged([...data.notApproved, ...knowledgeBase.regulatory.offLabelCues], 'not-approved'),
    ...tagged(knowledgeBase.regulatory.approvalCues, 'approval'),
  ],
  check(context) {
    if (wordCount(context.document) < context.options.minWords) return;
    const byTag = new Map<string, PhraseMatch[]>();
    for (const m of context.matches) {
      if (m.sentence.question) continue;
      const tag = m.entry.tag ?? '';
      const list = byTag.get(tag);
      if (list) list.push(m);
      else byTag.set(tag, [m]);
    }
    const has = (tag: string): boolean => (byTag.get(tag)?.length ?? 0) > 0;
    // "Talk to your healthcare provider", "discuss the risks and benefits with your doctor".
    const consults = (byTag.get('provider') ?? []).some((m) => m.sentence.words.slice(0, m.first).some((w) => CONSULT_STEMS.has(w.key) || CONSULT_STEMS.has(w.stem)));
    if (!has('disclaimer') && !consults) context.report({ messageId: 'default', suggestions: [data.suggestion] });

    const text = context.document.text;
    const phrase = (m: PhraseMatch): string => text.slice(m.sentence.words[m.first]!.start, m.sentence.words[m.last]!.end);
    const claim = byTag.get('structure-function')?.find((m) => !m.sentence.context[m.first]?.negated);
    if (has('supplement') && claim && !has('dshea')) context.report({ messageId: 'dshea', data: { phrase: phrase(claim) }, suggestions: [data.dsheaText] });

    const compounded = byTag.get('compounded')?.[0];
    const saysNotApproved = has('not-approved') || (byTag.get('approval') ?? []).some((m) => m.sentence.context[m.last]?.negated);
    if (compounded && !saysNotApproved) context.report({ messageId: 'compounded', data: { phrase: phrase(compounded) }, suggestions: [data.compoundedText] });
  },
};

export default rule;
