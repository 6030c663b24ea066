// Comment threads as people see them: folded until opened (nothing fetched before), each
// entry with author, action and dd/MM/yyyy HH:mm Vietnam time; a reviewer adds a comment
// (an empty one is refused beside its box before any call, the server's refusal is said at
// the top and its field error beside the box); a viewer reads without a box to write in.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { calls, fieldFailure, setUser, TrpcFailure, useProcedures } from '../../test/api-handlers';
import { RACH_GIA, report, story, user } from '../../test/fixtures';
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

    const box = () => within(details).getByRole('textbox', { name: 'Thêm nhận xét' });
    fireEvent.click(within(details).getByRole('button', { name: 'Gửi nhận xét' }));
    expect(await within(details).findByText('Vui lòng nhập nhận xét.')).toBeTruthy();
    expect(box().getAttribute('aria-invalid')).toBe('true');
    const errorId = box().getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(errorId)?.textContent).toContain('Vui lòng nhập nhận xét.');
    await waitFor(() => expect(document.activeElement).toBe(box()));
    expect(calls.some((c) => c.path === 'reports.comment')).toBe(false);

    fireEvent.change(box(), { target: { value: 'Đã xem, sẽ duyệt' } });
    fireEvent.click(within(details).getByRole('button', { name: 'Gửi nhận xét' }));
    expect(await within(details).findByText('Đã xem, sẽ duyệt')).toBeTruthy();
    expect(await within(details).findByText('Đã gửi nhận xét.')).toBeTruthy();
    expect((box() as HTMLTextAreaElement).value).toBe('');
    expect(box().getAttribute('aria-invalid')).toBeNull();
    expect(calls.find((c) => c.path === 'reports.comment')?.input).toEqual({
      id: item.id,
      body: 'Đã xem, sẽ duyệt',
    });
    expect(await seriousA11yViolations(container)).toEqual([]);
  });
});

describe('a refused comment', () => {
  it('says the server’s message at the top and its field error beside the box, keeping the text', async () => {
    setUser(user('reviewer'));
    let answer: unknown = new TrpcFailure('FORBIDDEN', 403, {
      vi: 'Bạn không có quyền nhận xét báo cáo này.',
      en: 'You may not comment on this report.',
    });
    useProcedures({
      'reports.reviewQueue': () => [item],
      'reports.comments': () => thread,
      'reports.comment': () => answer,
    });
    renderApp('/review');
    const details = await openThread();
    await within(details).findByText('Thiếu ảnh minh chứng');
    const box = () => within(details).getByRole('textbox', { name: 'Thêm nhận xét' });
    const send = () =>
      fireEvent.click(within(details).getByRole('button', { name: 'Gửi nhận xét' }));
    fireEvent.change(box(), { target: { value: 'Nhận xét của tôi' } });
    send();
    expect((await within(details).findByRole('alert')).textContent).toBe(
      'Bạn không có quyền nhận xét báo cáo này.',
    );
    expect(box().getAttribute('aria-invalid')).toBeNull();
    expect((box() as HTMLTextAreaElement).value).toBe('Nhận xét của tôi');
    expect(within(details).queryByText('Đã gửi nhận xét.')).toBeNull();

    answer = fieldFailure({ body: ['Nhận xét quá dài.'] });
    send();
    expect(await within(details).findByText('Nhận xét quá dài.')).toBeTruthy();
    expect(box().getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(box()));
    expect(within(details).getByRole('alert').textContent).toBe('Dữ liệu không hợp lệ');
  });
});

describe('a story’s thread', () => {
  it('is read by a viewer, who is offered no box to write in', async () => {
    setUser(user('viewer'));
    useProcedures({
      'stories.get': () => story({ status: 'review', authorId: 'cadre-1', updatedBy: 'cadre-1' }),
      'stories.comments': () => [{ ...thread[0], action: 'return', body: 'Cần ảnh bìa' }],
    });
    renderApp('/stories/s-1');
    const details = await openThread();
    expect(await within(details).findByText('Cần ảnh bìa')).toBeTruthy();
    await waitFor(() => expect(within(details).queryByRole('status')).toBeNull());
    expect(within(details).queryByRole('textbox')).toBeNull();
  });
});
