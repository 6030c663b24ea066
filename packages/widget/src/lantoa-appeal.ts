// <lantoa-appeal code lang api>: an appeal, its progress and public accounts, and the pledge
// form (public-form.ts: a time-check token and the consent wording, Law 91/2025/QH15, from
// the API, a honeypot field people never see). On success it shows the VietQR code
// the API renders (an <img>, same origin as the API: nothing from a third party). Loaded
// on its own (lantoa-appeal.js), so pages without appeals never download it.

import { apiOrigin, getJson, langOf, safeUrl } from './api';
import { h } from './dom';
import { formatDate } from './i18n';
import { FORM_CSS, PublicElement, publicForm } from './public-form';

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

export class LantoaAppeal extends PublicElement {
  constructor() {
    super(`${FORM_CSS}progress{width:100%;height:.75rem}img{width:min(100%,16rem);height:auto}`);
  }

  protected async render(): Promise<void> {
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

  private form(base: string, code: string, lang: 'vi' | 'en', status: HTMLElement) {
    const t = T[lang];
    return publicForm({
      base,
      lang,
      fields: [
        [t[2], { name: 'n', autocomplete: 'name', maxlength: '120', placeholder: t[3] }],
        [t[4], { name: 'a', type: 'number', min: '1000', step: '1000', inputmode: 'numeric' }],
        [t[5], { name: 'k', maxlength: '254' }],
      ],
      send: t[6],
      action: `${base}/appeals/${code}/pledges?lang=${lang}`,
      payload: (v) => {
        const contact = v('k');
        return {
          displayName: v('n') || null,
          amount: v('a') ? Number(v('a')) : null,
          contactEmail: contact.includes('@') ? contact : null,
          contactPhone: contact && !contact.includes('@') ? contact : null,
        };
      },
      onAnswer: (ok, body, form) => {
        if (!ok || !body) {
          status.textContent = body?.error?.message ?? t[8];
          return;
        }
        const src = safeUrl(body.qrSvgUrl);
        status.replaceChildren(h('span', {}, `${t[7]} ${body.memo}`));
        if (src) status.append(h('img', { src, alt: `VietQR ${body.memo}` }));
        form.remove();
      },
    });
  }
}

if (!customElements.get('lantoa-appeal')) customElements.define('lantoa-appeal', LantoaAppeal);
