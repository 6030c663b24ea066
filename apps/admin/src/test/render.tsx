// Rendering helpers: a component with its providers, or the whole app at a URL.

import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { App } from '../app';
import { startFirstScreen } from '../lib/first-screen';
import { LangProvider } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';
import { createAppRouter } from '../router';

export function renderWithProviders(ui: ReactNode) {
  const queryClient = createQueryClient();
  return render(
    <LangProvider>
      <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>
    </LangProvider>,
  );
}

/** `firstScreen`: start as main.tsx does, the first screen's queries asked early. */
export function renderApp(url: string, options: { firstScreen?: boolean } = {}) {
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [url] }));
  if (options.firstScreen) startFirstScreen(router, queryClient);
  const view = render(<App queryClient={queryClient} router={router} />);
  return { ...view, router, queryClient };
}

/** Serious and critical axe violations; contrast needs layout, which happy-dom lacks. */
export async function seriousA11yViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}
