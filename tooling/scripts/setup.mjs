// `node tooling/scripts/setup.mjs`: pnpm and dependencies, nothing else (used by root scripts).
import { ensureDependencies, ensurePnpm } from './lib.mjs';

ensureDependencies(ensurePnpm());
