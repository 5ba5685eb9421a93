// Why: an article that says a drug raises glutamate release in one paragraph and lowers it in another is wrong in one of them, and readers cannot tell which.
import { mechanismStatements, type MechanismStatement } from '../../src/util/mechanisms.js';
import { lineOf, objectOf, substanceName, verbOf } from '../../src/util/describe.js';
import { defineRule } from '../../src/util/rule.js';
import { MOGHADDAM_1997, ZANOS_GOULD_2018 } from '../../src/util/references.js';
import { knowledgeBase, type Identity } from '../../src/kb/index.js';
import { TermTable } from '../../src/util/terms.js';
import type { DocumentModel, Sentence } from '../../src/types.js';

interface CompiledIdentity {
  readonly identity: Identity;
  readonly kinds: TermTable<string>;
}
const IDENTITIES = new TermTable<CompiledIdentity>();
for (const identity of knowledgeBase.mechanisms.identities ?? []) {
  const kinds = new TermTable<string>();
  for (const [kind, words] of Object.entries(identity.kinds)) for (const w of words) kinds.add(w, kind);
  for (const subject of identity.subjects) IDENTITIES.add(subject, { identity, kinds });
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
function kindStatements(document: DocumentModel): KindStatement[] {
  const out: KindStatement[] = [];
  for (const sentence of document.sentences) {
    const words = sentence.words;
    if (sentence.question || !IDENTITIES.mentionedIn(words)) continue;
    for (let k = 0; k < words.length; k++) {
      const hit = IDENTITIES.at(words, k);
      if (!hit) continue;
      const { identity, kinds } = hit.value;
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

/** Statements qualified by different doses or brain regions describe different situations. */
function compatible(a: MechanismStatement, b: MechanismStatement): boolean {
  if (a.dose && b.dose && a.dose !== b.dose) return false;
  if (a.region && b.region && a.region !== b.region) return false;
  return true;
}

const rule = defineRule({
  meta: {
    id: 'mechanism-contradiction',
    description: 'Flag an article that says a substance raises something in one place and lowers it in another, or calls a thing two different kinds',
    defaultSeverity: 'error',
    contextPolicy: { negated: 'skip', hedged: 'keep', question: 'keep', attributed: 'keep', cited: 'keep' },
    fixable: false,
    messages: {
      default: 'Says {substance} {verb} {object} here, but {opposite} {pronoun} at line {line}; one of them is wrong unless each is tied to a dose or brain region',
      identity: 'Calls {subject} a {kind} here, but a {other} at line {line}; {fact} (source: {source})',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    references: [MOGHADDAM_1997, ZANOS_GOULD_2018],
  },
  check(context) {
    const { document } = context;
    // A negated statement ("does not decrease") never contradicts its positive twin.
    const groups = new Map<string, MechanismStatement[]>();
    for (const s of mechanismStatements(document)) {
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
        .map((o) => ({ message: `says ${substanceName(o)} ${verbOf(o.direction, o)} ${objectOf(o)} here`, start: o.start, end: o.end }));
      context.report({
        messageId: 'default',
        data: {
          substance: substanceName(s),
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
    // What a thing is: one article calling it two disjoint kinds ("vesicles" and "stem cells").
    const byIdentity = new Map<string, KindStatement[]>();
    for (const k of kindStatements(document)) byIdentity.set(k.identity.id, [...(byIdentity.get(k.identity.id) ?? []), k]);
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
