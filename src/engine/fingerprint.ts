/**
 * Fingerprints: a finding's identity across edits, for baselines and SARIF
 * partialFingerprints. Built from the rule, the finding's text and its sentence, each
 * normalized (Unicode NFKC, case, runs of white space), so moving the sentence, or editing
 * other sentences, keeps the fingerprint; editing the sentence itself makes a new finding.
 */
import { createHash } from 'node:crypto';
import type { DocumentModel } from '../types.js';

/** What a fingerprint is computed from. */
export interface Fingerprintable {
  readonly ruleId: string;
  readonly messageId: string;
  readonly start?: number;
  readonly end?: number;
}

export function normalizeForFingerprint(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The sentence holding an offset (binary search over the document's ordered sentences). */
function sentenceAt(document: DocumentModel, offset: number): string {
  const list = document.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return document.text.slice(s.start, s.end);
  }
  return '';
}

/** 16 hex digits of SHA-1 over rule, text and sentence; a document-level finding is its rule and message kind. */
export function fingerprint(document: DocumentModel, finding: Fingerprintable): string {
  const parts =
    finding.start === undefined || finding.end === undefined
      ? [finding.ruleId, finding.messageId]
      : [finding.ruleId, normalizeForFingerprint(document.text.slice(finding.start, finding.end)), normalizeForFingerprint(sentenceAt(document, finding.start))];
  return createHash('sha1').update(parts.join('\0')).digest('hex').slice(0, 16);
}
