// Vite plugin: fails the build when a module that holds state of its own is in more than one
// chunk. The build inlines small common chunks into the chunks that use them (decision 39),
// which copies their modules; a copied module with state (a `let` at its top level, a Map
// or Set it fills, a React context) would exist twice, and half the app would see the
// other half's changes never. Such modules are listed in `codeSplitting`'s `exclude`.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const HOLDS_STATE =
  /^(?:export )?let |^(?:export )?const \w+(?::\s*(?!Readonly)[^\s=][^=]*)? = new (?:Map|Set|WeakMap)\b|createContext\(/m;

export function sharedStateCheck(): Plugin {
  return {
    name: 'lantoa-shared-state-check',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunksOf = new Map<string, string[]>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of chunk.moduleIds)
          chunksOf.set(id, [...(chunksOf.get(id) ?? []), chunk.fileName]);
      }
      const copied = [...chunksOf].filter(([id, chunks]) => {
        if (chunks.length < 2 || id.startsWith('\0')) return false;
        try {
          return HOLDS_STATE.test(readFileSync(id.split('?')[0] as string, 'utf8'));
        } catch {
          return false; // a virtual module: nothing on disk to read
        }
      });
      if (copied.length > 0)
        this.error(
          `Modules with state of their own are copied into several chunks: ${copied
            .map(([id, chunks]) => `${id} (${chunks.join(', ')})`)
            .join('; ')}. Add them to experimentalInlineCommonChunks.exclude.`,
        );
    },
  };
}
