// Browser entry: mount the app on #root.
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { queryClient } from './lib/api';
import { storedLang } from './lib/i18n';
import { z } from './lib/search';
import { createAppRouter } from './router';
import './styles.css';

// zod probes for eval (new Function) to compile faster parsers; the CSP forbids eval and
// Chromium reports every probe as a violation. Interpreted parsing is fast enough here.
z.config({ jitless: true });
document.documentElement.lang = storedLang();
const router = createAppRouter(queryClient);
const root = document.getElementById('root');
if (root) createRoot(root).render(<App queryClient={queryClient} router={router} />);
