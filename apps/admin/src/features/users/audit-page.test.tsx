import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { calls, setUser, useProcedures } from '../../test/api-handlers';
import { user } from '../../test/fixtures';
import { renderApp, seriousA11yViolations } from '../../test/render';

describe('audit log', () => {
  it('says in words why the hash chain is broken, and where', async () => {
    setUser(user('admin'));
    useProcedures({
      'audit.list': () => ({ items: [], nextCursor: null }),
      'audit.verify': () => ({
        isValid: false,
        count: 41,
        unsealed: 1,
        brokenAtSeq: 42,
        why: 'lost',
      }),
    });
    renderApp('/audit');
    expect(
      await screen.findByText(
        /Chuỗi băm bị hỏng tại #42: sự kiện bị đưa ra khỏi hàng chờ niêm phong/,
      ),
    ).toBeTruthy();
  });

  it('counts the events of an intact chain', async () => {
    setUser(user('admin'));
    useProcedures({
      'audit.list': () => ({ items: [], nextCursor: null }),
      'audit.verify': () => ({ isValid: true, count: 1234, unsealed: 0 }),
    });
    renderApp('/audit');
    expect(await screen.findByText(/Chuỗi băm hợp lệ \(1234 sự kiện\)/)).toBeTruthy();
  });

  it('shows actions in words with what changed, and pages through with the filters', async () => {
    setUser(user('admin'));
    const event = (seq: number) => ({
      seq,
      at: '2026-06-14T17:30:00.000Z',
      action: 'unit.rename',
      entity: 'unit',
      entityId: 'u-rg',
      unitId: 'u-rg',
      unitName: 'Hội CTĐ thành phố Rạch Giá',
      actorName: 'Quản trị Kiên Giang',
      changes: [{ field: 'name', before: `Cũ ${seq}`, after: `Mới ${seq}` }],
    });
    useProcedures({
      'audit.verify': () => ({ isValid: true, count: 3, unsealed: 0 }),
      'audit.list': (input) => {
        const { cursor } = input as { cursor?: string };
        return cursor
          ? { items: [event(1)], nextCursor: null }
          : { items: [event(3), event(2)], nextCursor: 'c2' };
      },
    });
    const { container } = renderApp('/audit?entity=unit');
    expect(await screen.findByText('Mới 3')).toBeTruthy();
    expect(screen.getByText('Cũ 3')).toBeTruthy();
    expect(screen.getAllByText('Đổi tên đơn vị')).toHaveLength(2);
    // 17:30 UTC is 00:30 the next day in Vietnam.
    expect(screen.getAllByText('15/06/2026 00:30')).toHaveLength(2);
    expect(screen.getAllByText('Tên').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    expect(await screen.findByText('Mới 1')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Xem thêm' })).toBeNull());
    const asked = calls.filter((c) => c.path === 'audit.list').map((c) => c.input);
    expect(asked).toHaveLength(2);
    expect(asked[0]).toMatchObject({ entity: 'unit', limit: 50 });
    expect((asked[0] as { cursor?: unknown }).cursor ?? null).toBeNull();
    expect(asked[1]).toMatchObject({ entity: 'unit', limit: 50, cursor: 'c2' });
    expect(await seriousA11yViolations(container)).toEqual([]);
  });

  it('names units in what changed, and labels every cell with its column for the phone cards', async () => {
    setUser(user('admin'));
    useProcedures({
      'audit.verify': () => ({ isValid: true, count: 1, unsealed: 0 }),
      'audit.list': () => ({
        items: [
          {
            seq: 7,
            at: '2026-06-14T03:00:00.000Z',
            action: 'user.update',
            entity: 'user',
            entityId: 'user-1',
            unitId: 'u-rg',
            unitName: 'Hội CTĐ thành phố Rạch Giá',
            actorName: 'Quản trị Kiên Giang',
            changes: [
              {
                field: 'unit_id',
                before: 'Hội CTĐ huyện Châu Thành',
                after: 'Hội CTĐ thành phố Rạch Giá',
              },
            ],
          },
        ],
        nextCursor: null,
      }),
    });
    const { container } = renderApp('/audit');
    const change = await screen.findByText('Hội CTĐ huyện Châu Thành');
    expect(change.closest('li')?.textContent).toBe(
      'Đơn vị: Hội CTĐ huyện Châu Thành → Hội CTĐ thành phố Rạch Giá',
    );
    // Still a table to assistive technology: its column headers and one row of cells.
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      '#',
      'Thời điểm',
      'Người thực hiện',
      'Thao tác',
      'Đơn vị',
      'Thay đổi (trước → sau)',
    ]);
    const cells = within(table).getAllByRole('cell');
    expect(cells.map((c) => c.getAttribute('data-label'))).toEqual(headers);
    expect(await seriousA11yViolations(container)).toEqual([]);
  });
});
