/** The lines formats that print a finding as text add below its message: suggested wording and the finding's related places. */
import type { Finding } from '../types.js';

/** `Suggestion: a | b`, when the finding suggests wording. */
export function suggestionNotes(finding: Finding): string[] {
  return finding.suggestions && finding.suggestions.length > 0 ? [`Suggestion: ${finding.suggestions.join(' | ')}`] : [];
}

/** `Related: file:line:column message`, one per related place (the other half of a contradiction), so editors and CI logs can jump there. */
export function relatedNotes(finding: Finding, file: string): string[] {
  return (finding.related ?? []).map((r) => `Related: ${file}:${r.line}:${r.column} ${r.message}`);
}
