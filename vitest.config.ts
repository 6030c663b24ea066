// Every package's suite is a Vitest project with its own settings (pool, workers,
// environment). `npm test` runs them one project at a time (two cores), and the API's
// project twice when DATABASE_URL is set: PostgreSQL, then embedded PGlite.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/domain', 'packages/widget', 'apps/admin', 'apps/api', 'tooling/e2e'],
  },
});
