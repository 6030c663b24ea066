// Builds dist/lantoa.js, dist/lantoa-appeal.js and dist/lantoa-register.js (served under /widget/v1/) with their .sri
// files, and fails when a gzipped bundle exceeds the 4 KB budget. The size is checked before anything is
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

/** Each element loads separately: lantoa.js (badge + stories), lantoa-appeal.js and
 *  lantoa-register.js. */
const bundles = [
  { entry: 'src/index.ts', file: 'lantoa.js' },
  { entry: 'src/lantoa-appeal.ts', file: 'lantoa-appeal.js' },
  { entry: 'src/lantoa-register.ts', file: 'lantoa-register.js' },
];
const built = [];
for (const { entry, file } of bundles) {
  const result = await esbuild.build({
    entryPoints: [join(here, entry)],
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
  console.log(`${file} v${version}: ${code.length} B, ${gzipped} B gzipped (budget ${budget} B)`);
  if (gzipped > budget) {
    console.error(`${file} is over budget by ${gzipped - budget} B gzipped`);
    process.exit(1);
  }
  built.push({ file, code, sri: `sha384-${createHash('sha384').update(code).digest('base64')}` });
}

await mkdir(join(here, 'dist'), { recursive: true });
for (const { file, code, sri } of built) {
  await writeFile(join(here, 'dist', file), code);
  await writeFile(join(here, 'dist', `${file}.sri`), `${sri}\n`);
  console.log(`${file}: ${sri}`);
}
