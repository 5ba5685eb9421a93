// Measures the claim that the phrase matcher's cost per word does not depend on the size of
// the phrase lists: the same documents matched against the built-in lists, plus 10 and plus
// 10,000 extra phrases. Prints the matching time per 1,000 words for each. Run after a build.
import { readFileSync, readdirSync } from 'node:fs';

const { buildDocument, createEngine } = await import('../dist/src/engine/run.js').catch(() => {
  console.error('bench-lexicon: run npm run build first');
  process.exit(2);
});
const { matchSentence } = await import('../dist/src/engine/lexicon.js');
const { ruleSet } = await import('../dist/src/builtin.js');

// Deterministic nonsense phrases that never match, so only the cost of looking is measured.
function phrases(n) {
  const out = [];
  let x = 12345;
  const word = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return `zq${x.toString(36)}`;
  };
  for (let i = 0; i < n; i++) out.push(`${word()} ${i % 3 === 0 ? 'cure' : word()} ${word()}`);
  // Phrases that start with common words, so the matcher must walk their branches.
  for (let i = 0; i < Math.min(n, 2000); i++) out.push(`the ${word()}`, `of ${word()} ${word()}`);
  return out;
}

const dir = 'fixtures/seeds';
const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => Array.from({ length: 40 }, () => buildDocument(readFileSync(`${dir}/${f}`, 'utf8'), f, ruleSet.knowledgeBase)));
const words = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);

// An untimed pass first, so the first measured list does not pay for JIT warm-up.
{
  const engine = createEngine(ruleSet);
  for (const d of docs) for (const s of d.sentences) matchSentence(engine.lexicon, s, []);
}

for (const [label, extra] of [['built-in lists', 0], ['+ 10 phrases', 10], ['+ 10,000 phrases', 10000]]) {
  const engine = createEngine(ruleSet, { options: { 'absolute-claim': { extraPhrases: phrases(extra), ignorePhrases: [] } } });
  const times = [];
  for (let run = 0; run < 5; run++) {
    const out = [];
    const t = performance.now();
    for (const d of docs) for (const s of d.sentences) matchSentence(engine.lexicon, s, out);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(18)} ${((times[2] / words) * 1000).toFixed(3)} ms per 1,000 words (median of 5, ${words} words)`);
}
