// <lantoa-badge unit indicator lang>: the API's SVG badge as an <img>. The SVG's own
// aria-label is invisible inside an <img>, so the alt is built from compliance.json, which
// all badges of a unit on the page fetch once between them.

import { getJson, langOf, unitUrl } from './api';
import { LantoaElement } from './base-element';
import { h } from './dom';
import { text } from './i18n';

type Compliance = {
  indicators?: { code?: string; title?: string; stateLabel?: string }[];
  /** A closed unit: what became of it, which its badge also shows. */
  closed?: { message?: string };
};

export class LantoaBadge extends LantoaElement {
  static observedAttributes = ['unit', 'indicator', 'lang', 'api'];

  protected async render(isCurrent: () => boolean): Promise<void> {
    const code = this.getAttribute('indicator') ?? '';
    const label = `${text[langOf(this)].indicator} ${code}`;
    // height is fixed and the grey .b box reserves width until the SVG arrives: no layout shift.
    const img = h('img', {
      class: 'b',
      src: unitUrl(this, 'badge.svg', { indicator: code }),
      alt: label,
      height: '20',
      decoding: 'async',
    });
    img.addEventListener('load', () => img.classList.add('ok'));
    // Unknown unit or API down: hide the badge rather than show a broken image.
    img.addEventListener('error', () => {
      if (isCurrent()) this.hidden = true;
    });
    this.hidden = false;
    this.root.replaceChildren(img);

    const data = await getJson<Compliance>(unitUrl(this, 'compliance.json', {}));
    const found = Array.isArray(data?.indicators)
      ? data.indicators.find((i) => i?.code === code)
      : undefined;
    const closedMessage = data?.closed?.message;
    if (isCurrent() && typeof closedMessage === 'string') {
      img.alt = `${label}: ${closedMessage}`;
    } else if (isCurrent() && found?.stateLabel) {
      img.alt = `${label}${found.title ? ` – ${found.title}` : ''}: ${found.stateLabel}`;
    }
  }
}
