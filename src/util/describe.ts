/**
 * Wording shared by the mechanism rules: how a statement reads in a message, and the line
 * of an offset (for "… at line 16" in a message; the engine gives positions only to findings).
 */
import type { Aspect, Direction } from '../kb/index.js';
import type { KnowledgeBase } from '../types.js';
import type { MechanismStatement } from './mechanisms.js';

const ASPECT_TEXT: Record<Aspect, string> = { release: 'release', level: 'levels', activity: 'activity', receptor: 'receptors', production: 'production' };

/** "ketamine" (the knowledge base's name of the substance), or the agent as written in the article's vocabulary ("ssris"). */
export function substanceName(kb: KnowledgeBase, statement: MechanismStatement): string {
  return kb.mechanisms.substances.find((s) => s.id === statement.substance)?.name ?? statement.substance;
}

/** The verb of a direction for a target: receptors are blocked or activated, the rest decreased or increased. */
export function verbOf(direction: Direction, statement: MechanismStatement): string {
  if (statement.target.kind === 'receptor' && statement.aspect === 'activity') return direction === 'increase' ? 'activates' : 'blocks';
  return direction === 'increase' ? 'increases' : 'decreases';
}

/** "glutamate release", "NMDA receptors", "BDNF levels". */
export function objectOf(statement: MechanismStatement): string {
  if (statement.target.kind === 'receptor' && statement.aspect === 'activity') return statement.target.name;
  if (statement.target.kind === 'receptor' && statement.aspect === 'receptor') return statement.target.name;
  return `${statement.target.name} ${ASPECT_TEXT[statement.aspect]}`;
}

/** The 1-based line of a file offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
