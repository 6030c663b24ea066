// The database folds unit names (lantoa_fold, migration 0030) as the browser and the search
// box do (foldVietnamese): every letter of the map, and names written decomposed (NFD).
import { foldVietnamese } from '@lantoa/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/create-db.js';
import { openTestDb } from '../../test/test-db.js';
import { foldedLetters, foldNeedle } from './folded-text.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

const fold = async (text: string) =>
  (await sql<{ f: string }>`SELECT lantoa_fold(${text}) AS f`.execute(handle.db)).rows[0]?.f;

describe('lantoa_fold', () => {
  it('folds every letter as foldVietnamese does', async () => {
    const letters = foldedLetters();
    expect(letters).toHaveLength(362);
    expect(await fold(letters.map(([ch]) => ch).join(''))).toBe(
      letters.map(([, folded]) => folded).join(''),
    );
  });

  it('folds names as the search box folds the words typed, composed or not', async () => {
    for (const name of ['Hội CTĐ phường Rạch Giá', 'ĐẶC KHU PHÚ QUỐC', 'Xã Ô Môn'])
      for (const written of [name, name.normalize('NFD')]) {
        expect(await fold(written)).toBe(foldVietnamese(name));
        expect(foldNeedle(written)).toBe(foldVietnamese(name));
      }
  });
});
