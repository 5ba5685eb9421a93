// Why: misstating FDA approval is deceptive (FTC), and studies of clinic sites find it often: 1 of 17 ketamine clinics said FDA-approved for depression, 37% of compounded GLP-1 sellers implied approval.
import type { Product, RegulatoryFacts } from '../../src/kb/index.js';
import { clearedOnly, compiled, type Uses } from '../../src/util/products.js';
import { defineRule } from '../../src/util/rule.js';
import type { TermTable } from '../../src/util/terms.js';
import { CHETTY_2025, CRANE_2023, FDA_KETAMINE_2023, FTC_HEALTH_2022 } from '../../src/util/references.js';
import type { KnowledgeBase, PhraseEntry, PhraseMatch, RuleContext, Sentence, Word } from '../../src/types.js';
import { checkDiseaseClaims } from './disease.js';
import { affirmativeAnswer, conditionAt } from '../../src/engine/claims.js';

/** The knowledge base's regulatory facts (the rule's settings carry it), with its products by id and their use terms (src/util/products.ts compiles them once per knowledge base). */
interface Regulatory {
  readonly facts: RegulatoryFacts;
  readonly products: ReadonlyMap<string, Product>;
  readonly useTerms: ReadonlyMap<string, Uses>;
}

function regulatoryOf(kb: KnowledgeBase): Regulatory {
  const tables = compiled(kb);
  return { facts: kb.regulatory, products: tables.products, useTerms: tables.uses };
}

/** The phrase list: approval cues, look-alikes that are not assertions, off-label statements, designations, "generic" and product names. */
function lexicon(facts: RegulatoryFacts): PhraseEntry[] {
  return [
    ...facts.approvalCues.map((phrase) => ({ phrase, tag: 'approval', messageId: 'unapproved' })),
    ...facts.indicationCues.map((phrase) => ({ phrase, tag: 'indication', messageId: 'offLabelApproval' })),
    ...facts.compoundingCues.map((phrase) => ({ phrase, tag: 'compounding', messageId: 'compounding' })),
    ...facts.notAssertions.map((phrase) => ({ phrase, ignore: true })),
    ...facts.offLabelCues.map((phrase) => ({ phrase, tag: 'offlabel', messageId: 'offLabelUse' })),
    ...facts.designationCues.map((phrase) => ({ phrase, tag: 'designation', messageId: 'designation' })),
    ...facts.genericCues.map((g, i) => ({ phrase: g.phrase, tag: `generic:${i}`, messageId: 'generic' })),
    ...facts.registrationCues.phrases.map((phrase) => ({ phrase, tag: 'registration', messageId: 'registration' })),
    ...facts.ingredientApprovalCues.phrases.map((phrase) => ({ phrase, tag: 'ingredients', messageId: 'ingredientApproval' })),
    ...facts.cosmeticDrugCues.phrases.map((phrase) => ({ phrase, tag: 'cosmetic-drug', messageId: 'cosmeticDrug' })),
    ...facts.scheduleICues.phrases.map((phrase) => ({ phrase, tag: 'schedule-i', messageId: 'scheduleI' })),
    ...facts.products.flatMap((p) => p.names.map((name) => ({ phrase: name.split(/\s+/).map((w) => `=${w}`).join(' '), tag: `product:${p.id}`, messageId: 'unapproved' }))),
  ];
}

const tagOf = (m: PhraseMatch): string => m.entry.tag ?? '';
const negated = (m: PhraseMatch): boolean => m.sentence.context[m.first]?.negated === true || m.sentence.context[m.last]?.negated === true;

/** "A study of 79 websites … found that 29 implied FDA approval": a study's finding, reported (the context pass's flag). */
const reportedFinding = (m: PhraseMatch): boolean => m.sentence.context[m.first]?.reported === true;

const ABROAD = new Set(['canada', 'europe', 'eu', 'uk', 'britain', 'japan', 'korea', 'australia', 'germany', 'mexico', 'india', 'china', 'zealand', 'abroad', 'countries']);

/** "approved … in Canada and New Zealand": another country's approval, not a statement about FDA. */
function abroad(m: PhraseMatch): boolean {
  const words = m.sentence.words;
  if (words.slice(m.first, m.last + 1).some((w) => w.key.startsWith('fda') || w.key === 'food')) return false;
  for (let k = m.last + 1; k < words.length - 1; k++) if (words[k]!.key === 'in' && (ABROAD.has(words[k + 1]!.key) || ABROAD.has(words[k + 2]?.key ?? ''))) return true;
  return false;
}

/** "According to the FDA, X is approved for Y": attributed to the regulator whose label it can be checked against. */
function fdaAttributed(m: PhraseMatch): boolean {
  const before = m.sentence.words.slice(0, m.first).map((w) => w.key);
  return before.includes('according') && before.some((k) => k === 'fda' || k === 'food');
}

/** An approval cue that asserts approval: not negated, hedged ("may soon be approved") or asked. */
function asserts(m: PhraseMatch): boolean {
  if (m.sentence.question || negated(m) || reportedFinding(m) || abroad(m)) return false;
  // Reported ("a study found that sites implied FDA approval"), quoted or hedged: not the article's own assertion.
  const toFda = fdaAttributed(m);
  for (let i = m.first; i <= m.last; i++) {
    const c = m.sentence.context[i];
    if (c?.hedged || (c?.attributed && !toFda) || c?.quoted) return false;
  }
  return true;
}

/** "Ozempic (semaglutide)": a product named in parentheses right after another is the same product, not a second one. */
function apposition(m: PhraseMatch, products: readonly PhraseMatch[]): boolean {
  return (m.sentence.words[m.first]?.gap.includes('(') ?? false) && products.some((o) => o !== m && o.sentence === m.sentence && o.last === m.first - 1);
}

/** "the FDA approved it for …", "It has been approved …": the product is one named before. */
function refersBack(sentence: Sentence, cues: readonly PhraseMatch[]): boolean {
  if (startsWithPronoun(sentence)) return true;
  return cues.some((c) => sentence.words.slice(c.last + 1, c.last + 3).some((w) => PRONOUNS.has(w.key)));
}

/** The use terms of a product found in a sentence, not negated ("not for depression"). */
function usesIn(sentence: Sentence, table: TermTable<string> | TermTable<true>): { start: number; end: number; text: string }[] {
  const found: { start: number; end: number; text: string }[] = [];
  const words = sentence.words;
  for (let k = 0; k < words.length; k++) {
    const hit = table.at(words, k);
    if (!hit || sentence.context[k]?.negated) continue;
    // Safe: the hit's indexes are within the sentence.
    found.push({ start: words[k]!.start, end: words[hit.end - 1]!.end, text: words.slice(k, hit.end).map((w) => w.text).join(' ') });
    k = hit.end - 1;
  }
  return found;
}

/** True when a sentence names an off-label use inside a negation ("not effective for weight loss", "does not support its use for obesity"). */
function deniesUse(sentence: Sentence, table: TermTable<string>): boolean {
  const denial = sentence.words.some((w, k) => DENIALS.has(w.key) || sentence.context[k]?.negated);
  return denial && sentence.words.some((_, k) => table.at(sentence.words, k) !== undefined);
}

/** Words that deny a use works ("an ineffective approach to obesity"). */
const DENIALS = new Set(['ineffective', 'unproven', 'unsupported', 'disproven', 'useless', 'fraudulent', 'illegal', 'debunked']);

function sourceOf(p: Product): string {
  return (p.offLabel?.source ?? p.source).url;
}

/** "approved" rather than "cleared" in an approval cue ("FDA-approved", "approved by the FDA"). */
const saysApproved = (m: PhraseMatch): boolean => m.sentence.words.slice(m.first, m.last + 1).some((w) => w.key.includes('approv'));

function approvedUses(p: Product): string {
  return p.approved.length > 0 ? p.approved.map((u) => u.use).join('; ') : 'no use';
}

const rule = defineRule({
  meta: {
    id: 'regulatory-claim',
    description: 'Flag wrong FDA approval statements, cleared devices called approved, FDA registration or approved ingredients as an endorsement, compounded drugs called generic, designations presented as approval, off-label use not called off-label, disease claims for products that are not approved drugs for the disease, and cosmetics claimed to act on the body',
    defaultSeverity: 'error',
    contextPolicy: { negated: 'skip', hedged: 'skip', question: 'skip', attributed: 'skip', cited: 'keep' },
    fixable: false,
    messages: {
      unapproved: '“{phrase}” is named in an FDA approval statement, but it has no FDA approval: {fact} (source: {source})',
      offLabelApproval: '“{phrase}” says {product} is FDA-approved for {use}; {product} is approved for {approved} only: {fact} (source: {source})',
      designation: '“{phrase}” is presented as an approval; a designation speeds development and is not an FDA approval (source: {source})',
      catalogueApproval: '“{phrase}” claims FDA approval for the seller\'s whole range without naming a product; FDA approves particular drugs for particular uses, and supplements, cosmetics and compounded drugs are not approved at all, so name each approved product and its approved use (source: {source})',
      designationAlone: '“{phrase}” names an FDA designation, and the article never says the product is not approved; a designation speeds development and is not an FDA approval, so say so (source: {source})',
      generic: '“{phrase}”: {fact}; say “compounded”, and that it is not FDA-approved (source: {source})',
      compounding: '“{phrase}”: {fact} (source: {source})',
      clearedNotApproved: '“{phrase}” calls {product} FDA-approved, but it is a device FDA cleared or authorized, not approved: {fact} (source: {source}); say “FDA-cleared”',
      registration: '“{phrase}” presents FDA registration or an FDA “approved” facility as an endorsement: {fact} (source: {source})',
      ingredientApproval: '“{phrase}” presents its ingredients\' approval as the product\'s: {fact} (source: {source})',
      cosmeticDrug: '“{phrase}” claims that a cosmetic changes the structure or function of the body: {fact} (source: {source}); say what it does for appearance',
      scheduleI: '“{phrase}”: {product} is a Schedule I controlled substance: {fact} (source: {source})',
      useCategory: '“{phrase}” presents {product} as a {use} drug; {product} is approved for {approved} only: {fact} (source: {source})',
      offLabelUse: 'The article promotes {product} for {uses} but never says this use is off-label (not FDA-approved): {fact} (source: {source})',
      diseaseClaim: '“{phrase}” claims that {product} can treat, cure or prevent {condition}; {fact} A hedge does not make a disease claim lawful (source: {source})',
      substituteClaim: '“{phrase}” presents {product} as a substitute for {condition}, which claims to treat the diseases it treats; {fact} (source: {source})',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    references: [FTC_HEALTH_2022, FDA_KETAMINE_2023, CRANE_2023, CHETTY_2025],
  },
  lexicon: (_options: object, settings) => lexicon(settings.knowledgeBase.regulatory),
  check(context: RuleContext) {
    const reg = regulatoryOf(context.settings.knowledgeBase);
    const { document } = context;
    const text = document.text;
    const bySentence = new Map<Sentence, PhraseMatch[]>();
    for (const m of context.matches) {
      const list = bySentence.get(m.sentence);
      if (list) list.push(m);
      else bySentence.set(m.sentence, [m]);
    }
    checkDiseaseClaims(context);
    const span = (m: PhraseMatch): [number, number] => [m.sentence.words[m.first]!.start, m.sentence.words[m.last]!.end];
    let saysOffLabel = false;
    const designations: PhraseMatch[] = [];
    const mentions = new Map<string, number>();
    let previous: { block: unknown; products: PhraseMatch[] } | undefined;
    // Products the document names anywhere, for cues that count only in an article about one ("the same effect").
    const named = new Set(context.matches.filter((m) => tagOf(m).startsWith('product:')).map((m) => tagOf(m).slice('product:'.length)));
    // A page about cosmetics (creams, serums, skincare): the claim model's subjects name one.
    const cosmeticPage = document.subjects.some((s) => s.key === 'category:cosmetic');

    for (const sentence of document.sentences) {
      const matches = bySentence.get(sentence);
      // A sentence with none of the rule's phrases changes nothing below (most sentences).
      if (!matches) continue;
      const all = matches.filter((m) => tagOf(m).startsWith('product:'));
      const products = all.filter((m) => !apposition(m, all));
      for (const p of products) {
        const id = tagOf(p).slice('product:'.length);
        mentions.set(id, (mentions.get(id) ?? 0) + 1);
      }
      const approvals = matches.filter((m) => tagOf(m) === 'approval' || tagOf(m) === 'indication');
      if (matches.some((m) => tagOf(m) === 'offlabel') || approvals.some((m) => tagOf(m) === 'approval' && negated(m))) saysOffLabel = true;

      for (const g of matches.filter((m) => tagOf(m).startsWith('generic:'))) {
        const cue = reg.facts.genericCues[Number(tagOf(g).slice(8))];
        if (negated(g) && !cue?.negative) continue;
        // "Is your compounded semaglutide the same as Wegovy? Yes.": the answer makes the question's claim.
        const answer = sentence.question ? affirmativeAnswer(document.sentences, sentence) : undefined;
        if (sentence.question && !answer) continue;
        const [start, end] = answer ? [answer.start, answer.end] : span(g);
        if (cue?.requires && !cue.requires.some((id) => named.has(id))) continue;
        // "Wegovy has the same active ingredient as Ozempic": two approved brands compared, no compounded drug.
        const subjects = products.filter((p) => p.last < g.first).map((p) => reg.products.get(tagOf(p).slice(8)));
        if (subjects.some((p) => p?.kind === 'drug' && p.approved.length > 0) && !subjects.some((p) => p?.kind === 'compounded')) continue;
        const asked = answer ? { related: [{ message: 'the question this answer answers', start: span(g)[0], end: span(g)[1] }] } : {};
        // The answer's word alone says nothing: the message quotes what it affirms.
        const phrase = answer ? `${text.slice(start, end)}”, answering “${text.slice(...span(g))}` : text.slice(start, end);
        context.report({ messageId: 'generic', data: { phrase, fact: cue?.statement ?? '', source: cue?.source.url ?? '' }, start, end, ...asked });
      }

      // "uses FDA-approved ingredients, so you can trust it": the ingredients' approval lent to the product.
      for (const r of matches.filter((m) => tagOf(m) === 'ingredients')) {
        // "FDA-approved ingredients do not make a product approved": an explanation, as for registration below.
        if (!asserts(r) || sentence.context.slice(r.last + 1).some((c) => c.negated)) continue;
        const [start, end] = span(r);
        const cue = reg.facts.ingredientApprovalCues;
        context.report({ messageId: 'ingredientApproval', data: { phrase: text.slice(start, end), fact: cue.statement, source: cue.source.url }, start, end, severity: 'warning' });
      }

      // "This serum stimulates collagen and repairs DNA": a cosmetic claimed to act on the body, on a page about cosmetics.
      if (cosmeticPage) {
        for (const r of matches.filter((m) => tagOf(m) === 'cosmetic-drug')) {
          if (sentence.question || negated(r) || r.sentence.context[r.first]?.attributed) continue;
          const [start, end] = span(r);
          // "repairs DNA damage": a disease claim of the claim model on the same words is reported as one.
          if (document.claims.some((c) => c.sentence === sentence && c.condition && c.start < end && start < c.end)) continue;
          const cue = reg.facts.cosmeticDrugCues;
          context.report({ messageId: 'cosmeticDrug', data: { phrase: text.slice(start, end), fact: cue.statement, source: cue.source.url }, start, end, severity: 'warning' });
        }
      }

      for (const r of matches.filter((m) => tagOf(m) === 'registration')) {
        // "Being FDA registered does not mean approved": an explanation, not an endorsement.
        if (!asserts(r) || sentence.context.slice(r.last + 1).some((c) => c.negated)) continue;
        const [start, end] = span(r);
        const cue = reg.facts.registrationCues;
        context.report({ messageId: 'registration', data: { phrase: text.slice(start, end), fact: cue.statement, source: cue.source.url }, start, end, severity: 'warning' });
      }

      /**
       * The product a cue is about, among those that have `kind`: named in the sentence, else in the previous
       * sentence of the paragraph, else the document's only product of that kind.
       */
      const productFor = (kind: (p: Product) => boolean): Product | undefined => {
        const here = products.length > 0 ? products : previous?.block === sentence.block ? previous.products : [];
        const ids = here.length > 0 ? here.map((m) => tagOf(m).slice(8)) : [...named].filter((id) => {
          const p = reg.products.get(id);
          return p !== undefined && kind(p);
        });
        if (here.length === 0 && ids.length !== 1) return undefined;
        return ids.map((id) => reg.products.get(id)).find((p) => p !== undefined && kind(p));
      };

      for (const c of matches.filter((m) => tagOf(m) === 'schedule-i' && !m.sentence.question && !negated(m) && !m.sentence.context[m.first]?.attributed)) {
        const product = productFor((p) => p.controlled === 'schedule-i');
        if (!product) continue;
        const [start, end] = span(c);
        const cue = reg.facts.scheduleICues;
        context.report({ messageId: 'scheduleI', data: { phrase: text.slice(start, end), product: product.name, fact: cue.statement, source: cue.source.url }, start, end });
      }

      for (const c of matches.filter((m) => tagOf(m) === 'compounding' && asserts(m))) {
        const product = productFor((p) => p.compounding !== undefined);
        if (!product?.compounding) continue;
        const [start, end] = span(c);
        context.report({ messageId: 'compounding', data: { phrase: text.slice(start, end), fact: product.compounding.statement, source: product.compounding.source.url }, start, end });
      }

      const asserted = approvals.filter(asserts);
      // A designation named in a sentence without an approval (the first, once a sentence): reported at the end if the
      // article never says the product is not approved.
      if (!asserted.some((a) => tagOf(a) === 'approval')) {
        const d = matches.find((m) => tagOf(m) === 'designation' && asserts(m) && namesTheFda(m));
        if (d) designations.push(d);
      }
      if (asserted.length > 0) {
        for (const d of matches.filter((m) => tagOf(m) === 'designation' && asserted.some((a) => tagOf(a) === 'approval'))) {
          const [start, end] = span(d);
          context.report({ messageId: 'designation', data: { phrase: text.slice(start, end), source: reg.facts.designationSource.url }, start, end });
        }
        // "It has been approved …": the product is the one the previous sentence of the paragraph named.
        const named = products.length > 0 ? products : previous && previous.block === sentence.block && refersBack(sentence, asserted) ? previous.products.slice(0, 1) : [];
        checkApprovals(context, sentence, named, approvals, asserted);
        // "All of our products are FDA-approved": an approval claimed for the seller's whole range, no product named.
        const approval = asserted.find((a) => tagOf(a) === 'approval');
        const range = named.length === 0 && approval ? catalogue(sentence) : undefined;
        if (approval && range) {
          const start = range.start;
          const end = sentence.words[approval.last]!.end;
          context.report({ messageId: 'catalogueApproval', data: { phrase: text.slice(start, end), source: FTC_HEALTH_2022.url }, start, end, severity: 'warning' });
        }
      }
      for (const p of products) checkUseCategory(context, sentence, p);
      if (products.length > 0) previous = { block: sentence.block, products };
    }

    // Document level: a product promoted for an off-label use, and nowhere called off-label.
    if (saysOffLabel) return;
    // "Fast-tracked by the FDA as a Breakthrough therapy": a designation with no word that the product is not approved
    // reads as an endorsement (the designation is fine "with the fact that it is not an approval").
    // Research reports designations as news.
    if (document.genre !== 'research') for (const d of designations) {
      const [start, end] = span(d);
      context.report({ messageId: 'designationAlone', data: { phrase: text.slice(start, end), source: reg.facts.designationSource.url }, start, end, severity: 'warning' });
    }
    reportOffLabel(context, reg, mentions);
  },
});

/**
 * A product promoted for an off-label use across the document (named at least twice) and nowhere called off-label.
 * Kept out of the rule's check: it runs once a document, and a deoptimization here (a product fact of a new shape)
 * then recompiles this function alone, not the whole check (issue 16).
 */
function reportOffLabel(context: RuleContext, reg: Regulatory, mentions: ReadonlyMap<string, number>): void {
  const { document } = context;
  for (const [id, count] of mentions) {
    const product = reg.products.get(id);
    if (!product?.offLabel || count < 2) continue;
    const uses = new Set<string>();
    for (const sentence of document.sentences) for (const u of usesIn(sentence, reg.useTerms.get(id)!.offLabel)) uses.add(u.text.toLowerCase());
    if (uses.size === 0) continue;
    // "The evidence does not support hCG for obesity": an article that denies the use is not promoting it.
    if (document.sentences.some((s) => deniesUse(s, reg.useTerms.get(id)!.offLabel))) continue;
    // An article mainly about a product approved for these uses (Spravato) is not promoting the off-label one.
    const approvedAlternative = [...mentions].some(([other, n]) => other !== id && n >= count && [...uses].some((u) => reg.products.get(other)?.approved.some((a) => a.terms.includes(u))));
    if (approvedAlternative) continue;
    context.report({
      messageId: 'offLabelUse',
      data: { product: product.name, uses: [...uses].slice(0, 3).join(', '), fact: product.offLabel.statement, source: product.offLabel.source.url },
      severity: 'info',
    });
  }
}

/** Nouns for what a seller offers as a whole ("all of our products", "our supplements"). */
const RANGE_NOUNS = new Set(['products', 'supplements', 'formulas', 'treatments', 'therapies', 'services', 'ingredients', 'items', 'medications', 'injections', 'peptides']);

/** "All of our products", "our supplements", "everything we sell": the seller's range as a sentence's subject, or undefined. */
function catalogue(sentence: Sentence): Word | undefined {
  const words = sentence.words;
  for (let i = 0; i < words.length - 1 && i < 8; i++) {
    // Safe: i and i + 1 are within the sentence.
    if (words[i]!.key !== 'our') continue;
    for (let k = i + 1; k < words.length && k <= i + 3; k++) if (RANGE_NOUNS.has(words[k]!.key)) return words[Math.max(0, i - 2)]!.key === 'all' ? words[i - 2] : words[i];
  }
  return undefined;
}

/**
 * A designation named as the FDA's: the cue says "designation", "status" or "fast-track", or the sentence names the FDA
 * ("a breakthrough therapy for hair loss" alone is hype, superlative-claim's).
 */
function namesTheFda(m: PhraseMatch): boolean {
  const words = m.sentence.words;
  for (let i = m.first; i <= m.last; i++) if (/^(designation|status|fasttrack|fasttracked|tracked)$/.test(words[i]!.key)) return true;
  return words.some((w) => w.key === 'fda' || w.key === 'fdas' || (w.key === 'food' && words.some((x) => x.key === 'administration')));
}

/** Nouns that make a use a kind of drug ("a weight loss medication"). */
const DRUG_NOUNS = new Set(['medication', 'medications', 'drug', 'drugs', 'medicine', 'medicines', 'injection', 'injections', 'shot', 'shots', 'pill', 'pills', 'treatment', 'treatments']);
const COPULAS = new Set(['is', 'are', 'was', 'as', "it's", 'becomes', 'became']);

/**
 * "Ozempic is a weight loss medication", "Ozempic is not the only weight loss drug on the market":
 * the product is called a drug for one of its off-label uses, which presents that use as its indication.
 */
function checkUseCategory(context: RuleContext, sentence: Sentence, p: PhraseMatch): void {
  const reg = regulatoryOf(context.settings.knowledgeBase);
  const product = reg.products.get(tagOf(p).slice(8));
  if (!product?.offLabel || product.approved.length === 0 || sentence.question) return;
  const words = sentence.words;
  if (!COPULAS.has(words[p.last + 1]?.key ?? '')) return;
  const table = reg.useTerms.get(product.id)!.offLabel;
  for (let k = p.last + 2; k < Math.min(words.length, p.last + 7); k++) {
    const hit = table.at(words, k);
    if (!hit || !DRUG_NOUNS.has(words[hit.end]?.key ?? '')) continue;
    if (sentence.context[k]?.attributed || sentence.context[k]?.hedged) return;
    const start = words[p.first]!.start;
    const end = words[hit.end]!.end;
    context.report({
      messageId: 'useCategory',
      data: { phrase: context.document.text.slice(start, end), product: product.name, use: words.slice(k, hit.end).map((w) => w.text).join(' '), approved: approvedUses(product), fact: product.offLabel.statement, source: product.offLabel.source.url },
      start,
      end,
    });
    return;
  }
}

const PRONOUNS = new Set(['it', 'this', 'these', 'they', 'its']);
const startsWithPronoun = (sentence: Sentence): boolean => PRONOUNS.has(sentence.words[0]?.key ?? '');

/** Words that, after a comma, open a new clause: "… brand-name products, and others offer …". */
const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'while', 'whereas', 'although', 'though', 'yet', 'so', 'unlike', 'however']);

/**
 * True when no clause boundary stands between word indexes a and b of a sentence. Unlike the
 * context pass's clauses, parentheses and quotes do not break it: "Spravato (esketamine) nasal
 * spray was approved" binds the approval to the product before the parenthetical.
 */
function sameClause(sentence: Sentence, a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  for (let k = from + 1; k <= to; k++) {
    // Safe: k is within the sentence.
    const word = sentence.words[k]!;
    const gap = word.gap.replace(/[()"“”'’*_\s]/g, '');
    if (gap === '') continue;
    if (gap !== ',' || CLAUSE_OPENERS.has(word.key)) return false;
  }
  return true;
}

const COMPARISONS = new Set(['than', 'versus', 'vs', 'unlike', 'alternative', 'alternatives', 'instead', 'compared', 'comparison']);

/** "X, promoted as an alternative to FDA-approved hormones": the approval is about what X is compared with. */
function compared(sentence: Sentence, p: PhraseMatch, a: PhraseMatch): boolean {
  if (a.first !== a.last || a.first < p.last) return false;
  return sentence.words.slice(p.last + 1, a.first).some((w) => COMPARISONS.has(w.key));
}

/** "Unlike supplements, drugs must be approved": a product named as the thing compared with is not the one said to be approved. */
function comparedWith(p: PhraseMatch): boolean {
  const words = p.sentence.words;
  const before = words.slice(Math.max(0, p.first - 2), p.first).map((w) => w.key);
  return before.some((k) => COMPARISONS.has(k)) || (before.at(-1) === 'to' && before.at(-2) === 'compared') || (before.at(-1) === 'of' && before.at(-2) === 'instead');
}

/** True when another named product stands between a product and its cue ("Unlike TMS, Spravato is approved"). */
function otherBetween(named: readonly PhraseMatch[], p: PhraseMatch, cue: PhraseMatch): boolean {
  if (p.sentence !== cue.sentence) return false;
  const [from, to] = p.first < cue.first ? [p.last, cue.first] : [cue.last, p.first];
  return named.some((o) => o !== p && o.sentence === p.sentence && o.first > from && o.last < to);
}

/** Each product named with an approval statement, checked against what it is approved for. */
function checkApprovals(context: RuleContext, sentence: Sentence, named: readonly PhraseMatch[], approvals: readonly PhraseMatch[], asserted: readonly PhraseMatch[]): void {
  const reg = regulatoryOf(context.settings.knowledgeBase);
  const text = context.document.text;
  const inSentence = named.length > 0 && named[0]!.sentence === sentence;
  // An adjective right before a product ("FDA-approved Wegovy") is about that product only;
  // a verb ("the FDA approved a spray sold as Ketanest or Spravato") is about all its objects.
  const adjective = (a: PhraseMatch): boolean => a.first === a.last;
  const bound = new Set<PhraseMatch>();
  for (const a of approvals) {
    if (!adjective(a)) continue;
    const p = named.find((m) => inSentence && m.first > a.last && m.first - a.last <= 2);
    if (p) bound.add(p);
  }
  const cueOf = (p: PhraseMatch): PhraseMatch | undefined => {
    if (!inSentence) return asserted[0];
    const bindsOther = (a: PhraseMatch): boolean => adjective(a) && named.some((o) => o !== p && bound.has(o) && o.first > a.last && o.first - a.last <= 2);
    let best: PhraseMatch | undefined;
    for (const a of approvals) {
      if (bindsOther(a) || !sameClause(sentence, a.first, p.first) || compared(sentence, p, a)) continue;
      const distance = p.first > a.last ? p.first - a.last : a.first - p.last;
      const bestDistance = best ? (p.first > best.last ? p.first - best.last : best.first - p.last) : Infinity;
      // At equal distance, the cue after the product: its subject's predicate ("supplements do not require approval").
      if (distance < bestDistance || (distance === bestDistance && a.first > p.last)) best = a;
    }
    return best;
  };
  const claims = named
    .filter((p) => !comparedWith(p))
    .map((p) => ({ match: p, product: reg.products.get(tagOf(p).slice(8)), cue: cueOf(p) }))
    .filter((c) => c.product && c.cue && asserted.includes(c.cue));
  // When one product of the statement is approved for the use it names, the statement is about that one.
  const satisfied = named.some((m) => {
    const p = reg.products.get(tagOf(m).slice(8));
    return p !== undefined && p.approved.length > 0 && usesIn(sentence, reg.useTerms.get(p.id)!.approved).length > 0;
  });
  const reported = new Set<string>();
  for (const { match, product, cue } of claims) {
    // Safe: filtered above.
    const p = product!;
    if (reported.has(p.id)) continue;
    const labelStatement = tagOf(cue!) === 'indication';
    // "TMS is FDA-approved for depression": a cleared device called approved, whatever the use.
    if (!labelStatement && clearedOnly(p) && saysApproved(cue!) && !otherBetween(named, match, cue!)) {
      reported.add(p.id);
      const c = cue!;
      const both = match.sentence === c.sentence;
      const start = both ? Math.min(c.sentence.words[c.first]!.start, match.sentence.words[match.first]!.start) : c.sentence.words[c.first]!.start;
      const end = both ? Math.max(c.sentence.words[c.last]!.end, match.sentence.words[match.last]!.end) : c.sentence.words[c.last]!.end;
      context.report({ messageId: 'clearedNotApproved', data: { phrase: text.slice(start, end), product: p.name, fact: p.statement, source: p.source.url }, start, end });
      continue;
    }
    if (p.approved.length === 0) {
      // "Cord blood is the only FDA-approved stem-cell product": the approval is about the approved one.
      if (satisfied || labelStatement) continue;
      // "Cannabidiol is FDA-approved for seizures": true of its approved product (Epidiolex).
      if (p.approvedProducts?.some((id) => usesIn(sentence, reg.useTerms.get(id)!.approved).length > 0)) continue;
      reported.add(p.id);
      const start = match.sentence.words[match.first]!.start;
      const end = match.sentence.words[match.last]!.end;
      context.report({ messageId: 'unapproved', data: { phrase: text.slice(start, end), fact: p.statement, source: sourceOf(p) }, start, end });
      continue;
    }
    const offLabel = p.offLabel ? usesIn(sentence, reg.useTerms.get(p.id)!.offLabel) : [];
    const use = offLabel[0] ?? approvedForCondition(sentence, cue!, reg.useTerms.get(p.id)!.approved);
    if (!use) continue;
    // The use named first is the one the statement is about: "intended for adults with a BMI of 30 …
    // who have a condition such as type 2 diabetes" states the off-label use; the approved one is a detail.
    const own = usesIn(sentence, reg.useTerms.get(p.id)!.approved);
    const otherSatisfies = named.some((m) => {
      const o = reg.products.get(tagOf(m).slice(8));
      return o !== undefined && o.id !== p.id && o.approved.length > 0 && usesIn(sentence, reg.useTerms.get(o.id)!.approved).length > 0;
    });
    if (otherSatisfies || (own[0] !== undefined && own[0].start < use.start)) continue;
    reported.add(p.id);
    // Safe: claims have a cue.
    const c = cue!;
    const start = c.sentence.words[c.first]!.start;
    const cueEnd = c.sentence.words[c.last]!.end;
    const end = use.start > cueEnd && use.start - cueEnd < 120 ? use.end : cueEnd;
    context.report({
      messageId: 'offLabelApproval',
      data: { phrase: text.slice(start, end), product: p.name, use: use.text, approved: approvedUses(p), fact: p.offLabel?.statement ?? p.statement, source: (p.offLabel?.source ?? p.source).url },
      start,
      end,
    });
  }
}

/** Words between "approved for" and the condition it names ("approved for the treatment of", "approved to treat adults with"). */
const APPROVAL_FILLERS = new Set(['for', 'to', 'as', 'the', 'treat', 'treating', 'treatment', 'of', 'use', 'in', 'adults', 'patients', 'people', 'with', 'a', 'an', 'managing', 'manage']);

/**
 * "Spravato is approved for anxiety": a disease or condition right after an approval cue that none of the product's
 * approved uses names in the sentence (its listed off-label uses are checked before; this reads any other condition).
 */
function approvedForCondition(sentence: Sentence, cue: PhraseMatch, approved: Uses['approved']): { text: string; start: number; end: number } | undefined {
  if (tagOf(cue) !== 'approval' || cue.sentence !== sentence || usesIn(sentence, approved).length > 0) return undefined;
  const words = sentence.words;
  let k = cue.last + 1;
  while (k < words.length && k <= cue.last + 4 && APPROVAL_FILLERS.has(words[k]!.key) && words[k]!.gap === '') k++;
  const end = k < words.length && words[k]!.gap === '' ? conditionAt(words, k) : -1;
  if (end < 0) return undefined;
  // Safe: k < end <= words.length.
  return { text: words.slice(k, end).map((w) => w.text).join(' '), start: words[k]!.start, end: words[end - 1]!.end };
}

export default rule;
