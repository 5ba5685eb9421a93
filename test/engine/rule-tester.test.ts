/** The rule tester fails a case that is wrong about message ids, data, suggestions, fix output or whether there is a finding at all. */
import { describe, expect, it } from 'vitest';
import { assertInvalid, at } from '../helpers/rule-tester.js';

const text = 'Ketamine acts on the the NMDA receptor.';
const output = 'Ketamine acts on the NMDA receptor.';

describe('rule tester', () => {
  it('passes a case that is right in every respect', () => {
    expect(() => assertInvalid('repeated-word', { text, findings: [at(text, 'the the', { messageId: 'default', data: { word: 'the' }, suggestions: ['the'] })], output })).not.toThrow();
  });
  it('fails a wrong message id, wrong data, wrong suggestions', () => {
    expect(() => assertInvalid('repeated-word', { text, findings: [at(text, 'the the', { messageId: 'other' })], output })).toThrow();
    expect(() => assertInvalid('repeated-word', { text, findings: [at(text, 'the the', { data: { word: 'a' } })], output })).toThrow();
    expect(() => assertInvalid('repeated-word', { text, findings: [at(text, 'the the', { suggestions: [] })], output })).toThrow();
  });
  it('fails a case whose findings carry fixes but that gives no output, or a wrong one', () => {
    expect(() => assertInvalid('repeated-word', { text, findings: [at(text, 'the the')] })).toThrow(/must give `output`/);
    expect(() => assertInvalid('repeated-word', { text, findings: [at(text, 'the the')], output: text })).toThrow();
  });
  it('fails an invalid case that lists no finding', () => {
    expect(() => assertInvalid('repeated-word', { text: output, findings: [] })).toThrow(/at least one finding/);
  });
});
