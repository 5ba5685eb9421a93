// Property-based fuzzing of the engine and the formatters: `npm run fuzz -- --runs N [--seed S]`.
//
// Documents are built from Markdown-, HTML- and claim-shaped pieces, hostile characters (lone
// surrogates, escape sequences, C1 controls, bidi overrides, zero-width and combining marks,
// CR alone) and random strings, and linted as .md, .mdx, .txt and .html. For each document:
//   - linting throws nothing but an InputError of one line;
//   - every finding's offsets lie in the text, its line and column agree with its offset, and
//     its excerpt is the text between its offsets;
//   - the same text gives the same result twice;
//   - the fixes of one lint never overlap, and fixing is idempotent (fixing the fixed text
//     changes nothing);
//   - every output format parses back (JSON, SARIF, JUnit and Checkstyle XML, CSV), and none
//     lets a control character that acts (escape sequences, C1, a lone CR) reach a terminal.
// The suite runs the same properties with a fixed seed and a small budget
// (test/fuzz.test.ts); this script is for long runs. Needs a build (dist/) and the dev
// dependencies (fast-check, fast-xml-parser, csv-parse). Exit status 1 on the first failure,
// printed with its (shrunk) counterexample and seed.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const load = (file) => import(pathToFileURL(path.join(ROOT, 'dist', file)).href);

/** The pieces documents are made of. */
const PIECES = [
  '- ', '* ', '1. ', '> ', '# ', '## ', '\n', '\n\n', '  ', '\t', '```\n', '`', '*', '**', '_', '[', '](', ')', '](https://example.com/a)',
  '<p>', '</p>', '<div>', '<!--', '-->', '<!-- medlint-disable-next-line -->', '<!-- medlint-disable absolute-claim -- quoted -->', '{/*', '*/}',
  '---\n', '---\nmedlint:\n  words: [Nao]\n---\n', '&words: [x]', '|', '| a | b |\n|---|---|\n',
  'Ketamine', 'cures', 'cure  cure', 'the the', 'safe', 'completely safe', 'not', 'may', 'studies show', 'FDA-approved', '100%', '9 out of 10',
  'works within minutes', 'the only treatment', 'decreases glutamate release', 'increases glutamate release', 'Spravato', 'depresion',
  '.', ',', '?', '!', '“', '”', '—', '😀', 'e\u0301', '\u202e', '\u200b', '\ufeff', '\ud800', '\udc00', '\r\n', '\r', '\u001b[31m', '\u001b]0;x\u0007', '\u009b', '\u0000', '\u007f',
];

/** A document: a sequence of pieces and random strings, and the file name (its extension picks the format). */
export function documentArbitrary() {
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 4 }).map((codes) => String.fromCharCode(...codes)) },
  );
  return fc.record({
    text: fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')),
    file: fc.constantFrom('doc.md', 'doc.mdx', 'doc.txt', 'doc.html'),
  });
}

// eslint-disable-next-line no-control-regex -- controls that act on a terminal: C0 but tab, LF and CR, DEL, C1.
const ACTIVE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Line and column (1-based, UTF-16) of an offset, line breaks counted as vfile-location counts them (LF, CRLF, lone CR). */
function pointOf(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Loads the built engine and formatters, and returns the check of one document (throws on a broken invariant). */
export async function createChecker() {
  const run = await load('src/engine/run.js');
  const fix = await load('src/engine/fix.js');
  const { InputError } = await load('src/engine/read.js');
  const { formatters } = await load('src/formatters/index.js');
  const { ruleSet } = await load('src/builtin.js');
  const engine = run.createEngine(ruleSet, { timeBudgetMs: 0 });

  return function check({ text, file }) {
    let result;
    try {
      result = run.lintWithEngine(engine, text, file);
    } catch (error) {
      if (error instanceof InputError && !/[\r\n]/.test(error.message)) return;
      throw error;
    }
    for (const m of result.messages) {
      const end = m.endOffset ?? m.offset;
      if (!(m.offset >= 0 && m.offset <= end && end <= text.length)) throw new Error(`${m.ruleId}: offsets ${m.offset}-${end} outside a text of ${text.length}`);
      if (m.endOffset !== undefined) {
        const start = pointOf(text, m.offset);
        const stop = pointOf(text, m.endOffset);
        if (start.line !== m.line || start.column !== m.column) throw new Error(`${m.ruleId}: ${m.line}:${m.column} is not offset ${m.offset} (${start.line}:${start.column})`);
        if (stop.line !== m.endLine || stop.column !== m.endColumn) throw new Error(`${m.ruleId}: end ${m.endLine}:${m.endColumn} is not offset ${m.endOffset} (${stop.line}:${stop.column})`);
        if (m.excerpt !== text.slice(m.offset, m.endOffset)) throw new Error(`${m.ruleId}: excerpt ${JSON.stringify(m.excerpt)} is not the text between its offsets`);
      }
    }
    const again = run.lintWithEngine(engine, text, file);
    if (JSON.stringify(again) !== JSON.stringify(result)) throw new Error('the same text gave two results');

    const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : [])).sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < fixes.length; i++) {
      const [a, b] = [fixes[i - 1], fixes[i]];
      if (b.start < a.end || (b.start === a.end && b.start === b.end)) throw new Error(`fixes overlap: ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
    }
    const fixed = fix.fixText(engine, text, file);
    const twice = fix.fixText(engine, fixed.output, file);
    if (twice.output !== fixed.output) throw new Error(`fixing is not idempotent: ${JSON.stringify(fixed.output)} -> ${JSON.stringify(twice.output)}`);

    const results = [result];
    for (const [name, format] of Object.entries(formatters)) {
      const out = format(results, { color: false, cwd: ROOT });
      if (ACTIVE.test(out)) throw new Error(`${name}: a control character reaches the output`);
      if (name === 'stylish' || name === 'github' || name === 'markdown') {
        if (/\r(?!\n)/.test(out)) throw new Error(`${name}: a lone CR reaches the output`);
      }
      if (name === 'json' || name === 'sarif') JSON.parse(out);
      if (name === 'junit' || name === 'checkstyle') {
        const valid = XMLValidator.validate(out);
        if (valid !== true) throw new Error(`${name}: not well-formed XML: ${JSON.stringify(valid)}`);
      }
      if (name === 'csv') {
        const rows = parseCsv(out.replace(/^\ufeff/, ''), { columns: true, relax_column_count: false });
        if (rows.length !== result.messages.length) throw new Error(`csv: ${rows.length} rows for ${result.messages.length} findings`);
      }
    }
  };
}

async function main(argv) {
  const value = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : fallback;
  };
  const runs = value('--runs', 1000);
  const seed = value('--seed', Date.now() % 2 ** 31);
  // Library warnings (the yaml parser's, on fuzzed front matter) are counted, not printed; each must be one line.
  process.removeAllListeners('warning');
  let warnings = 0;
  let multiLine = 0;
  process.on('warning', (warning) => {
    warnings++;
    if (/[\r\n]/.test(warning.message)) multiLine++;
  });
  const check = await createChecker();
  const started = Date.now();
  const outcome = fc.check(fc.property(documentArbitrary(), (doc) => void check(doc)), { numRuns: runs, seed });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (outcome.failed) {
    const error = outcome.errorInstance instanceof Error ? outcome.errorInstance : new Error(String(outcome.errorInstance));
    const kind = /outside|is not|excerpt|two results|overlap|idempotent|reaches|parse|rows|XML/.test(error.message) ? 'violation' : 'exception';
    console.log(`fuzz: ${outcome.numRuns} documents, 1 ${kind} (seed ${seed}, ${seconds} s)`);
    console.log(`  ${error.message.split('\n')[0]}`);
    console.log(`  counterexample: ${JSON.stringify(outcome.counterexample?.[0])}`);
    console.log(`  replay: npm run fuzz -- --runs ${runs} --seed ${seed}`);
    process.exitCode = 1;
    return;
  }
  console.log(`fuzz: ${outcome.numRuns} documents, 0 exceptions, ${multiLine} violations (seed ${seed}, ${seconds} s; ${warnings} library warnings, ${multiLine} of more than one line)`);
  if (multiLine > 0) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
