import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { calls, setUser, useProcedures } from '../../test/api-handlers';
import { ambassador, user } from '../../test/fixtures';
import { renderApp, seriousA11yViolations } from '../../test/render';

describe('ambassador profile', () => {
  it('shows a cadre masked contacts with a note, and no consent or privacy controls', async () => {
    setUser({ ...user('cadre'), unit: { id: 'u-rg', code: 'kg-rach-gia', name: 'Rạch Giá' } });
    useProcedures({
      'ambassadors.get': () =>
        ambassador({
          contactEmail: 'm•••@example.vn',
          contactPhone: '•••• 678',
          isContactMasked: true,
        }),
    });
    const { container } = renderApp('/ambassadors/a-1');
    expect(await screen.findByRole('heading', { name: 'Ca sĩ Minh Anh (mẫu)' })).toBeTruthy();
    expect(screen.getByText('m•••@example.vn')).toBeTruthy();
    expect(screen.getByText('•••• 678')).toBeTruthy();
    expect(screen.queryByText('minhanh@example.vn')).toBeNull();
    expect(screen.getByRole('note').textContent).toMatch(/dữ liệu cá nhân/);
    expect(
      screen.getByText('Chỉ quản trị viên và người duyệt xem được hồ sơ đồng ý.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Sửa hồ sơ|Xuất dữ liệu|Xóa dữ liệu/ })).toBeNull();
    expect(await seriousA11yViolations(container)).toEqual([]);
  });

  it('shows an admin full contacts, consent records, export and erase', async () => {
    setUser(user('admin'));
    useProcedures({
      'ambassadors.get': () =>
        ambassador({
          consents: [
            {
              id: 'c-1',
              ambassador_id: 'a-1',
              purpose: 'Sử dụng hình ảnh',
              consented_on: '2024-12-20',
              document_ref: 'Phiếu 01/2024',
              withdrawn_on: null,
              created_at: '2024-12-20T00:00:00.000Z',
            },
          ] as never,
        }),
    });
    const { container } = renderApp('/ambassadors/a-1');
    expect(await screen.findByText('minhanh@example.vn')).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.getByText(/Nghị định 13\/2023/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Rút lại đồng ý/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Xuất dữ liệu/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Xóa dữ liệu cá nhân' })).toBeTruthy();
    expect(await seriousA11yViolations(container)).toEqual([]);
  });
});

describe('ambassadors list', () => {
  it('sends the field and status from the URL to the server (decision 33)', async () => {
    setUser(user('reviewer'));
    const all = [
      ambassador({ id: 'a-1', name: 'Ca sĩ Minh Anh (mẫu)', field: 'singer', status: 'active' }),
      ambassador({ id: 'a-2', name: 'VĐV Quốc Huy (mẫu)', field: 'athlete', status: 'active' }),
      ambassador({ id: 'a-3', name: 'VĐV Thu Hà (mẫu)', field: 'athlete', status: 'ended' }),
    ];
    useProcedures({
      // As the server does: the filters applied in the query, not by the screen.
      'ambassadors.list': (input) => {
        const { field, status } = (input ?? {}) as { field?: string; status?: string };
        const items = all.filter(
          (a) => (!field || a.field === field) && (!status || a.status === status),
        );
        return { items, nextCursor: null };
      },
    });
    renderApp('/ambassadors?field=athlete&status=active');
    expect(await screen.findByRole('link', { name: 'VĐV Quốc Huy (mẫu)' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Ca sĩ Minh Anh (mẫu)' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'VĐV Thu Hà (mẫu)' })).toBeNull();
    const sent = calls.filter((c) => c.path === 'ambassadors.list').map((c) => c.input);
    expect(sent).toContainEqual(expect.objectContaining({ field: 'athlete', status: 'active' }));
  });
});
