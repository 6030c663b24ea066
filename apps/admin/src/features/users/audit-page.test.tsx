import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setUser, useProcedures } from '../../test/api-handlers';
import { user } from '../../test/fixtures';
import { renderApp } from '../../test/render';

describe('audit log', () => {
  it('says in words why the hash chain is broken, and where', async () => {
    setUser(user('admin'));
    useProcedures({
      'audit.list': () => [],
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
      'audit.list': () => [],
      'audit.verify': () => ({ isValid: true, count: 1234, unsealed: 0 }),
    });
    renderApp('/audit');
    expect(await screen.findByText(/Chuỗi băm hợp lệ \(1234 sự kiện\)/)).toBeTruthy();
  });
});
