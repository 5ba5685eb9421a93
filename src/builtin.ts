/**
 * medlint's own rule set: the rule registry (rules/index.ts) and the knowledge base it ships.
 * The engine imports neither; the entry points hand this set to it: the command line,
 * `medlint report`, the API (`lintText`, `lintFiles`), the remark plugin, the language server
 * and the lint pool's worker (src/worker.ts).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rules } from '../rules/index.js';
import { knowledgeBase } from './kb/index.js';
import type { RuleSet, RulesMeta } from './types.js';
import { rulesMetaOf } from './util/rule.js';

/**
 * The worker module of this set: bundled (dist/medlint-worker.js, quicker to start), else
 * beside this module (dist/src/worker.js), else in dist/ when the sources run (tests).
 */
function workerFile(): string {
  const candidates = ['../medlint-worker.js', './worker.js', '../dist/medlint-worker.js', '../dist/src/worker.js'];
  for (const url of candidates.map((c) => new URL(c, import.meta.url))) {
    if (existsSync(url)) return fileURLToPath(url);
  }
  throw new Error('the worker module is not built; run npm run build');
}

/** medlint's rules and knowledge base, as the engine takes them. */
export const ruleSet: RuleSet = { rules, knowledgeBase, workerFile };

/** The metadata of medlint's rules, by id: what formatters and the report are given instead of the registry. */
export const rulesMeta: RulesMeta = rulesMetaOf(rules);
