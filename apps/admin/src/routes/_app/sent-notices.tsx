import { createFileRoute } from '@tanstack/react-router';
import { DeliveriesPageGuarded } from '../../features/notices/deliveries-page';

export const Route = createFileRoute('/_app/sent-notices')({
  component: DeliveriesPageGuarded,
});
