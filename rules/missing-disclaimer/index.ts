// Why: FTC guidance expects clear qualifying information, and a page that never tells readers it is not medical advice or to talk to their own clinician reads as a prescription.
import { defineRule } from '../../src/util/rule.js';
import { MIN_WORDS_OPTION, wordCount } from '../../src/util/document.js';
import { CFR_101_93, CHETTY_2025, FTC_HEALTH_2022 } from '../../src/util/references.js';
import { offLabelUses, productOf, unapprovedUse } from '../../src/util/products.js';
import type { Claim, ClaimKind, ClaimModality, DocumentModel, KnowledgeBase, PhraseEntry, PhraseMatch } from '../../src/types.js';
import data from './data.json' with { type: 'json' };

/** Options of missing-disclaimer. */
export interface DisclaimerOptions {
  /** More phrases that count as a disclaimer, in the phrase pattern syntax. */
  readonly disclaimerPhrases: readonly string[];
  /** Documents with fewer words than this are not checked (snippets, captions). */
  readonly minWords: number;
  /** Require a disclaimer in every health article, not only where claims for unapproved, off-label or compounded uses need one. */
  readonly always: boolean;
}

const CONSULT_STEMS = new Set(data.consultVerbs);

const tagged = (phrases: readonly string[], tag: string): PhraseEntry[] => phrases.map((phrase) => ({ phrase, tag, messageId: 'default' }));

/** Claims that promote a use (not denied, asked, attributed or refuted). */
const PROMOTING: ReadonlySet<ClaimModality> = new Set(['asserted', 'answer', 'hedged', 'cited', 'conceded']);
const BENEFITS: ReadonlySet<ClaimKind> = new Set(['cure', 'prevention', 'disease', 'efficacy', 'promise']);
const DISEASE: ReadonlySet<ClaimKind> = new Set(['cure', 'prevention', 'disease']);
const OUTRIGHT: ReadonlySet<ClaimKind> = new Set(['cure', 'prevention', 'disease', 'efficacy', 'promise', 'safety', 'superiority', 'puffery']);

/** A claim for a product that is approved for what the claim is about (or claims no condition). */
function approvedUse(kb: KnowledgeBase, claim: Claim): boolean {
  const p = productOf(kb, claim.subject);
  return p !== undefined && p.diseaseClaims === 'approved-indications-only' && unapprovedUse(kb, claim) === undefined;
}

/**
 * The first benefit claim of the document for an unapproved, off-label or compounded use, or a
 * document about a product with off-label uses that names one of them: what makes it need a
 * disclaimer. A claim resolved only to the article's subject counts from the second one.
 */
function needOf(document: DocumentModel, kb: KnowledgeBase): { subject: string; status: string; phrase: string } | undefined {
  let weak: { subject: string; status: string; phrase: string } | undefined;
  let confirmed = false;
  // An article that promises results outright, whatever it sells, reads as advice.
  // Not an approved product's claims for its approved uses: its label is its regulatory status.
  const outright = document.claims.filter((c) => OUTRIGHT.has(c.kind) && (c.modality === 'asserted' || c.modality === 'answer') && !approvedUse(kb, c));
  // Safety and superiority alone ("painless", "the most precise") promise no effect: a benefit, or a product with no approval, must be among them.
  // One claim to cure, treat or prevent a named disease ("reversing cancer") is enough on its own.
  const disease = outright.find((c) => DISEASE.has(c.kind) && c.condition !== undefined);
  if (disease || (outright.length >= 2 && outright.some((c) => BENEFITS.has(c.kind) || unapprovedUse(kb, c) !== undefined))) {
    // Safe: the array has at least one element.
    const c = disease ?? outright[0]!;
    return { subject: c.subject?.name ?? 'the treatment', status: unapprovedUse(kb, c) ?? 'stated as fact', phrase: document.text.slice(c.start, c.end) };
  }
  // A hedged or cited claim counts in a page that promotes (a shop's "may help"), not in one that only reports.
  for (const claim of document.promotional ? document.claims : []) {
    if (!OUTRIGHT.has(claim.kind) || !PROMOTING.has(claim.modality)) continue;
    const status = unapprovedUse(kb, claim);
    if (!status || !claim.subject) continue;
    const found = { subject: claim.subject.name, status, phrase: document.text.slice(claim.start, claim.end) };
    // A safety or superiority claim for the product confirms a benefit claim; alone it does not need a disclaimer.
    if (!BENEFITS.has(claim.kind)) {
      if (weak) return weak;
      confirmed = true;
      continue;
    }
    if (claim.subject.resolved !== 'document' || weak || confirmed) return found;
    weak = found;
  }
  // "Ketamine infusions for depression": the article's main product, with its off-label uses named.
  // Only a page that promotes: a research text or a page that only reports names uses without promoting them.
  const main = document.promotional ? document.subjects[0] : undefined;
  const p = main && main.count >= 2 ? productOf(kb, { key: main.key, name: main.name, resolved: 'document', ...(main.productId ? { productId: main.productId } : {}) }) : undefined;
  const uses = p ? offLabelUses(kb, p) : undefined;
  if (p && uses && main) {
    for (const s of document.sentences) {
      for (let i = 0; i < s.words.length; i++) {
        const hit = uses.at(s.words, i);
        if (!hit || s.question || s.context[i]?.negated || s.context[i]?.attributed) continue;
        return { subject: main.name, status: 'an off-label use', phrase: document.text.slice(s.words[i]!.start, s.words[hit.end - 1]!.end) };
      }
    }
  }
  return undefined;
}

const rule = defineRule({
  meta: {
    id: 'missing-disclaimer',
    description: 'Flag a health article with no not-medical-advice or talk-to-your-provider statement, and supplement or compounded-drug copy without its required statement',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    messages: {
      default: 'The article never says it is not medical advice or tells readers to talk to their own healthcare provider; add a disclaimer',
      claims:
        'The article makes claims for {subject}, {status} (“{phrase}”), but never says it is not medical advice, states its regulatory status or tells readers to talk to their own healthcare provider; add a disclaimer',
      dshea: 'The article makes a structure/function claim for a dietary supplement (“{phrase}”) without the FDA disclaimer 21 CFR 101.93(c) requires',
      compounded: 'The article offers a compounded drug (“{phrase}”) but never says that compounded drugs are not FDA-approved',
    },
    schema: {
      type: 'object',
      properties: {
        disclaimerPhrases: { type: 'array', items: { type: 'string' }, description: 'More phrases that count as a disclaimer, in the phrase pattern syntax' },
        minWords: MIN_WORDS_OPTION,
        always: { type: 'boolean', description: 'Require a disclaimer in every health article, as a house style, not only where claims for unapproved, off-label or compounded uses need one' },
      },
      additionalProperties: false,
    },
    defaultOptions: { disclaimerPhrases: [], minWords: 50, always: false } satisfies DisclaimerOptions as DisclaimerOptions,
    references: [FTC_HEALTH_2022, CFR_101_93, CHETTY_2025],
  },
  lexicon: (options, settings) => [
    ...tagged([...data.disclaimer, ...options.disclaimerPhrases], 'disclaimer'),
    ...tagged(data.provider, 'provider'),
    ...tagged(data.supplement, 'supplement'),
    ...tagged(data.structureFunction, 'structure-function'),
    ...tagged(data.dshea, 'dshea'),
    ...tagged(data.compounded, 'compounded'),
    ...tagged([...data.notApproved, ...settings.knowledgeBase.regulatory.offLabelCues], 'not-approved'),
    ...tagged(settings.knowledgeBase.regulatory.approvalCues, 'approval'),
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
    // A regulatory-status statement ("not FDA-approved", "off-label") or the DSHEA text also tells the reader what the claims are.
    const statesStatus = has('not-approved') || has('dshea') || (byTag.get('approval') ?? []).some((m) => m.sentence.context[m.last]?.negated);
    if (!has('disclaimer') && !consults && !statesStatus) {
      if (context.options.always) context.report({ messageId: 'default', suggestions: [data.suggestion] });
      else {
        // Only an article that makes claims for an unapproved, off-label or compounded use needs one.
        const need = needOf(context.document, context.settings.knowledgeBase);
        if (need) context.report({ messageId: 'claims', data: need, suggestions: [data.suggestion] });
      }
    }

    const text = context.document.text;
    const phrase = (m: PhraseMatch): string => text.slice(m.sentence.words[m.first]!.start, m.sentence.words[m.last]!.end);
    const claim = byTag.get('structure-function')?.find((m) => !m.sentence.context[m.first]?.negated);
    // The supplement statement is owed by pages that promote, not by pages that report on supplements.
    if (has('supplement') && claim && !has('dshea') && context.document.promotional) context.report({ messageId: 'dshea', data: { phrase: phrase(claim) }, suggestions: [data.dsheaText] });

    const compounded = byTag.get('compounded')?.[0];
    const saysNotApproved = has('not-approved') || (byTag.get('approval') ?? []).some((m) => m.sentence.context[m.last]?.negated);
    if (compounded && !saysNotApproved && context.document.genre !== 'research') context.report({ messageId: 'compounded', data: { phrase: phrase(compounded) }, suggestions: [data.compoundedText] });
  },
});

export default rule;
