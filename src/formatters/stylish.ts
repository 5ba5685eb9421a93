/**
 * The stylish formatter: vfile-reporter's terminal report, with each finding's suggested
 * rewrites and the related places of a finding (the other half of a contradiction) below it. Colour only when asked (the CLI asks on a TTY).
 */
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { reporter } from 'vfile-reporter';
import type { LintResult } from '../types.js';

/** Options of the stylish formatter. */
export interface StylishOptions {
  readonly color?: boolean;
  readonly quiet?: boolean;
}

/** Formats results for a terminal. */
export function formatStylish(results: readonly LintResult[], options: StylishOptions = {}): string {
  const files = results.map((result) => {
    const file = new VFile({ path: result.file });
    for (const f of result.messages) {
      const place = f.endLine !== undefined && f.endColumn !== undefined
        ? { start: { line: f.line, column: f.column }, end: { line: f.endLine, column: f.endColumn } }
        : { line: f.line, column: f.column };
      const message = new VFileMessage(f.message, { place, ruleId: f.ruleId, source: 'medlint' });
      message.fatal = f.severity === 'error' ? true : f.severity === 'warning' ? false : undefined;
      const notes = [
        ...(f.suggestions && f.suggestions.length > 0 ? [`Suggestion: ${f.suggestions.join(' | ')}`] : []),
        // The other places of a contradiction, as line:column so editors and terminals can jump there.
        ...(f.related ?? []).map((r) => `Related: ${result.file}:${r.line}:${r.column} ${r.message}`),
      ];
      if (notes.length > 0) message.note = notes.join('\n');
      file.messages.push(message);
    }
    return file;
  });
  return reporter(files, { color: options.color ?? false, quiet: options.quiet ?? false, verbose: true });
}
