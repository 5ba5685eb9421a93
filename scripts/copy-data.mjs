// tsc copies the JSON files that code imports; this is a check that it did, so a build
// that lost rule data fails loudly instead of producing a linter that finds nothing.
import { existsSync, readdirSync } from 'node:fs';
const missing = readdirSync('rules', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`rules/${d.name}/data.json`) && !existsSync(`dist/rules/${d.name}/data.json`))
  .map((d) => d.name);
if (missing.length > 0) {
  console.error(`build: rule data missing from dist for ${missing.join(', ')}`);
  process.exit(1);
}
