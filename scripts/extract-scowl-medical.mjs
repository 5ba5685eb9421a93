// Extracts rules/spelling/scowl-medical.txt: the words of SCOWL's sizes 80 and 95 (english,
// american and british words) that are built from medical word parts ("neurodegenerative",
// "extracorporeal", "macronutrient", "phaeomelanin"). Run by hand, not by the build: SCOWL's
// larger sizes are on no npm package, only in Debian's `scowl` package (apt-get install scowl),
// so the result is committed and the build reads it (scripts/build-dictionary.mjs).
//
// Why only medical-looking words: the whole of sizes 80 and 95 is 380,000 rare words, and rare
// short words hide typos (measured: the corpus typo recall fell from 34 to 33 of 47). Words made
// of medical combining forms are long and rarely one slip from a common word.
//
// SCOWL is Kevin Atkinson's collective work under a permissive notice (NOTICE.md; the build
// writes it beside the built list as domain.LICENSE.txt).
import { readFileSync, writeFileSync } from 'node:fs';
import { looksMedical } from './medical-word-parts.mjs';

const DIR = process.argv[2] ?? '/usr/share/dict/scowl';
const OUT = 'rules/spelling/scowl-medical.txt';

const words = new Set();
for (const size of ['80', '95']) {
  for (const list of ['english-words', 'american-words', 'british-words']) {
    // SCOWL's lists are in ISO-8859-1.
    for (const word of readFileSync(`${DIR}/${list}.${size}`, 'latin1').split('\n')) {
      if (looksMedical(word)) words.add(word);
    }
  }
}
const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(OUT, `${sorted.join('\n')}\n`);
console.log(`scowl-medical: ${sorted.length} words from SCOWL sizes 80 and 95 in ${DIR}`);
