import type { Arbitrary } from 'fast-check';

/** A fuzzed document: its text and a file name whose extension picks the format. */
export interface FuzzDocument {
  readonly text: string;
  readonly file: string;
}

/** Documents of Markdown-, HTML- and claim-shaped pieces, hostile characters and random strings. */
export function documentArbitrary(): Arbitrary<FuzzDocument>;

/** Loads the built engine and formatters; the returned check throws when a document breaks an invariant. */
export function createChecker(): Promise<(document: FuzzDocument) => void>;
