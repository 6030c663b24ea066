// The service worker (built by vite-plugin-pwa, see vite.config.ts) is registered once a
// cadre is signed in: the sign-in page stays as light as it can be, and the app shell is
// precached for the offline use that only signed-in cadres have. Registered after the page
// has loaded and the main thread is idle: its install downloads the whole app shell, which
// on a phone network would otherwise compete with the first signed-in screen (Lighthouse).
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(() => void register(), { timeout: 5000 })
      : setTimeout(register, 1000);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
