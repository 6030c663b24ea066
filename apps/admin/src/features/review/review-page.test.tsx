import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { calls, setUser, TrpcFailure, useProcedures } from '../../test/api-handlers';
import { RACH_GIA, report, user } from '../../test/fixtures';
import { renderApp, seriousA11yViolations } from '../../test/render';

// Written by a cadre, so four eyes lets the reviewer decide.
const item = {
  ...report({ status: 'submitted', createdBy: 'cadre-1', updatedBy: 'cadre-1' }),
  unit: RACH_GIA,
  authorName: 'Cán bộ Rạch Giá',
};

describe('review queue', () => {
  it('hides a reviewed report at once and shows it again, with the reason, if the review fails', async () => {
    setUser(user('reviewer'));
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    useProcedures({
      'reports.reviewQueue': () => [item],
      'reports.review': async () => {
        await gate;
        return new TrpcFailure('CONFLICT', 409, {
          vi: 'Trạng thái báo cáo không cho phép thao tác này',
          en: 'No',
        });
      },
    });
    renderApp('/review');
    const ui = userEvent.setup();
    await ui.click(await screen.findByRole('button', { name: /Duyệt$/ }));
    await waitFor(() => expect(screen.queryByRole('link', { name: RACH_GIA.name })).toBeNull());
    release();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Trạng thái báo cáo không cho phép thao tác này',
    );
    expect(screen.getByRole('link', { name: RACH_GIA.name })).toBeTruthy();
  });

  it('links each evidence file so the reviewer can open it before deciding', async () => {
    setUser(user('reviewer'));
    const file = { id: 'f-1', fileName: 'anh-hop.jpg', contentType: 'image/jpeg', sizeBytes: 2048 };
    useProcedures({ 'reports.reviewQueue': () => [{ ...item, files: [file] }] });
    renderApp('/review');
    const link = await screen.findByRole('link', { name: /anh-hop\.jpg/ });
    expect(link.getAttribute('href')).toMatch(/\/files\/f-1$/);
    expect(link.textContent).toContain('2 KB');
  });

  it('asks for a comment before returning a report, beside the field, focused', async () => {
    setUser(user('reviewer'));
    useProcedures({ 'reports.reviewQueue': () => [item] });
    const { container } = renderApp('/review');
    await userEvent.setup().click(await screen.findByRole('button', { name: /Trả lại/ }));
    expect(await screen.findByText('Vui lòng ghi nhận xét khi trả lại báo cáo.')).toBeTruthy();
    const comment = screen.getByLabelText('Nhận xét');
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(comment));
    expect(calls.filter((c) => c.path === 'reports.review')).toHaveLength(0);
    expect(await seriousA11yViolations(container)).toEqual([]);
  });

  it('puts the server’s field error beside the comment and keeps what was typed', async () => {
    setUser(user('reviewer'));
    useProcedures({
      'reports.reviewQueue': () => [item],
      'reports.review': () =>
        new TrpcFailure(
          'BAD_REQUEST',
          400,
          { vi: 'Dữ liệu không hợp lệ', en: 'Some fields are not valid' },
          { fieldErrors: { comment: ['Nhận xét tối đa 2000 ký tự.'] } },
        ),
    });
    renderApp('/review');
    const ui = userEvent.setup();
    await ui.type(await screen.findByLabelText('Nhận xét'), 'Thiếu ảnh minh chứng');
    await ui.click(screen.getByRole('button', { name: /Trả lại/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('Dữ liệu không hợp lệ');
    expect(screen.getByText('Nhận xét tối đa 2000 ký tự.')).toBeTruthy();
    const comment = screen.getByLabelText('Nhận xét') as HTMLTextAreaElement;
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    expect(comment.value).toBe('Thiếu ảnh minh chứng');
  });

  it('returns a report with the comment and says so', async () => {
    setUser(user('reviewer'));
    let queue = [item];
    useProcedures({
      'reports.reviewQueue': () => queue,
      'reports.review': () => {
        queue = [];
        return { ...item, status: 'returned', version: item.version + 1 };
      },
    });
    renderApp('/review');
    const ui = userEvent.setup();
    await ui.type(await screen.findByLabelText('Nhận xét'), 'Thiếu ảnh minh chứng');
    await ui.click(screen.getByRole('button', { name: /Trả lại/ }));
    expect(await screen.findByText(`${RACH_GIA.name} — Trả lại ✓`)).toBeTruthy();
    expect(screen.queryByRole('link', { name: RACH_GIA.name })).toBeNull();
    expect(calls.find((c) => c.path === 'reports.review')?.input).toEqual({
      reportId: item.id,
      version: item.version,
      decision: 'return',
      comment: 'Thiếu ảnh minh chứng',
    });
  });
});
