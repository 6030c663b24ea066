// Vite plugin: marks the chunks every first screen runs with V8's explicit compile hint
// (`//# allFunctionsCalledOnLoad`, Chrome 136+). Without it V8 compiles a function the
// first time it is called, on the main thread: React's and the router's start-up then
// block a phone for a few hundred milliseconds. With it, their functions are compiled
// while the file streams in, on a background thread. Other browsers read a comment.
// Only the entry's chunks: the screens' chunks hold code (forms, dialogs) that may never run.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, Rollup } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

export function compileHints(): Plugin {
  return {
    name: 'lantoa-compile-hints',
    apply: 'build',
    // On the written files: minification drops comments, and Vite then puts its preload map
    // at the top of a chunk, while the hint counts only on a file's first line. Before the
    // compressed twins are made (precompress runs its writeBundle after this one).
    writeBundle: {
      order: 'pre',
      sequential: true,
      handler(options, bundle) {
        const chunks = new Map<string, Rollup.OutputChunk>();
        for (const item of Object.values(bundle)) {
          if (item.type === 'chunk') chunks.set(item.fileName, item);
        }
        const initial = [...chunks.values()].filter((chunk) => chunk.isEntry);
        // Everything an entry imports statically, and what that imports.
        for (const chunk of initial) {
          for (const name of chunk.imports) {
            const imported = chunks.get(name);
            if (imported && !initial.includes(imported)) initial.push(imported);
          }
        }
        for (const chunk of initial) {
          const file = path.join(options.dir ?? 'dist', chunk.fileName);
          writeFileSync(file, COMPILE_HINT + readFileSync(file, 'utf8'));
        }
      },
    },
  };
}
