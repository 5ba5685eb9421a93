// Why: an article that says a drug raises glutamate release in one paragraph and lowers it in another is wrong in one of them, and readers cannot tell which.
import { mechanismStatements, type MechanismStatement } from '../../src/util/mechanisms.js';
import { lineOf, objectOf, substanceName, verbOf } from '../../src/util/describe.js';
import { docsUrl } from '../../src/util/docs-url.js';
import { MOGHADDAM_1997, ZANOS_GOULD_2018 } from '../../src/util/references.js';
import type { RuleModule } from '../../src/types.js';

/** Statements qualified by different doses or brain regions describe different situations. */
function compatible(a: MechanismStatement, b: MechanismStatement): boolean {
  if (a.dose && b.dose && a.dose !== b.dose) return false;
  if (a.region && b.region && a.region !== b.region) return false;
  return true;
}

const rule: RuleModule = {
  meta: {
    id: 'mechanism-contradiction',
    description: 'Flag an article that says a substance raises something in one place and lowers it in another',
    docsUrl: docsUrl('mechanism-contradiction'),
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      default: 'Says {substance} {verb} {object} here, but {opposite} {pronoun} at line {line}; one of them is wrong unless each is tied to a dose or brain region',
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
  },
};

export default rule;
