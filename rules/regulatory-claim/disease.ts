/**
 * Disease claims for products that are not approved drugs for the disease: "CBD fights cancer",
 * "our NAD+ drips reverse addiction", "this supplement may help lower blood pressure". A product
 * intended to cure, treat, mitigate or prevent a disease is a drug (21 U.S.C. 321(g)(1)); sold
 * without approval for that use, FDA calls the claim an unapproved new drug claim, the most common
 * charge of its warning letters to CBD, supplement, stem-cell and IV-therapy sellers. A hedge does
 * not rescue it ("may help fight cancer" was cited too), so hedged claims are reported; a negated,
 * asked, attributed or refuted one is not the seller's.
 *
 * The claims come from the engine's claim model (kind cure, prevention or disease, with the
 * condition and the product resolved); this module only decides whether the product may make it.
 */
import { allowedKindUse, authorizedClaim, conditionIn, diseaseClaimsOf, productOf } from '../../src/util/products.js';
import { UNKNOWN_PRODUCT } from '../../src/engine/claims.js';
import type { Claim, ClaimModality, ClaimSubject, RuleContext, Sentence } from '../../src/types.js';

/** The writer's claim: stated, hedged, answered or cited (a citation does not make a disease claim lawful). */
const MODALITIES: ReadonlySet<ClaimModality> = new Set(['asserted', 'hedged', 'answer', 'cited', 'conceded']);

const APPROVAL_WORDS = new Set(['approved', 'fdaapproved', 'cleared', 'fdacleared', 'indicated', 'authorized', 'approval']);

/** "approved to treat", "an FDA-approved medicine for seizures": an approval statement, which the approval checks read. */
function approvalStatement(claim: Claim): boolean {
  // Once per sentence: a sentence of many claims stays linear.
  const known = APPROVAL_STATEMENTS.get(claim.sentence);
  if (known !== undefined) return known;
  const { words, context } = claim.sentence;
  let found = false;
  for (let i = 0; i < words.length && !found; i++) if (APPROVAL_WORDS.has(words[i]!.key) && !context[i]?.negated) found = true;
  APPROVAL_STATEMENTS.set(claim.sentence, found);
  return found;
}
const APPROVAL_STATEMENTS = new WeakMap<Sentence, boolean>();

/**
 * The sentences that open with a disease claim's verb (subjectless fragments: a list of benefits, a heading), before
 * or after a bullet; found once per document. Not an outcome said of its subject ("Blood sugar improves with …").
 */
function fragmentsOf(claims: readonly Claim[]): Set<Sentence> {
  const fragments = new Set<Sentence>();
  for (const c of claims) {
    const words = c.sentence.words;
    let at = /^[–—•*-]$/.test(words[0]?.text ?? '') ? 1 : 0;
    // "Can reduce risk of cancer.", "May help prevent colds": a modal opening the fragment.
    while (at < c.first && at < 3 && FRAGMENT_MODALS.has(words[at]!.key)) at++;
    // "Boosts energy and prevents colds": a benefit opening it with its verb counts too ("Blood sugar improves with …"
    // opens with the outcome, said of its subject).
    const benefit = (c.kind === 'efficacy' || c.kind === 'promise') && words[at]!.key.endsWith('s');
    if (c.first === at && (c.kind === 'cure' || c.kind === 'prevention' || c.kind === 'disease' || benefit)) fragments.add(c.sentence);
  }
  return fragments;
}
const FRAGMENT_MODALS = new Set(['can', 'may', 'will', 'could', 'might', 'helps', 'help', 'to']);

/** What a subjectless fragment on a promotional page is about: what the page sells, its kind not named. */
const UNNAMED: ClaimSubject = { name: 'this product', key: UNKNOWN_PRODUCT, resolved: 'document' };

/** Reports the disease claims of products that may not make them. */
export function checkDiseaseClaims(context: RuleContext): void {
  const text = context.document.text;
  const kb = context.settings.knowledgeBase;
  const reported: Reported[] = [];
  const fragments = fragmentsOf(context.document.claims);
  // Claims come in document order, so a sentence's reported claims are the last ones: only those are searched.
  let sentenceFrom = 0;
  for (const claim of context.document.claims) {
    if (claim.kind !== 'cure' && claim.kind !== 'prevention' && claim.kind !== 'disease') continue;
    // A claim resolved only to the article's subject counts when its sentence is a subjectless fragment that opens with
    // the claim ("Helps to form new cells in cancer patients", a list of benefits), not when it names something else.
    // A fragment's later verbs share its subject: "Shrinks tumors and slows cancer growth".
    const fragment = fragments.has(claim.sentence);
    // A fragment on a page that names no product at all ("Shrinks malignant tumors." under a shop's heading) is said of
    // what the page sells, a product of a kind not named.
    const subject = claim.subject ?? (fragment && context.document.promotional ? UNNAMED : undefined);
    if (!MODALITIES.has(claim.modality) || !subject || !claim.condition || (subject.resolved === 'document' && !fragment)) continue;
    // "approved to treat", "an FDA-approved medicine for": an approval statement, which the approval checks read.
    // "Vitamin D prevents rickets", "calcium and vitamin D help protect against osteoporosis": what the law allows a nutrient.
    if (approvalStatement(claim) || authorizedClaim(kb, claim)) continue;
    let name: string;
    let fact: string;
    let source: string;
    let severity: 'warning' | undefined;
    if (subject.productId) {
      const p = productOf(kb, subject);
      if (!p) continue;
      // "Stem cell transplants are used for leukemia": true of the kind's approved products (cord blood), which a biologic's
      // kind names too. Not CBD: "CBD oil treats seizures" is said of the consumer product, not of Epidiolex.
      if (p.kind === 'biologic' && p.approvedProducts?.some((id) => {
        const approved = productOf(kb, { key: id, productId: id, name: id, resolved: 'explicit' });
        return approved !== undefined && conditionIn(kb, approved, claim, 'approved');
      })) continue;
      if (diseaseClaimsOf(p) === 'approved-indications-only') {
        // Within the label it is lawful. A drug's off-label use is the document-level off-label finding's (a
        // prescriber may use a drug off-label); a device promoted beyond its clearance is misbranded, so it is reported here.
        if (conditionIn(kb, p, claim, 'approved') || p.kind === 'drug' || p.kind === 'biologic') continue;
        if (conditionIn(kb, p, claim, 'offLabel') && p.kind !== 'device') continue;
      }
      name = p.name;
      fact = p.statement ?? p.offLabel?.statement ?? `${p.name} is not FDA-approved for this condition`;
      source = (p.source ?? p.offLabel?.source ?? p.approved[0]?.source)?.url ?? '';
    } else {
      const key = subject.key.replace(/^category:/, '');
      const kind = kb.regulatory.productKinds[key];
      // "Chiropractic care for low back pain": a use the kind has good evidence for.
      if (!kind || allowedKindUse(kb, key, claim)) continue;
      name = kind.name;
      fact = kind.statement;
      source = kind.source.url;
      // Some of the kind hold an OTC monograph or a clearance for the use: a question to check, not certainly unlawful.
      if (kind.someAuthorized) severity = 'warning';
    }
    // One finding a sentence and product: "treating anxiety, relieving pain and managing dementia" is one sentence to
    // rewrite, so its first claim is the finding and the others are its related locations, their conditions named.
    if (reported[sentenceFrom]?.claim.sentence !== claim.sentence) sentenceFrom = reported.length;
    const previous = claim.substitute ? undefined : reported.slice(sentenceFrom).find((r) => r.product === name && !r.claim.substitute);
    if (previous) {
      previous.more.push(claim);
      continue;
    }
    reported.push({ claim, product: name, fact, source, severity, more: [] });
  }
  for (const { claim, product, fact, source, severity, more } of reported) {
    // Built one at a time, not spread from mapped arrays: `more` is often empty, and an empty one meeting the optimized
    // check after filled ones deoptimized it (as in the claim rules' check, src/util/claims.ts).
    // Safe: the reported claims all name a condition.
    const named = new Set([claim.condition!.text]);
    const related: { message: string; start: number; end: number }[] = [];
    if (claim.question) related.push({ message: 'the question this answer answers', start: claim.question.start, end: claim.question.end });
    for (let k = 0; k < more.length; k++) {
      // Safe: k is within the array; the reported claims all name a condition.
      const c = more[k]!;
      named.add(c.condition!.text);
      related.push({ message: `another disease claim for ${product} in this sentence: “${text.slice(c.start, c.end)}”`, start: c.start, end: c.end });
    }
    const conditions = [...named];
    context.report({
      messageId: claim.substitute ? 'substituteClaim' : 'diseaseClaim',
      // The fact is a sentence of the knowledge base: one final period, whatever its entry ends with.
      data: { phrase: text.slice(claim.start, claim.end), product, condition: listOf(conditions), fact: `${fact.replace(/[.\s]+$/, '')}.`, source },
      start: claim.start,
      end: claim.end,
      ...(severity ? { severity } : {}),
      ...(related.length > 0 ? { related } : {}),
    });
  }
}

/** "anxiety", "anxiety and pain", "anxiety, pain and dementia". */
function listOf(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

interface Reported {
  readonly claim: Claim;
  readonly product: string;
  readonly fact: string;
  readonly source: string;
  readonly severity: 'warning' | undefined;
  /** The product's other disease claims in the claim's sentence. */
  readonly more: Claim[];
}
