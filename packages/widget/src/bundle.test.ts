// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true,"disableJavaScriptFileLoading":false}}
// The built file, loaded the way a partner loads it: a <script src> from the API's origin.
// Proves the IIFE captures document.currentScript and calls the origin it came from (dist/ is
// built by vitest.global-setup.ts; happy-dom needs JS evaluation switched on for this file).

import { readFileSync } from 'node:fs';
import { HttpResponse, http } from 'msw';
import { expect, it, vi } from 'vitest';
import { API, seen, server } from './test/api-handlers';

it('uses the origin of its own script src for API calls', async () => {
  const bundle = readFileSync(`${__dirname}/../dist/lantoa.js`, 'utf8');
  server.use(
    http.get(`${API}/widget/v1/lantoa.js`, () =>
      HttpResponse.text(bundle, { headers: { 'Content-Type': 'text/javascript' } }),
    ),
  );
  const script = document.createElement('script');
  script.src = `${API}/widget/v1/lantoa.js`;
  script.defer = true; // as partners embed it; also lets the fetch go through msw
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
  document.head.append(script);
  await loaded;
  expect(customElements.get('lantoa-stories')).toBeTruthy();

  const el = document.createElement('lantoa-stories');
  el.setAttribute('unit', 'kg');
  document.body.append(el);
  await vi.waitFor(() => expect(el.shadowRoot?.querySelectorAll('article')).toHaveLength(3));
  expect(seen.at(-1)?.url).toBe(`${API}/public/v1/units/kg/stories.json?limit=3&lang=vi`);
});
