// The build's guard against copied state (decision 39): a module with state of its own in two
// chunks fails the build, a stateless one or a constant set does not.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedStateCheck } from '../../vite-shared-state-check';

const dir = mkdtempSync(path.join(os.tmpdir(), 'lantoa-state-check-'));
function moduleFile(name: string, source: string) {
  const file = path.join(dir, name);
  writeFileSync(file, source);
  return file;
}

function check(chunks: Record<string, string[]>) {
  const bundle = Object.fromEntries(
    Object.entries(chunks).map(([fileName, moduleIds]) => [
      fileName,
      { type: 'chunk', fileName, moduleIds },
    ]),
  );
  const plugin = sharedStateCheck();
  const generate = plugin.generateBundle as (
    this: { error(message: string): never },
    options: unknown,
    bundle: unknown,
  ) => void;
  generate.call(
    {
      error(message: string): never {
        throw new Error(message);
      },
    },
    {},
    bundle,
  );
}

describe('the shared state check', () => {
  const queue = moduleFile('queue.ts', 'let session = null;\nexport const start = () => {};\n');
  const store = moduleFile('store.ts', 'const listeners = new Set<() => void>();\n');
  const context = moduleFile('context.tsx', 'export const Ctx = createContext(null);\n');
  const words = moduleFile('words.ts', "export const WORDS = { ok: 'Đồng ý' };\n");
  const constants = moduleFile(
    'actions.ts',
    "export const FOUR_EYES: ReadonlySet<string> = new Set(['report.approve']);\n",
  );

  it('fails when a module with state is in two chunks, naming it and its chunks', () => {
    for (const stateful of [queue, store, context])
      expect(() => check({ 'a.js': [stateful], 'b.js': [stateful] })).toThrow(
        new RegExp(`${path.basename(stateful)} \\(a\\.js, b\\.js\\)`),
      );
  });

  it('lets stateless modules and constant sets be copied, and state live in one chunk', () => {
    expect(() =>
      check({ 'a.js': [words, constants, queue], 'b.js': [words, constants] }),
    ).not.toThrow();
  });
});
