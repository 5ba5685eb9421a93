// @ts-check
/**
 * The audit report page's script, inlined into every report by src/report/html.ts and
 * allowed by the page's Content-Security-Policy through its SHA-256 hash. It reads the
 * embedded JSON (payload.ts), renders the summary, the filters and one shell per article at
 * once, and an article's body (its text with highlights, its findings and its sign-off form)
 * only when the article comes near the viewport, is opened from a link, or is printed.
 *
 * Safety: every string from the data reaches the page through `textContent` or a text node;
 * the script never assigns HTML. Only http and https URLs become links, and only links to the
 * rules' guidance: a link in an article is shown as text, never followed.
 *
 * A classic script (no imports): it is type-checked with JSDoc against payload.ts by
 * src/report/client/tsconfig.json.
 */

/** @typedef {import('../payload').ReportIndex} ReportIndex */
/** @typedef {import('../payload').ReportArticle} ReportArticle */
/** @typedef {import('../payload').ReportFinding} ReportFinding */
/** @typedef {import('../payload').ReportBody} ArticleBody */
/** @typedef {import('../payload').BodyNode} BodyNode */
/** @typedef {{ reviewer: string, date: string, decision: string, notes: string, savedAt: string }} SignOff */

(() => {
  'use strict';

  const SEVERITIES = ['error', 'warning', 'info'];
  const SEVERITY_LABELS = ['Error', 'Warning', 'Info'];
  const COUNT_LABELS = [
    ['error', 'errors'],
    ['warning', 'warnings'],
    ['info', 'info'],
  ];
  const countLabel = (/** @type {number} */ n, /** @type {number} */ s) => `${fmt(n)} ${COUNT_LABELS[s]?.[n === 1 ? 0 : 1] ?? ''}`;
  const DECISIONS = [
    ['approved', 'Approved'],
    ['changes', 'Changes needed'],
    ['rejected', 'Rejected'],
  ];
  const DECISION_LABEL = /** @type {Record<string, string>} */ (Object.fromEntries(DECISIONS));
  const BODY_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'strong', 'em', 'del', 'sup', 'sub', 'br', 'hr', 'table', 'tr', 'th', 'td']);
  const RANKING_ROWS = 25;

  /** @param {string} id */
  const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
  /** @param {string} id */
  const embedded = (id) => JSON.parse(byId(id).textContent || 'null');

  const index = /** @type {ReportIndex} */ (embedded('medlint-index'));
  const S = index.strings;
  const articles = index.articles;
  const numberFormat = new Intl.NumberFormat('en-US');
  const fmt = (/** @type {number} */ n) => numberFormat.format(n);

  /**
   * Creates an element. `attrs` keys are attribute names, except `text` (textContent) and
   * `class`; values that are false, null or undefined are left out.
   * @param {string} tag
   * @param {Record<string, string | number | boolean | null | undefined>} [attrs]
   * @param {(Node | string | null | undefined | false)[]} [children]
   * @returns {HTMLElement}
   */
  function h(tag, attrs = {}, children = []) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === false || value === null || value === undefined) continue;
      if (key === 'text') el.textContent = String(value);
      else if (key === 'class') el.className = String(value);
      else el.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
    return el;
  }

  /** A link to guidance: an http(s) URL opens in a new tab; anything else is plain text. */
  function externalLink(/** @type {string} */ url, /** @type {string} */ label, cls = '') {
    if (!/^https?:\/\//i.test(url)) return h('span', { class: cls, text: label });
    return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: cls, text: label });
  }

  const severityPill = (/** @type {number} */ s) => h('span', { class: `pill sev-${SEVERITIES[s]}`, text: SEVERITY_LABELS[s] });
  const plural = (/** @type {number} */ n, /** @type {string} */ one, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;

  // ---------------------------------------------------------------------------------------
  // State

  const state = {
    /** Index into index.rules, or -1 for every rule. */
    rule: -1,
    severities: [true, true, true],
    query: '',
    sort: 'file',
  };
  const rendered = articles.map(() => false);
  const collapsed = articles.map(() => false);
  /** @type {(string | undefined)[]} */
  const searchText = [];
  /** @type {HTMLElement[]} */
  const shells = [];

  // ---------------------------------------------------------------------------------------
  // Sign-offs, kept in this browser per article file and text

  /** @type {Map<number, SignOff>} */
  const signoffs = new Map();
  let storageWorks = true;
  const storageKey = (/** @type {number} */ i) => `${index.storageKey}:${articles[i]?.sha256}:${articles[i]?.file}`;

  function loadSignOffs() {
    try {
      articles.forEach((_, i) => {
        const raw = localStorage.getItem(storageKey(i));
        if (raw) signoffs.set(i, JSON.parse(raw));
      });
    } catch {
      storageWorks = false;
    }
  }

  function saveSignOff(/** @type {number} */ i, /** @type {SignOff} */ value) {
    const empty = !value.reviewer && !value.date && !value.decision && !value.notes;
    if (empty) signoffs.delete(i);
    else signoffs.set(i, value);
    try {
      if (empty) localStorage.removeItem(storageKey(i));
      else localStorage.setItem(storageKey(i), JSON.stringify(value));
    } catch {
      storageWorks = false;
    }
    updateDecisions(i);
  }

  // ---------------------------------------------------------------------------------------
  // Summary

  function renderSummary() {
    const totals = /** @type {[number, number, number]} */ ([0, 0, 0]);
    let words = 0;
    for (const a of articles) {
      totals[0] += a.counts[0];
      totals[1] += a.counts[1];
      totals[2] += a.counts[2];
      words += a.words;
    }
    const summary = byId('summary');
    const stat = (/** @type {string} */ label, /** @type {string} */ value, cls = '', id = '') => h('div', { class: `stat ${cls}`, id: id || null }, [h('div', { class: 'stat-value', text: value }), h('div', { class: 'stat-label', text: label })]);
    summary.append(
      h('div', { class: 'stats' }, [
        stat('Articles', fmt(articles.length)),
        stat('Words', fmt(words)),
        stat('Errors', fmt(totals[0]), 'sev-error'),
        stat('Warnings', fmt(totals[1]), 'sev-warning'),
        stat('Info', fmt(totals[2]), 'sev-info'),
        stat('Signed off', '', 'signed', 'stat-signed'),
      ]),
    );

    const generated = new Date(index.generatedAt);
    const enabled = index.rules.filter((r) => r.severity !== null);
    summary.append(
      h('section', { class: 'panel run' }, [
        h('h2', { text: 'Run' }),
        h('dl', { class: 'facts' }, [
          h('dt', { text: 'Generated' }),
          h('dd', { text: `${generated.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' })} (${index.generatedAt})` }),
          h('dt', { text: 'medlint' }),
          h('dd', { text: `version ${index.medlintVersion}` }),
          h('dt', { text: 'Configuration' }),
          h('dd', { text: index.configFile }),
          h('dt', { text: 'Inputs' }),
          h('dd', {}, index.inputs.length > 0 ? index.inputs.map((p) => h('code', { class: 'path', text: p })) : [h('code', { class: 'path', text: '.' })]),
          h('dt', { text: `Rules (${enabled.length})` }),
          h('dd', { class: 'rule-chips' }, enabled.map((r) => h('span', { class: `chip sev-${SEVERITIES[r.severity ?? 2]}`, title: `${r.id}: ${SEVERITIES[r.severity ?? 2]}`, text: r.id }))),
        ]),
      ]),
    );

    // Findings by rule and severity.
    const byRule = index.rules.map(() => ({ counts: [0, 0, 0], articles: 0 }));
    for (const a of articles) {
      const seen = new Set();
      for (const f of a.findings) {
        const row = byRule[f.rule];
        if (!row) continue;
        row.counts[f.severity] = (row.counts[f.severity] ?? 0) + 1;
        if (!seen.has(f.rule)) row.articles++;
        seen.add(f.rule);
      }
    }
    const ruleRows = index.rules
      .map((r, i) => ({ r, i, row: byRule[i] ?? { counts: [0, 0, 0], articles: 0 } }))
      .filter((x) => x.r.severity !== null || x.row.articles > 0)
      .sort((x, y) => (y.row.counts[0] ?? 0) - (x.row.counts[0] ?? 0) || (y.row.counts[1] ?? 0) - (x.row.counts[1] ?? 0) || (y.row.counts[2] ?? 0) - (x.row.counts[2] ?? 0) || x.r.id.localeCompare(y.r.id));
    const count = (/** @type {number} */ n, /** @type {number} */ s) => h('td', { class: `num ${n > 0 ? `sev-text-${SEVERITIES[s]}` : 'zero'}`, text: fmt(n) });
    summary.append(
      h('section', { class: 'panel' }, [
        h('h2', { text: 'Findings by rule' }),
        h('table', { class: 'grid rules-table' }, [
          h('thead', {}, [h('tr', {}, [h('th', { text: 'Rule' }), h('th', { text: 'What it flags' }), h('th', { class: 'num', text: 'Errors' }), h('th', { class: 'num', text: 'Warnings' }), h('th', { class: 'num', text: 'Info' }), h('th', { class: 'num', text: 'Articles' })])]),
          h(
            'tbody',
            {},
            ruleRows.map(({ r, i, row }) =>
              h('tr', { class: row.articles === 0 ? 'quiet' : null }, [
                h('td', {}, [h('button', { type: 'button', class: 'linkish', 'data-filter-rule': i, title: `Show only ${r.id}`, text: r.id })]),
                h('td', { class: 'desc', text: r.description }),
                count(row.counts[0] ?? 0, 0),
                count(row.counts[1] ?? 0, 1),
                count(row.counts[2] ?? 0, 2),
                h('td', { class: 'num', text: fmt(row.articles) }),
              ]),
            ),
          ),
        ]),
      ]),
    );

    // Articles ranked by risk.
    const f = index.risk;
    const ranked = articles.map((a, i) => ({ a, i })).sort((x, y) => x.a.rank - y.a.rank);
    const maxRisk = Math.max(1, ...articles.map((a) => a.risk));
    const tbody = h('tbody');
    const addRows = (/** @type {number} */ from, /** @type {number} */ to) => {
      for (const { a, i } of ranked.slice(from, to)) {
        const bar = h('span', { class: 'riskbar' }, [h('span', { class: 'riskbar-fill' })]);
        /** @type {HTMLElement} */ (bar.firstChild).style.width = `${Math.max(2, (a.risk / maxRisk) * 100)}%`;
        tbody.append(
          h('tr', {}, [
            h('td', { class: 'num rank', text: String(a.rank) }),
            h('td', { class: 'article-cell' }, [h('a', { href: `#a-${i}`, 'data-goto': i, class: 'path', text: a.file }), a.title ? h('div', { class: 'muted small', text: a.title }) : null]),
            h('td', { class: 'num', text: fmt(a.words) }),
            count(a.counts[0], 0),
            count(a.counts[1], 1),
            count(a.counts[2], 2),
            h('td', { class: 'num risk' }, [h('span', { class: 'risk-value', text: a.risk.toFixed(1) }), bar]),
            h('td', { class: 'decision', 'data-decision-for': i }),
          ]),
        );
        const last = /** @type {HTMLElement} */ (tbody.lastElementChild?.lastElementChild);
        showDecision(last, i);
      }
    };
    addRows(0, RANKING_ROWS);
    const more = ranked.length > RANKING_ROWS ? h('button', { type: 'button', class: 'button', text: `Show all ${fmt(ranked.length)} articles` }) : null;
    more?.addEventListener('click', () => {
      addRows(RANKING_ROWS, ranked.length);
      more.remove();
    });
    summary.append(
      h('section', { class: 'panel' }, [
        h('h2', { text: 'Articles by risk' }),
        h('p', { class: 'formula' }, [
          h('strong', { text: 'Risk score' }),
          ` = (${f.error} × errors + ${f.warning} × warnings + ${f.info} × info) × ${fmt(f.perWords)} ÷ words, counting an article shorter than ${fmt(f.minWords)} words as ${fmt(f.minWords)} words. It ranks articles for review: weighted findings per ${fmt(f.perWords)} words, not a verdict.`,
        ]),
        h('table', { class: 'grid ranking' }, [
          h('thead', {}, [h('tr', {}, [h('th', { class: 'num', text: '#' }), h('th', { text: 'Article' }), h('th', { class: 'num', text: 'Words' }), h('th', { class: 'num', text: 'Errors' }), h('th', { class: 'num', text: 'Warnings' }), h('th', { class: 'num', text: 'Info' }), h('th', { class: 'num', text: 'Risk' }), h('th', { text: 'Sign-off' })])]),
          tbody,
        ]),
        more,
      ]),
    );
    updateSignedCount();
  }

  function updateSignedCount() {
    const el = document.querySelector('#stat-signed .stat-value');
    if (!el) return;
    let decided = 0;
    for (const s of signoffs.values()) if (s.decision) decided++;
    el.textContent = `${fmt(decided)} / ${fmt(articles.length)}`;
  }

  /** Shows article i's decision in `el`. */
  function showDecision(/** @type {Element} */ el, /** @type {number} */ i) {
    const decision = signoffs.get(i)?.decision ?? '';
    el.textContent = '';
    if (decision) el.append(h('span', { class: `decision-pill decision-${decision}`, text: DECISION_LABEL[decision] ?? decision }));
    else el.append(h('span', { class: 'muted small', text: 'not signed off' }));
  }

  /** Shows article i's decision wherever it appears (ranking, article header) after it changed. */
  function updateDecisions(/** @type {number} */ i) {
    for (const el of document.querySelectorAll(`[data-decision-for="${i}"]`)) showDecision(el, i);
    updateSignedCount();
  }

  // ---------------------------------------------------------------------------------------
  // Toolbar: search, filters, sort, actions

  function renderToolbar() {
    const bar = byId('toolbar');
    const totals = [0, 0, 0];
    for (const a of articles) for (let s = 0; s < 3; s++) totals[s] = (totals[s] ?? 0) + (a.counts[s] ?? 0);
    const ruleCounts = index.rules.map(() => 0);
    for (const a of articles) for (const f of a.findings) ruleCounts[f.rule] = (ruleCounts[f.rule] ?? 0) + 1;

    const search = /** @type {HTMLInputElement} */ (h('input', { type: 'search', id: 'search', class: 'search', placeholder: 'Search files, findings and text', 'aria-label': 'Search', autocomplete: 'off', spellcheck: 'false' }));
    const ruleSelect = /** @type {HTMLSelectElement} */ (h('select', { id: 'filter-rule', 'aria-label': 'Rule' }, [h('option', { value: '-1', text: 'All rules' })]));
    index.rules.forEach((r, i) => {
      if ((ruleCounts[i] ?? 0) > 0) ruleSelect.append(h('option', { value: String(i), text: `${r.id} (${fmt(ruleCounts[i] ?? 0)})` }));
    });
    const severityToggles = SEVERITIES.map((s, i) =>
      h('label', { class: `toggle sev-${s}` }, [h('input', { type: 'checkbox', checked: true, 'data-severity': i, id: `filter-${s}` }), h('span', { class: 'dot' }), `${SEVERITY_LABELS[i]} `, h('span', { class: 'count', text: fmt(totals[i] ?? 0) })]),
    );
    const sort = h('select', { id: 'sort', 'aria-label': 'Order of articles' }, [h('option', { value: 'file', text: 'By file' }), h('option', { value: 'risk', text: 'By risk' })]);
    const button = (/** @type {string} */ id, /** @type {string} */ label, title = '') => h('button', { type: 'button', class: 'button', id, title: title || null, text: label });

    bar.append(
      h('div', { class: 'toolbar-inner' }, [
        h('div', { class: 'group grow' }, [search]),
        h('div', { class: 'group' }, [ruleSelect, ...severityToggles]),
        h('div', { class: 'group' }, [sort]),
        h('div', { class: 'group actions' }, [
          button('expand-all', 'Expand all'),
          button('collapse-all', 'Collapse all'),
          button('export-json', 'Sign-offs JSON', 'Download every sign-off as JSON'),
          button('export-csv', 'Sign-offs CSV', 'Download every sign-off as CSV'),
          button('print', 'Print / PDF', 'Print the report or save it as PDF'),
        ]),
      ]),
      h('div', { class: 'toolbar-status', id: 'status', role: 'status', 'aria-live': 'polite' }),
    );
    bar.hidden = false;
    // Sticky article headers sit below the sticky toolbar, whose height depends on the window's width.
    const measure = () => document.documentElement.style.setProperty('--toolbar-height', `${bar.offsetHeight}px`);
    new ResizeObserver(measure).observe(bar);
    measure();

    /** @type {number | undefined} */
    let timer;
    search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        state.query = search.value.trim().toLowerCase();
        applyFilters();
      }, 120);
    });
    ruleSelect.addEventListener('change', () => {
      state.rule = Number(ruleSelect.value);
      applyFilters();
    });
    bar.addEventListener('change', (event) => {
      const target = /** @type {HTMLInputElement} */ (event.target);
      const s = target.getAttribute('data-severity');
      if (s === null) return;
      state.severities[Number(s)] = target.checked;
      applyFilters();
    });
    sort.addEventListener('change', () => {
      state.sort = /** @type {HTMLSelectElement} */ (sort).value;
      orderArticles();
    });
    byId('expand-all').addEventListener('click', () => setAllCollapsed(false));
    byId('collapse-all').addEventListener('click', () => setAllCollapsed(true));
    byId('export-json').addEventListener('click', exportJson);
    byId('export-csv').addEventListener('click', exportCsv);
    byId('print').addEventListener('click', () => {
      prepareForPrint();
      window.print();
    });
  }

  /** Selects a rule in the filter (from the summary's table). */
  function filterToRule(/** @type {number} */ rule) {
    state.rule = rule;
    const select = /** @type {HTMLSelectElement} */ (byId('filter-rule'));
    select.value = String(rule);
    applyFilters();
    byId('articles').scrollIntoView({ behavior: 'auto', block: 'start' });
  }

  // ---------------------------------------------------------------------------------------
  // Filtering and search

  const findingVisible = (/** @type {ReportFinding} */ f) => state.severities[f.severity] === true && (state.rule < 0 || f.rule === state.rule);
  const filterActive = () => state.rule >= 0 || state.severities.some((on) => !on);

  /** The lower-cased text search looks in: file, title, rules, messages, excerpts, suggestions, and the article's text. */
  function haystack(/** @type {number} */ i) {
    let text = searchText[i];
    if (text === undefined) {
      const a = articles[i];
      if (!a) return '';
      const parts = [a.file, a.title];
      for (const f of a.findings) parts.push(index.rules[f.rule]?.id ?? '', S[f.message] ?? '', S[f.excerpt] ?? '', ...f.suggestions.map((s) => S[s] ?? ''));
      /** @param {BodyNode} node */
      const walk = (node) => {
        if (typeof node === 'string') parts.push(node);
        else for (let k = 2; k < node.length; k++) walk(/** @type {BodyNode} */ (node[k]));
      };
      for (const block of /** @type {ArticleBody} */ (embedded(`medlint-body-${i}`)).blocks) walk(block);
      text = parts.join('\n').toLowerCase();
      searchText[i] = text;
    }
    return text;
  }

  function applyFilters() {
    let shown = 0;
    let shownFindings = 0;
    const active = filterActive();
    articles.forEach((a, i) => {
      const counts = [0, 0, 0];
      for (const f of a.findings) if (findingVisible(f)) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
      const visibleFindings = (counts[0] ?? 0) + (counts[1] ?? 0) + (counts[2] ?? 0);
      const matches = !state.query || haystack(i).includes(state.query);
      const show = matches && (!active || visibleFindings > 0);
      const shell = shells[i];
      if (!shell) return;
      shell.hidden = !show;
      if (show) {
        shown++;
        shownFindings += visibleFindings;
      }
      shell.querySelectorAll('[data-count-severity]').forEach((el) => {
        const s = Number(el.getAttribute('data-count-severity'));
        const n = counts[s] ?? 0;
        el.textContent = countLabel(n, s);
        el.classList.toggle('zero', n === 0);
      });
      if (rendered[i]) applyFiltersToBody(i);
    });
    const status = byId('status');
    const what = `${plural(shown, 'article')} of ${fmt(articles.length)} · ${plural(shownFindings, 'finding')}`;
    const filters = [state.rule >= 0 ? `rule ${index.rules[state.rule]?.id}` : '', state.severities.some((on) => !on) ? `severity ${SEVERITIES.filter((_, s) => state.severities[s]).join(', ') || 'none'}` : '', state.query ? `text “${state.query}”` : ''].filter(Boolean);
    status.textContent = filters.length > 0 ? `Showing ${what} matching ${filters.join(' and ')}` : `Showing ${what}`;
    byId('articles').classList.toggle('filtered', active);
    document.documentElement.setAttribute('data-filter-generation', String(Number(document.documentElement.getAttribute('data-filter-generation') ?? '0') + 1));
  }

  function applyFiltersToBody(/** @type {number} */ i) {
    const a = articles[i];
    const shell = shells[i];
    if (!a || !shell) return;
    shell.querySelectorAll('[data-finding]').forEach((el) => {
      const f = a.findings[Number(el.getAttribute('data-finding'))];
      el.classList.toggle('off', !f || !findingVisible(f));
    });
  }

  // ---------------------------------------------------------------------------------------
  // Articles

  function renderShells() {
    const fragment = document.createDocumentFragment();
    articles.forEach((a, i) => {
      const toggle = h('button', { type: 'button', class: 'collapse-toggle', 'aria-expanded': 'true', 'data-toggle': i, title: 'Collapse or expand this article' });
      const counts = h('div', { class: 'counts' }, [0, 1, 2].map((s) => h('span', { class: `count-chip sev-${SEVERITIES[s]}${(a.counts[s] ?? 0) === 0 ? ' zero' : ''}`, 'data-count-severity': s, text: countLabel(a.counts[s] ?? 0, s) })));
      const decision = h('span', { class: 'meta-item', 'data-decision-for': i });
      showDecision(decision, i);
      const head = h('header', { class: 'article-head' }, [
        toggle,
        h('div', { class: 'article-id' }, [h('h2', { class: 'path', text: a.file }), a.title ? h('div', { class: 'article-title', text: a.title }) : null]),
        h('div', { class: 'article-meta' }, [
          counts,
          h('span', { class: 'meta-item', title: 'Risk score (see the summary)' }, [h('span', { class: 'muted', text: 'risk ' }), h('strong', { text: a.risk.toFixed(1) }), h('span', { class: 'muted', text: ` · #${a.rank}` })]),
          h('span', { class: 'meta-item muted', text: `${fmt(a.words)} words · ${a.format}` }),
          decision,
        ]),
      ]);
      const body = h('div', { class: 'article-body', 'data-body': i });
      body.style.minHeight = `${Math.min(40000, 160 + a.words * 2.2)}px`;
      const shell = h('section', { class: 'article', id: `a-${i}`, 'data-article': i }, [head, body]);
      shells.push(shell);
      fragment.append(shell);
    });
    byId('articles').append(fragment);
  }

  function orderArticles() {
    const container = byId('articles');
    const order = articles.map((_, i) => i);
    if (state.sort === 'risk') order.sort((x, y) => (articles[x]?.rank ?? 0) - (articles[y]?.rank ?? 0));
    for (const i of order) {
      const shell = shells[i];
      if (shell) container.append(shell);
    }
  }

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const i = Number(/** @type {HTMLElement} */ (entry.target).getAttribute('data-article'));
        if (!collapsed[i]) renderBody(i);
      }
    },
    { rootMargin: '1200px 0px' },
  );

  function setCollapsed(/** @type {number} */ i, /** @type {boolean} */ value) {
    const shell = shells[i];
    if (!shell) return;
    collapsed[i] = value;
    shell.classList.toggle('collapsed', value);
    shell.querySelector('.collapse-toggle')?.setAttribute('aria-expanded', String(!value));
    if (!value) {
      // Shown again: render it if it is near the viewport (the observer only reports changes).
      const rect = shell.getBoundingClientRect();
      if (rect.top < window.innerHeight + 1200 && rect.bottom > -1200) renderBody(i);
    }
  }

  function setAllCollapsed(/** @type {boolean} */ value) {
    articles.forEach((_, i) => setCollapsed(i, value));
  }

  /** Renders article i's body: the whole-article box, the text with highlights, the findings, the sign-off. */
  function renderBody(/** @type {number} */ i) {
    if (rendered[i]) return;
    const a = articles[i];
    const shell = shells[i];
    if (!a || !shell) return;
    rendered[i] = true;
    shell.classList.add('rendered');
    observer.unobserve(shell);
    const body = /** @type {ArticleBody} */ (embedded(`medlint-body-${i}`));
    const container = /** @type {HTMLElement} */ (shell.querySelector('.article-body'));
    container.style.minHeight = '';

    // Numbers shared by a highlight and its card, in reading order.
    /** @type {Map<number, number>} */
    const numbers = new Map();
    a.findings.forEach((f, k) => {
      if (f.end !== undefined && f.placed) numbers.set(k, numbers.size + 1);
    });

    const whole = a.findings.map((f, k) => ({ f, k })).filter(({ f }) => f.end === undefined || !f.placed);
    if (whole.length > 0) {
      container.append(
        h('section', { class: 'docbox' }, [
          h('h3', { text: 'About the whole article' }),
          h('div', { class: 'cards' }, whole.map(({ f, k }) => card(i, f, k, numbers.get(k)))),
        ]),
      );
    }

    const doc = h('div', { class: 'doc', lang: 'en' });
    for (const block of body.blocks) doc.append(buildNode(block, i, numbers));
    const ranged = a.findings.map((f, k) => ({ f, k })).filter(({ f }) => f.end !== undefined && f.placed);
    const list = h('aside', { class: 'finding-list', 'aria-label': 'Findings' }, [
      h('h3', { text: ranged.length > 0 ? `Findings in the text (${ranged.length})` : 'No findings in the text' }),
      ...ranged.map(({ f, k }) => card(i, f, k, numbers.get(k))),
    ]);
    container.append(h('div', { class: 'article-grid' }, [doc, list]), signOffForm(i));
    applyFiltersToBody(i);
  }

  /**
   * Builds the DOM of a body node. Tags outside the known set become spans; every string
   * becomes a text node.
   * @param {BodyNode} node
   * @param {number} i the article
   * @param {Map<number, number>} numbers
   * @returns {Node}
   */
  function buildNode(node, i, numbers) {
    if (typeof node === 'string') return document.createTextNode(node);
    const [tag, props] = node;
    const a = /** @type {ReportArticle} */ (articles[i]);
    /** @type {HTMLElement} */
    let el;
    if (tag === 'mark' && props && props.f !== undefined) {
      const f = /** @type {ReportFinding} */ (a.findings[props.f]);
      const first = props.p === 1;
      const rule = index.rules[f.rule]?.id ?? '';
      el = h('mark', {
        class: `hl sev-${SEVERITIES[f.severity]}`,
        id: first ? `f-${i}-${props.f}` : null,
        'data-finding': props.f,
        'data-fid': `${i}-${props.f}`,
        'data-rule': rule,
        'data-severity': SEVERITIES[f.severity],
        'data-first': first,
        'data-n': first ? numbers.get(props.f) : null,
        tabindex: first ? 0 : null,
        title: `${rule} (${SEVERITIES[f.severity]}): ${S[f.message] ?? ''}`,
      });
    } else if (tag === 'rel' && props && props.f !== undefined) {
      // The other place of a finding (a contradiction): a link back to the finding. Its badge is
      // drawn by CSS from data-xref, so no text is added to the article's.
      const f = /** @type {ReportFinding} */ (a.findings[props.f]);
      const r = f.related[props.r ?? 0];
      const first = props.p === 1;
      el = h('mark', {
        class: 'rel',
        id: first ? `f-${i}-${props.f}-r${props.r ?? 0}` : null,
        'data-finding': props.f,
        'data-rel-of': `${i}-${props.f}`,
        'data-target': `f-${i}-${props.f}`,
        'data-xref': first ? `⇄ line ${f.line}` : null,
        role: 'link',
        tabindex: first ? 0 : null,
        title: `${r ? S[r.message] ?? '' : ''}; contradicted at line ${f.line}: ${S[f.message] ?? ''}`,
      });
    } else if (tag === 'link') {
      el = h('span', { class: 'link', title: `Link to ${props?.u ?? ''} (not followed in the report)` });
    } else if (tag === 'img') {
      el = h('span', { class: 'img-alt', text: `[image${props?.u ? `: ${props.u}` : ''}]` });
    } else if (tag === 'raw') {
      el = h('code', { class: 'raw', title: 'Markup in the article, shown as text' });
    } else if (tag === 'front') {
      el = h('pre', { class: 'front', 'data-label': 'front matter' });
    } else if (tag === 'note') {
      el = h('div', { class: 'footnote', 'data-label': `[^${props?.u ?? ''}]` });
    } else if (BODY_TAGS.has(tag)) {
      el = document.createElement(tag);
      if (tag === 'ol' && props?.s !== undefined) el.setAttribute('start', String(props.s));
    } else {
      el = document.createElement('span');
    }
    for (let k = 2; k < node.length; k++) el.append(buildNode(/** @type {BodyNode} */ (node[k]), i, numbers));
    return el;
  }

  /** A finding's card: severity, rule, place, message, quote, suggestions, related places, guidance. */
  function card(/** @type {number} */ i, /** @type {ReportFinding} */ f, /** @type {number} */ k, /** @type {number | undefined} */ n) {
    const rule = index.rules[f.rule];
    const ranged = f.end !== undefined;
    const excerpt = S[f.excerpt] ?? '';
    const guidance = [rule?.docsUrl ? externalLink(rule.docsUrl, `${rule.id} rule`, 'guide') : null, ...(rule?.references ?? []).map((ref) => externalLink(ref.url, ref.title, 'guide'))].filter((x) => x !== null);
    return h('article', { class: `card sev-${SEVERITIES[f.severity]}`, id: `c-${i}-${k}`, 'data-finding': k, 'data-fid': `${i}-${k}`, 'data-rule': rule?.id ?? '', 'data-severity': SEVERITIES[f.severity] }, [
      h('header', { class: 'card-head' }, [
        n !== undefined ? h('span', { class: 'num-badge', text: String(n) }) : null,
        severityPill(f.severity),
        h('span', { class: 'rule-id', text: rule?.id ?? '' }),
        ranged ? h('a', { class: 'where', href: `#f-${i}-${k}`, 'data-finding': k, title: f.placed ? 'Show in the text' : 'Not shown in the rendered text', text: `line ${f.line}:${f.column}` }) : h('span', { class: 'where muted', text: 'whole article' }),
      ]),
      h('p', { class: 'message', text: S[f.message] ?? '' }),
      ranged && excerpt ? h('blockquote', { class: 'excerpt', text: excerpt }) : null,
      ranged && !f.placed ? h('p', { class: 'muted small', text: 'This range is in markup the report does not render.' }) : null,
      f.suggestions.length > 0 ? suggestions(f.suggestions.map((s) => S[s] ?? '')) : null,
      f.related.length > 0
        ? h('div', { class: 'related' }, [
            h('div', { class: 'label', text: 'Related' }),
            h('ul', {}, f.related.map((r, j) => h('li', {}, [h('a', { class: 'xref', href: `#f-${i}-${k}-r${j}`, 'data-finding': k, text: `line ${r.line}:${r.column}` }), ` ${S[r.message] ?? ''}: `, h('q', { text: S[r.excerpt] ?? '' })]))),
          ])
        : null,
      guidance.length > 0 ? h('div', { class: 'guidance' }, [h('span', { class: 'label', text: 'Guidance' }), ...guidance]) : null,
    ]);
  }

  /** Suggested rewrites: short ones (words, a name) side by side, sentences one below the other. */
  function suggestions(/** @type {string[]} */ list) {
    const short = list.every((s) => s.length <= 24);
    return h('div', { class: `suggestion${short ? ' short' : ''}` }, [
      h('div', { class: 'label', text: list.length === 1 ? 'Suggested rewrite' : 'Suggested rewrites' }),
      ...list.map((s) => h(short ? 'span' : 'p', { class: short ? 'option' : null, text: s })),
    ]);
  }

  /** The sign-off form of article i; values are saved in this browser as they change, and print. */
  function signOffForm(/** @type {number} */ i) {
    const saved = signoffs.get(i);
    const id = (/** @type {string} */ name) => `so-${i}-${name}`;
    const reviewer = /** @type {HTMLInputElement} */ (h('input', { type: 'text', id: id('reviewer'), name: 'reviewer', autocomplete: 'name', value: saved?.reviewer ?? '' }));
    const date = /** @type {HTMLInputElement} */ (h('input', { type: 'date', id: id('date'), name: 'date', value: saved?.date ?? '' }));
    const notes = /** @type {HTMLTextAreaElement} */ (h('textarea', { id: id('notes'), name: 'notes', rows: 3 }));
    notes.value = saved?.notes ?? '';
    const radios = DECISIONS.map(([value, label]) => h('label', { class: `decision-option decision-${value}` }, [h('input', { type: 'radio', name: `decision-${i}`, value, checked: saved?.decision === value }), ` ${label}`]));
    const printed = h('div', { class: 'signoff-print' });
    const status = h('span', { class: 'signoff-status muted small' });
    const form = h('form', { class: 'signoff', 'aria-label': 'Sign-off', autocomplete: 'off' }, [
      h('h3', { text: 'Reviewer sign-off' }),
      h('div', { class: 'signoff-fields' }, [
        h('label', { class: 'field', for: id('reviewer') }, [h('span', { text: 'Reviewer' }), reviewer]),
        h('label', { class: 'field', for: id('date') }, [h('span', { text: 'Date' }), date]),
        h('fieldset', { class: 'field decision-field' }, [h('legend', { text: 'Decision' }), h('div', { class: 'decision-options' }, radios)]),
        h('label', { class: 'field notes', for: id('notes') }, [h('span', { text: 'Notes' }), notes]),
      ]),
      status,
      printed,
    ]);
    const current = () => {
      const checked = /** @type {HTMLInputElement | null} */ (form.querySelector(`input[name="decision-${i}"]:checked`));
      return { reviewer: reviewer.value.trim(), date: date.value, decision: checked?.value ?? '', notes: notes.value, savedAt: new Date().toISOString() };
    };
    const show = () => {
      const value = signoffs.get(i);
      status.textContent = !value ? 'Not signed off.' : storageWorks ? `Saved in this browser ${new Date(value.savedAt).toLocaleString()}. Export the sign-offs to keep a record.` : 'This browser cannot store sign-offs: export them before closing the report.';
      printed.textContent = '';
      const line = (/** @type {string} */ label, /** @type {string} */ value) => h('div', { class: 'print-line' }, [h('span', { class: 'print-label', text: label }), h('span', { class: value ? 'print-value' : 'print-blank', text: value })]);
      printed.append(
        line('Reviewer', value?.reviewer ?? ''),
        line('Date', value?.date ?? ''),
        h('div', { class: 'print-line' }, [h('span', { class: 'print-label', text: 'Decision' }), ...DECISIONS.map(([v, label]) => h('span', { class: 'print-box', text: `${value?.decision === v ? '☒' : '☐'} ${label}` }))]),
        line('Notes', value?.notes ?? ''),
      );
    };
    form.addEventListener('submit', (event) => event.preventDefault());
    const update = () => {
      const value = current();
      if (value.decision && !value.date) {
        // A decision is dated the day it is made unless the reviewer gives a date.
        value.date = new Date().toISOString().slice(0, 10);
        date.value = value.date;
      }
      saveSignOff(i, value);
      show();
    };
    form.addEventListener('change', update);
    form.addEventListener('input', (event) => {
      if (event.target !== date && /** @type {HTMLInputElement} */ (event.target).type !== 'radio') update();
    });
    show();
    return form;
  }

  // ---------------------------------------------------------------------------------------
  // Navigation: links to highlights, cards and articles

  function flash(/** @type {Element} */ el) {
    el.classList.remove('flash');
    // Restart the animation.
    void (/** @type {HTMLElement} */ (el).offsetWidth);
    el.classList.add('flash');
  }

  function goToArticle(/** @type {number} */ i) {
    const shell = shells[i];
    if (!shell) return;
    if (shell.hidden) {
      // Hidden by a filter: show everything again rather than jump nowhere.
      state.rule = -1;
      state.severities = [true, true, true];
      state.query = '';
      /** @type {HTMLInputElement} */ (byId('search')).value = '';
      /** @type {HTMLSelectElement} */ (byId('filter-rule')).value = '-1';
      for (const s of [0, 1, 2]) /** @type {HTMLInputElement} */ (byId(`filter-${SEVERITIES[s]}`)).checked = true;
      applyFilters();
    }
    setCollapsed(i, false);
    renderBody(i);
    shell.scrollIntoView({ block: 'start' });
  }

  document.addEventListener('click', (event) => {
    const target = /** @type {Element} */ (event.target);
    const filterRule = target.closest('[data-filter-rule]');
    if (filterRule) {
      filterToRule(Number(filterRule.getAttribute('data-filter-rule')));
      return;
    }
    const toggle = target.closest('[data-toggle]');
    if (toggle) {
      const i = Number(toggle.getAttribute('data-toggle'));
      setCollapsed(i, !collapsed[i]);
      return;
    }
    const goto = target.closest('[data-goto]');
    if (goto) {
      event.preventDefault();
      goToArticle(Number(goto.getAttribute('data-goto')));
      return;
    }
    const anchor = target.closest('a[href^="#f-"]');
    if (anchor) {
      const dest = document.getElementById((anchor.getAttribute('href') ?? '').slice(1));
      event.preventDefault();
      if (!dest) return;
      dest.scrollIntoView({ block: 'center' });
      const fid = dest.getAttribute('data-fid');
      if (fid && !dest.classList.contains('rel')) document.querySelectorAll(`mark.hl[data-fid="${fid}"]`).forEach(flash);
      else flash(dest);
      return;
    }
    const rel = target.closest('mark.rel');
    if (rel) {
      const dest = document.getElementById(rel.getAttribute('data-target') ?? '');
      if (dest) {
        dest.scrollIntoView({ block: 'center' });
        document.querySelectorAll(`mark.hl[data-fid="${dest.getAttribute('data-fid')}"]`).forEach(flash);
      }
      return;
    }
    const mark = target.closest('mark.hl');
    if (mark) {
      const fid = mark.getAttribute('data-fid');
      const cardEl = fid ? document.getElementById(`c-${fid}`) : null;
      if (cardEl) {
        cardEl.scrollIntoView({ block: 'nearest' });
        flash(cardEl);
      }
    }
  });

  document.addEventListener('keydown', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    if (event.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
      event.preventDefault();
      byId('search').focus();
    } else if (event.key === 'Enter' && target.matches('mark.hl, mark.rel')) {
      target.click();
    }
  });

  // ---------------------------------------------------------------------------------------
  // Printing and export

  /** Renders every article the filters show, so that the printout has their text. */
  function prepareForPrint() {
    articles.forEach((_, i) => {
      if (shells[i]?.hidden) return;
      setCollapsed(i, false);
      renderBody(i);
    });
  }
  window.addEventListener('beforeprint', prepareForPrint);

  function signOffRecords() {
    const records = [];
    for (const [i, s] of [...signoffs.entries()].sort((x, y) => x[0] - y[0])) {
      const a = articles[i];
      if (!a) continue;
      records.push({ file: a.file, sha256: a.sha256, reviewer: s.reviewer, date: s.date, decision: s.decision, notes: s.notes, savedAt: s.savedAt, errors: a.counts[0], warnings: a.counts[1], info: a.counts[2], risk: a.risk });
    }
    return records;
  }

  function download(/** @type {string} */ name, /** @type {string} */ type, /** @type {string} */ content) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = h('a', { href: url, download: name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');

  function exportJson() {
    const report = { title: index.title, generatedAt: index.generatedAt, medlintVersion: index.medlintVersion, configFile: index.configFile, articles: articles.length };
    download(`medlint-signoffs-${stamp()}.json`, 'application/json', `${JSON.stringify({ report, exportedAt: new Date().toISOString(), signoffs: signOffRecords() }, null, 2)}\n`);
  }

  /** One CSV cell: RFC 4180 quoting, and a leading = + - @ tab or CR neutralised with ' (as the CSV formatter does). */
  function csvCell(/** @type {string | number} */ value) {
    let text = String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }

  function exportCsv() {
    const columns = /** @type {const} */ (['file', 'sha256', 'reviewer', 'date', 'decision', 'notes', 'errors', 'warnings', 'info', 'risk', 'savedAt']);
    const rows = [columns.join(','), ...signOffRecords().map((r) => columns.map((c) => csvCell(r[c])).join(','))];
    download(`medlint-signoffs-${stamp()}.csv`, 'text/csv;charset=utf-8', `\ufeff${rows.join('\r\n')}\r\n`);
  }

  // ---------------------------------------------------------------------------------------
  // Start

  loadSignOffs();
  renderToolbar();
  renderSummary();
  renderShells();
  applyFilters();
  for (const shell of shells) observer.observe(shell);
  document.documentElement.setAttribute('data-ready', String(Math.round(performance.now())));
})();
