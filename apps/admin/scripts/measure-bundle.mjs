// Measures the first load's JavaScript, gzipped, from the Vite manifest: the entry chunk
// and everything it imports statically, plus the lazy chunks the first screens need
// (the sign-in route for a stranger; the app layout and dashboard for a signed-in user),
// with their static imports. Exits 1 over the budget (150 KB, see ARCHITECTURE.md).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 150 * 1024;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

/** Keys of a chunk and its static imports, transitively. */
function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}

const gz = (key) => gzipSync(readFileSync(join(dist, manifest[key].file)), { level: 9 }).length;
const entry = Object.keys(manifest).filter((k) => manifest[k].isEntry);
const lazy = (pattern) =>
  Object.keys(manifest).filter((k) => pattern.test(k) && manifest[k].isDynamicEntry);

const firstRoutes = {
  'sign-in': [...entry, ...lazy(/routes\/sign-in\.tsx/)],
  dashboard: [...entry, ...lazy(/routes\/_app\.tsx/), ...lazy(/routes\/_app\/index\.tsx/)],
};

let worst = 0;
for (const [name, roots] of Object.entries(firstRoutes)) {
  const keys = [...closure(roots)];
  const total = keys.reduce((sum, k) => sum + gz(k), 0);
  worst = Math.max(worst, total);
  console.log(`${name}: ${(total / 1024).toFixed(1)} KB gzipped JS in ${keys.length} chunks`);
  for (const k of keys)
    console.log(`  ${(gz(k) / 1024).toFixed(1).padStart(6)} KB  ${manifest[k].file}`);
}
const verdict = worst <= BUDGET ? 'within' : 'OVER';
console.log(
  `first route: ${(worst / 1024).toFixed(1)} KB, ${verdict} the ${BUDGET / 1024} KB budget`,
);
process.exit(worst <= BUDGET ? 0 : 1);
