import { describe, expect, it } from 'vitest';
import { SERVER_PATH } from './server-paths.js';

describe('SERVER_PATH', () => {
  it('matches the paths the server answers, with or without a query', () => {
    for (const path of [
      '/exports/official-reports/1f0c',
      '/exports/matrix.xlsx?year=2025',
      '/notices/unsubscribe?token=abc',
      '/trpc',
      '/docs/public-api',
      '/readyz',
    ]) {
      expect(SERVER_PATH.test(path), path).toBe(true);
    }
  });

  it('leaves the admin app its screens, even ones that start alike', () => {
    for (const path of ['/', '/units/kg', '/exportsx', '/official-reports', '/units/exports']) {
      expect(SERVER_PATH.test(path), path).toBe(false);
    }
  });
});
