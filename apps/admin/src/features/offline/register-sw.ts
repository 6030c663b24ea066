// The service worker (built by vite-plugin-pwa, see vite.config.ts) is registered once a
// cadre is signed in: the sign-in page stays as light as it can be, and the app shell is
// precached for the offline use that only signed-in cadres have.
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
}
