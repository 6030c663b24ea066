// <lantoa-appeal code lang api>: an appeal, its progress and public accounts, and the pledge
// form. The form fetches a time-check token and the consent wording (Law 91/2025/QH15) from
// the API, keeps a honeypot field people never see, and on success shows the VietQR code
// the API renders (an <img>, same origin as the API: nothing from a third party). Loaded
// on its own (lantoa-appeal.js), so pages without appeals never download it.

import { apiOrigin, getJson, langOf, safeUrl } from './api';
import { h } from './dom';
import { formatDate } from './i18n';

type Appeal = {
  title: string;
  story: string;
  targetAmount: number;
  receivedAmount: number;
  isOpen: boolean;
  receivedByDay: {
    date: string;
    amount: number;
    gifts: { giver: string | null; amount: number }[];
  }[];
  disbursements: { date: string; recipientGroup: string; amount: number; evidenceUrl: string }[];
};

const T = {
  vi: [
    'Đã nhận',
    'trên',
    'Họ tên',
    'Ẩn danh',
    'Số tiền (đồng)',
    'Email hoặc điện thoại (không bắt buộc)',
    'Ủng hộ',
    'Quét mã bằng ứng dụng ngân hàng. Nội dung chuyển khoản:',
    'Không gửi được, vui lòng thử lại',
    'Công khai thu chi',
    'Chi',
    'Không tải được',
  ],
  en: [
    'Received',
    'of',
    'Name',
    'Anonymous',
    'Amount (đồng)',
    'Email or phone (optional)',
    'Give',
    'Scan with your banking app. Transfer memo:',
    'Could not send; please try again',
    'Public accounts',
    'Spent',
    'Could not load',
  ],
} as const;

const css = `:host{display:block}form,label{display:grid;gap:.5rem}form{margin:1rem 0}input{font:inherit;padding:.5rem;border:1px solid #8888;border-radius:4px}
label.c{display:flex;gap:.5rem;align-items:start}button{font:inherit;padding:.6rem 1rem;border:0;border-radius:4px;background:var(--lantoa-accent,#c8102e);color:#fff;font-weight:600}
progress{width:100%;height:.75rem}.h{position:absolute;left:-9999px}img{width:min(100%,16rem);height:auto}:focus-visible{outline:3px solid currentColor;outline-offset:2px}`;

export class LantoaAppeal extends HTMLElement {
  static observedAttributes = ['code', 'lang', 'api'];
  private readonly root = this.attachShadow({ mode: 'open' });

  connectedCallback(): void {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      this.root.adoptedStyleSheets = [sheet];
    } catch {}
    this.render();
  }

  private async render(): Promise<void> {
    const lang = langOf(this);
    const t = T[lang];
    const base = `${apiOrigin(this)}/public/v1`;
    const code = encodeURIComponent(this.getAttribute('code') ?? '');
    const money = (n: number) => `${n.toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN')} đ`;
    const a = await getJson<Appeal>(`${base}/appeals/${code}.json?lang=${lang}`);
    if (!a) return void this.root.replaceChildren(h('p', {}, t[11]));
    const status = h('p', { role: 'status', 'aria-live': 'polite' });
    const nodes: Node[] = [
      h('h2', {}, a.title),
      h('p', {}, a.story),
      h('progress', { max: String(a.targetAmount), value: String(a.receivedAmount) }),
      h('p', {}, `${t[0]} ${money(a.receivedAmount)} ${t[1]} ${money(a.targetAmount)}`),
    ];
    if (a.isOpen) nodes.push(await this.form(base, code, lang, status), status);
    const books = h('details');
    books.append(h('summary', {}, t[9]));
    const list = h('ul');
    for (const d of a.receivedByDay)
      list.append(
        h(
          'li',
          {},
          `${formatDate(d.date, lang)}: ${money(d.amount)} (${d.gifts.map((g) => g.giver ?? t[3]).join(', ')})`,
        ),
      );
    for (const d of a.disbursements) {
      const li = h(
        'li',
        {},
        `${formatDate(d.date, lang)}: ${t[10]} ${money(d.amount)}, ${d.recipientGroup} `,
      );
      const url = safeUrl(d.evidenceUrl);
      if (url) li.append(h('a', { href: url, rel: 'noopener' }, '↗'));
      list.append(li);
    }
    books.append(list);
    this.root.replaceChildren(...nodes, books);
  }

  private async form(base: string, code: string, lang: 'vi' | 'en', status: HTMLElement) {
    const t = T[lang];
    const token = await getJson<{ token: string; consentVersion: string; consentText: string }>(
      `${base}/form-token?lang=${lang}`,
    );
    const field = (label: string, attrs: Record<string, string>) => {
      const l = h('label', {}, label);
      l.append(h('input', attrs));
      return l;
    };
    const consent = h('label', { class: 'c' });
    consent.append(
      h('input', { type: 'checkbox', name: 'c', required: '' }),
      token?.consentText ?? '',
    );
    const form = h('form');
    form.append(
      field(t[2], { name: 'n', autocomplete: 'name', maxlength: '120', placeholder: t[3] }),
      field(t[4], { name: 'a', type: 'number', min: '1000', step: '1000', inputmode: 'numeric' }),
      field(t[5], { name: 'k', maxlength: '254' }),
      h('input', {
        name: 'website',
        class: 'h',
        tabindex: '-1',
        autocomplete: 'off',
        'aria-hidden': 'true',
      }),
      consent,
      h('button', {}, t[6]),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const v = (n: string) =>
        ((form.elements.namedItem(n) as HTMLInputElement).value ?? '').trim();
      const contact = v('k');
      const res = await fetch(`${base}/appeals/${code}/pledges?lang=${lang}`, {
        method: 'POST',
        credentials: 'omit',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          displayName: v('n') || null,
          amount: v('a') ? Number(v('a')) : null,
          contactEmail: contact.includes('@') ? contact : null,
          contactPhone: contact && !contact.includes('@') ? contact : null,
          consentVersion: token?.consentVersion,
          hasConsented: true,
          formToken: token?.token,
          website: v('website'),
        }),
      }).catch(() => null);
      const body = res ? await res.json().catch(() => null) : null;
      if (!res?.ok || !body) {
        status.textContent = body?.error?.message ?? t[8];
        return;
      }
      const src = safeUrl(body.qrSvgUrl);
      status.replaceChildren(h('span', {}, `${t[7]} ${body.memo}`));
      if (src) status.append(h('img', { src, alt: `VietQR ${body.memo}` }));
      form.remove();
    });
    return form;
  }
}

if (!customElements.get('lantoa-appeal')) customElements.define('lantoa-appeal', LantoaAppeal);
