/** One hostile input of the adversarial benchmark. */
export interface AdversarialCase {
  readonly name: string;
  /** The file name linted: its extension picks the format. */
  readonly file: string;
  /** The first of the two sizes measured (the second is twice it). */
  readonly size: number;
  /** Whether the case runs --fix (lint, fix, relint) rather than a lint. */
  readonly fix?: boolean;
  readonly text: (size: number) => string;
}

/** The inputs of issue 17, in the order the benchmark prints them. */
export const CASES: readonly AdversarialCase[];
