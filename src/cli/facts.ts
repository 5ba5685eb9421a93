/**
 * `medlint facts`: what the knowledge base knows, with the source of every fact, so a
 * reviewer can see why a finding was made. Text for people, JSON for tools.
 */
import { Command, Option } from 'commander';
import { knowledgeBase, type Product, type Substance } from '../kb/index.js';

interface FactsFlags {
  format: 'text' | 'json';
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
  if (substances.length === 0 && products.length === 0) out.push('', `Nothing in the knowledge base matches "${query ?? ''}".`);
  return `${out.join('\n')}\n`;
}

function json(query: string | undefined): string {
  const kb = knowledgeBase;
  const { substances, products } = select(query);
  return `${JSON.stringify(
    {
      mechanisms: { version: kb.mechanisms.version, asOf: kb.mechanisms.asOf, substances, ...(query ? {} : { categoryErrors: kb.mechanisms.categoryErrors, phraseErrors: kb.mechanisms.phraseErrors }) },
      regulatory: { version: kb.regulatory.version, asOf: kb.regulatory.asOf, products },
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
    .exitOverride()
    .configureOutput({ writeOut: write, writeErr: () => undefined });
  cmd.parse([...argv], { from: 'user' });
  const flags = cmd.opts<FactsFlags>();
  const query = cmd.args[0];
  write(flags.format === 'json' ? json(query) : text(query));
  const { substances, products } = select(query);
  return substances.length + products.length > 0 ? 0 : 1;
}
