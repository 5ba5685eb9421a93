// The format of a rule's hand-written documentation, rules/<id>/docs.md, read by
// scripts/docs.mjs and written by scripts/new-rule.mjs:
//
//   optional YAML-less front lines `Example options: <json>` and `Document level: yes`
//   ## Rule details       markdown: what the rule flags and why
//   ## Incorrect          examples, each a ```text fenced block; each must get a finding from the rule
//   ## Correct            examples, each a ```text fenced block; none may get a finding
//   ## When not to use it markdown
//
// The generator checks every example with the built engine, so a page never documents
// behaviour the rule lacks.

/** The headings of docs.md, in order. */
export const SECTIONS = ['Rule details', 'Incorrect', 'Correct', 'When not to use it'];

/** Inline code that survives backticks in the text (as the generated pages write it). */
export function code(text) {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** An example as a fenced block, its fence longer than any run of backticks in it. */
function fenced(text) {
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${fence}text\n${text}\n${fence}`;
}

/** The examples of a section: its fenced blocks; anything else between them is an error. */
function unfence(section, name) {
  const lines = section.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const open = /^(`{3,})text$/.exec(lines[i]);
    if (!open) throw new Error(`${name}: each example must be a \`\`\`text fenced block, got: ${lines[i]}`);
    const close = lines.indexOf(open[1], i + 1);
    if (close < 0) throw new Error(`${name}: an example's fence is not closed`);
    out.push(lines.slice(i + 1, close).join('\n'));
    i = close;
  }
  if (out.length === 0) throw new Error(`${name}: needs at least one example`);
  return out;
}

/** A rule's docs.md as text. */
export function writeRuleDocs(id, doc) {
  const front = [
    `<!-- The hand-written part of docs/rules/${id}.md: npm run docs joins it with the rule's meta and checks every example against the built engine. -->`,
    ...(doc.exampleOptions ? [`Example options: ${JSON.stringify(doc.exampleOptions)}`] : []),
    ...(doc.documentLevel ? ['Document level: yes'] : []),
  ];
  return [
    front.join('\n\n'),
    `## ${SECTIONS[0]}`,
    doc.details.trim(),
    `## ${SECTIONS[1]}`,
    doc.incorrect.map(fenced).join('\n\n'),
    `## ${SECTIONS[2]}`,
    doc.correct.map(fenced).join('\n\n'),
    `## ${SECTIONS[3]}`,
    doc.whenNot.trim(),
  ].join('\n\n') + '\n';
}

/** Parses a rule's docs.md; throws an Error naming the problem. */
export function readRuleDocs(text) {
  const lines = text.split('\n');
  const heads = SECTIONS.map((s) => lines.indexOf(`## ${s}`));
  if (heads.some((h, i) => h < 0 || (i > 0 && h <= heads[i - 1]))) throw new Error(`needs the headings ${SECTIONS.map((s) => `"## ${s}"`).join(', ')}, each once, in that order`);
  const section = (i) => lines.slice(heads[i] + 1, i + 1 < heads.length ? heads[i + 1] : lines.length).join('\n').trim();
  const front = lines.slice(0, heads[0]).join('\n');
  const doc = { details: section(0), whenNot: section(3) };
  const options = /^Example options: (.*)$/m.exec(front);
  if (options) {
    try {
      doc.exampleOptions = JSON.parse(options[1]);
    } catch {
      throw new Error('Example options: must be a JSON object of rule options');
    }
  }
  if (/^Document level: yes$/m.test(front)) doc.documentLevel = true;
  doc.incorrect = unfence(section(1), SECTIONS[1]);
  doc.correct = unfence(section(2), SECTIONS[2]);
  return doc;
}
