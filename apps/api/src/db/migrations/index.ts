// The frozen list of migrations, in order. Kysely's Migrator reads it through a static
// provider so the compiled app needs no directory scanning.
import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-records.js';
import * as m0003 from './0003-deadline-submissions.js';
import * as m0004 from './0004-audit-head-prev-hash.js';
import * as m0005 from './0005-audit-sealed-after-commit.js';
import * as m0006 from './0006-first-0005-reconciled.js';
import * as m0007 from './0007-unit-ancestors.js';
import * as m0008 from './0008-plan-amendments.js';
import * as m0009 from './0009-reorganisations.js';
import * as m0010 from './0010-provinces-as-tenants.js';
import * as m0011 from './0011-sign-in-throttle.js';
import * as m0012 from './0012-official-reports.js';
import * as m0013 from './0013-unit-successors.js';
import * as m0014 from './0014-notices.js';
import * as m0016 from './0016-report-save-keys.js';
import * as m0017 from './0017-appeals-and-pledges.js';
import * as m0020 from './0020-units-merged-into-index.js';
import * as m0021 from './0021-comment-threads.js';
import * as m0022 from './0022-registration-drives.js';
import * as m0023 from './0023-facebook-connections.js';
import * as m0025 from './0025-stories-paging-index.js';
import * as m0026 from './0026-people-paging-indexes.js';
import * as m0029 from './0029-scheduler-leases.js';
import * as m0030 from './0030-folded-unit-names.js';
import * as m0031 from './0031-upload-keys.js';

export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-records': m0002,
  '0003-deadline-submissions': m0003,
  '0004-audit-head-prev-hash': m0004,
  '0005-audit-sealed-after-commit': m0005,
  '0006-first-0005-reconciled': m0006,
  '0007-unit-ancestors': m0007,
  '0008-plan-amendments': m0008,
  '0009-reorganisations': m0009,
  '0010-provinces-as-tenants': m0010,
  '0011-sign-in-throttle': m0011,
  '0012-official-reports': m0012,
  '0013-unit-successors': m0013,
  '0014-notices': m0014,
  '0016-report-save-keys': m0016,
  '0017-appeals-and-pledges': m0017,
  '0020-units-merged-into-index': m0020,
  '0021-comment-threads': m0021,
  '0022-registration-drives': m0022,
  '0023-facebook-connections': m0023,
  '0025-stories-paging-index': m0025,
  '0026-people-paging-indexes': m0026,
  '0029-scheduler-leases': m0029,
  '0030-folded-unit-names': m0030,
  '0031-upload-keys': m0031,
};
