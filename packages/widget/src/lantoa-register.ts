// <lantoa-register code lang api>: a registration drive (volunteers, a blood-donation day,
// an event) and its form. Like <lantoa-appeal> (public-form.ts): a time-check token and the
// consent wording (Law 91/2025/QH15, the registration version) come from the API, a
// honeypot field people never see, text only through textContent. Shows places left, never
// who registered. Loaded on its own (lantoa-register.js), so pages without drives never
// download it.

import { apiOrigin, getJson, langOf } from './api';
import { h } from './dom';
import { formatDate } from './i18n';
import { FORM_CSS, PublicElement, publicForm } from './public-form';

type Drive = {
  kind: 'volunteer' | 'blood-donation' | 'event';
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  place: string;
  placesLeft: number | null;
  isOpen: boolean;
};

const T = {
  vi: {
    volunteer: 'Đăng ký tình nguyện viên',
    'blood-donation': 'Đăng ký hiến máu tình nguyện',
    event: 'Đăng ký tham gia sự kiện',
    when: 'Thời gian',
    where: 'Địa điểm',
    left: 'Còn',
    places: 'chỗ',
    name: 'Họ tên',
    email: 'Email',
    phone: 'Điện thoại',
    send: 'Đăng ký',
    done: 'Cảm ơn bạn đã đăng ký! Hội sẽ liên hệ với bạn.',
    failed: 'Không gửi được, vui lòng thử lại',
    closed: 'Đợt đăng ký đã đóng.',
    load: 'Không tải được',
  },
  en: {
    volunteer: 'Register as a volunteer',
    'blood-donation': 'Register to give blood',
    event: 'Register for the event',
    when: 'When',
    where: 'Where',
    left: '',
    places: 'places left',
    name: 'Full name',
    email: 'Email',
    phone: 'Phone',
    send: 'Register',
    done: 'Thank you for registering! We will contact you.',
    failed: 'Could not send; please try again',
    closed: 'Registration is closed.',
    load: 'Could not load',
  },
} as const;

export class LantoaRegister extends PublicElement {
  constructor() {
    super(FORM_CSS);
  }

  protected async render(): Promise<void> {
    const lang = langOf(this);
    const t = T[lang];
    const base = `${apiOrigin(this)}/public/v1`;
    const code = encodeURIComponent(this.getAttribute('code') ?? '');
    const d = await getJson<Drive>(`${base}/drives/${code}.json?lang=${lang}`);
    if (!d) return void this.root.replaceChildren(h('p', {}, t.load));
    const days =
      d.startsOn === d.endsOn
        ? formatDate(d.startsOn, lang)
        : `${formatDate(d.startsOn, lang)} – ${formatDate(d.endsOn, lang)}`;
    const status = h('p', { role: 'status', 'aria-live': 'polite' });
    const nodes: Node[] = [
      h('h2', {}, d.title),
      h('p', {}, t[d.kind]),
      h('p', {}, d.description),
      h('p', {}, `${t.when}: ${days}. ${t.where}: ${d.place}.`),
    ];
    if (d.placesLeft !== null)
      nodes.push(h('p', {}, `${t.left} ${d.placesLeft} ${t.places}`.trim()));
    nodes.push(d.isOpen ? await this.form(base, code, lang, status) : h('p', {}, t.closed), status);
    this.root.replaceChildren(...nodes);
  }

  private form(base: string, code: string, lang: 'vi' | 'en', status: HTMLElement) {
    const t = T[lang];
    return publicForm({
      base,
      lang,
      purpose: 'registration',
      fields: [
        [t.name, { name: 'n', autocomplete: 'name', maxlength: '120', required: '' }],
        [t.phone, { name: 'p', type: 'tel', autocomplete: 'tel', maxlength: '20' }],
        [t.email, { name: 'e', type: 'email', autocomplete: 'email', maxlength: '254' }],
      ],
      send: t.send,
      action: `${base}/drives/${code}/registrations?lang=${lang}`,
      payload: (v) => ({
        displayName: v('n') || null,
        contactPhone: v('p') || null,
        contactEmail: v('e') || null,
      }),
      onAnswer: (ok, body, form) => {
        if (!ok) {
          const fields = body?.error?.details?.fieldErrors ?? {};
          const first = Object.values(fields).flat()[0];
          status.textContent = [body?.error?.message ?? t.failed, first].filter(Boolean).join(': ');
          return;
        }
        status.textContent = t.done;
        form.remove();
      },
    });
  }
}

if (!customElements.get('lantoa-register'))
  customElements.define('lantoa-register', LantoaRegister);
