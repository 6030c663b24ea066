// The service worker (built by vite-plugin-pwa, see vite.config.ts) is registered once a
// cadre is signed in: the sign-in page stays as light as it can be, and the app shell is
// precached for the offline use that only signed-in cadres have. Registered after the page
// has loaded and the main thread is idle: its install downloads the whole app shell, which
// on a phone network would otherwise compete with the first signed-in screen (Lighthouse).
import { whenIdle } from '../../lib/when-idle';

export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  whenIdle(
    () => void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined),
  );
}
