// The admin app offers only what the domain policy allows (the API refuses the rest anyway:
// apps/api routers/scope-matrix.test.ts and four-eyes.test.ts).
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setUser, useProcedures } from '../test/api-handlers';
import { RACH_GIA, report, story, user } from '../test/fixtures';
import { renderApp, renderWithProviders } from '../test/render';
import { StoryEditor } from './stories/story-editor';

const ME = user('reviewer').id;

/** The editor renders from its props; no procedure is called until a button is pressed. */
function renderStory(role: 'admin' | 'reviewer' | 'cadre' | 'viewer', s: ReturnType<typeof story>) {
  return renderWithProviders(<StoryEditor story={s} user={user(role)} onSaved={() => {}} />);
}
const button = (name: string) => screen.queryByRole('button', { name });

describe('story buttons follow the policy', () => {
  it("offers a reviewer publish and return on someone else's story under review", () => {
    renderStory('reviewer', story({ status: 'review', authorId: 'other', updatedBy: 'other' }));
    expect(button('Đăng bài')).not.toBeNull();
    expect(button('Trả lại')).not.toBeNull();
  });

  it('never offers to publish a story the user wrote or last edited', () => {
    renderStory('reviewer', story({ status: 'review', authorId: ME, updatedBy: 'other' }));
    expect(button('Đăng bài')).toBeNull();
    expect(button('Trả lại')).not.toBeNull();
  });

  it('lets a cadre submit a draft but neither edit nor act on a story under review', () => {
    const draft = renderStory('cadre', story({ status: 'draft', authorId: ME }));
    expect(button('Gửi duyệt')).not.toBeNull();
    expect(button('Đăng bài')).toBeNull();
    draft.unmount();
    renderStory('cadre', story({ status: 'review', authorId: ME }));
    expect(screen.getByText(/chỉ người duyệt được sửa/)).toBeTruthy();
    expect(button('Gửi duyệt')).toBeNull();
  });
});

describe('review queue buttons follow the policy', () => {
  const queueItem = (over: Partial<ReturnType<typeof report>>) => ({
    ...report({ status: 'submitted', ...over }),
    unit: RACH_GIA,
    authorName: 'Cán bộ Rạch Giá',
  });

  it('offers approve on reports others wrote, and not on one the reviewer last edited', async () => {
    setUser(user('reviewer'));
    useProcedures({
      'reports.reviewQueue': () => [
        queueItem({ id: 'r-other', createdBy: 'cadre-1', updatedBy: 'cadre-1' }),
        queueItem({ id: 'r-mine', indicator: 'CT-05', createdBy: 'cadre-1', updatedBy: ME }),
      ],
    });
    renderApp('/review');
    const items = await screen.findAllByRole('listitem');
    const cards = items.filter((li) => li.classList.contains('queue-item'));
    expect(cards).toHaveLength(2);
    const approveIn = (card: HTMLElement) =>
      [...card.querySelectorAll('button')].some((b) => /Duyệt$/.test(b.textContent ?? ''));
    expect(approveIn(cards[0] as HTMLElement)).toBe(true);
    expect(approveIn(cards[1] as HTMLElement)).toBe(false);
    expect(cards[1]?.textContent).toContain('cần một người khác duyệt');
  });
});

describe("a unit page's buttons follow the policy", () => {
  const detail = (relation: string, reports: ReturnType<typeof report>[]) => ({
    unit: { ...RACH_GIA, version: 1, mergedInto: null },
    parent: null,
    children: [],
    deadlines: [],
    evaluations: ['by-2025', 'by-2026'].map((periodKey) => ({
      unitId: RACH_GIA.id,
      indicator: 'CT-03',
      periodKey,
      state: 'in_progress',
      due: '2026-12-31',
      reason: { vi: 'Đang làm', en: 'In progress' },
      evidence: [],
    })),
    reports,
    history: [],
    relation,
  });
  const approved = report({ indicator: 'CT-03', periodKey: 'by-2025', status: 'approved' });
  const updateButtons = async () => {
    await screen.findByRole('heading', { name: RACH_GIA.name });
    return screen.queryAllByRole('button', { name: /Cập nhật báo cáo/ }).length;
  };
  const show = (role: 'admin' | 'cadre' | 'viewer', relation: string) => {
    setUser(user(role));
    useProcedures({
      'compliance.unit': () => detail(relation, [approved]),
      'records.ofUnit': () => [],
      'records.campaigns': () => ({ items: [], nextCursor: null }),
    });
    renderApp(`/units/${RACH_GIA.id}`);
  };

  it('offers a cadre of the unit to update the open period, not the approved one', async () => {
    show('cadre', 'own');
    expect(await updateButtons()).toBe(1);
  });

  it('offers a viewer nothing to update', async () => {
    show('viewer', 'own');
    expect(await updateButtons()).toBe(0);
  });

  it('offers a cadre nothing on a unit above their own', async () => {
    show('cadre', 'ancestor');
    expect(await updateButtons()).toBe(0);
  });
});
