// The appeals and registration screens against msw: which controls each role gets (the
// domain policy decides), a receipt by hand sent with the pledge's version, a statement
// previewed before anything applies, and a registrant's erasure confirmed by typing XÓA.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { calls, fieldFailure, setUser, TrpcFailure, useProcedures } from '../../test/api-handlers';
import { RACH_GIA, user } from '../../test/fixtures';
import { renderApp, seriousA11yViolations } from '../../test/render';

const appeal = {
  id: 'ap-1',
  version: 2,
  unitId: 'u-rg',
  unitName: RACH_GIA.name,
  code: 'lu-lut-2026',
  title: 'Chung tay hỗ trợ bà con vùng lũ',
  story: 'Mưa lũ kéo dài.',
  targetAmount: 10_000_000,
  receivedAmount: 500_000,
  startsOn: '2026-11-01',
  endsOn: '2026-12-31',
  bankBin: '970405',
  accountNumber: '7700201001234',
  accountName: 'HOI CTD RACH GIA',
};
const pledge = (over: Record<string, unknown> = {}) => ({
  id: 'pl-1',
  version: 3,
  reference: 'LT7K3Q9XA2',
  amount: 200_000,
  displayName: 'Nguyễn Văn An',
  isAnonymous: false,
  contactEmail: 'an@example.vn',
  contactPhone: null,
  hasContacts: true,
  consentVersion: 'giving-2026-01',
  consentedAt: '2026-11-20T03:00:00.000Z',
  receivedAmount: null,
  receivedOn: null,
  isErased: false,
  ...over,
});
const appealProcedures = (pledges = [pledge()]) => ({
  'appeals.list': () => [appeal],
  'appeals.pledges': () => pledges,
  'appeals.disbursements': () => [],
});

describe('an appeal', () => {
  it('lets an administrator mark a pledge received, sent with its version', async () => {
    setUser(user('admin'));
    useProcedures({ ...appealProcedures(), 'appeals.receive': () => ({ received: 1 }) });
    const { container } = renderApp('/appeals/ap-1');
    expect(await screen.findByRole('heading', { name: appeal.title })).toBeTruthy();
    expect(screen.getByText('an@example.vn')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Sửa đợt vận động/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Xóa dữ liệu cá nhân/ })).toBeTruthy();
    expect(await seriousA11yViolations(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /Ghi nhận đã nhận.*LT7K3Q9XA2/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(calls.find((c) => c.path === 'appeals.receive')).toBeTruthy());
    const sent = calls.find((c) => c.path === 'appeals.receive')?.input as {
      receipts: { pledgeId: string; version: number; amount: number }[];
    };
    expect(sent.receipts).toEqual([
      expect.objectContaining({
        pledgeId: 'pl-1',
        version: 3,
        amount: 200_000,
        statementRow: null,
      }),
    ]);
  });

  it('checks a receipt with the domain schema, places the server refusal, then closes', async () => {
    setUser(user('admin'));
    let refuse = true;
    useProcedures({
      ...appealProcedures(),
      'appeals.receive': () => {
        if (!refuse) return { received: 1 };
        refuse = false;
        return fieldFailure({ 'receipts.0.amount': ['Số tiền vượt hạn mức'] });
      },
    });
    renderApp('/appeals/ap-1');
    fireEvent.click(await screen.findByRole('button', { name: /Ghi nhận đã nhận.*LT7K3Q9XA2/ }));
    const dialog = await screen.findByRole('dialog');
    const amount = within(dialog).getByRole('textbox', { name: /Số tiền/ });
    fireEvent.change(amount, { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(amount.getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(amount);
    expect(calls.some((c) => c.path === 'appeals.receive')).toBe(false);
    fireEvent.change(amount, { target: { value: '900000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(await within(dialog).findByText('Số tiền vượt hạn mức')).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toContain('Dữ liệu không hợp lệ');
    expect(amount.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.change(amount, { target: { value: '200000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.filter((c) => c.path === 'appeals.receive')).toHaveLength(2);
  });

  it('records a disbursement: schema refusal, server refusal beside the field, then saved', async () => {
    setUser(user('admin'));
    let refuse = true;
    useProcedures({
      ...appealProcedures(),
      'appeals.recordDisbursement': () => {
        if (!refuse) return { id: 'd-1' };
        refuse = false;
        return fieldFailure({ recipientGroup: ['Tên nhóm đã có'] });
      },
    });
    renderApp('/appeals/ap-1');
    const form = await screen.findByRole('form', { name: 'Ghi khoản chi' });
    const submit = within(form).getByRole('button', { name: 'Ghi khoản chi' });
    fireEvent.click(submit);
    await waitFor(() =>
      expect(form.querySelector('[aria-invalid="true"]')).toBe(document.activeElement),
    );
    expect(calls.some((c) => c.path === 'appeals.recordDisbursement')).toBe(false);
    const spentOn = within(form).getByRole('textbox', { name: /Ngày chi/ });
    fireEvent.change(spentOn, { target: { value: '02/03/2026' } });
    fireEvent.blur(spentOn);
    fireEvent.change(within(form).getByRole('textbox', { name: /Số tiền/ }), {
      target: { value: '150000' },
    });
    const group = within(form).getByRole('textbox', { name: /Đối tượng nhận/ });
    fireEvent.change(group, { target: { value: 'Hộ nghèo' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Chứng từ/ }), {
      target: { value: 'https://example.vn/chung-tu.pdf' },
    });
    fireEvent.click(submit);
    expect(await within(form).findByText('Tên nhóm đã có')).toBeTruthy();
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByRole('alert').textContent).toContain('Dữ liệu không hợp lệ');
    fireEvent.click(submit);
    await waitFor(() => expect((group as HTMLInputElement).value).toBe(''));
    expect(calls.filter((c) => c.path === 'appeals.recordDisbursement')).toHaveLength(2);
  });

  it('checks an edited appeal with the domain schema before sending anything', async () => {
    setUser(user('admin'));
    useProcedures(appealProcedures());
    renderApp('/appeals/ap-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa đợt vận động' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Mã BIN ngân hàng'), {
      target: { value: '97' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Mã BIN ngân hàng').getAttribute('aria-invalid')).toBe(
        'true',
      ),
    );
    expect(calls.some((c) => c.path === 'appeals.save')).toBe(false);
  });

  it('shows a viewer the accounts with no control that changes anything', async () => {
    setUser({ ...user('viewer'), unit: { id: 'u-rg', code: 'kg-rach-gia', name: RACH_GIA.name } });
    useProcedures(appealProcedures([pledge({ contactEmail: null })]));
    renderApp('/appeals/ap-1');
    expect(await screen.findByRole('heading', { name: appeal.title })).toBeTruthy();
    expect(screen.getByText('Có (chỉ Ban Tuyên huấn xem)')).toBeTruthy();
    expect(screen.getByText('Chưa nhận')).toBeTruthy();
    expect(
      screen.queryByRole('button', {
        name: /Sửa|Ghi nhận|Xuất dữ liệu|Xóa dữ liệu|Xem trước|Ghi khoản chi/,
      }),
    ).toBeNull();
  });

  it('gives a cadre reconciliation but not contacts, export or erasure', async () => {
    setUser({ ...user('cadre'), unit: { id: 'u-rg', code: 'kg-rach-gia', name: RACH_GIA.name } });
    useProcedures(appealProcedures([pledge({ contactEmail: null })]));
    renderApp('/appeals/ap-1');
    expect(await screen.findByRole('button', { name: /Ghi nhận đã nhận/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Xem trước' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Xuất dữ liệu|Xóa dữ liệu/ })).toBeNull();
  });

  it('previews a statement, applies only the rows chosen, and shows a refusal', async () => {
    setUser(user('reviewer'));
    const row = (n: number, outcome: string, pledges: unknown[], over = {}) => ({
      rowNumber: n,
      date: '2026-11-21',
      amount: 200_000,
      description: `CK LT7K3Q9XA2 Ung ho ${n}`,
      outcome,
      pledgeId: outcome === 'matched' ? 'pl-1' : null,
      candidateIds: [],
      reason: { vi: outcome === 'matched' ? 'Khớp mã' : 'Dòng trùng', en: 'x' },
      pledges,
      ...over,
    });
    const open = {
      id: 'pl-1',
      version: 3,
      reference: 'LT7K3Q9XA2',
      amount: 200_000,
      displayName: 'An',
      isReceived: false,
    };
    let attempts = 0;
    useProcedures({
      ...appealProcedures(),
      'appeals.previewStatement': () => ({
        counts: { matched: 1, ambiguous: 1, unmatched: 1 },
        rows: [row(2, 'matched', [open]), row(3, 'ambiguous', [open]), row(4, 'unmatched', [])],
      }),
      'appeals.receive': () =>
        ++attempts === 1
          ? new TrpcFailure('CONFLICT', 409, { vi: 'Dữ liệu vừa thay đổi', en: 'Changed' })
          : { received: 1 },
    });
    renderApp('/appeals/ap-1');
    const input = (await screen.findByLabelText('Tệp sao kê')) as HTMLInputElement;
    fireEvent.change(input, {
      target: { files: [new File(['a,b\n1,2\n'], 'sao-ke.csv', { type: 'text/csv' })] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(await screen.findByText('Khớp: 1 · Cần xem lại: 1 · Không khớp: 1')).toBeTruthy();
    expect(calls.some((c) => c.path === 'appeals.receive')).toBe(false);
    const apply = screen.getByRole('button', { name: 'Áp dụng các dòng đã chọn (1)' });
    fireEvent.click(apply);
    expect(await screen.findByText('Dữ liệu vừa thay đổi')).toBeTruthy();
    fireEvent.click(apply);
    expect(await screen.findByText('Đã ghi nhận 1 khoản.')).toBeTruthy();
    const sent = calls.filter((c) => c.path === 'appeals.receive').at(-1)?.input as {
      receipts: { statementRow: number; pledgeId: string }[];
    };
    expect(sent.receipts).toEqual([
      expect.objectContaining({ statementRow: 2, pledgeId: 'pl-1', version: 3 }),
    ]);
  });
});

describe('a registration drive', () => {
  const drive = {
    id: 'dr-1',
    version: 1,
    unitId: 'u-rg',
    unitName: RACH_GIA.name,
    code: 'hien-mau',
    kind: 'blood-donation' as const,
    title: 'Ngày hội Chủ nhật Đỏ',
    description: 'Mang theo căn cước.',
    startsOn: '2026-12-13',
    endsOn: '2026-12-13',
    place: 'Nhà văn hóa phường',
    capacity: 150,
    isOpen: true,
    registeredCount: 1,
  };
  const person = {
    id: 'rg-1',
    version: 1,
    displayName: 'Trần Thị Hoa',
    contactEmail: null,
    contactPhone: '0912345678',
    hasContacts: true,
    consentVersion: 'registration-2026-01',
    createdAt: '2026-11-20T03:00:00.000Z',
    isErased: false,
  };
  const procedures = {
    'drives.list': () => [drive],
    'drives.registrations': () => [person],
  };

  it('shows a cadre the people to call and an export, but no erasure', async () => {
    setUser({ ...user('cadre'), unit: { id: 'u-rg', code: 'kg-rach-gia', name: RACH_GIA.name } });
    useProcedures(procedures);
    const { container } = renderApp('/drives/dr-1');
    expect(await screen.findByRole('heading', { name: drive.title })).toBeTruthy();
    expect(screen.getByText('0912345678')).toBeTruthy();
    expect(screen.getByText('13/12/2026 · Nhà văn hóa phường')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Xuất dữ liệu/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Xóa dữ liệu/ })).toBeNull();
    expect(await seriousA11yViolations(container)).toEqual([]);
  });

  it('lets an administrator erase a registrant after typing XÓA', async () => {
    setUser(user('admin'));
    useProcedures({
      ...procedures,
      'drives.eraseRegistration': () => ({ id: 'rg-1', erased: true }),
    });
    renderApp('/drives/dr-1');
    fireEvent.click(
      await screen.findByRole('button', { name: /Xóa dữ liệu cá nhân.*Trần Thị Hoa/ }),
    );
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', {
      name: 'Xóa dữ liệu cá nhân',
    }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Gõ XÓA để xác nhận'), {
      target: { value: 'xóa' },
    });
    fireEvent.click(confirm);
    await waitFor(() =>
      expect(calls.find((c) => c.path === 'drives.eraseRegistration')?.input).toEqual({
        registrationId: 'rg-1',
      }),
    );
  });

  it('edits a drive on the shared form layer: a newer version is shown, mine applied on top', async () => {
    setUser(user('admin'));
    const newer = { ...drive, title: 'Bản của người khác', version: 2 };
    let attempts = 0;
    useProcedures({
      ...procedures,
      'drives.save': (input) =>
        ++attempts === 1
          ? new TrpcFailure(
              'CONFLICT',
              409,
              { vi: 'Đã bị thay đổi', en: 'Changed' },
              { details: { current: newer } },
            )
          : { ...newer, ...(input as object), version: 3 },
    });
    renderApp('/drives/dr-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa đợt đăng ký' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Tiêu đề'), {
      target: { value: 'Ngày hội hiến máu của tôi' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Đã có phiên bản mới hơn')).toBeTruthy();
    expect(within(dialog).getByText('Bản của người khác')).toBeTruthy();
    // Dates as dd/MM/yyyy: the start and end, theirs and mine.
    expect(within(dialog).getAllByText('13/12/2026', { selector: 'td' })).toHaveLength(4);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Áp dụng lại thay đổi của tôi' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.filter((c) => c.path === 'drives.save').map((c) => c.input)).toEqual([
      expect.objectContaining({ version: 1, title: 'Ngày hội hiến máu của tôi', capacity: 150 }),
      expect.objectContaining({ version: 2, title: 'Ngày hội hiến máu của tôi' }),
    ]);
  });

  it('lists drives in English with their kind and places', async () => {
    setUser(user('viewer'));
    useProcedures(procedures);
    localStorage.setItem('lantoa.lang', 'en');
    renderApp('/drives');
    expect(await screen.findByRole('link', { name: drive.title })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Tạo đợt đăng ký|New drive/ })).toBeNull();
    localStorage.removeItem('lantoa.lang');
  });
});
