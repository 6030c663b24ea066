// The one thing the admin app may import from the API: the router's type.
export type { AppRouter } from './routers/app-router.js';
