// Compiles every rule's phrase list, with the rule's default options, into
// dist/src/engine/data/lexicon-compiled.json (run by `npm run build`, after tsc).
//
// Why at build time: compiling the phrase lists (parsing some 700 patterns, stemming their
// words, linking the automaton's positions) took about 35 ms of a one-file run, nearly all of
// it in code that runs once per process and is never optimized; the compiled lists load with
// one JSON.parse. The engine uses a list from here only when its phrases are exactly the same
// (src/engine/lexicon.ts: compileLexicon); any other list (other options, the project's words)
// is compiled as before. Keys are the lists' phrases, so the table names no rule.
import { writeFileSync } from 'node:fs';
import { compileList, listKey } from '../dist/src/engine/lexicon.js';
import { knowledgeBase } from '../dist/src/kb/index.js';
import { rules } from '../dist/rules/index.js';

const OUT = 'dist/src/engine/data/lexicon-compiled.json';

const table = {};
// A list may depend on the locale setting: each locale's list is compiled (the same list once).
for (const locale of [undefined, 'en-US', 'en-GB']) {
  const settings = { words: [], fileWords: [], ...(locale ? { locale } : {}), knowledgeBase };
  for (const rule of rules) {
    if (!rule.lexicon) continue;
    const entries = rule.lexicon({ ...rule.meta.defaultOptions }, settings);
    if (entries.length > 0) table[listKey(entries)] ??= compileList(entries);
  }
}
writeFileSync(OUT, JSON.stringify(table));
