/**
 * `medlint facts`: what the knowledge base knows, with the source of every fact, so a
 * reviewer can see why a finding was made. Text for people, JSON for tools.
 */
import { Command, CommanderError, Option } from 'commander';
import { datedFacts, knowledgeBase, type DatedFact, type Product, type Substance } from '../kb/index.js';

interface FactsFlags {
  format: 'text' | 'json';
  /** `--stale` without a value is `true` (12 months). */
  stale?: string | true;
  today?: string;
}

/** The facts whose "as of" date is more than `months` months before `today` (YYYY-MM-DD), oldest first. */
export function staleFacts(months: number, today: string): DatedFact[] {
  const cutoff = new Date(`${today}T00:00:00Z`);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const limit = cutoff.toISOString().slice(0, 10);
  return datedFacts()
    .filter((f) => f.asOf < limit)
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.where.localeCompare(b.where));
}

function staleReport(facts: readonly DatedFact[], months: number, today: string, format: 'text' | 'json'): string {
  if (format === 'json') return `${JSON.stringify({ months, today, stale: facts }, null, 2)}\n`;
  if (facts.length === 0) return `No fact of the knowledge base is older than ${months} months (as of ${today}).\n`;
  const out = [`${facts.length} fact${facts.length === 1 ? '' : 's'} checked more than ${months} months before ${today}; check each against its source and update its "asOf" date:`];
  for (const f of facts) out.push('', `  [${f.where}] as of ${f.asOf}`, `    ${f.statement}`, `    source: ${f.source.title}`, `            ${f.source.url}`);
  return `${out.join('\n')}\n`;
}

/** The part of the knowledge base a query selects: substances and products whose id or a name contains it. */
function select(query: string | undefined): { substances: Substance[]; products: Product[] } {
  const q = query?.toLowerCase();
  const hit = (id: string, names: readonly string[]): boolean => !q || id.includes(q) || names.some((n) => n.toLowerCase().includes(q));
  return {
    substances: knowledgeBase.mechanisms.substances.filter((s) => hit(s.id, s.names)),
    products: knowledgeBase.regulatory.products.filter((p) => hit(p.id, [p.name, ...p.names])),
  };
}

const source = (s: { title: string; url: string }, asOf: string | undefined): string => `      source: ${s.title}\n              ${s.url}${asOf ? `\n      as of:  ${asOf}` : ''}`;

const AUTHORIZED = { approved: 'FDA-approved', cleared: 'FDA-cleared (510(k))', 'de-novo': 'FDA-authorized (de novo)' } as const;

function text(query: string | undefined): string {
  const kb = knowledgeBase;
  const { substances, products } = select(query);
  const out: string[] = [];
  out.push(`medlint knowledge base: mechanisms ${kb.mechanisms.version}, regulatory ${kb.regulatory.version}`);
  if (substances.length > 0) {
    out.push('', 'Mechanism facts (mechanism-error, mechanism-contradiction)');
    for (const s of substances) {
      out.push('', `  ${s.name} (also: ${s.names.filter((n) => n !== s.name).join(', ') || 'none'})`);
      for (const f of s.facts) {
        const what = f.status === 'uncertain' ? `uncertain: ${f.target}` : `${f.direction} ${f.target} (${f.aspects.join(', ')})`;
        out.push(`    - ${f.statement}`, `      [${f.id}] ${what}${f.unlessDose ? `; opposite at ${f.unlessDose} doses` : ''}`, source(f.source, f.asOf));
      }
    }
  }
  if (!query) {
    out.push('', 'Category errors and wrong figures (mechanism-error)');
    for (const e of [...kb.mechanisms.categoryErrors, ...kb.mechanisms.phraseErrors]) out.push(`    - ${e.statement}`, `      [${e.id}]`, source(e.source, e.asOf));
    out.push('', 'Mechanism myths (mechanism-error)');
    for (const m of kb.myths.myths) out.push(`    - ${m.statement}`, `      [${m.id}]`, source(m.source, m.asOf));
  }
  if (products.length > 0) {
    out.push('', 'Regulatory status in the United States (regulatory-claim, missing-disclaimer)');
    for (const p of products) {
      out.push('', `  ${p.name} [${p.id}], ${p.kind}; disease claims: ${p.diseaseClaims === 'none' ? 'none lawful' : 'approved or cleared uses only'}`);
      out.push(`    - ${p.approved.length === 0 ? 'not FDA-approved for any use: ' : ''}${p.statement}`, source(p.source, p.asOf));
      for (const a of p.approved) out.push(`    - ${AUTHORIZED[a.authorization]}${a.date ? ` ${a.date}` : ''}: ${a.use}; ${a.route}`, source(a.source, a.asOf));
      for (const f of p.labelFacts ?? []) out.push(`    - label: ${f.statement}`, source(f.source, f.asOf));
      if (p.offLabel) out.push(`    - off-label: ${p.offLabel.uses.join(', ')}. ${p.offLabel.statement}`, source(p.offLabel.source, p.offLabel.asOf));
    }
  }
  if (!query) {
    out.push('', 'Kinds of product named without a product (regulatory-claim, missing-disclaimer)');
    for (const [id, k] of Object.entries(kb.regulatory.productKinds)) {
      out.push('', `  ${k.name} [${id}]${k.someAuthorized ? '; some hold an approval, OTC monograph or clearance' : ''}`, `    - ${k.statement}`, source(k.source, k.asOf));
    }
  }
  if (substances.length === 0 && products.length === 0) out.push('', `Nothing in the knowledge base matches "${query ?? ''}".`);
  return `${out.join('\n')}\n`;
}

function json(query: string | undefined): string {
  const kb = knowledgeBase;
  const { substances, products } = select(query);
  return `${JSON.stringify(
    {
      mechanisms: { version: kb.mechanisms.version, asOf: kb.mechanisms.asOf, substances, ...(query ? {} : { categoryErrors: kb.mechanisms.categoryErrors, phraseErrors: kb.mechanisms.phraseErrors }) },
      ...(query ? {} : { myths: kb.myths }),
      regulatory: { version: kb.regulatory.version, asOf: kb.regulatory.asOf, products, ...(query ? {} : { productKinds: kb.regulatory.productKinds }) },
    },
    null,
    2,
  )}\n`;
}

/** The `facts` subcommand. Returns its output; throws CommanderError on bad flags. */
export function factsCommand(argv: readonly string[], write: (text: string) => void): number {
  const cmd = new Command('medlint facts')
    .description('List what medlint knows (mechanism facts, category errors, regulatory status), with sources')
    .argument('[query]', 'only substances and products whose id or a name contains this')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .option('--stale [months]', 'list only the facts whose "as of" date is older than this many months (default 12); exit 1 when there are any')
    .option('--today <date>', 'with --stale: compare with this date (YYYY-MM-DD) instead of today')
    .exitOverride()
    .configureOutput({ writeOut: write, writeErr: () => undefined });
  cmd.parse([...argv], { from: 'user' });
  const flags = cmd.opts<FactsFlags>();
  const query = cmd.args[0];
  if (flags.stale !== undefined) {
    const months = flags.stale === true ? 12 : Number(flags.stale);
    const today = flags.today ?? new Date().toISOString().slice(0, 10);
    if (!Number.isInteger(months) || months < 0) throw new CommanderError(2, 'medlint.stale', `error: option '--stale [months]' argument '${String(flags.stale)}' is not a whole number of months`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) throw new CommanderError(2, 'medlint.today', `error: option '--today <date>' argument '${today}' is not a date (YYYY-MM-DD)`);
    const stale = staleFacts(months, today);
    write(staleReport(stale, months, today, flags.format));
    return stale.length > 0 ? 1 : 0;
  }
  write(flags.format === 'json' ? json(query) : text(query));
  const { substances, products } = select(query);
  return substances.length + products.length > 0 ? 0 : 1;
}
