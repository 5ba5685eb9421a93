// The report page's script and stylesheet are not TypeScript, so tsc does not copy them:
// copy them next to the compiled report builder (dist/src/report/client/), which reads them
// relative to itself.
import { copyFileSync, mkdirSync } from 'node:fs';

const FROM = 'src/report/client';
const TO = 'dist/src/report/client';
mkdirSync(TO, { recursive: true });
for (const file of ['app.js', 'report.css']) copyFileSync(`${FROM}/${file}`, `${TO}/${file}`);
