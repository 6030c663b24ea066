// A notice as an email: the subject is the title in the recipient's language (nodemailer
// encodes non-ASCII subjects as RFC 2047 UTF-8 words), a plain-text part and an HTML part
// with the same content, the link to the exact page and the unsubscribe link.
import type { OutgoingMail } from './mailer.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const WORDS = {
  vi: {
    open: 'Xem chi tiết',
    unsubscribe: 'Ngừng nhận email thông báo',
    footer: 'Lan Tỏa — Hội Chữ thập đỏ',
  },
  en: { open: 'Open the page', unsubscribe: 'Stop these emails', footer: 'Lan Tỏa — Red Cross' },
};

export function renderNoticeMail(input: {
  to: string;
  lang: 'vi' | 'en';
  title: string;
  body: string;
  url: string;
  unsubscribeUrl: string;
}): OutgoingMail {
  const w = WORDS[input.lang];
  const text = [
    input.body,
    '',
    `${w.open}: ${input.url}`,
    '',
    '--',
    w.footer,
    `${w.unsubscribe}: ${input.unsubscribeUrl}`,
  ].join('\n');
  const paragraphs = input.body
    .split('\n')
    .map((line) => `<p style="margin:0 0 8px">${escapeHtml(line)}</p>`)
    .join('');
  const html = `<!doctype html><html lang="${input.lang}"><head><meta charset="utf-8"><title>${escapeHtml(input.title)}</title></head>
<body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">
<h1 style="font-size:18px">${escapeHtml(input.title)}</h1>${paragraphs}
<p><a href="${escapeHtml(input.url)}" style="color:#b3001b">${w.open}</a></p>
<hr><p style="font-size:13px;color:#555">${w.footer} · <a href="${escapeHtml(input.unsubscribeUrl)}">${w.unsubscribe}</a></p>
</body></html>`;
  return { to: input.to, subject: input.title, text, html, unsubscribeUrl: input.unsubscribeUrl };
}
