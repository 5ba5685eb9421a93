/**
 * How the formatters' own options come from the options every formatter may receive: one
 * definition for the eager registry (index.ts) and the CLI's lazy loaders (load.ts). Imports
 * nothing at run time, so the lazy path stays light.
 */
import type { FormatOptions } from './index.js';
import type { RulesMeta } from '../types.js';

/** stylish: colour, the terminal's width and the source lines it shows. */
export function stylishOptions(options: FormatOptions): { color: boolean; columns?: number; source?: (file: string) => string | undefined } {
  return { color: options.color ?? false, ...(options.columns !== undefined ? { columns: options.columns } : {}), ...(options.source ? { source: options.source } : {}) };
}

/** sarif: the folder URIs are relative to, the inputs the run could not lint, and the rules to describe. */
export function sarifOptions(options: FormatOptions): { cwd: string; inputErrors?: readonly string[]; rulesMeta: RulesMeta } {
  return { cwd: options.cwd ?? process.cwd(), ...(options.inputErrors ? { inputErrors: options.inputErrors } : {}), rulesMeta: options.rulesMeta ?? {} };
}

/** github: the folder paths are relative to. */
export function githubOptions(options: FormatOptions): { cwd: string } {
  return { cwd: options.cwd ?? process.cwd() };
}
