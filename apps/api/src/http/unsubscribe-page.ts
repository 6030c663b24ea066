// The small page behind an unsubscribe link: a confirmation button (a GET must not change
// anything: mail scanners follow links), the result, or a refusal. No script, no cookie.
const TEXT = {
  confirm: {
    vi: 'Ngừng nhận thông báo Lan Tỏa qua email? Thông báo trong ứng dụng vẫn giữ nguyên.',
    en: 'Stop Lan Tỏa notices by email? Notices in the app stay as they are.',
  },
  done: {
    vi: 'Đã ngừng gửi thông báo qua email. Bạn có thể bật lại trong phần Thông báo của ứng dụng.',
    en: 'Email notices are off. You can turn them back on under Notices in the app.',
  },
  invalid: { vi: 'Liên kết không hợp lệ.', en: 'This link is not valid.' },
};

const esc = (t: string) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function unsubscribePage(state: keyof typeof TEXT, token: string): string {
  const text = TEXT[state];
  const form =
    state === 'confirm'
      ? `<form method="post" action="/notices/unsubscribe?t=${esc(encodeURIComponent(token))}"><button type="submit">Ngừng nhận email / Unsubscribe</button></form>`
      : '';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Lan Tỏa</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5">
<h1 style="font-size:1.25rem">Lan Tỏa</h1><p>${text.vi}</p><p lang="en">${text.en}</p>${form}</body></html>`;
}
