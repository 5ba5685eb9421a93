/**
 * The boundaries of issue 11, checked on the sources so they cannot regress: the engine never
 * names a rule (no rule id, no rule data path, no knowledge-base id in src/engine/, and no
 * import that reaches a rule, the registry or the knowledge base), formatters and the report
 * never import the registry, and the rules read the knowledge base their settings carry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { ruleSet } from '../src/builtin.js';
import { createEngine, lintWithEngine } from '../src/engine/run.js';
import type { Product } from '../src/kb/index.js';
import type { KnowledgeBase } from '../src/types.js';

/** Every file under a folder (relative paths from the repository root). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

const ENGINE = filesUnder('src/engine');
const ENGINE_TS = ENGINE.filter((f) => f.endsWith('.ts'));

/** Every `id` of the shipped knowledge base's data files (products, substances, myths, targets, facts …). */
function knowledgeBaseIds(): string[] {
  const ids = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const id = (value as { id?: unknown }).id;
      if (typeof id === 'string') ids.add(id);
      Object.values(value).forEach(walk);
    }
  };
  for (const file of filesUnder('rules/data/knowledge').filter((f) => f.endsWith('.json') && !f.includes(`${path.sep}schema${path.sep}`))) walk(JSON.parse(readFileSync(file, 'utf8')));
  return [...ids].sort();
}

/**
 * The relative modules a source file loads at run time: `import … from`, `export … from` and
 * `import()`, but not `import type` / `export type` (erased by the compiler), resolved to files.
 */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) specifiers.push(m[1]!);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(m[1]!);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => path.relative('.', path.resolve(path.dirname(file), s)).replace(/\.js$/, '.ts'));
}

/** Every source file reachable at run time from `entries` through relative imports. */
function reachable(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.ts')) queue.push(...runtimeImports(file));
  }
  return seen;
}

/** The lines of some files that match a pattern, as `file:line: text` (what `grep -rn` prints). */
function grep(files: readonly string[], pattern: RegExp): string[] {
  const hits: string[] = [];
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (pattern.test(line)) hits.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  return hits;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the registry is, for the import checks: the rules' folders, and the module that hands the registry to entry points. */
const isRegistry = (file: string): boolean => file.startsWith(`rules${path.sep}`) || file === path.join('src', 'builtin.ts') || file === path.join('src', 'worker.ts');
const isKnowledgeBase = (file: string): boolean => file.startsWith(path.join('src', 'kb') + path.sep);

describe('the engine never names a rule', () => {
  it('has the files this test reads', () => {
    expect(ENGINE_TS).toContain(path.join('src', 'engine', 'run.ts'));
    expect(ENGINE).toContain(path.join('src', 'engine', 'data', 'claims.json'));
    expect(rules.length).toBeGreaterThan(10);
  });

  it('names no rule id in src/engine/ (as `grep -rnw <id> src/engine` would find it)', () => {
    for (const { meta } of rules) expect(grep(ENGINE, new RegExp(`(?<![\\w])${escape(meta.id)}(?![\\w])`)), meta.id).toEqual([]);
  });

  it('names no rule data path in src/engine/', () => {
    expect(grep(ENGINE, /\brules\//)).toEqual([]);
  });

  it('names no knowledge-base id as a string in the engine’s code', () => {
    // Ids only as string literals: many are plain words ("insulin", "inflammation") the engine's
    // own vocabularies (src/engine/data/*.json) rightly contain.
    const ids = knowledgeBaseIds();
    expect(ids).toContain('semaglutide');
    for (const id of ids) expect(grep(ENGINE_TS, new RegExp(`['"\`]${escape(id)}['"\`]`)), id).toEqual([]);
  });

  it('loads no rule, no registry and no knowledge base, directly or through another module', () => {
    const loaded = [...reachable(ENGINE_TS)];
    expect(loaded).toContain(path.join('src', 'engine', 'claims.ts'));
    expect(loaded.filter((f) => isRegistry(f) || isKnowledgeBase(f))).toEqual([]);
  });
});

describe('formatters and the report never import the rule registry', () => {
  it('load no module of rules/ nor the module that hands the registry out, directly or through another module', () => {
    const entries = [...filesUnder('src/formatters'), ...filesUnder('src/report')].filter((f) => f.endsWith('.ts'));
    expect(entries.length).toBeGreaterThan(5);
    expect([...reachable(entries)].filter(isRegistry)).toEqual([]);
  });
});

describe('the rule set is a parameter', () => {
  /** The shipped knowledge base with one more product and one more myth, as a project might extend it. */
  function extended(): KnowledgeBase {
    const kb = ruleSet.knowledgeBase;
    // Safe: the shipped knowledge base has CBD (test/kb.test.ts).
    const cbd = kb.regulatory.products.find((p) => p.id === 'cbd')!;
    const zorblax: Product = { ...cbd, id: 'zorblax', name: 'Zorblax', names: ['zorblax'], approvedProducts: [] };
    const myth = { ...kb.myths.myths[0]!, id: 'zorblax-detox', statement: 'Zorblax draws nothing out of the body.', patterns: ['zorblax draws toxins'], topics: [], unless: [] };
    return { ...kb, regulatory: { ...kb.regulatory, products: [...kb.regulatory.products, zorblax] }, myths: { ...kb.myths, myths: [...kb.myths.myths, myth] } };
  }

  const text = 'Zorblax cures cancer. Zorblax draws toxins into its pads.';
  /** Each finding's rule, excerpt and whether its message names the product or the myth's correction. */
  const findings = (kb: KnowledgeBase) =>
    lintWithEngine(createEngine({ rules, knowledgeBase: kb }, { only: ['mechanism-error', 'regulatory-claim'] }), text, 'a.txt').messages.map((m) => `${m.ruleId}: ${m.excerpt}${m.message.includes('Zorblax') ? ' (Zorblax)' : ''}`);

  it('rules and the claim model read the knowledge base the caller gives, not the shipped one', () => {
    expect(findings(ruleSet.knowledgeBase)).toEqual([]);
    const kb = extended();
    // The claim model resolves "Zorblax" to the product (regulatory-claim's disease claim names it); the myth is in the phrase list.
    const expected = ['regulatory-claim: cures cancer (Zorblax)', 'mechanism-error: Zorblax draws toxins (Zorblax)'];
    expect(findings(kb)).toEqual(expected);
    // Compiled once per knowledge base and kept apart: the same again, and the shipped one unchanged.
    expect(findings(kb)).toEqual(expected);
    expect(findings(ruleSet.knowledgeBase)).toEqual([]);
  });

  it('knows only the rules it is given', () => {
    const one = rules.filter((r) => r.meta.id === 'whitespace');
    expect(() => createEngine({ rules: one, knowledgeBase: ruleSet.knowledgeBase }, { only: ['spelling'] })).toThrow(/Unknown rule "spelling"\. Known rules: whitespace$/);
  });
});
