// `npm start`: set up what is missing, build what changed, then run the API, which
// migrates, seeds demo data, serves the admin app and prints how to sign in.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt, ensureDependencies, ensurePnpm, root } from './lib.mjs';

const pnpm = ensurePnpm();
ensureDependencies(pnpm);
ensureBuilt(pnpm);
const child = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
  stdio: 'inherit',
  cwd: root,
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
