// Why: an article that says a drug raises glutamate release in one paragraph and lowers it in another is wrong in one of them, and readers cannot tell which.
import { mechanismStatements, reductionMentions, type MechanismStatement } from '../../src/util/mechanisms.js';
import { lineOf, objectOf, substanceName, verbOf } from '../../src/util/describe.js';
import { defineRule } from '../../src/util/rule.js';
import { MOGHADDAM_1997, ZANOS_GOULD_2018 } from '../../src/util/references.js';
import type { Identity } from '../../src/kb/index.js';
import { TermTable, termKey } from '../../src/util/terms.js';
import type { DocumentModel, KnowledgeBase, Sentence } from '../../src/types.js';

interface CompiledIdentity {
  readonly identity: Identity;
  readonly kinds: TermTable<string>;
  readonly unless: ReadonlySet<string>;
}

/** What this rule reads from a knowledge base (the rule's settings carry it): identities and effects, compiled once per knowledge base. */
interface Compiled {
  readonly identities: TermTable<CompiledIdentity>;
  readonly effects: TermTable<string>;
  readonly reduced: ReadonlySet<string>;
}

const COMPILED = new WeakMap<KnowledgeBase, Compiled>();

function compiled(kb: KnowledgeBase): Compiled {
  let tables = COMPILED.get(kb);
  if (!tables) {
    const identities = new TermTable<CompiledIdentity>();
    for (const identity of kb.mechanisms.identities ?? []) {
      const kinds = new TermTable<string>();
      for (const [kind, words] of Object.entries(identity.kinds)) for (const w of words) kinds.add(w, kind);
      const unless = new Set((identity.unless ?? []).map((w) => termKey(w)));
      for (const subject of identity.subjects) identities.add(subject, { identity, kinds, unless });
    }
    const effects = new TermTable<string>();
    for (const term of kb.lexicon.effects?.terms ?? []) effects.add(term, termKey(term));
    tables = { identities, effects, reduced: new Set((kb.lexicon.effects?.reduced ?? []).map((w) => w.toLowerCase())) };
    COMPILED.set(kb, tables);
  }
  return tables;
}
const COPULAS = new Set(['is', 'are', 'was', 'were']);
const FILLERS = new Set(['a', 'an', 'the', 'actually', 'really', 'simply', 'basically', 'also', 'just', 'natural', 'tiny', 'small', 'powerful', 'special', 'type', 'kind', 'of', 'form', 'per', 'say', 'se']);
const NAMING = new Set(['known', 'called', 'named']);

/** One "X is a K" statement: the identity, the kind named, and the words that say it. */
interface KindStatement {
  readonly identity: Identity;
  readonly kind: string;
  readonly sentence: Sentence;
  readonly start: number;
  readonly end: number;
}

/** "Exosomes are stem cells", "a plant known as CBD oil": what a sentence says its subject is. */
function kindStatements({ identities }: Compiled, document: DocumentModel): KindStatement[] {
  const out: KindStatement[] = [];
  for (const sentence of document.sentences) {
    const words = sentence.words;
    if (!identities.mentionedIn(words)) continue;
    for (let k = 0; k < words.length; k++) {
      const hit = identities.at(words, k);
      if (!hit) continue;
      const { identity, kinds, unless } = hit.value;
      if (unless.size > 0 && words.some((w) => unless.has(termKey(w)))) {
        k = hit.end - 1;
        continue;
      }
      // A kind word right before the subject ("high-energy sound waves"); a heading that asks
      // "What is low-intensity shockwave therapy?" presupposes it too.
      if (identity.attributive) {
        for (let i = k - 1; i >= Math.max(0, k - 3); i--) {
          const kind = kinds.at(words, i);
          if (kind && kind.end === k && !/[,;:.!?]/.test(words[k]!.gap) && !sentence.context[i]?.negated) {
            out.push({ identity, kind: kind.value, sentence, start: words[i]!.start, end: words[hit.end - 1]!.end });
            break;
          }
        }
      }
      if (sentence.question) {
        k = hit.end - 1;
        continue;
      }
      // Subject first: "X is/are [a] [filler …] K".
      let j = hit.end;
      if (j < words.length && COPULAS.has(words[j]!.key) && !/[,;:.!?]/.test(words[j]!.gap)) {
        j++;
        while (j < words.length && FILLERS.has(words[j]!.key) && !/[;:.!?]/.test(words[j]!.gap)) j++;
        const kind = j < words.length && !/[;:.!?]/.test(words[j]!.gap) ? kinds.at(words, j) : undefined;
        if (kind && !sentence.context[j]?.negated) out.push({ identity, kind: kind.value, sentence, start: words[k]!.start, end: words[kind.end - 1]!.end });
      }
      // Kind first: "a K known as X".
      if (k >= 2 && NAMING.has(words[k - 2]!.key) && words[k - 1]!.key === 'as') {
        for (let i = k - 3; i >= Math.max(0, k - 5); i--) {
          const kind = kinds.at(words, i);
          if (kind && kind.end === k - 2 && !sentence.context[i]?.negated) {
            out.push({ identity, kind: kind.value, sentence, start: words[i]!.start, end: words[hit.end - 1]!.end });
            break;
          }
        }
      }
      k = hit.end - 1;
    }
  }
  return out;
}

const RULING_OUT = new Set(['no', 'not', 'never', 'without', "won't", 'wont', "don't", 'dont', "doesn't", 'doesnt', 'zero', 'free', 'nor', 'cannot', "can't"]);
const COMPARING = new Set(['than', 'compared', 'versus', 'vs']);
/** Words that make "no X" a tendency, not a promise ("most people have no bruising", "you should not notice"). */
const TENDENCY = new Set(['most', 'many', 'usually', 'typically', 'generally', 'often', 'normally', 'should', 'likely', 'unlikely']);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those', 'such']);
const EFFECT_NOUNS = new Set(['condition', 'problem', 'problems', 'effect', 'effects', 'complication', 'complications', 'issue', 'issues', 'reaction', 'risk']);

/** The last effect a sentence names, for "you will not experience this condition" in the next one. */
function lastEffect(effects: TermTable<string>, sentence: Sentence | undefined): string | undefined {
  let effect: string | undefined;
  for (let k = 0; sentence && k < sentence.words.length; k++) effect = effects.at(sentence.words, k)?.value ?? effect;
  return effect;
}

/** "You will not get X" (ruled out) or "fewer X problems" (made rarer): one effect claim of a sentence. */
interface EffectClaim {
  readonly effect: string;
  readonly ruledOut: boolean;
  readonly sentence: Sentence;
  readonly start: number;
  readonly end: number;
}

/** What a document says of the effects in its vocabulary: ruled out, or made rarer or milder. */
function effectClaims({ effects, reduced }: Compiled, document: DocumentModel): EffectClaim[] {
  const out: EffectClaim[] = [];
  document.sentences.forEach((sentence, index) => {
    const words = sentence.words;
    if (sentence.question) return;
    // "… hypopigmentation. You will not experience this condition with …": the effect of the sentence before.
    for (let k = 1; k < words.length; k++) {
      // Safe: k and k - 1 are within bounds.
      if (!EFFECT_NOUNS.has(words[k]!.key) || !DEMONSTRATIVES.has(words[k - 1]!.key) || !sentence.context[k]?.negated || sentence.context[k]?.hedged) continue;
      const effect = lastEffect(effects, document.sentences[index - 1]);
      const from = Math.max(0, k - 5);
      const cue = words.slice(from, k - 1).findIndex((w) => RULING_OUT.has(w.key));
      // Safe: cue is an index of the slice, within bounds.
      if (effect && cue >= 0) out.push({ effect, ruledOut: true, sentence, start: words[from + cue]!.start, end: words[k]!.end });
      break;
    }
    if (!effects.mentionedIn(words)) return;
    const comparing = words.some((w) => COMPARING.has(w.key));
    const tendency = words.some((w) => TENDENCY.has(w.key));
    for (let k = 0; k < words.length; k++) {
      const hit = effects.at(words, k);
      if (!hit) continue;
      const c = sentence.context[k];
      if (!c || c.hedged || c.attributed || c.quoted) continue;
      // The cue within three words before the effect, in its clause.
      let cue = -1;
      for (let i = k - 1; i >= Math.max(0, k - 4); i--) {
        // Safe: i is within bounds.
        const key = words[i]!.key;
        if (c.negated ? RULING_OUT.has(key) : reduced.has(key)) {
          cue = i;
          break;
        }
        if (/[,;:.!?]/.test(words[i + 1]!.gap)) break;
      }
      // "little to no downtime", "minimal or no bruising": a range, neither ruled out nor only reduced.
      const range = c.negated && words.slice(Math.max(0, k - 4), k).some((w) => reduced.has(w.key));
      if (cue >= 0 && !range && (c.negated ? !tendency : !comparing)) {
        // Safe: cue and hit indexes are within bounds.
        out.push({ effect: hit.value, ruledOut: c.negated, sentence, start: words[cue]!.start, end: words[hit.end - 1]!.end });
      }
      k = hit.end - 1;
    }
  });
  return out;
}

/** A sentence as a message quotes it: one line, at most about 80 characters. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= 80 ? line : `${line.slice(0, 77).replace(/\s+\S*$/, '')} …`;
}

/** Statements qualified by different doses or brain regions describe different situations. */
function compatible(a: MechanismStatement, b: MechanismStatement): boolean {
  if (a.dose && b.dose && a.dose !== b.dose) return false;
  if (a.region && b.region && a.region !== b.region) return false;
  return true;
}

const rule = defineRule({
  meta: {
    id: 'mechanism-contradiction',
    description: 'Flag an article that says a substance raises something in one place and lowers it in another, stops what it elsewhere only reduces, rules out an effect it elsewhere only makes rarer, or calls a thing two different kinds',
    defaultSeverity: 'error',
    contextPolicy: { negated: 'skip', hedged: 'keep', question: 'keep', attributed: 'keep', cited: 'keep' },
    fixable: false,
    messages: {
      default: 'Says {substance} {verb} {object} here, but {opposite} {pronoun} at line {line}; one of them is wrong unless each is tied to a dose or brain region',
      identity: 'Calls {subject} a {kind} here, but a {other} at line {line}; {fact} (source: {source})',
      extent: '“{phrase}” says all of it, but line {line} gives only a partial change (“{other}”); a reduction is not a stop, so one of them is wrong',
      effect: '“{phrase}” here, but “{other}” at line {line}: an effect that is only made rarer or milder is not ruled out, so one of them is wrong',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    references: [MOGHADDAM_1997, ZANOS_GOULD_2018],
  },
  check(context) {
    const { document } = context;
    const kb = context.settings.knowledgeBase;
    // A negated statement ("does not decrease") never contradicts its positive twin.
    const groups = new Map<string, MechanismStatement[]>();
    for (const s of mechanismStatements(document, kb)) {
      if (s.negated) continue;
      const key = `${s.substance}|${s.target.id}|${s.aspect}`;
      const list = groups.get(key);
      if (list) list.push(s);
      else groups.set(key, [s]);
    }
    for (const statements of groups.values()) {
      // One finding per contradiction: at the first statement that an earlier one contradicts,
      // with every other statement of the same subject, target and aspect as related locations.
      const at = statements.findIndex((s, i) => statements.slice(0, i).some((p) => p.direction !== s.direction && p.sentence !== s.sentence && compatible(p, s)));
      if (at < 0) continue;
      // Safe: findIndex returned an index of the list.
      const s = statements[at]!;
      const earlier = statements.slice(0, at).find((p) => p.direction !== s.direction && p.sentence !== s.sentence && compatible(p, s))!;
      const related = statements
        .filter((o) => o !== s && compatible(o, s))
        .map((o) => ({ message: `says ${substanceName(kb, o)} ${verbOf(o.direction, o)} ${objectOf(o)} here`, start: o.start, end: o.end }));
      context.report({
        messageId: 'default',
        data: {
          substance: substanceName(kb, s),
          verb: verbOf(s.direction, s),
          object: objectOf(s),
          opposite: verbOf(earlier.direction, earlier),
          pronoun: s.target.kind === 'receptor' && s.aspect === 'activity' ? 'them' : 'it',
          line: lineOf(document.text, earlier.start),
        },
        start: s.start,
        end: s.end,
        related,
      });
    }
    // How much: "stops DHT production" in one place, "about 60% less DHT" in another.
    const statements = mechanismStatements(document, kb).filter((s) => !s.negated);
    const reductions = reductionMentions(document, kb);
    const extentReported = new Set<string>();
    for (const s of statements) {
      const key = `${s.substance}|${s.target.id}`;
      if (!s.complete || s.hedged || extentReported.has(key)) continue;
      const partial =
        statements.find((o) => o.partial && o.sentence !== s.sentence && o.substance === s.substance && o.target.id === s.target.id && o.direction === s.direction && compatible(o, s)) ??
        (s.direction === 'decrease' ? reductions.find((r) => r.target.id === s.target.id && r.sentence !== s.sentence) : undefined);
      if (!partial) continue;
      extentReported.add(key);
      context.report({
        messageId: 'extent',
        data: { phrase: document.text.slice(s.start, s.end), other: excerpt(document.text.slice(partial.sentence.start, partial.sentence.end)), line: lineOf(document.text, partial.start) },
        start: s.start,
        end: s.end,
        related: [{ message: 'gives a partial change here', start: partial.start, end: partial.end }],
      });
    }
    // Effects: ruled out in one place ("you will not get X"), made rarer in another ("fewer X problems").
    const claims = effectClaims(compiled(kb), document);
    const effectReported = new Set<string>();
    claims.forEach((claim, i) => {
      if (effectReported.has(claim.effect)) return;
      const earlier = claims.slice(0, i).find((p) => p.effect === claim.effect && p.ruledOut !== claim.ruledOut && p.sentence !== claim.sentence);
      if (!earlier) return;
      effectReported.add(claim.effect);
      context.report({
        messageId: 'effect',
        data: { phrase: document.text.slice(claim.start, claim.end), other: document.text.slice(earlier.start, earlier.end), line: lineOf(document.text, earlier.start) },
        start: claim.start,
        end: claim.end,
        related: [{ message: earlier.ruledOut ? 'rules it out here' : 'makes it rarer here', start: earlier.start, end: earlier.end }],
      });
    });
    // What a thing is: one article calling it two disjoint kinds ("vesicles" and "stem cells").
    const byIdentity = new Map<string, KindStatement[]>();
    for (const k of kindStatements(compiled(kb), document)) byIdentity.set(k.identity.id, [...(byIdentity.get(k.identity.id) ?? []), k]);
    for (const list of byIdentity.values()) {
      const at = list.findIndex((k, i) => list.slice(0, i).some((p) => p.kind !== k.kind));
      if (at < 0) continue;
      // Safe: findIndex returned an index of the list, and an earlier statement of another kind exists.
      const k = list[at]!;
      const earlier = list.slice(0, at).find((p) => p.kind !== k.kind)!;
      context.report({
        messageId: 'identity',
        data: { subject: k.identity.subjects[0] ?? k.identity.id, kind: k.kind, other: earlier.kind, line: lineOf(document.text, earlier.start), fact: k.identity.statement, source: k.identity.source.url },
        start: k.start,
        end: k.end,
        related: [{ message: `calls it a ${earlier.kind} here`, start: earlier.start, end: earlier.end }],
      });
    }
  },
});

export default rule;
