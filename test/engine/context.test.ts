import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/engine/run.js';
import { knowledgeBase } from '../../src/kb/index.js';
import type { WordContext } from '../../src/types.js';

/** The words of the first sentence that have a context flag set. */
function flagged(text: string, flag: keyof WordContext): string[] {
  const s = buildDocument(text, 'a.md', knowledgeBase).sentences[0]!;
  return s.words.filter((_, i) => s.context[i]![flag]).map((w) => w.text);
}
const first = (text: string) => buildDocument(text, 'a.md', knowledgeBase).sentences[0]!;

describe('negation scope', () => {
  it('runs forward from the trigger within a window', () => {
    // Eight words (src/engine/data/context.json): "does not assure that this product is safe" reaches "safe".
    expect(flagged('There is no cure for ADHD at this time in most adults or children.', 'negated')).toEqual(['cure', 'for', 'ADHD', 'at', 'this', 'time', 'in', 'most']);
  });
  it('stops at a termination term and at hard punctuation', () => {
    expect(flagged('It is not a cure, but it cures pain.', 'negated')).toEqual(['a', 'cure']);
    expect(flagged('Not a cure; it cures pain.', 'negated')).toEqual(['a', 'cure']);
  });
  it('handles contractions and skips pseudo-triggers', () => {
    expect(flagged('It isn’t safe.', 'negated')).toEqual(['safe']);
    expect(flagged('It is not only safe.', 'negated')).toEqual([]);
  });
  it('ends at the comma that closes a leading subordinate clause', () => {
    expect(flagged('If you do not respond, ketamine is the safest option.', 'negated')).toEqual(['respond']);
  });
});

describe('hedges', () => {
  it('cover the clause of the cue', () => {
    expect(flagged('Ketamine may help to repair the damage, but it cures pain.', 'hedged')).toEqual(['Ketamine', 'may', 'help', 'to', 'repair', 'the', 'damage']);
    expect(flagged('Some patients notice changes within hours.', 'hedged')).toHaveLength(6);
    expect(flagged('Ketamine cures pain.', 'hedged')).toEqual([]);
  });
});

describe('attribution and quotation', () => {
  it('marks what a named source reports', () => {
    expect(flagged('The FDA warns that compounded ketamine is unsafe.', 'attributed')).toEqual(['that', 'compounded', 'ketamine', 'is', 'unsafe']);
    expect(flagged('Our patients say it is safe.', 'attributed')).toEqual([]);
    expect(flagged('Crane et al. found that clinics call it safe.', 'attributed')).toEqual(['that', 'clinics', 'call', 'it', 'safe']);
    expect(flagged('Patients found that it is safe.', 'attributed')).toEqual([]);
  });
  it('marks a third person\'s view of something as that person\'s', () => {
    expect(flagged('Thus, he saw spinal manipulation as a cure for most diseases.', 'attributed')).toEqual(['spinal', 'manipulation', 'as', 'a', 'cure', 'for', 'most', 'diseases']);
    // What the reader has heard said: reported, like a generic source's claim.
    expect(flagged('You may have heard CBD described as a cure for anxiety.', 'attributed')).toEqual(['CBD', 'described', 'as', 'a', 'cure', 'for', 'anxiety']);
    expect(flagged('You know that CBD is a cure for anxiety.', 'attributed')).toEqual([]);
    expect(flagged('Patients saw their pain fade as the weeks went by.', 'attributed')).toEqual([]);
    expect(flagged('We regard it as the safest option.', 'attributed')).toEqual([]);
  });
  it('marks quoted words', () => {
    expect(flagged('Some call it “a miracle cure” online.', 'quoted')).toEqual(['a', 'miracle', 'cure']);
  });
});

describe('questions and citations', () => {
  it('marks questions', () => {
    expect(first('Is ketamine safe?').question).toBe(true);
    expect(first('Ketamine is safe.').question).toBe(false);
  });
  it.each([
    ['a link', 'It works [in trials](https://example.org).'],
    ['a bracketed number', 'It works in 70% of cases [1].'],
    ['a range of references', 'It works in 70% of cases [1–3].'],
    ['an author-year', 'It works in 70% of cases (Smith et al., 2021).'],
    ['an author-year in prose', 'Smith and Jones (2019) found it works.'],
    ['according to a named source', 'According to the NIMH, 8% of adults had depression.'],
    ['a named journal', 'A 2019 study published in JAMA found it works.'],
    ['a superscript reference number', 'It works in most cases.²'],
    ['superscript reference numbers of the second block', 'It works in most cases⁴⁵ and is tolerated.'],
    ['a superscript one', 'It works in most cases¹ and is tolerated.'],
    ['a reference number run into the text', 'It works in rodents16,17 and in people.'],
  ])('counts %s as a citation', (_, text) => {
    expect(first(text).cited).toBe(true);
  });
  it.each([
    ['a year alone', 'Since 2019, it works.'],
    ['a price', 'It costs (about) $450.'],
    ['a plain parenthesis', 'It works (for some people).'],
    ['a bracket without a number', 'It works [in most cases].'],
  ])('does not count %s as a citation', (_, text) => {
    expect(first(text).cited).toBe(false);
  });
  it('makes the whole block cited when any sentence is', () => {
    const doc = buildDocument('It works. It is studied [2].', 'a.md', knowledgeBase);
    expect(doc.sentences.map((s) => s.cited)).toEqual([false, true]);
    expect(doc.blocks[0]!.cited).toBe(true);
  });
});
