// @vitest-environment node
// Checks the real build (run by vitest.global-setup.ts): the bundle must match its SRI file
// and fit the 4 KB budget, and the budget check itself must be able to fail.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const read = (file: string) => readFileSync(`${pkg}/dist/${file}`);

describe('build.mjs', () => {
  it.each(['lantoa.js', 'lantoa-appeal.js', 'lantoa-register.js'])(
    'writes %s within 4096 bytes gzipped, with a matching sha384 SRI',
    (file) => {
      const code = read(file);
      expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(4096);
      expect(brotliCompressSync(code).length).toBeLessThanOrEqual(4096);
      const sri = `sha384-${createHash('sha384').update(code).digest('base64')}`;
      expect(read(`${file}.sri`).toString().trim()).toBe(sri);
      expect(code.toString()).toMatch(/^\/\*! Lan Tỏa widget v\d+\.\d+\.\d+ \*\//);
      // Strict-CSP promises: nothing that needs 'unsafe-eval' or 'unsafe-inline'.
      expect(code.toString()).not.toMatch(/\beval\(|new Function|innerHTML|\.style\b|<style/);
    },
    30_000,
  );

  it('fails, writing nothing new, when the bundle is over budget', () => {
    const before = read('lantoa.js.sri').toString();
    const run = spawnSync(process.execPath, ['build.mjs'], {
      cwd: pkg,
      env: { ...process.env, LANTOA_WIDGET_BUDGET: '100' },
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('over budget');
    expect(read('lantoa.js.sri').toString()).toBe(before);
  }, 30_000);
});
