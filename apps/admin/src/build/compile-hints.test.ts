// The build's compile hint (decision 39): the entry and every chunk it imports statically,
// however deep, start with V8's `//# allFunctionsCalledOnLoad`; a screen's lazy chunk does not.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { COMPILE_HINT, compileHints } from '../../vite-compile-hints';

it('marks the chunks the first screen runs, on the first line of each file', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lantoa-compile-hints-'));
  const chunks = {
    'index.js': { isEntry: true, imports: ['admin.js'] },
    'admin.js': { isEntry: false, imports: ['runtime.js'] },
    'runtime.js': { isEntry: false, imports: [] },
    'unit-page.js': { isEntry: false, imports: ['runtime.js'] },
  };
  const bundle = Object.fromEntries(
    Object.entries(chunks).map(([fileName, chunk]) => {
      writeFileSync(path.join(dir, fileName), `const __vite__mapDeps=1;export{}; // ${fileName}`);
      return [fileName, { type: 'chunk', fileName, ...chunk }];
    }),
  );
  const hook = compileHints().writeBundle as { handler(options: unknown, bundle: unknown): void };
  hook.handler({ dir }, bundle);

  const firstLine = (name: string) => readFileSync(path.join(dir, name), 'utf8').split('\n')[0];
  for (const name of ['index.js', 'admin.js', 'runtime.js'])
    expect(`${firstLine(name)}\n`, name).toBe(COMPILE_HINT);
  expect(firstLine('unit-page.js')).toBe('const __vite__mapDeps=1;export{}; // unit-page.js');
});
