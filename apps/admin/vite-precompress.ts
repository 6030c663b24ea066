// Vite plugin: writes a brotli (.br) and a gzip (.gz) twin of every text asset at build
// time, at the strongest settings, once. The API serves the twin the browser accepts
// (@fastify/static preCompressed), so a phone on weak data never waits for compression
// and never downloads the raw bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT = /\.(?:js|css|html|svg|json|webmanifest|txt)$/;
/** Smaller files gain less than a packet: serve them as they are. */
const MIN_BYTES = 512;

export function precompress(): Plugin {
  return {
    name: 'lantoa-precompress',
    apply: 'build',
    // Sequential, so the files are final when read (compileHints edits them first).
    writeBundle: {
      sequential: true,
      handler(options, bundle) {
        const dir = options.dir ?? 'dist';
        for (const fileName of Object.keys(bundle)) {
          if (!TEXT.test(fileName)) continue;
          const file = path.join(dir, fileName);
          const raw = readFileSync(file);
          if (raw.length < MIN_BYTES) continue;
          const br = brotliCompressSync(raw, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
            },
          });
          writeFileSync(`${file}.br`, br);
          writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
        }
      },
    },
  };
}
