/**
 * The lint pool's worker module for medlint's own rule set (see src/engine/pool.ts): it
 * imports the set here, in the worker, because rules cannot be sent to a thread.
 */
import { ruleSet } from './builtin.js';
import { poolWorker } from './engine/pool-worker.js';

export default poolWorker(ruleSet);
