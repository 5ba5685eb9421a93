#!/usr/bin/env node
// `medlint --version` answers without loading the command line and its engine.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const { version } = await import('../dist/src/util/version.js');
  process.stdout.write(`${version}\n`);
} else {
  // The command line as one bundled script, compiled from its code cache (scripts/bundle.mjs).
  const { main } = await import('../dist/medlint.js');
  await main();
}
