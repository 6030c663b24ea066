// Units found through the API for a test's setup: the server answers no whole tree
// (decision 38), so a unit is looked up by its code with the unit picker's search, and a
// level with units.children, as the admin app does.
import type { Locator, Page } from 'playwright-core';

interface FoundUnit {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
}

type Get = (path: string, input: unknown) => Promise<unknown>;

/** A GET of a tRPC query with a session cookie (from fetch, outside a browser page). */
export const getWithCookie =
  (base: string, cookie: string): Get =>
  async (path, input) => {
    const query = encodeURIComponent(JSON.stringify(input));
    const res = await fetch(`${base}/trpc/${path}?input=${query}`, { headers: { cookie } });
    return ((await res.json()) as { result: { data: unknown } }).result.data;
  };

/** A GET of a tRPC query with the page's session. */
export const getInPage =
  (page: Page, base: string): Get =>
  async (path, input) => {
    const query = encodeURIComponent(JSON.stringify(input));
    const res = await page.request.get(`${base}/trpc/${path}?input=${query}`);
    return ((await res.json()) as { result: { data: unknown } }).result.data;
  };

/** The unit with exactly this code on the day (today when not given), if in reach. */
export async function unitByCode(get: Get, code: string, asOf?: string) {
  const found = (await get('units.search', { code, asOf, limit: 1 })) as { items: FoundUnit[] };
  return found.items[0];
}

/** Unit ids by code, each looked up on the days given (a closed unit on a day it existed). */
export async function unitIdsByCode(
  get: Get,
  codes: readonly string[],
  days: readonly (string | undefined)[] = [undefined],
) {
  const ids = new Map<string, string>();
  for (const code of codes)
    for (const asOf of days) {
      const unit = await unitByCode(get, code, asOf);
      if (unit) ids.set(code, unit.id);
    }
  return ids;
}

/** The units directly under `parentId` on the day (one page of 200: test trees are small). */
export async function childrenOf(get: Get, parentId: string, asOf?: string) {
  const page = (await get('units.children', { parentId, asOf, limit: 200 })) as {
    items: FoundUnit[];
  };
  return page.items;
}

/** Chooses a unit in a unit picker as a user does: type, then click the option. */
export async function pickUnit(
  scope: Locator | Page,
  label: string,
  typed: string,
  option: RegExp,
) {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  await box.fill(typed);
  await scope.getByRole('option', { name: option }).first().click();
}
