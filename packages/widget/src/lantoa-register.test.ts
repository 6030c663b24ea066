import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import './lantoa-register';
import { API, server } from './test/api-handlers';
import { mount } from './test/mount';

const cors = { 'Access-Control-Allow-Origin': '*' };
const drive = (overrides: Record<string, unknown> = {}) => ({
  code: 'hien-mau',
  kind: 'blood-donation',
  title: 'Ngày hội Chủ nhật Đỏ',
  description: 'Mang theo căn cước công dân.',
  unit: { code: 'ag-rach-gia', name: 'Rạch Giá' },
  startsOn: '2026-12-13',
  endsOn: '2026-12-13',
  place: 'Nhà văn hóa phường',
  capacity: 150,
  registeredCount: 3,
  placesLeft: 147,
  isOpen: true,
  ...overrides,
});
const token = {
  token: '1.abc',
  consentVersion: 'registration-2026-01',
  consentText: 'Tôi đồng ý … Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 …',
};

function useApi(body: Record<string, unknown>, onPost?: (b: unknown) => Response) {
  server.use(
    http.get(`${API}/public/v1/drives/:code.json`, () =>
      HttpResponse.json(body, { headers: cors }),
    ),
    http.get(`${API}/public/v1/form-token`, ({ request }) => {
      expect(new URL(request.url).searchParams.get('purpose')).toBe('registration');
      return HttpResponse.json(token, { headers: cors });
    }),
    http.post(`${API}/public/v1/drives/:code/registrations`, async ({ request }) =>
      onPost
        ? onPost(await request.json())
        : HttpResponse.json(
            { status: 'registered', placesLeft: 146 },
            { status: 201, headers: cors },
          ),
    ),
  );
}

const root = (el: HTMLElement) => el.shadowRoot as ShadowRoot;
const input = (el: HTMLElement, name: string) =>
  root(el).querySelector(`input[name=${name}]`) as HTMLInputElement;

describe('<lantoa-register>', () => {
  it('shows the drive with its date as dd/MM/yyyy, places left and the consent wording', async () => {
    useApi(drive());
    const el = await mount('lantoa-register', { code: 'hien-mau' });
    const text = root(el).textContent ?? '';
    expect(root(el).querySelector('h2')?.textContent).toBe('Ngày hội Chủ nhật Đỏ');
    expect(text).toContain('Đăng ký hiến máu tình nguyện');
    expect(text).toContain('Thời gian: 13/12/2026. Địa điểm: Nhà văn hóa phường.');
    expect(text).toContain('Còn 147 chỗ');
    expect(root(el).querySelector('label.c')?.textContent).toContain('91/2025/QH15');
    expect(input(el, 'website').getAttribute('aria-hidden')).toBe('true');
  });

  it('sends name, contacts, consent version, token and the empty honeypot', async () => {
    let sent: unknown = null;
    useApi(drive(), (b) => {
      sent = b;
      return HttpResponse.json(
        { status: 'registered', placesLeft: 146 },
        { status: 201, headers: cors },
      );
    });
    const el = await mount('lantoa-register', { code: 'hien-mau' });
    input(el, 'n').value = 'Trần Thị Hoa';
    input(el, 'p').value = '0912 345 678';
    const form = root(el).querySelector('form') as HTMLFormElement;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    const status = root(el).querySelector('[role=status]') as HTMLElement;
    await expect
      .poll(() => status.textContent)
      .toBe('Cảm ơn bạn đã đăng ký! Hội sẽ liên hệ với bạn.');
    expect(sent).toEqual({
      displayName: 'Trần Thị Hoa',
      contactPhone: '0912 345 678',
      contactEmail: null,
      consentVersion: 'registration-2026-01',
      hasConsented: true,
      formToken: '1.abc',
      website: '',
    });
    expect(root(el).querySelector('form')).toBeNull();
  });

  it('shows the API’s refusal and the first field error, and keeps the form', async () => {
    useApi(drive(), () =>
      HttpResponse.json(
        {
          error: {
            code: 'BAD_REQUEST',
            message: 'Dữ liệu không hợp lệ',
            details: {
              fieldErrors: { contactPhone: ['Cần email hoặc số điện thoại để liên hệ.'] },
            },
          },
        },
        { status: 400, headers: cors },
      ),
    );
    const el = await mount('lantoa-register', { code: 'hien-mau', lang: 'en' });
    input(el, 'n').value = 'Hoa';
    (root(el).querySelector('form') as HTMLFormElement).dispatchEvent(
      new Event('submit', { cancelable: true }),
    );
    const status = root(el).querySelector('[role=status]') as HTMLElement;
    await expect
      .poll(() => status.textContent)
      .toBe('Dữ liệu không hợp lệ: Cần email hoặc số điện thoại để liên hệ.');
    expect(root(el).querySelector('form')).not.toBeNull();
  });

  it('says a closed drive is closed, with no form', async () => {
    useApi(drive({ isOpen: false, placesLeft: 0 }));
    const el = await mount('lantoa-register', { code: 'hien-mau', lang: 'en' });
    expect(root(el).textContent).toContain('Registration is closed.');
    expect(root(el).querySelector('form')).toBeNull();
  });
});
