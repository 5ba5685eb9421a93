/**
 * Mechanism statements: from every sentence, the claims it makes about how a substance acts,
 * as (substance, direction, target, aspect): "ketamine increases glutamate release" is
 * (ketamine, increase, glutamate, release). Computed once per document and shared by
 * mechanism-contradiction and mechanism-error.
 *
 * Written by hand: no maintained JavaScript library extracts pharmacological relations, and
 * a dependency parser (none exists for Node that is maintained and fast) would still need
 * this vocabulary. The method is pattern-based relation extraction over the shared word
 * list, in the spirit of SemRep's indicator rules (Rindflesch & Fiszman 2003): a direction
 * cue (a verb in any inflection or its nominalization) is paired with a target entity
 * through a small set of surface patterns:
 *
 * - cue before target: "increases glutamate release", "an increase in glutamate release",
 *   "the blockade of NMDA receptors", "By decreasing glutamate release, …", "raises the
 *   levels of dopamine and serotonin" (coordinated targets give one statement each);
 * - target before cue: "glutamate release is increased", "BDNF levels rise", "causing
 *   glutamate levels to surge", "the glutamate surge", "an NMDA receptor antagonist".
 *
 * The agent is the nearest substance, pronoun ("it", "the drug": the article's subject) or
 * other agent ("SSRIs", "stress") before the cue in its clause, else one in the sentence,
 * else the article's subject. Negation and hedging come from the shared context pass and
 * stay on the statement; dose and brain-region qualifiers of the sentence are kept too.
 * The vocabulary is data: the knowledge base's lexicon (rules/data/knowledge/lexicon.json in
 * the shipped one), read from the knowledge base a rule's settings carry and compiled once per
 * knowledge base.
 */
import type { Aspect, Direction, MechanismLexicon, Target } from '../kb/index.js';
import { stemKey, wordKey } from '../engine/segment.js';
import type { DocumentModel, KnowledgeBase, Sentence, Word } from '../types.js';
import { TermTable, termKey } from './terms.js';

/** One mechanism statement of a sentence. */
export interface MechanismStatement {
  /** A knowledge-base substance id ("ketamine"), or the key of another agent ("ssris"). */
  readonly substance: string;
  /** True when `substance` is a substance of the knowledge base. */
  readonly known: boolean;
  readonly target: Target;
  readonly aspect: Aspect;
  readonly direction: Direction;
  readonly negated: boolean;
  readonly hedged: boolean;
  /** A dose qualifier of the sentence ("low", "high"). */
  readonly dose?: string;
  /** A brain-region qualifier of the sentence ("prefrontal cortex"). */
  readonly region?: string;
  /** The cue says all of it: "stops DHT production", "completely blocks". */
  readonly complete: boolean;
  /** The sentence says only part of it: "partly", or a percentage ("lowers DHT by 70%"). */
  readonly partial: boolean;
  readonly sentence: Sentence;
  /** File offsets of the words that make the statement (cue to target). */
  readonly start: number;
  readonly end: number;
}

interface SubstanceRef {
  readonly id: string;
  readonly known: boolean;
}

/** The vocabulary of mechanism statements, compiled from one knowledge base. */
interface Vocabulary {
  readonly lexicon: MechanismLexicon;
  readonly targets: TermTable<Target>;
  readonly substances: TermTable<SubstanceRef>;
  readonly otherAgents: ReadonlySet<string>;
  readonly anaphora: ReadonlySet<string>;
  readonly cueStems: ReadonlyMap<string, Direction>;
  readonly aspects: ReadonlyMap<string, Aspect>;
  readonly fillers: ReadonlySet<string>;
  readonly linkers: ReadonlySet<string>;
  readonly complete: ReadonlySet<string>;
  readonly partial: ReadonlySet<string>;
  readonly reduction: ReadonlySet<string>;
  readonly doses: TermTable<string>;
  readonly regions: TermTable<string>;
  /** The statements of each document read with this vocabulary, computed once per document. */
  readonly statements: WeakMap<DocumentModel, readonly MechanismStatement[]>;
  /** The sentences of each document that name a target (every statement and reduction has one), found once per document. */
  readonly candidates: WeakMap<DocumentModel, readonly Sentence[]>;
}

const VOCABULARIES = new WeakMap<KnowledgeBase, Vocabulary>();

/** The mechanism vocabulary of a knowledge base, compiled on first use and then kept with it. */
function vocabularyOf(kb: KnowledgeBase): Vocabulary {
  const known = VOCABULARIES.get(kb);
  if (known) return known;
  const lex = kb.lexicon;
  const targets = new TermTable<Target>();
  for (const t of lex.targets) for (const name of t.names) targets.add(name, t);
  const substances = new TermTable<SubstanceRef>();
  for (const s of kb.mechanisms.substances) for (const name of s.names) substances.add(name, { id: s.id, known: true });
  const cueStems = new Map<string, Direction>();
  for (const direction of ['increase', 'decrease'] as const) {
    for (const w of [...lex.cues[direction].verbs, ...lex.cues[direction].nouns]) cueStems.set(stemKey(wordKey(w)), direction);
  }
  const aspects = new Map<string, Aspect>();
  for (const [aspect, words] of Object.entries(lex.aspects) as [Aspect, readonly string[]][]) for (const w of words) aspects.set(wordKey(w), aspect);
  const doses = new TermTable<string>();
  for (const [label, names] of Object.entries(lex.qualifiers.dose)) for (const n of names) doses.add(n, label);
  const regions = new TermTable<string>();
  for (const [label, names] of Object.entries(lex.qualifiers.region)) for (const n of names) regions.add(n, label);
  const vocabulary: Vocabulary = {
    lexicon: lex,
    targets,
    substances,
    otherAgents: new Set(lex.otherAgents.map((w) => termKey(w))),
    anaphora: new Set(lex.anaphora.map((w) => termKey(w))),
    cueStems,
    aspects,
    fillers: new Set(lex.fillers.map((w) => termKey(w))),
    linkers: new Set([...lex.linkers.passive, ...lex.linkers.infinitive].map((w) => wordKey(w))),
    complete: new Set((lex.extent?.complete ?? []).map((w) => stemKey(wordKey(w)))),
    partial: new Set((lex.extent?.partial ?? []).map((w) => wordKey(w))),
    reduction: new Set((lex.extent?.reduction ?? []).map((w) => stemKey(wordKey(w)))),
    doses,
    regions,
    statements: new WeakMap(),
    candidates: new WeakMap(),
  };
  VOCABULARIES.set(kb, vocabulary);
  return vocabulary;
}

const MODALS = new Set(['can', 'may', 'might', 'could', 'will', 'would', 'should', 'does', 'do', 'did', 'also', 'then', 'further', 'directly', 'not']);
const PREPOSITIONS = new Set(['of', 'in', 'on']);
const LIST_OPENERS = new Set(['such', 'including', 'like']);
const RELATIVES = new Set(['which', 'that', 'who']);
const CLAUSE_STOPS = new Set(['but', 'however', 'while', 'whereas', 'although', 'though', 'unlike', 'because', 'since']);
const COORDINATORS = new Set(['and', 'or']);

/** A percentage below 100 ("60%", "70 percent"): the sentence states an amount, not all of it. */
function partOf(sentence: Sentence): boolean {
  return sentence.words.some((w, i) => {
    const next = sentence.words[i + 1];
    const value = w.kind === 'percent' ? parseFloat(w.text) : w.kind === 'number' && next && (next.key === 'percent' || next.key === 'per') ? parseFloat(w.text) : NaN;
    return value > 0 && value < 100;
  });
}

/** A sentence's words without (or only inside) one parenthetical, with the punctuation between them. */
interface View {
  readonly words: Word[];
  /** Index of each word in the sentence. */
  readonly index: number[];
  /** What stands before each word: nothing (or only brackets and quotes), a comma, or clause punctuation. */
  readonly gap: ('none' | 'comma' | 'hard')[];
}

function gapKind(gap: string): 'none' | 'comma' | 'hard' {
  const cleaned = gap.replace(/[()[\]"“”'’*_\s]/g, '');
  return cleaned === '' ? 'none' : cleaned === ',' ? 'comma' : 'hard';
}

/**
 * Splits a sentence into views: the words outside parentheses ("NMDA (N-methyl-D-aspartate)
 * receptor antagonist" reads "NMDA receptor antagonist"), and each parenthetical on its own.
 */
function viewsOf(sentence: Sentence): View[] {
  const main: View = { words: [], index: [], gap: [] };
  const views = [main];
  let inner: View | undefined;
  let depth = 0;
  sentence.words.forEach((word, i) => {
    let opened = false;
    for (const ch of word.gap) {
      if (ch === '(' || ch === '[') {
        depth++;
        opened = true;
      } else if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    }
    if (depth > 0) {
      if (opened || !inner) {
        inner = { words: [], index: [], gap: [] };
        views.push(inner);
      }
      inner.words.push(word);
      inner.index.push(i);
      inner.gap.push(inner.words.length === 1 ? 'hard' : gapKind(word.gap));
    } else {
      inner = undefined;
      main.words.push(word);
      main.index.push(i);
      main.gap.push(main.words.length === 1 ? 'hard' : gapKind(word.gap));
    }
  });
  return views.filter((v) => v.words.length > 0);
}

interface Found {
  readonly target: Target;
  /** View indexes: the target's first word, and the index after the last word of the statement. */
  readonly from: number;
  readonly end: number;
  readonly aspect: Aspect;
}

/** The aspect word right after a target ("glutamate release", "BDNF levels"), if any. */
function aspectAfter(v: Vocabulary, view: View, at: number): Aspect | undefined {
  const word = view.words[at];
  return word && view.gap[at] === 'none' ? v.aspects.get(word.key) : undefined;
}

function aspectFor(v: Vocabulary, target: Target, explicit: Aspect | undefined): Aspect {
  // "a receptor called the NMDA receptor": for a receptor, "receptor" names its class, not an aspect.
  if (explicit && !(explicit === 'receptor' && target.kind === 'receptor')) return explicit;
  return v.lexicon.defaultAspect[target.kind] ?? 'level';
}

/** The targets a cue at `c` governs: "increases [the levels of] X [release] [and Y]". */
function targetsAfter(v: Vocabulary, view: View, c: number): Found[] {
  const found: Found[] = [];
  let before: Aspect | undefined;
  let prevWasNominal = true; // the cue itself may be a noun: "an increase in"
  let k = c + 1;
  for (; k < view.words.length && k - c <= 8; k++) {
    // Safe: k is within bounds.
    const word = view.words[k]!;
    if (view.gap[k] === 'hard') return found;
    if (view.gap[k] === 'comma' && !LIST_OPENERS.has(word.key)) return found;
    const hit = v.targets.at(view.words, k, (j) => view.gap[j] === 'none');
    if (hit) {
      const after = aspectAfter(v, view, hit.end);
      found.push({ target: hit.value, from: k, end: after ? hit.end + 1 : hit.end, aspect: aspectFor(v, hit.value, after ?? before) });
      break;
    }
    const aspect = v.aspects.get(word.key);
    if (aspect) {
      before = aspect;
      prevWasNominal = true;
      continue;
    }
    if (PREPOSITIONS.has(word.key)) {
      if (!prevWasNominal) return found;
      prevWasNominal = false;
      continue;
    }
    if (v.fillers.has(termKey(word)) || word.key.endsWith('ly')) continue;
    return found;
  }
  if (found.length === 0) return found;
  // Coordinated targets: "dopamine and serotonin", "BDNF, mTOR, and AMPA receptors".
  let at = found[found.length - 1]!.end;
  while (at < view.words.length) {
    let k = at;
    // Safe: k is within bounds.
    if (view.gap[k] === 'hard') break;
    if (COORDINATORS.has(view.words[k]!.key)) k++;
    else if (view.gap[k] !== 'comma') break;
    if (k < view.words.length && view.gap[k] === 'none' && COORDINATORS.has(view.words[k]!.key)) k++;
    if (k >= view.words.length || view.gap[k] === 'hard') break;
    const hit = v.targets.at(view.words, k, (j) => view.gap[j] === 'none');
    if (!hit) break;
    const after = aspectAfter(v, view, hit.end);
    found.push({ target: hit.value, from: k, end: after ? hit.end + 1 : hit.end, aspect: aspectFor(v, hit.value, after ?? before) });
    at = after ? hit.end + 1 : hit.end;
  }
  return found;
}

interface Agent {
  readonly id: string;
  readonly known: boolean;
}

/** The agent of a cue at `c`: the nearest substance, pronoun or other agent before it in its clause. */
function agentBefore(v: Vocabulary, view: View, c: number, subject: string | undefined): Agent | undefined | null {
  let crossed = false;
  for (let k = c - 1; k >= 0 && c - k <= 14; k--) {
    // Safe: k is within bounds.
    const word = view.words[k]!;
    const key = termKey(word);
    if (CLAUSE_STOPS.has(key)) return undefined;
    const substance = v.substances.at(view.words, k);
    if (substance) return { id: substance.value.id, known: true };
    if (v.anaphora.has(key)) {
      // The last word of a substance's name ("testosterone therapy") names it, not the subject.
      for (let back = 1; back <= 3 && k - back >= 0; back++) {
        const named = v.substances.at(view.words, k - back);
        if (named && named.end === k + 1) return { id: named.value.id, known: true };
      }
      return subject ? { id: subject, known: true } : null;
    }
    // A target is the agent only right before the cue: "glutamate activates AMPA receptors".
    const nearCue = c - k <= 3 && view.words.slice(k + 1, c).every((w) => v.aspects.has(w.key) || MODALS.has(w.key) || v.linkers.has(w.key));
    if (v.otherAgents.has(key) && (nearCue || !v.targets.at(view.words, k))) return { id: key, known: false };
    if (view.gap[k] !== 'none') {
      // "SSRIs, which boost serotonin": cross one boundary after a relative pronoun.
      if (!crossed && RELATIVES.has(key) && view.gap[k] === 'comma') {
        crossed = true;
        continue;
      }
      return undefined;
    }
  }
  return undefined;
}

/** A substance or agent anywhere in the sentence (nearest to `near`), else the subject. */
function agentInSentence(v: Vocabulary, sentence: Sentence, near: number, subject: string | undefined): Agent | undefined {
  let best: { agent: Agent; distance: number } | undefined;
  const words = sentence.words;
  for (let k = 0; k < words.length; k++) {
    const substance = v.substances.at(words, k);
    if (substance && (!best || !best.agent.known || Math.abs(k - near) < best.distance)) {
      best = { agent: { id: substance.value.id, known: true }, distance: Math.abs(k - near) };
    }
  }
  if (best) return best.agent;
  for (let k = near - 1; k >= 0; k--) {
    // Safe: k is within bounds.
    const key = termKey(words[k]!);
    if (v.anaphora.has(key)) break;
    if (v.otherAgents.has(key) && !v.targets.at(words, k)) return { id: key, known: false };
  }
  return subject ? { id: subject, known: true } : undefined;
}

function qualifier(table: TermTable<string>, sentence: Sentence): string | undefined {
  for (let k = 0; k < sentence.words.length; k++) {
    const hit = table.at(sentence.words, k);
    if (hit) return hit.value;
  }
  return undefined;
}

/** The knowledge-base substance the document mentions most (its subject), if any. */
function documentSubject(v: Vocabulary, document: DocumentModel): string | undefined {
  const counts = new Map<string, number>();
  for (const sentence of document.sentences) {
    for (let k = 0; k < sentence.words.length; k++) {
      const hit = v.substances.at(sentence.words, k);
      if (hit) counts.set(hit.value.id, (counts.get(hit.value.id) ?? 0) + 1);
    }
  }
  let subject: string | undefined;
  let most = 0;
  for (const [id, n] of counts) {
    if (n > most) {
      subject = id;
      most = n;
    }
  }
  return subject;
}

/** The mechanism statements of one sentence. */
function sentenceStatements(v: Vocabulary, sentence: Sentence, subject: string | undefined): MechanismStatement[] {
  // Every statement has a target: the caller passes only sentences that name one (candidatesOf).
  if (sentence.question) return [];
  const out: MechanismStatement[] = [];
  const dose = qualifier(v.doses, sentence);
  const region = qualifier(v.regions, sentence);
  const partial = sentence.words.some((w) => v.partial.has(w.key)) || partOf(sentence);
  const push = (agent: Agent | undefined | null, found: Found, direction: Direction, cueAt: number, view: View, cueFirst: boolean): void => {
    if (!agent) return;
    // Safe: view indexes are within bounds.
    const cueIndex = view.index[cueAt]!;
    const first = cueFirst ? view.words[cueAt]! : view.words[found.from]!;
    const last = cueFirst ? view.words[found.end - 1]! : view.words[cueAt]!;
    const targetIndex = view.index[found.from]!;
    const ctx = sentence.context;
    // "stops", or "completely" right before the cue.
    const before = sentence.words[cueIndex - 1];
    // Safe: cueIndex is an index of the sentence's words.
    const adverb = before !== undefined && v.complete.has(before.stem) && before.end <= first.start;
    const complete = adverb || v.complete.has(sentence.words[cueIndex]!.stem);
    out.push({
      substance: agent.id,
      known: agent.known,
      target: found.target,
      aspect: found.aspect,
      direction,
      negated: ctx[cueIndex]?.negated === true,
      hedged: ctx[cueIndex]?.hedged === true || ctx[targetIndex]?.hedged === true,
      ...(dose ? { dose } : {}),
      ...(region ? { region } : {}),
      complete,
      partial: partial && !complete,
      sentence,
      // "completely blocks DHT": the adverb belongs to the statement.
      start: adverb && cueFirst ? before.start : first.start,
      end: last.end,
    });
  };
  for (const view of viewsOf(sentence)) {
    const n = view.words.length;
    for (let c = 0; c < n; c++) {
      // Safe: c is within bounds.
      const direction = v.cueStems.get(view.words[c]!.stem);
      if (!direction || v.targets.at(view.words, c)) continue;
      const found = targetsAfter(v, view, c);
      if (found.length === 0) continue;
      const before = agentBefore(v, view, c, subject);
      const agent = before === null ? undefined : (before ?? agentInSentence(v, sentence, view.index[c]!, subject));
      for (const f of found) push(agent, f, direction, c, view, true);
    }
    // Target before cue: "glutamate release is increased", "BDNF levels rise", "an NMDA receptor antagonist".
    for (let t = 0; t < n; t++) {
      const hit = v.targets.at(view.words, t, (j) => view.gap[j] === 'none');
      if (!hit) continue;
      let k = hit.end;
      const explicit = aspectAfter(v, view, k);
      if (explicit) k++;
      let skipped = 0;
      while (k < n && view.gap[k] === 'none' && skipped < 3) {
        // Safe: k is within bounds.
        const key = view.words[k]!.key;
        if (!(v.linkers.has(key) || MODALS.has(key) || key.endsWith('ly') || key === 'not')) break;
        k++;
        skipped++;
      }
      if (k >= n || view.gap[k] !== 'none') continue;
      const direction = v.cueStems.get(view.words[k]!.stem);
      // A cue with an object of its own makes this target its agent, not its patient.
      if (!direction || targetsAfter(v, view, k).length > 0) continue;
      let agent: Agent | undefined;
      const by = view.words[k + 1];
      if (by?.key === 'by' && view.gap[k + 1] === 'none') {
        const s = v.substances.at(view.words, k + 2);
        if (s) agent = { id: s.value.id, known: true };
      }
      agent ??= agentInSentence(v, sentence, view.index[t]!, subject);
      push(agent, { target: hit.value, from: t, end: hit.end, aspect: aspectFor(v, hit.value, explicit) }, direction, k, view, false);
      t = k;
    }
  }
  // One statement per place: the same words can be reached by both patterns.
  const seen = new Set<string>();
  return out.filter((s) => {
    const key = `${s.start}:${s.target.id}:${s.aspect}:${s.direction}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The sentences of a document that name a target, in document order: most name none and cost one lookup per word, once per document. */
function candidatesOf(v: Vocabulary, document: DocumentModel): readonly Sentence[] {
  let candidates = v.candidates.get(document);
  if (!candidates) {
    candidates = document.sentences.filter((s) => v.targets.mentionedIn(s.words));
    v.candidates.set(document, candidates);
  }
  return candidates;
}

/** A sentence that says a target falls by an amount: "less DHT is present (around 60% less)". */
export interface ReductionMention {
  readonly target: Target;
  readonly sentence: Sentence;
  /** File offsets of the target's words. */
  readonly start: number;
  readonly end: number;
}

/**
 * Sentences that name a target, a reduction word and a percentage below 100, whatever their
 * grammar: what a partial decrease looks like when no cue governs the target ("less DHT is
 * present in the scalp (around 60% less)"). For the extent check of mechanism-contradiction.
 */
export function reductionMentions(document: DocumentModel, kb: KnowledgeBase): ReductionMention[] {
  const v = vocabularyOf(kb);
  const out: ReductionMention[] = [];
  for (const sentence of candidatesOf(v, document)) {
    if (sentence.question || !sentence.words.some((w) => v.reduction.has(w.stem)) || !partOf(sentence)) continue;
    for (let k = 0; k < sentence.words.length; k++) {
      const hit = v.targets.at(sentence.words, k);
      if (!hit || sentence.context[k]?.negated) continue;
      // Safe: hit indexes are within the sentence's words.
      out.push({ target: hit.value, sentence, start: sentence.words[k]!.start, end: sentence.words[hit.end - 1]!.end });
      k = hit.end - 1;
    }
  }
  return out;
}

/** Every mechanism statement of a document, in document order, read with a knowledge base's vocabulary (computed once per document). */
export function mechanismStatements(document: DocumentModel, kb: KnowledgeBase): readonly MechanismStatement[] {
  const v = vocabularyOf(kb);
  let statements = v.statements.get(document);
  if (!statements) {
    const candidates = candidatesOf(v, document);
    const subject = candidates.length > 0 ? documentSubject(v, document) : undefined;
    statements = candidates.flatMap((s) => sentenceStatements(v, s, subject));
    v.statements.set(document, statements);
  }
  return statements;
}
