import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setUser, TrpcFailure, useProcedures } from '../../test/api-handlers';
import { RACH_GIA, report, user } from '../../test/fixtures';
import { renderApp } from '../../test/render';

// Written by a cadre, so four eyes lets the reviewer decide.
const item = {
  ...report({ status: 'submitted', createdBy: 'cadre-1', updatedBy: 'cadre-1' }),
  unit: RACH_GIA,
  authorName: 'Cán bộ Rạch Giá',
};

describe('review queue', () => {
  it('removes a reviewed report at once and puts it back if the review fails', async () => {
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
    await waitFor(() => expect(screen.queryByText(RACH_GIA.name)).toBeNull());
    release();
    expect(await screen.findByText('Trạng thái báo cáo không cho phép thao tác này')).toBeTruthy();
    expect(await screen.findByText(RACH_GIA.name)).toBeTruthy();
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

  it('asks for a comment before returning a report', async () => {
    setUser(user('reviewer'));
    useProcedures({ 'reports.reviewQueue': () => [item] });
    renderApp('/review');
    await userEvent.setup().click(await screen.findByRole('button', { name: /Trả lại/ }));
    expect(await screen.findByText('Vui lòng ghi nhận xét khi trả lại báo cáo.')).toBeTruthy();
  });
});
