/**
 * Fingerprints: a finding's identity across edits, for baselines and SARIF
 * partialFingerprints. Built from the rule, the finding's text and its sentence, each
 * normalized (Unicode NFKC, case, runs of white space), so moving the sentence, or editing
 * other sentences, keeps the fingerprint; editing the sentence itself makes a new finding.
 *
 * Only a bounded window of the sentence counts (FINGERPRINT_CONTEXT characters either side of
 * the finding, and at most FINGERPRINT_TEXT of the finding itself): hashing a whole sentence
 * per finding made one long sentence with many findings quadratic. A sentence shorter than
 * the window (every ordinary one) gives the same fingerprint as before.
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

/** Characters of the sentence either side of a finding that its fingerprint covers. */
export const FINGERPRINT_CONTEXT = 400;
/** Characters of the finding's own text that its fingerprint covers. */
export const FINGERPRINT_TEXT = 400;

/** The part of the sentence around [start, end) that counts (binary search over the document's ordered sentences). */
function sentenceAt(document: DocumentModel, offset: number, end: number): string {
  const list = document.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return document.text.slice(Math.max(s.start, offset - FINGERPRINT_CONTEXT), Math.min(s.end, Math.min(Math.max(end, offset), offset + FINGERPRINT_TEXT) + FINGERPRINT_CONTEXT));
  }
  return '';
}

/** 16 hex digits of SHA-1 over rule, text and sentence; a document-level finding is its rule and message kind. */
export function fingerprint(document: DocumentModel, finding: Fingerprintable): string {
  const parts =
    finding.start === undefined || finding.end === undefined
      ? [finding.ruleId, finding.messageId]
      : [
          finding.ruleId,
          normalizeForFingerprint(document.text.slice(finding.start, Math.min(finding.end, finding.start + FINGERPRINT_TEXT))),
          normalizeForFingerprint(sentenceAt(document, finding.start, finding.end)),
        ];
  return createHash('sha1').update(parts.join('\0')).digest('hex').slice(0, 16);
}
