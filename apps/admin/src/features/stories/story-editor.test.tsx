import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { calls, useProcedures } from '../../test/api-handlers';
import { story, user } from '../../test/fixtures';
import { renderWithProviders, seriousA11yViolations } from '../../test/render';
import { StoryEditor } from './story-editor';

function renderEditor(role: 'admin' | 'reviewer' | 'cadre' | 'viewer', s = story()) {
  const onSaved = vi.fn();
  const view = renderWithProviders(<StoryEditor story={s} user={user(role)} onSaved={onSaved} />);
  return { ...view, onSaved };
}

const bodyOf = (container: HTMLElement) => container.querySelector('.rich-body') as HTMLElement;

describe('story editor', () => {
  it('keeps only the allowed formatting and saves the toolbar’s markup', async () => {
    useProcedures({
      'stories.save': (input) => ({ ...story(), ...(input as object), version: 2 }),
      'stories.list': () => ({ items: [], nextCursor: null }),
      'stories.get': () => story(),
    });
    const hostile =
      '<h1>Tiêu đề lớn</h1><p>Chữ <span style="color:red">đỏ</span> <code>mã</code> ' +
      '<u>gạch</u><img src="https://x.test/a.png"></p><p>Đoạn hai</p>';
    const { container, onSaved } = renderEditor('cadre', story({ bodyHtml: hostile }));
    const body = bodyOf(container);
    expect(body.getAttribute('role')).toBe('textbox');
    expect(body.querySelector('h1, span[style], code, u, img')).toBeNull();
    expect(document.querySelector('style')).toBeNull(); // injectCSS: false, CSP-safe
    const toolbar = screen.getByRole('toolbar', { name: 'Định dạng' });
    expect(
      [...toolbar.querySelectorAll('button')].map((b) => b.getAttribute('aria-label')),
    ).toEqual([
      'Đậm',
      'Nghiêng',
      'Tiêu đề mục',
      'Tiêu đề nhỏ',
      'Danh sách',
      'Danh sách số',
      'Trích dẫn',
      'Liên kết',
    ]);
    const ui = userEvent.setup();
    await ui.click(screen.getByRole('button', { name: 'Tiêu đề mục' }));
    await waitFor(() => expect(body.querySelector('h3')).not.toBeNull());
    expect(screen.getByRole('button', { name: 'Tiêu đề mục' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await ui.click(screen.getByRole('button', { name: 'Trích dẫn' }));
    await waitFor(() => expect(body.querySelector('blockquote')).not.toBeNull());
    await ui.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const sent = calls.find((c) => c.path === 'stories.save')?.input as { bodyHtml: string };
    expect(sent.bodyHtml).toMatch(/<blockquote><h3>|<h3>/);
    expect(sent.bodyHtml).not.toMatch(/<(h1|span|code|u|img)\b|style=/);
    expect(await screen.findByText('Đã lưu bài viết.')).toBeTruthy();
  });

  it('lets a cadre submit a draft and shows the reviewer’s return comment', () => {
    renderEditor('cadre', story({ reviewComment: 'Bổ sung ảnh minh họa' }));
    expect(screen.getByText(/Bổ sung ảnh minh họa/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Gửi duyệt' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Đăng bài' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Lưu' })).toBeTruthy();
  });

  it('makes a story in review read-only for its cadre', () => {
    renderEditor('cadre', story({ status: 'review' }));
    expect(screen.getByText(/chỉ người duyệt được sửa/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lưu' })).toBeNull();
    expect(screen.queryByRole('toolbar')).toBeNull();
    expect(screen.getByLabelText('Tiêu đề').closest('fieldset')?.disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Gửi duyệt' })).toBeNull();
  });

  it('lets a reviewer publish, or return with a comment for the author', async () => {
    useProcedures({
      'stories.act': (input) => ({ ...story({ status: 'draft' }), version: 2, input }),
      'stories.list': () => ({ items: [], nextCursor: null }),
      'stories.get': () => story(),
    });
    // A cadre's story: four eyes lets the reviewer publish it.
    renderEditor(
      'reviewer',
      story({ status: 'review', authorId: 'cadre-1', updatedBy: 'cadre-1' }),
    );
    expect(screen.getByRole('button', { name: 'Đăng bài' })).toBeTruthy();
    const ui = userEvent.setup();
    await ui.click(screen.getByRole('button', { name: 'Trả lại' }));
    expect(screen.getByText('Vui lòng ghi nhận xét khi trả lại bài viết.')).toBeTruthy();
    expect(calls).toHaveLength(0);
    await ui.type(screen.getByLabelText('Nhận xét gửi tác giả'), 'Cần thêm số liệu');
    await ui.click(screen.getByRole('button', { name: 'Trả lại' }));
    await waitFor(() =>
      expect(calls.find((c) => c.path === 'stories.act')?.input).toEqual({
        id: 's-1',
        version: 1,
        action: 'return',
        comment: 'Cần thêm số liệu',
      }),
    );
  });

  it('offers no action to a viewer', () => {
    renderEditor('viewer', story({ status: 'published' }));
    expect(screen.queryByRole('button', { name: /Lưu|Gỡ bài|Đăng bài|Gửi duyệt/ })).toBeNull();
  });

  it('has no serious accessibility violations', async () => {
    const { container } = renderEditor('reviewer', story({ status: 'review' }));
    expect(await seriousA11yViolations(container)).toEqual([]);
  });
});
