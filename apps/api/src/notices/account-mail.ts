// The two account mails (password reset, invitation), bilingual, with their single-use
// link. They go through the same mailer as notices, never through the outbox table: the
// raw token must not be stored anywhere (the demo outbox is the one, demo-only, exception).
import type { Mailer, OutgoingMail } from './mailer.js';

export interface AccountMail {
  mailer: Mailer;
  linkOrigin: string;
}

export function resetMail(
  origin: string,
  to: { email: string; name: string },
  token: string,
): OutgoingMail {
  const url = `${origin}/reset-password?token=${token}`;
  return simpleMail(to.email, {
    subject: 'Đặt lại mật khẩu Lan Tỏa / Reset your Lan Tỏa password',
    vi: `Chào ${to.name},\nBấm liên kết sau để đặt mật khẩu mới (hiệu lực 30 phút, dùng một lần):`,
    en: 'Open this link to set a new password (valid for 30 minutes, once):',
    url,
    after: {
      vi: 'Nếu bạn không yêu cầu, hãy bỏ qua email này; mật khẩu của bạn không đổi.',
      en: 'If you did not ask for this, ignore this email; your password stays the same.',
    },
  });
}

export function inviteMail(
  origin: string,
  to: { email: string; name: string },
  token: string,
): OutgoingMail {
  const url = `${origin}/reset-password?token=${token}&invite=1`;
  return simpleMail(to.email, {
    subject: 'Lời mời tham gia Lan Tỏa / Your invitation to Lan Tỏa',
    vi: `Chào ${to.name},\nBạn được mời dùng Lan Tỏa. Bấm liên kết sau để tự đặt mật khẩu (hiệu lực 7 ngày):`,
    en: 'You are invited to Lan Tỏa. Open this link to set your own password (valid for 7 days):',
    url,
    after: { vi: '', en: '' },
  });
}

const esc = (t: string) => t.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function simpleMail(
  to: string,
  m: { subject: string; vi: string; en: string; url: string; after: { vi: string; en: string } },
): OutgoingMail {
  const text = [m.vi, m.url, m.after.vi, '', '--', m.en, m.url, m.after.en].join('\n').trim();
  const para = (t: string) => (t ? `<p>${esc(t).replace(/\n/g, '<br>')}</p>` : '');
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(m.subject)}</title></head><body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5">
${para(m.vi)}<p><a href="${esc(m.url)}">${esc(m.url)}</a></p>${para(m.after.vi)}<hr>
<div lang="en">${para(m.en)}<p><a href="${esc(m.url)}">${esc(m.url)}</a></p>${para(m.after.en)}</div></body></html>`;
  return { to, subject: m.subject, text, html };
}
