/** Every rule keeps the contract: id = folder, docs, tests, messages, data with sources. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { docsUrl } from '../src/util/docs-url.js';
import { createEngine } from '../src/engine/run.js';
import { ruleSet } from '../src/builtin.js';

const folders = readdirSync('rules', { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'data').map((d) => d.name).sort();

describe('rule registry', () => {
  it('lists every rule folder, sorted by id', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(folders);
    // One line per rule in the registry, sorted by folder (npm run new-rule keeps it so).
    const lines = readFileSync('rules/registry.ts', 'utf8').split('\n').filter((l) => l.startsWith('export '));
    expect(lines.map((l) => /'\.\/([a-z-]+)\/index\.js'/.exec(l)?.[1])).toEqual(folders);
  });
  it('compiles every phrase list together', () => {
    expect(() => createEngine(ruleSet)).not.toThrow();
  });
});

for (const rule of rules) {
  const { meta } = rule;
  describe(meta.id, () => {
    it('has a kebab-case id, an imperative one-sentence description and a generated docs URL', () => {
      expect(meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(meta.description).toMatch(/^[A-Z][a-z]+ .*[^.]$/);
      expect(meta.docsUrl).toBe(docsUrl(meta.id));
      expect(['error', 'warning', 'info']).toContain(meta.defaultSeverity);
      expect(meta.references.length).toBeGreaterThan(0);
    });
    it('has a docs page (docs/rules/<id>.md) whose title is the id and which repeats the description', () => {
      const readme = readFileSync(`docs/rules/${meta.id}.md`, 'utf8');
      expect(readme.split('\n')[0]).toBe(`# ${meta.id}`);
      expect(readme).toContain(meta.description);
    });
    it('has a test file (in its folder, or test/rules/<id>.test.ts) with bad-options cases', () => {
      const file = [`rules/${meta.id}/${meta.id}.test.ts`, `test/rules/${meta.id}.test.ts`].find((f) => existsSync(f));
      expect(file, 'no test file').toBeDefined();
      expect(readFileSync(file ?? '', 'utf8')).toMatch(/badOptions: \[\s*\{/);
    });
    it('has its hand-written documentation in its folder (rules/<id>/docs.md)', () => {
      expect(existsSync(`rules/${meta.id}/docs.md`)).toBe(true);
    });
    it('has a message for every messageId its data uses, and a header comment saying why it exists', () => {
      const used = (rule.lexicon?.(meta.defaultOptions, { words: [], fileWords: [], knowledgeBase: ruleSet.knowledgeBase }) ?? []).filter((e) => !e.ignore).map((e) => e.messageId ?? 'default');
      for (const id of used) expect(Object.keys(meta.messages)).toContain(id);
      expect(readFileSync(`rules/${meta.id}/index.ts`, 'utf8')).toMatch(/^\/\/ Why: /);
    });
    it('names the sources of its data and the date they were checked', () => {
      if (!existsSync(`rules/${meta.id}/data.json`)) return;
      const data = JSON.parse(readFileSync(`rules/${meta.id}/data.json`, 'utf8')) as { _comment: string };
      expect(data._comment).toMatch(/Source|https?:\/\//);
      expect(data._comment).toMatch(/As of \d{4}-\d{2}-\d{2}/);
    });
  });
}
