#!/usr/bin/env node
// npm run accuracy: lints the labelled development corpus of real copy (../shared/corpus beside the
// checkout, or MEDLINT_CORPUS) with the built CLI and prints the corpus scorer's lines. The corpus is
// third-party text kept outside the repository; it is read, never copied. With --json, prints the
// scorer's summary figures as JSON (the floor test reads them).
//   npm run accuracy [-- --verbose] [-- --json]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(process.env.MEDLINT_CORPUS ?? path.join(root, '..', 'shared', 'corpus'));
const scorer = path.resolve(process.env.MEDLINT_SCORER ?? path.join(corpus, '..', 'tools', 'score-corpus.mjs'));
const args = process.argv.slice(2);
if (!existsSync(path.join(corpus, 'labels.json')) || !existsSync(scorer)) {
  console.error(`medlint accuracy: no labelled corpus at ${corpus} (set MEDLINT_CORPUS and MEDLINT_SCORER)`);
  process.exit(2);
}
const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(corpus, f));
const dir = mkdtempSync(path.join(tmpdir(), 'medlint-accuracy-'));
try {
  const out = path.join(dir, 'findings.json');
  // Exit status 1 only says there were findings at error level.
  let json;
  try {
    json = execFileSync(process.execPath, [path.join(root, 'bin', 'medlint.js'), '--no-config-lookup', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (error) {
    if (error.status !== 1) throw error;
    json = error.stdout;
  }
  writeFileSync(out, json);
  let report;
  try {
    report = execFileSync(process.execPath, [scorer, corpus, out, ...(args.includes('--verbose') ? ['--verbose'] : [])], { encoding: 'utf8', maxBuffer: 1 << 26 });
  } catch (error) {
    report = error.stdout;
  }
  if (!args.includes('--json')) {
    process.stdout.write(report);
  } else {
    const figure = (re) => {
      const m = report.match(re);
      return m ? m.slice(1).map(Number) : [];
    };
    const [claimsFound, claimsLabels] = figure(/recall by group: claims (\d+)\/(\d+)/);
    const [, claimsRight, claimsAll] = figure(/precision by group: claims ([\d.]+) \((\d+)\/(\d+)\)/);
    const [recall] = figure(/corpus: recall ([\d.]+)/);
    const [, right, all] = figure(/precision ([\d.]+) \((\d+)\/(\d+)\)/);
    const [reference] = figure(/reference text ([\d.]+) claim findings/);
    const [documentFound, documentLabels] = figure(/document (\d+)\/(\d+)/);
    const [, documentRight, documentAll] = figure(/document ([\d.]+) \((\d+)\/(\d+)\)/);
    const [mechanismFound, mechanismLabels] = figure(/mechanism (\d+)\/(\d+)/);
    process.stdout.write(
      JSON.stringify({
        claimsRecall: claimsFound / claimsLabels,
        claimsPrecision: claimsRight / claimsAll,
        documentRecall: documentFound / documentLabels,
        documentPrecision: documentRight / documentAll,
        mechanismRecall: mechanismFound / mechanismLabels,
        recall,
        precision: right / all,
        referenceRate: reference,
      }) + '\n',
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
