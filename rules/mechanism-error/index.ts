// Why: wrong science in patient copy ("NMDA, an amino acid", "100 billion neurons", "decreases glutamate release") misinforms readers and undermines every other claim of the page.
import type { CategoryError, MechanismFact, Myth, PhraseError as KnownPhraseError } from '../../src/kb/index.js';
import { mechanismStatements } from '../../src/util/mechanisms.js';
import { defineRule } from '../../src/util/rule.js';
import { TermKeySet, TermTable, termKey, termKeys } from '../../src/util/terms.js';
import { MOGHADDAM_1997, ZANOS_GOULD_2018 } from '../../src/util/references.js';
import type { DocumentModel, KnowledgeBase, PhraseEntry, PhraseMatch, RuleContext, RuleSettings, Sentence } from '../../src/types.js';

/** Words that mark a sentence as reporting a myth, not stating it ("proponents claim that leaky gut causes …"). */
const REPORTED = new Set([
  'claim', 'claims', 'claimed', 'proponents', 'supposedly', 'purportedly', 'allegedly', 'alleged', 'myth', 'myths', 'socalled', 'purported', 'believe', 'believed', 'theory',
  'misconception', 'misconceptions', 'evidence', 'whether', 'hypothesis', 'hypothesized', 'proposed', 'unclear', 'debated', 'unproven',
  'idea', 'notion', 'untrue', 'false', 'mistaken', 'debunked', 'disproved', 'disproven',
]);

/** Whether a myth's match states it: not asked, not reported as a claim, not negated (unless its pattern is) nor hedged (for a claim of fact). */
function statesMyth(tables: Compiled, myth: Myth, match: PhraseMatch, topics: ReadonlySet<string>): boolean {
  const { sentence } = match;
  const unless = tables.mythUnless.get(myth.id);
  if (sentence.question || sentence.words.some((w, k) => REPORTED.has(w.key) || (unless?.has(termKey(w)) && !drawnFrom(sentence, k)))) return false;
  const wanted = tables.mythTopics.get(myth.id);
  if (wanted && wanted.length > 0 && !wanted.some((words) => words.every((w) => topics.has(w)))) return false;
  for (let i = match.first; i <= match.last; i++) {
    const c = sentence.context[i];
    if (!c) continue;
    if ((c.negated && !myth.negative) || (c.hedged && myth.factOnly) || c.attributed || (c.quoted && quotation(sentence, i))) return false;
  }
  return true;
}

/**
 * "flushes the toxins out of your liver": the organ the myth draws toxins from is its object, not the body's own
 * physiology ("your liver flushes out toxins") that an `unless` word tells.
 */
function drawnFrom(sentence: Sentence, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && OWNER_WORDS.has(sentence.words[j]!.key)) j--;
  const key = sentence.words[j]?.key;
  return key === 'from' || (key === 'of' && sentence.words[j - 1]?.key === 'out');
}
const OWNER_WORDS = new Set(['your', 'the', 'my', 'their', 'our', 'his', 'her']);

/** Whether a quoted word is part of a quotation, not a scare-quoted word or two (adrenals become “exhausted”). */
function quotation(sentence: Sentence, i: number): boolean {
  let first = i;
  let last = i;
  while (first > 0 && sentence.context[first - 1]?.quoted) first--;
  while (last < sentence.words.length - 1 && sentence.context[last + 1]?.quoted) last++;
  return last - first >= 2;
}

interface CompiledCategoryError {
  readonly error: CategoryError;
  readonly subjects: ReadonlySet<string>;
  readonly stops: ReadonlySet<string>;
  readonly predicates: TermTable<true>;
}

/** What this rule reads from a knowledge base (the rule's settings carry it), compiled once per knowledge base. */
interface Compiled {
  /** Each substance's facts, by substance id. */
  readonly facts: ReadonlyMap<string, readonly MechanismFact[]>;
  readonly phraseErrors: ReadonlyMap<string, KnownPhraseError>;
  /** Myths by the tag of their phrases (`myth:<id>`). */
  readonly myths: ReadonlyMap<string, Myth>;
  /** Each myth's topics as word keys: a topic counts when the document has all its words ("stem cells"). */
  readonly mythTopics: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Every word of every myth's topics: the only words a document's topics are asked about. */
  readonly topicWords: TermKeySet;
  readonly mythUnless: ReadonlyMap<string, ReadonlySet<string>>;
  readonly categoryErrors: readonly CompiledCategoryError[];
  /** Every category error's subject keys: a sentence that has none of them is not looked at. */
  readonly categorySubjects: TermKeySet;
}

const COMPILED = new WeakMap<KnowledgeBase, Compiled>();

function compiled(kb: KnowledgeBase): Compiled {
  let tables = COMPILED.get(kb);
  if (!tables) {
    const { mechanisms, myths } = kb;
    tables = {
      facts: new Map(mechanisms.substances.map((s) => [s.id, s.facts])),
      phraseErrors: new Map(mechanisms.phraseErrors.map((e) => [e.id, e])),
      myths: new Map(myths.myths.map((m) => [`myth:${m.id}`, m])),
      mythTopics: new Map(myths.myths.map((m) => [m.id, (m.topics ?? []).map((t) => t.split(/\s+/).map((w) => termKey(w)))])),
      topicWords: new TermKeySet(myths.myths.flatMap((m) => (m.topics ?? []).flatMap((t) => t.split(/\s+/).map((w) => termKey(w))))),
      mythUnless: new Map(myths.myths.map((m) => [m.id, new Set((m.unless ?? []).map((w) => termKey(w)))])),
      categoryErrors: mechanisms.categoryErrors.map((error) => {
        const predicates = new TermTable<true>();
        for (const p of error.predicates) predicates.add(p, true);
        return { error, subjects: new Set(error.subjects.map((s) => termKey(s))), stops: new Set(error.notFollowedBy.map((s) => termKey(s))), predicates };
      }),
      categorySubjects: new TermKeySet(mechanisms.categoryErrors.flatMap((error) => error.subjects.map((s) => termKey(s)))),
    };
    COMPILED.set(kb, tables);
  }
  return tables;
}

/** "NMDA, an amino acid …": a subject term described by a predicate of the wrong category. */
function categoryErrors(tables: Compiled, sentence: Sentence, report: (error: CategoryError, start: number, end: number) => void): void {
  const words = sentence.words;
  // Most sentences name no error's subject: one pass over the words, instead of one per error;
  // and each error looks only at the words that name some error's subject.
  let subjects: number[] | undefined;
  for (let k = 0; k < words.length; k++) if (tables.categorySubjects.has(words[k]!)) (subjects ??= []).push(k);
  if (!subjects) return;
  const keys = termKeys(words);
  for (const c of tables.categoryErrors) {
    // Two subjects before one predicate ("the hCG diet uses hCG as …") make one finding.
    let reported = -1;
    for (const k of subjects) {
      // Safe: k is within bounds.
      if (!c.subjects.has(keys[k]!)) continue;
      for (let j = k + 1; j < words.length && j - k <= c.error.window; j++) {
        // Safe: j is within bounds.
        const word = words[j]!;
        if (c.stops.has(keys[j]!) || /[.;:!?]/.test(word.gap)) break;
        const hit = c.predicates.at(words, j);
        if (!hit) continue;
        if (!sentence.context[j]?.negated && hit.end !== reported) {
          report(c.error, words[k]!.start, words[hit.end - 1]!.end);
          reported = hit.end;
        }
        break;
      }
    }
  }
}

/** The words of myths' topics that the document has (only those are asked about: a set of all its words cost a tenth of the rule on a long document). */
function topicsOf(tables: Compiled, document: DocumentModel): Set<string> {
  const topics = new Set<string>();
  for (const s of document.sentences) {
    for (const w of s.words) if (tables.topicWords.has(w)) topics.add(termKey(w));
  }
  return topics;
}

function contradicts(fact: MechanismFact, direction: string, dose: string | undefined): boolean {
  if (fact.status === 'uncertain' || !fact.direction || fact.direction === direction) return false;
  return !(fact.unlessDose && dose === fact.unlessDose);
}

const rule = defineRule({
  meta: {
    id: 'mechanism-error',
    description: 'Flag mechanism statements and facts that contradict the knowledge base, such as NMDA called a neurotransmitter, and mechanism myths such as toxins drawn out through the feet',
    defaultSeverity: 'warning',
    contextPolicy: { negated: 'skip', hedged: 'keep', question: 'skip', attributed: 'keep', cited: 'keep' },
    fixable: 'suggestion',
    messages: {
      contradicts: '“{phrase}” contradicts the established mechanism: {fact} (source: {source})',
      overstated: '“{phrase}” states flatly what the evidence leaves open: {fact} (source: {source}); say “in animal studies” or hedge it',
      category: '“{phrase}”: {fact} (source: {source})',
      phrase: '“{phrase}”: {fact} (source: {source})',
      myth: '“{phrase}” states a myth: {fact} (source: {source})',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    references: [ZANOS_GOULD_2018, MOGHADDAM_1997],
  },
  lexicon: (_options: object, { knowledgeBase }: RuleSettings): PhraseEntry[] => [
    ...knowledgeBase.mechanisms.phraseErrors.flatMap((e) => e.phrases.map((phrase) => ({ phrase, messageId: 'phrase', tag: e.id, ...(e.suggest ? { suggest: e.suggest } : {}) }))),
    ...knowledgeBase.myths.myths.flatMap((m) => m.patterns.map((phrase) => ({ phrase, messageId: 'myth', tag: `myth:${m.id}`, ...(m.suggest ? { suggest: m.suggest } : {}) }))),
  ],
  check(context: RuleContext) {
    const { document } = context;
    const text = document.text;
    const tables = compiled(context.settings.knowledgeBase);
    for (const s of mechanismStatements(document, context.settings.knowledgeBase)) {
      if (!s.known || s.negated) continue;
      for (const fact of tables.facts.get(s.substance) ?? []) {
        if (fact.target !== s.target.id || !fact.aspects.includes(s.aspect)) continue;
        const data = { phrase: text.slice(s.start, s.end), fact: fact.statement, source: fact.source.url };
        if (fact.status === 'uncertain') {
          if (!s.hedged) context.report({ messageId: 'overstated', data, start: s.start, end: s.end });
        } else if (contradicts(fact, s.direction, s.dose) || (fact.extent === 'partial' && s.complete && !s.hedged)) {
          // A partial effect stated as complete ("finasteride stops DHT production") contradicts it too.
          context.report({ messageId: 'contradicts', data, start: s.start, end: s.end });
        }
      }
    }
    // A category error or a wrong figure: the knowledge base's statement, source and suggestion.
    const reportError = (messageId: 'category' | 'phrase', error: CategoryError | KnownPhraseError, start: number, end: number): void =>
      context.report({
        messageId,
        data: { phrase: text.slice(start, end), fact: error.statement, source: error.source.url },
        start,
        end,
        ...(error.suggest ? { suggestions: error.suggest } : {}),
      });
    for (const sentence of document.sentences) {
      if (!sentence.question) categoryErrors(tables, sentence, (error, start, end) => reportError('category', error, start, end));
    }
    let topics: Set<string> | undefined;
    for (const match of context.matches) {
      const myth = match.entry.tag ? tables.myths.get(match.entry.tag) : undefined;
      if (myth) {
        topics ??= topicsOf(tables, document);
        if (!statesMyth(tables, myth, match, topics)) continue;
        const start = match.sentence.words[match.first]!.start;
        const end = match.sentence.words[match.last]!.end;
        context.report({ messageId: 'myth', data: { phrase: text.slice(start, end), fact: myth.statement, source: myth.source.url }, start, end, ...(myth.suggest ? { suggestions: myth.suggest } : {}) });
        continue;
      }
      if (match.sentence.question || match.sentence.context[match.first]?.negated) continue;
      const error = match.entry.tag ? tables.phraseErrors.get(match.entry.tag) : undefined;
      // Safe: match indexes are within the sentence's words.
      if (error) reportError('phrase', error, match.sentence.words[match.first]!.start, match.sentence.words[match.last]!.end);
    }
  },
});

export default rule;

