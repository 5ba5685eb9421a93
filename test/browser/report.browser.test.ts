/**
 * The HTML audit report in a real browser: Debian's Chromium driven by playwright-core (no
 * browser download; see scripts/chromium.mjs). Reports are made by the built binary, opened
 * from file:// URLs, and every page is watched for console errors, uncaught exceptions,
 * dialogs and any request that is not the report file itself.
 *
 * Without Chromium the suite is skipped locally with the reason in its name; in CI (CI set)
 * a missing Chromium fails instead, so the browser tests cannot silently stop running.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, chromiumAvailable, launchChromium } from '../../scripts/chromium.mjs';
import type { LintResult } from '../../src/types.js';

const BIN = path.resolve('bin/medlint.js');
const ARTIFACTS = path.resolve('test-artifacts');
const available = chromiumAvailable();
const inCI = Boolean(process.env['CI']) && !/^(false|0)$/i.test(process.env['CI'] ?? '');

function medlint(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Makes a report with the built binary and returns its path. */
function makeReport(dir: string, name: string, args: string[]): string {
  const out = path.join(dir, name);
  const r = medlint(['report', ...args, '--out', out]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return out;
}

/** The findings of the same files as the JSON formatter gives them: the reference the report is checked against. */
function lintJson(paths: string[]): LintResult[] {
  return JSON.parse(medlint(['--format', 'json', ...paths]).stdout) as LintResult[];
}

if (!available && inCI) {
  describe('report in Chromium', () => {
    it('has Chromium to run in', () => {
      throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: .ci/run installs it with apt-get install -y chromium`);
    });
  });
}

describe.skipIf(!available)(`report in Chromium${available ? '' : ` (skipped: no Chromium at ${CHROMIUM_PATH}; apt-get install chromium)`}`, () => {
  let browser: Browser;
  let dir: string;
  let seedsReport: string;
  /** Problems seen on the pages of the current test. */
  let problems: string[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'medlint-browser-'));
    seedsReport = makeReport(dir, 'seeds.html', ['fixtures/seeds']);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
    expect(problems).toEqual([]);
    problems = [];
  });

  /** Opens a report in a fresh context (its own storage) and waits until the page is ready. */
  async function open(file: string, viewport = { width: 1400, height: 900 }, context?: BrowserContext): Promise<Page> {
    const ctx = context ?? (await browser.newContext({ viewport, acceptDownloads: true }));
    if (!context) contexts.push(ctx);
    const allowed = (url: string): boolean => url === pathToFileURL(file).href || url.startsWith('data:') || url.startsWith('about:') || url.startsWith('blob:');
    await ctx.route('**/*', (route) => {
      const url = route.request().url();
      if (allowed(url)) return route.continue();
      problems.push(`request: ${url}`);
      return route.abort();
    });
    const page = await ctx.newPage();
    page.on('request', (request) => {
      if (!allowed(request.url())) problems.push(`request: ${request.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-ready]');
    return page;
  }

  /** Renders every article body (as printing does). */
  const renderAll = (page: Page): Promise<void> => page.evaluate(() => void window.dispatchEvent(new Event('beforeprint')));

  /** The text of each highlight (all its pieces, in order), with its file and rule. */
  function highlights(page: Page): Promise<{ file: string; rule: string; severity: string; text: string }[]> {
    return page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('mark.hl[data-first]')].map((first) => {
        const fid = first.dataset['fid'] ?? '';
        const pieces = [...document.querySelectorAll<HTMLElement>(`mark.hl[data-fid="${fid}"]`)];
        return {
          file: first.closest('.article')?.querySelector('h2.path')?.textContent ?? '',
          rule: first.dataset['rule'] ?? '',
          severity: first.dataset['severity'] ?? '',
          text: pieces.map((p) => p.textContent).join(''),
        };
      }),
    );
  }

  const visibleArticles = (page: Page): Promise<string[]> => page.$$eval('section.article:not([hidden]) h2.path', (els) => els.map((e) => e.textContent ?? ''));

  it('renders bodies lazily, then one highlight per ranged finding, each covering its excerpt', async () => {
    const page = await open(seedsReport);
    const results = lintJson(['fixtures/seeds']);
    expect(await page.locator('section.article').count()).toBe(results.length);
    // Only what is near the viewport is rendered at first.
    expect(await page.locator('.doc').count()).toBeLessThan(results.length);
    await renderAll(page);
    expect(await page.locator('.doc').count()).toBe(results.length);

    const ranged = results.flatMap((r) => r.messages.filter((m) => m.endOffset !== undefined).map((m) => ({ file: r.file, rule: m.ruleId, severity: m.severity, text: m.excerpt })));
    expect(ranged.length).toBeGreaterThan(30);
    expect(await page.locator('mark.hl[data-first]').count()).toBe(ranged.length);
    const key = (h: { file: string; rule: string; severity: string; text: string }): string => `${h.file}\u0000${h.rule}\u0000${h.severity}\u0000${h.text}`;
    expect((await highlights(page)).map(key).sort()).toEqual(ranged.map(key).sort());

    // Document-level findings are in each article's box, as cards; every finding has a card.
    const all = results.reduce((n, r) => n + r.messages.length, 0);
    expect(await page.locator('article.card').count()).toBe(all);
    const documentLevel = results.reduce((n, r) => n + r.messages.filter((m) => m.endOffset === undefined).length, 0);
    expect(await page.locator('.docbox article.card').count()).toBe(documentLevel);
  });

  it('links the two places of a contradiction to each other', async () => {
    const page = await open(seedsReport);
    await renderAll(page);
    const finding = page.locator('mark.hl[data-rule="mechanism-contradiction"][data-first]');
    expect(await finding.count()).toBe(1);
    const id = await finding.getAttribute('id');
    // The finding's card links to each related place ...
    const card = page.locator(`#c-${(id ?? '').slice(2)}`);
    const hrefs = await card.locator('.related a.xref').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      // ... and each related place links back to the finding.
      const related = page.locator(href);
      expect(await related.count()).toBe(1);
      expect(await related.getAttribute('data-target')).toBe(id);
      expect(await related.textContent()).toBeTruthy();
    }
    await card.locator('.related a.xref').first().click();
    await expect.poll(() => page.locator('mark.rel.flash').count()).toBe(1);
    await page.locator(hrefs[0] ?? '').click();
    await expect.poll(() => page.locator('mark.hl.flash[data-rule="mechanism-contradiction"]').count()).toBeGreaterThan(0);
  });

  it('filters by rule and by severity', async () => {
    const page = await open(seedsReport);
    await renderAll(page);
    const results = lintJson(['fixtures/seeds']);
    const option = await page.$eval('#filter-rule', (select) => [...(select as HTMLSelectElement).options].find((o) => o.text.startsWith('safety-claim '))?.value ?? '');
    await page.selectOption('#filter-rule', option);
    const withRule = results.filter((r) => r.messages.some((m) => m.ruleId === 'safety-claim')).map((r) => r.file);
    await expect.poll(() => visibleArticles(page)).toEqual(withRule);
    const visibleCards = await page.$$eval('section.article:not([hidden]) article.card', (els) => els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.getAttribute('data-rule')));
    expect(new Set(visibleCards)).toEqual(new Set(['safety-claim']));
    // Other rules' highlights lose their colour; the rule's keep it.
    const styles = await page.$$eval('section.article:not([hidden]) mark.hl', (els) => els.map((e) => ({ rule: e.getAttribute('data-rule'), background: getComputedStyle(e).backgroundColor })));
    for (const s of styles) expect(s.background === 'rgba(0, 0, 0, 0)').toBe(s.rule !== 'safety-claim');
    expect(await page.textContent('#status')).toContain('rule safety-claim');

    await page.selectOption('#filter-rule', '-1');
    await page.uncheck('#filter-warning');
    await page.uncheck('#filter-info');
    const withErrors = results.filter((r) => r.messages.some((m) => m.severity === 'error')).map((r) => r.file);
    await expect.poll(() => visibleArticles(page)).toEqual(withErrors);
    const severities = await page.$$eval('section.article:not([hidden]) article.card', (els) => els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.getAttribute('data-severity')));
    expect(new Set(severities)).toEqual(new Set(['error']));
  });

  it('searches file names, findings and article text', async () => {
    const page = await open(seedsReport);
    const results = lintJson(['fixtures/seeds']);
    const matching = (q: string): string[] =>
      results.filter((r) => [r.file, readFileSync(r.file, 'utf8'), ...r.messages.flatMap((m) => [m.ruleId, m.message, m.excerpt, ...(m.suggestions ?? [])])].join('\n').toLowerCase().includes(q)).map((r) => r.file);
    for (const query of ['glutamate', 'Spravato', '002_512', 'no such words anywhere']) {
      await page.fill('#search', query);
      const expected = matching(query.toLowerCase());
      await expect.poll(() => visibleArticles(page)).toEqual(expected);
    }
    expect(matching('glutamate').length).toBeLessThan(results.length);
    await page.fill('#search', '');
    await expect.poll(() => visibleArticles(page)).toHaveLength(results.length);
  });

  it('keeps sign-offs in the browser, shows them in the summary and exports them', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    contexts.push(context);
    let page = await open(seedsReport, undefined, context);
    await page.locator('[data-goto="1"]').click();
    await page.fill('#so-1-reviewer', 'Dr. A. Reviewer');
    await page.check('input[name="decision-1"][value="changes"]');
    await page.fill('#so-1-notes', '=cmd|"/c calc"!A1, "quoted", line\nbreak');
    await expect.poll(() => page.textContent('#stat-signed .stat-value')).toBe('1 / 5');
    expect(await page.locator('td[data-decision-for="1"]').textContent()).toBe('Changes needed');

    // A reload (same browser profile) brings the sign-off back.
    await page.close();
    page = await open(seedsReport, undefined, context);
    await page.locator('[data-goto="1"]').click();
    expect(await page.inputValue('#so-1-reviewer')).toBe('Dr. A. Reviewer');
    expect(await page.isChecked('input[name="decision-1"][value="changes"]')).toBe(true);
    expect(await page.inputValue('#so-1-date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const exported = JSON.parse(readFileSync(await json.path(), 'utf8')) as { signoffs: { file: string; reviewer: string; decision: string; notes: string; sha256: string }[] };
    expect(exported.signoffs).toHaveLength(1);
    expect(exported.signoffs[0]).toMatchObject({ file: 'fixtures/seeds/001_47608fdc6364d356.txt', reviewer: 'Dr. A. Reviewer', decision: 'changes' });
    expect(exported.signoffs[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.startsWith('\ufefffile,sha256,reviewer,date,decision,notes,')).toBe(true);
    expect(text).toContain(`,"'=cmd|""/c calc""!A1, ""quoted"", line\nbreak",`);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('prints every article with its sign-off block, and looks like a professional tool', async () => {
    const page = await open(seedsReport, { width: 1440, height: 1000 });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Printing rendered every article.
    expect(await page.locator('.doc').count()).toBe(5);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#toolbar').isVisible()).toBe(false);
    expect(await page.locator('.signoff-print').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-seeds-summary.png') });
    await page.locator('mark.hl[data-rule="mechanism-contradiction"]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-seeds-article.png') });
    writeFileSync(path.join(ARTIFACTS, 'report-seeds.pdf'), pdf);
  });

  it('cannot be made to run code or change its layout by articles, file names or the title', async () => {
    // A file literally named "<b>x</b>.md": a folder "<b>x<" holding "b>.md".
    const work = mkdtempSync(path.join(tmpdir(), 'medlint-injection-'));
    mkdirSync(path.join(work, '<b>x<'));
    writeFileSync(path.join(work, '<b>x<', 'b>.md'), readFileSync('fixtures/injection/injection.md'));
    const nasty = path.join(work, '<b>x</b>.md');
    const title = `<img src=x onerror="window.__pwned='title'"></title><script>window.__pwned='title'</script>`;
    const report = makeReport(dir, 'injection.html', ['fixtures/injection', nasty, '--title', title]);
    const page = await open(report);
    await renderAll(page);

    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.title()).toBe(title);
    expect(await page.textContent('#report-title')).toBe(title);
    // The page's own elements only: one stylesheet, one executable script, no element from the articles.
    expect(await page.locator('style').count()).toBe(1);
    expect(await page.$$eval('script', (els) => els.filter((e) => e.getAttribute('type') !== 'application/json').length)).toBe(1);
    for (const selector of ['b', 'img', 'iframe', 'a[href^="javascript"]', '[onerror]', '[onclick]', 'style:not(head style)']) expect(await page.locator(selector).count()).toBe(0);
    const hrefs = await page.$$eval('a[href]', (els) => els.map((e) => e.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).toMatch(/^(#|https?:\/\/)/);
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('block');
    // Every article is there, with its name as text.
    const files = await page.$$eval('section.article h2.path', (els) => els.map((e) => e.textContent));
    expect(files).toEqual([...['fixtures/injection/injection.html', 'fixtures/injection/injection.md', 'fixtures/injection/injection.txt'], nasty].sort());
    // The article's markup is shown as text, so the reader sees what the article contains.
    expect(await page.locator('.doc', { hasText: "<script>window.__pwned = 'block'; alert(1)</script>" }).count()).toBeGreaterThan(0);
    expect(await page.locator('.doc .link', { hasText: 'Book now' }).first().getAttribute('title')).toContain("javascript:window.__pwned='link'");
    // Highlights still land on the claims, also in the HTML article.
    const marks = await highlights(page);
    expect(marks.filter((m) => m.file === 'fixtures/injection/injection.html').map((m) => m.text)).toEqual(expect.arrayContaining(['cures', '100% safe', 'non-addictive', 'Guaranteed results']));
    const results = lintJson(['fixtures/injection', nasty]);
    expect(marks).toHaveLength(results.reduce((n, r) => n + r.messages.filter((m) => m.endOffset !== undefined).length, 0));
  });
});
