// Browser entry: mount the app on #root.
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { queryClient } from './lib/api';
import { storedLang } from './lib/i18n';
import { createAppRouter } from './router';
import './styles.css';

document.documentElement.lang = storedLang();
const router = createAppRouter(queryClient);
const root = document.getElementById('root');
if (root) createRoot(root).render(<App queryClient={queryClient} router={router} />);
