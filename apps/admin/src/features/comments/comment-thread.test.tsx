// Comment threads as people see them: folded until opened (nothing fetched before), each
// entry with author, action and dd/MM/yyyy HH:mm Vietnam time; a reviewer adds a comment
// (an empty one is refused before any call); a viewer reads without a box to write in.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { calls, setUser, useProcedures } from '../../test/api-handlers';
import { PROVINCE, RACH_GIA, report, story, user } from '../../test/fixtures';
import { renderApp, seriousA11yViolations } from '../../test/render';

const item = {
  ...report({ status: 'submitted', createdBy: 'cadre-1', updatedBy: 'cadre-1' }),
  unit: RACH_GIA,
  authorName: 'Cán bộ Rạch Giá',
};
const thread = [
  {
    id: 'c-1',
    authorId: 'rev-1',
    authorName: 'Trần Thị Duyệt',
    action: 'return',
    body: 'Thiếu ảnh minh chứng',
    createdAt: '2026-06-14T16:30:00.000Z',
  },
  {
    id: 'c-2',
    authorId: 'cadre-1',
    authorName: 'Cán bộ Rạch Giá',
    action: 'comment',
    body: 'Đã bổ sung ảnh',
    createdAt: '2026-06-15T02:05:00.000Z',
  },
];

const openThread = async () => {
  const summary = await screen.findByText('Trao đổi');
  const details = summary.closest('details');
  if (!details) throw new Error('no details');
  details.open = true;
  fireEvent(details, new Event('toggle'));
  return details;
};

describe('a report’s thread in the review queue', () => {
  it('loads only when opened, shows author, action and Vietnam time, and adds a comment', async () => {
    setUser(user('reviewer'));
    let entries = [...thread];
    useProcedures({
      'reports.reviewQueue': () => [item],
      'reports.comments': () => entries,
      'reports.comment': (input) => {
        const { body } = input as { body: string };
        entries = [
          ...entries,
          { ...thread[1], id: 'c-3', authorName: 'Người reviewer', body },
        ] as typeof entries;
        return entries;
      },
    });
    const { container } = renderApp('/review');
    await screen.findByText(RACH_GIA.name);
    expect(calls.some((c) => c.path === 'reports.comments')).toBe(false);
    const details = await openThread();
    const first = (await within(details).findByText('Thiếu ảnh minh chứng')).closest('li');
    if (!first) throw new Error('no entry');
    // 16:30 UTC on 14/06 is 23:30 in Vietnam, still the 14th.
    expect(first.textContent).toContain('Trần Thị Duyệt · Trả lại · 14/06/2026 23:30');
    expect(within(details).getByText(/15\/06\/2026 09:05/)).toBeTruthy();

    fireEvent.click(within(details).getByRole('button', { name: 'Gửi nhận xét' }));
    expect(await within(details).findByText('Vui lòng nhập nhận xét.')).toBeTruthy();
    expect(calls.some((c) => c.path === 'reports.comment')).toBe(false);

    fireEvent.change(within(details).getByRole('textbox', { name: 'Thêm nhận xét' }), {
      target: { value: 'Đã xem, sẽ duyệt' },
    });
    fireEvent.click(within(details).getByRole('button', { name: 'Gửi nhận xét' }));
    // The check loads on the first send (comment-check.ts), so the call comes a moment later.
    await vi.waitFor(() =>
      expect(calls.find((c) => c.path === 'reports.comment')?.input).toEqual({
        id: item.id,
        body: 'Đã xem, sẽ duyệt',
      }),
    );
    expect(await within(details).findByText('Đã gửi nhận xét.')).toBeTruthy();
    expect(within(details).getByText('Đã xem, sẽ duyệt')).toBeTruthy();
    expect(await seriousA11yViolations(container)).toEqual([]);
  });
});

describe('a story’s thread', () => {
  it('is read by a viewer, who is offered no box to write in', async () => {
    setUser(user('viewer'));
    useProcedures({
      'stories.get': () => story({ status: 'review', authorId: 'cadre-1', updatedBy: 'cadre-1' }),
      'units.tree': () => ({
        homeUnitId: PROVINCE.id,
        units: [PROVINCE, RACH_GIA].map((u) => ({ ...u, version: 1 })),
      }),
      'stories.comments': () => [{ ...thread[0], action: 'return', body: 'Cần ảnh bìa' }],
    });
    renderApp('/stories/s-1');
    const details = await openThread();
    expect(await within(details).findByText('Cần ảnh bìa')).toBeTruthy();
    await waitFor(() => expect(within(details).queryByRole('status')).toBeNull());
    expect(within(details).queryByRole('textbox')).toBeNull();
  });
});
