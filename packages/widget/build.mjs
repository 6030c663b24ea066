// Builds dist/lantoa.js (served at /widget/v1/lantoa.js) and dist/lantoa.js.sri, and fails
// when the gzipped bundle exceeds the 4 KB budget. The size is checked before anything is
// written, so an over-budget build never leaves a publishable file behind.

import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
/** Bytes, gzipped at level 9. LANTOA_WIDGET_BUDGET exists so a test can prove the check bites. */
const budget = Number(process.env.LANTOA_WIDGET_BUDGET ?? 4096);

const { version } = JSON.parse(await readFile(join(here, 'package.json'), 'utf8'));

const result = await esbuild.build({
  entryPoints: [join(here, 'src/index.ts')],
  bundle: true,
  minify: true,
  format: 'iife', // a plain <script src defer> works, and nothing leaks into the page's globals
  target: 'es2020',
  legalComments: 'none',
  banner: { js: `/*! Lan Tỏa widget v${version} */` },
  charset: 'utf8', // Vietnamese strings stay readable and smaller than \u escapes
  write: false,
  logLevel: 'warning',
});

const code = result.outputFiles[0].contents;
const gzipped = gzipSync(code, { level: 9 }).length;
const sri = `sha384-${createHash('sha384').update(code).digest('base64')}`;

console.log(`lantoa.js v${version}: ${code.length} B, ${gzipped} B gzipped (budget ${budget} B)`);
if (gzipped > budget) {
  console.error(`lantoa.js is over budget by ${gzipped - budget} B gzipped`);
  process.exit(1);
}

await mkdir(join(here, 'dist'), { recursive: true });
await writeFile(join(here, 'dist/lantoa.js'), code);
await writeFile(join(here, 'dist/lantoa.js.sri'), `${sri}\n`);
console.log(sri);
