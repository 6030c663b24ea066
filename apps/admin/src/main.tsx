// Browser entry: mount the app on #root.
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { startFirstScreen } from './lib/first-screen';
import { storedLang } from './lib/i18n';
import { queryClient } from './lib/query-client';
import { createAppRouter } from './router';
import './base.css';

document.documentElement.lang = storedLang();
const router = createAppRouter(queryClient);
startFirstScreen(router, queryClient);
const root = document.getElementById('root');
if (root) createRoot(root).render(<App queryClient={queryClient} router={router} />);
