// The hierarchy: anyone reads their part of it; administrators change it.
import {
  ZCloseUnitInput,
  ZCreateUnitInput,
  ZId,
  ZIsoDate,
  ZMoveUnitInput,
  ZRenameUnitInput,
  ZUnitKind,
} from '@lantoa/domain';
import { z } from 'zod';
import { authorizeUnitChange } from '../access/authorize.js';
import { closeUnit } from '../services/close-unit.js';
import { createUnit } from '../services/create-unit.js';
import { listChildUnits, listReadableProvinces } from '../services/list-child-units.js';
import { moveUnit } from '../services/move-unit.js';
import { cursorOf, ZIdKey, ZPageLimit } from '../services/paging/page-cursor.js';
import { ZSearchText } from '../services/paging/text-search.js';
import { renameUnit } from '../services/rename-unit.js';
import { searchUnits } from '../services/search-units.js';
import { procedureFor, router } from '../trpc.js';

// What the unit picker sends: a page is at most 50 units (decision 38); the cursor's key
// names its list, so another list's cursor is a 400 (decision 33).
const ZSearchUnitsInput = z.object({
  search: ZSearchText,
  /** Exactly this code: a reorganisation's step names its units by code. */
  code: z.string().trim().min(1).max(100).optional(),
  asOf: ZIsoDate.optional(),
  underUnitId: ZId.optional(),
  kinds: z.array(ZUnitKind).max(6).optional(),
  cursor: cursorOf(z.tuple([z.literal('units'), z.string().max(200), ZIdKey])).optional(),
  limit: z.number().int().min(1).max(50).default(20),
});

export const unitsRouter = router({
  /** A level of the tree, paged: what the units page opens, never the whole tree. */
  children: procedureFor('unit.read')
    .input(
      z
        .object({
          parentId: ZId.optional(),
          asOf: ZIsoDate.optional(),
          cursor: cursorOf(z.tuple([z.string().max(200), ZId])).optional(),
          limit: ZPageLimit,
        })
        .optional(),
    )
    .query(({ ctx, input }) =>
      listChildUnits(ctx.db, ctx.readable, ctx.scope.homeUnitId, {
        parentId: input?.parentId,
        asOf: input?.asOf ?? ctx.today,
        after: input?.cursor,
        limit: input?.limit ?? 50,
      }),
    ),
  /** Units in reach whose name or code holds the words (diacritics optional): the picker. */
  search: procedureFor('unit.read')
    .input(ZSearchUnitsInput.optional())
    .query(({ ctx, input }) =>
      searchUnits(ctx.db, ctx.scope, {
        text: input?.search,
        code: input?.code,
        asOf: input?.asOf ?? ctx.today,
        underUnitId: input?.underUnitId,
        kinds: input?.kinds,
        after: input?.cursor && [input.cursor[1], input.cursor[2]],
        limit: input?.limit ?? 20,
      }),
    ),
  /** The provinces the caller may read, paged (Central's province switcher). */
  provinces: procedureFor('unit.read')
    .input(
      z
        .object({
          asOf: ZIsoDate.optional(),
          cursor: cursorOf(z.tuple([z.string().max(200), ZId])).optional(),
          limit: ZPageLimit,
        })
        .optional(),
    )
    .query(({ ctx, input }) =>
      listReadableProvinces(ctx.db, ctx.readable, {
        asOf: input?.asOf ?? ctx.today,
        after: input?.cursor,
        limit: input?.limit ?? 50,
      }),
    ),
  create: procedureFor('unit.create')
    .input(ZCreateUnitInput)
    .mutation(async ({ ctx, input }) => {
      await authorizeUnitChange(ctx.db, ctx.scope, 'unit.create', [input.parentId]);
      const unit = await createUnit(ctx.db, ctx.user, input);
      // Its code may have been asked for already: a cached "not found" must not outlive it.
      ctx.onFactsChanged([unit.id]);
      return unit;
    }),
  rename: procedureFor('unit.rename')
    .input(ZRenameUnitInput)
    .mutation(async ({ ctx, input }) => {
      await authorizeUnitChange(ctx.db, ctx.scope, 'unit.rename', [input.unitId]);
      const unit = await renameUnit(ctx.db, ctx.user, input, {
        today: ctx.today,
        readable: ctx.readable,
      });
      // The public badge and JSON show the unit's name.
      ctx.onFactsChanged([unit.id]);
      return unit;
    }),
  move: procedureFor('unit.move')
    .input(ZMoveUnitInput)
    .mutation(async ({ ctx, input }) => {
      await authorizeUnitChange(ctx.db, ctx.scope, 'unit.move', [input.unitId, input.parentId]);
      const unit = await moveUnit(ctx.db, ctx.user, input);
      ctx.onFactsChanged([unit.id]);
      return unit;
    }),
  close: procedureFor('unit.close')
    .input(ZCloseUnitInput)
    .mutation(async ({ ctx, input }) => {
      const touched = [input.unitId, input.mergedIntoId ?? input.unitId];
      await authorizeUnitChange(ctx.db, ctx.scope, 'unit.close', touched);
      const unit = await closeUnit(ctx.db, ctx.user, input);
      ctx.onFactsChanged([unit.id]);
      return unit;
    }),
});
