// Builds dist/ once before any test file runs, so the bundle tests read a fresh build and
// parallel test files never race each other writing the same files.

import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['build.mjs'], { cwd: import.meta.dirname, stdio: 'pipe' });
}
