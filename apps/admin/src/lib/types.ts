// API shapes inferred from the router type: the app never restates them by hand.
import type { AppRouter } from '@lantoa/api/router';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type Matrix = RouterOutputs['compliance']['matrix'];
export type UnitDetail = RouterOutputs['compliance']['unit'];
export type Report = UnitDetail['reports'][number];
export type QueueItem = RouterOutputs['reports']['reviewQueue'][number];
export type DeadlineItem = RouterOutputs['compliance']['deadlines']['items'][number];
export type UnitRecords = RouterOutputs['records']['ofUnit'];
export type Campaign = RouterOutputs['records']['campaigns']['items'][number];
export type Story = RouterOutputs['stories']['get'];
export type AmbassadorDetail = RouterOutputs['ambassadors']['get'];
export type AmbassadorRow = RouterOutputs['ambassadors']['list']['items'][number];
export type ReportFile = Report['files'][number];
