// What <lantoa-appeal> and <lantoa-register> share: a shadow root with its own sheet, and a
// public form with a time-check token and the consent wording (Law 91/2025/QH15) from the
// API, a honeypot field people never see, and a POST without cookies. esbuild copies it
// into each element's own file (no shared chunk), so a page loads only what it embeds.

import { getJson, type Lang } from './api';
import { h } from './dom';

export const FORM_CSS = `:host{display:block}form,label{display:grid;gap:.5rem}form{margin:1rem 0}input{font:inherit;padding:.5rem;border:1px solid #8888;border-radius:4px}
label.c{display:flex;gap:.5rem;align-items:start}button{font:inherit;padding:.6rem 1rem;border:0;border-radius:4px;background:var(--lantoa-accent,#c8102e);color:#fff;font-weight:600}
.h{position:absolute;left:-9999px}:focus-visible{outline:3px solid currentColor;outline-offset:2px}`;

/** A public element's shell: its sheet adopted once connected, then one render. */
export abstract class PublicElement extends HTMLElement {
  static observedAttributes = ['code', 'lang', 'api'];
  protected readonly root = this.attachShadow({ mode: 'open' });

  constructor(private readonly css: string) {
    super();
  }

  connectedCallback(): void {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(this.css);
      this.root.adoptedStyleSheets = [sheet];
    } catch {}
    this.render();
  }

  protected abstract render(): Promise<void>;
}

/** What the API answers to a form: the saved thing's fields, or a bilingual error. */
export type Answer = {
  error?: { message?: string; details?: { fieldErrors?: Record<string, string[]> } };
  [field: string]: unknown;
} | null;

export interface PublicFormOptions {
  /** `{api}/public/v1`. */
  base: string;
  lang: Lang;
  /** The token's purpose, when not a pledge's. */
  purpose?: string;
  /** Label and input attributes of each visible field, in order. */
  fields: [string, Record<string, string>][];
  send: string;
  /** Where the answers go (POST, JSON). */
  action: string;
  /** The fields' part of the request body; `value` reads a field, trimmed. */
  payload: (value: (name: string) => string) => Record<string, unknown>;
  /** The API's answer (`body` null when there was none, or no JSON). */
  onAnswer: (ok: boolean, body: Answer, form: HTMLFormElement) => void;
}

export async function publicForm(o: PublicFormOptions): Promise<HTMLFormElement> {
  const token = await getJson<{ token: string; consentVersion: string; consentText: string }>(
    `${o.base}/form-token?${o.purpose ? `purpose=${o.purpose}&` : ''}lang=${o.lang}`,
  );
  const consent = h('label', { class: 'c' });
  consent.append(
    h('input', { type: 'checkbox', name: 'c', required: '' }),
    token?.consentText ?? '',
  );
  const form = h('form');
  for (const [label, attrs] of o.fields) {
    const l = h('label', {}, label);
    l.append(h('input', attrs));
    form.append(l);
  }
  form.append(
    h('input', {
      name: 'website',
      class: 'h',
      tabindex: '-1',
      autocomplete: 'off',
      'aria-hidden': 'true',
    }),
    consent,
    h('button', {}, o.send),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const value = (n: string) =>
      ((form.elements.namedItem(n) as HTMLInputElement).value ?? '').trim();
    const res = await fetch(o.action, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...o.payload(value),
        consentVersion: token?.consentVersion,
        hasConsented: true,
        formToken: token?.token,
        website: value('website'),
      }),
    }).catch(() => null);
    const body = res ? await res.json().catch(() => null) : null;
    o.onAnswer(!!res?.ok, body, form);
  });
  return form;
}
