// The new-rule scaffold: `npm run new-rule <id>` (or `node scripts/new-rule.mjs <id>`).
//
// Adding a rule touches one folder and one registry line. This writes both:
//   rules/<id>/index.ts       the rule, through defineRule, with a phrase list
//   rules/<id>/data.json      the phrase list (a placeholder phrase, with its source comment)
//   rules/<id>/docs.md        the hand-written part of its documentation page
//   rules/<id>/<id>.test.ts   its tests (valid, invalid, bad options), run by npm test
//   rules/registry.ts         one line, in folder order
// Then `npm run build && npm run docs` generates docs/rules/<id>.md, the config schema and
// the README's rules table from the rule's meta. The rule works as written (it flags its
// placeholder phrase), so npm test passes from the start; replace the placeholders.
// Exit status: 0 written, 2 a bad or taken id (nothing written).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeRuleDocs } from './rule-docs-format.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [id, ...rest] = process.argv.slice(2);

function fail(message) {
  console.error(`new-rule: ${message}`);
  process.exit(2);
}

if (!id || rest.length > 0) fail('usage: npm run new-rule <id>   (kebab-case, e.g. no-cure-claim)');
if (!/^[a-z]+(-[a-z]+)*$/.test(id)) fail(`"${id}" is not a kebab-case rule id (lower-case words joined by hyphens)`);
if (id === 'data') fail('"data" is the knowledge base folder, not a rule');
const folder = path.join(ROOT, 'rules', id);
if (existsSync(folder)) fail(`rules/${id} already exists`);

const name = id.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const today = new Date().toISOString().slice(0, 10);
const PHRASE = 'example phrase';

const index = `// Why: TODO: say in one line why medical copy needs this rule.
import { defineRule, NO_OPTIONS } from '../../src/util/rule.js';
import data from './data.json' with { type: 'json' };

export default defineRule({
  meta: {
    id: '${id}',
    description: 'Flag the phrases of this rule',
    defaultSeverity: 'warning',
    fixable: false,
    messages: { default: '“{phrase}” TODO: say what was found and what to do' },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: NO_OPTIONS,
    references: [{ title: 'TODO: the guidance findings rest on', url: 'https://example.org/' }],
  },
  lexicon: () => data.entries,
  check(context) {
    for (const match of context.matches) {
      // Safe: match indexes are within the sentence's words.
      const start = match.sentence.words[match.first]!.start;
      const end = match.sentence.words[match.last]!.end;
      context.report({ messageId: 'default', data: { phrase: context.document.text.slice(start, end) }, start, end });
    }
  },
});
`;

const dataJson = `${JSON.stringify({ _comment: `TODO: the phrases this rule flags. Source: TODO (a URL). As of ${today}.`, entries: [{ phrase: PHRASE }] }, null, 2)}\n`;

const docs = writeRuleDocs(id, {
  details: 'TODO: what the rule flags, why it matters for medical copy, and what it does not flag.',
  incorrect: [`This sentence holds an ${PHRASE}.`],
  correct: ['This sentence holds none.'],
  whenNot: 'TODO: when a project should turn this rule off.',
});

const test = `import { at, ruleTester } from '../../test/helpers/rule-tester.js';

const one = 'This sentence holds an ${PHRASE}.';

ruleTester('${id}', {
  valid: ['This sentence holds none.', 'Use \`${PHRASE}\` in code without a finding.'],
  invalid: [{ text: one, findings: [at(one, '${PHRASE}', { messageId: 'default', data: { phrase: '${PHRASE}' } })] }],
  badOptions: [{ options: { unknown: true }, error: /Unknown option \`unknown\` for rule \`${id}\`/ }],
});
`;

const registryFile = path.join(ROOT, 'rules/registry.ts');
const registry = readFileSync(registryFile, 'utf8').split('\n');
const line = `export { default as ${name} } from './${id}/index.js';`;
const folderOf = (l) => /'\.\/([a-z-]+)\/index\.js'/.exec(l)?.[1];
const exports = registry.map((l, i) => [l, i]).filter(([l]) => l.startsWith('export '));
if (exports.length === 0) fail('rules/registry.ts has no export lines');
const after = exports.find(([l]) => folderOf(l) > id);
registry.splice(after ? after[1] : exports.at(-1)[1] + 1, 0, line);

mkdirSync(folder);
const written = {
  [`rules/${id}/index.ts`]: index,
  [`rules/${id}/data.json`]: dataJson,
  [`rules/${id}/docs.md`]: docs,
  [`rules/${id}/${id}.test.ts`]: test,
};
for (const [file, content] of Object.entries(written)) writeFileSync(path.join(ROOT, file), content);
writeFileSync(registryFile, registry.join('\n'));
console.log(`new-rule: wrote ${Object.keys(written).join(', ')}`);
console.log(`new-rule: added to rules/registry.ts: ${line}`);
console.log('new-rule: next: npm run build && npm run docs (generates docs/rules/' + id + '.md and the README table), then npm test');
