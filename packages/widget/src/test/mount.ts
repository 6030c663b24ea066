// Mounts an element pointed at the fake API and waits until its shadow root settles.

import { vi } from 'vitest';
import '../index';
import { API } from './api-handlers';

export async function mount(tag: string, attrs: Record<string, string>): Promise<HTMLElement> {
  const el = document.createElement(tag);
  el.setAttribute('api', API);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await settle(el);
  return el;
}

/** Wait until no skeleton is left and the request chain has drained. */
export async function settle(el: HTMLElement): Promise<void> {
  await vi.waitFor(() => {
    if (!el.shadowRoot?.firstChild || el.shadowRoot.querySelector('[aria-busy]')) {
      throw new Error('still loading');
    }
  });
  await new Promise((r) => setTimeout(r, 10));
}
