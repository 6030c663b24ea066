import { createFileRoute } from '@tanstack/react-router';
import { ReorganisationsPageGuarded } from '../../features/reorganisations/reorganisations-page';

// The page asks the policy (unit.reorganise) and loads its own data (a suspense query), so
// a role that may not reorganise is sent to the dashboard before anything is asked.
export const Route = createFileRoute('/_app/reorganisations')({
  component: ReorganisationsPageGuarded,
});
