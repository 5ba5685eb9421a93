/**
 * Documentation that must not drift: the generated rule pages, config schema and rules table
 * are fresh, and the README's CI recipes run as written on this repository's fixtures.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { BIN, tempDir } from './helpers/cli.js';

const README = readFileSync('README.md', 'utf8');

/** The fenced block between `<!-- recipe:<name>:start -->` and its end marker. */
function recipe(name: string): string {
  const m = new RegExp(`<!-- recipe:${name}:start -->\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\`\\n<!-- recipe:${name}:end -->`).exec(README);
  if (!m?.[1]) throw new Error(`README has no ${name} recipe`);
  return m[1];
}

/** Runs a recipe's `npx medlint …` command (with the built binary) in a copy of the fixtures. */
function runRecipeCommand(command: string, cwd: string) {
  expect(command).toMatch(/^npx medlint /);
  const args = command.replace(/^npx medlint /, '').split(/\s+/);
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
}

function fixturesCopy(): string {
  const dir = tempDir({});
  cpSync('fixtures/seeds', path.join(dir, 'fixtures/seeds'), { recursive: true });
  return dir;
}

describe('generated documentation', () => {
  it('is up to date (npm run docs writes nothing)', () => {
    const r = spawnSync(process.execPath, ['scripts/docs.mjs', '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('has one page per rule in docs/rules, and no other', () => {
    expect(readdirSync('docs/rules').sort()).toEqual(rules.map((r) => `${r.meta.id}.md`).sort());
  });
});

describe('CI recipes', () => {
  it('the GitHub workflow in the README uses current actions and a maintained Node LTS, and its command writes SARIF', () => {
    const yaml = recipe('github');
    expect(yaml).toContain('actions/checkout@v6');
    expect(yaml).toContain('actions/setup-node@v6');
    expect(yaml).toContain('github/codeql-action/upload-sarif@v4');
    expect(yaml).toMatch(/node-version: 24\n/);
    expect(recipe('gitlab')).toContain('image: node:24');
    const workflow = parseYaml(yaml) as { jobs: { medlint: { steps: { run?: string; uses?: string; with?: Record<string, string> }[] } } };
    const steps = workflow.jobs.medlint.steps;
    const lint = steps.find((s) => s.run?.startsWith('npx medlint'));
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(lint && upload).toBeTruthy();
    const dir = fixturesCopy();
    const r = runRecipeCommand(lint!.run!, dir);
    // The seeds are real copy with real problems: exit 1, and the report is written.
    expect(r.status, r.stderr).toBe(1);
    const sarif = JSON.parse(readFileSync(path.join(dir, upload!.with!['sarif_file']!), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(30);
  });

  it('the GitLab job writes the JUnit report it declares', () => {
    const job = (parseYaml(recipe('gitlab')) as { medlint: { script: string[]; artifacts: { reports: { junit: string } } } }).medlint;
    const dir = fixturesCopy();
    const command = job.script.find((c) => c.startsWith('npx medlint'))!;
    const r = runRecipeCommand(command, dir);
    expect(r.status, r.stderr).toBe(1);
    const xml = readFileSync(path.join(dir, job.artifacts.reports.junit), 'utf8');
    expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<testsuites/);
    expect(xml.match(/<testsuite /g)).toHaveLength(5);
  });

  it("this repository's own workflow runs .ci/run, with the same actions", () => {
    const ci = readFileSync('.github/workflows/ci.yml', 'utf8');
    const workflow = parseYaml(ci) as { jobs: { ci: { steps: { run?: string; uses?: string }[] } } };
    expect(workflow.jobs.ci.steps.map((s) => s.uses ?? s.run)).toEqual(['actions/checkout@v6', 'actions/setup-node@v6', 'bash .ci/run']);
    expect(ci).toMatch(/node-version: 24\n/);
  });

  it('the pre-commit hook runs the package binary on the article extensions', () => {
    const [hook] = parseYaml(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as { id: string; entry: string; language: string; files: string }[];
    expect(hook).toMatchObject({ id: 'medlint', entry: 'medlint', language: 'node' });
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };
    expect(existsSync(pkg.bin[hook!.entry]!)).toBe(true);
    const files = new RegExp(hook!.files);
    for (const f of ['a.md', 'b.markdown', 'c.mdx', 'd.txt', 'e.html', 'f.htm']) expect(files.test(f), f).toBe(true);
    for (const f of ['a.js', 'b.json', 'c.mdown']) expect(files.test(f), f).toBe(false);
  });
});
