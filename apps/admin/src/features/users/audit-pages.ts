// The audit log as an infinite query: the route's loader waits for the first page; "load
// more" asks for the next cursor, with the same filters. The tRPC proxy is passed in, not
// imported: the route's loader is in the first chunk (issue 14).
import type { trpc as Trpc } from '../../lib/api';

export interface AuditFilters {
  entity?: 'unit' | 'user' | 'report' | 'story' | 'record' | 'ambassador' | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const AUDIT_PAGE_SIZE = 50;

export const auditPages = (trpc: typeof Trpc, filters: AuditFilters) =>
  trpc.audit.list.infiniteQueryOptions(
    { ...filters, limit: AUDIT_PAGE_SIZE },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
