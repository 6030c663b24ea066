// The layering of docs/ARCHITECTURE.md is enforced by biome.json (noRestrictedImports per
// folder). This proves each rule bites: the repository's own biome.json lints fixtures laid
// out like the repository in a temporary directory, so no violating file ever sits in the
// tree where `biome check .` or another session would trip on it.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const biome = path.join(root, 'node_modules/.bin/biome');

const FIXTURES: Record<string, { source: string; isRefused: boolean }> = {
  'packages/domain/src/a.ts': {
    source: "import { x } from '@lantoa/api/router';",
    isRefused: true,
  },
  'packages/domain/src/b.ts': {
    source: "import { x } from '../../../apps/api/src/config.js';",
    isRefused: true,
  },
  'packages/domain/src/ok.ts': { source: "import { x } from 'zod';", isRefused: false },
  'apps/api/src/services/a.ts': {
    source: "import { x } from '../public/render-badge.js';",
    isRefused: true,
  },
  'apps/api/src/services/b.ts': {
    source: "import { x } from '../routers/app-router.js';",
    isRefused: true,
  },
  'apps/api/src/services/c.ts': { source: "import { x } from '../trpc.js';", isRefused: true },
  'apps/api/src/services/ok.ts': {
    source: "import { x } from '../sanitize/sanitize-story-html.js';",
    isRefused: false,
  },
  'apps/api/src/db/a.ts': {
    source: "import { x } from '../services/save-story.js';",
    isRefused: true,
  },
  'apps/api/src/db/migrations/b.ts': {
    source: "import { x } from '../../services/save-story.js';",
    isRefused: true,
  },
  'apps/api/src/db/ok.ts': { source: "import { x } from './schema.js';", isRefused: false },
  'apps/admin/src/a.ts': { source: "import { x } from '@lantoa/api/config';", isRefused: true },
  'apps/admin/src/b.ts': {
    source: "import { x } from '../../api/src/services/save-story.js';",
    isRefused: true,
  },
  'apps/admin/src/ok.ts': {
    source: "import type { x } from '@lantoa/api/router';",
    isRefused: false,
  },
};

interface Diagnostic {
  category: string;
  location: { path: string };
}

let dir: string;
let refused: Set<string>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lantoa-layering-'));
  const config = JSON.parse(readFileSync(path.join(root, 'biome.json'), 'utf8'));
  config.vcs = { enabled: false };
  writeFileSync(path.join(dir, 'biome.json'), JSON.stringify(config));
  for (const [file, { source }] of Object.entries(FIXTURES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), `${source}\n\nexport const y = x;\n`);
  }
  // Biome exits 1 when it finds errors; the report on stdout is what we judge.
  const run = promisify(execFile)(biome, ['lint', '--reporter=json', '.'], { cwd: dir });
  const { stdout } = await run.catch((error: { stdout: string }) => error);
  const report = JSON.parse(stdout) as { diagnostics: Diagnostic[] };
  refused = new Set(
    report.diagnostics
      .filter((d) => d.category === 'lint/style/noRestrictedImports')
      .map((d) => d.location.path),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('layering rules in biome.json', () => {
  for (const [file, { source, isRefused }] of Object.entries(FIXTURES)) {
    it(`${isRefused ? 'refuses' : 'allows'} in ${file}: ${source}`, () => {
      expect(refused.has(file)).toBe(isRefused);
    });
  }
});
