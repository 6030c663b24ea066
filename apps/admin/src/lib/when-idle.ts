// Runs work once the page has loaded and the main thread is idle: for what a phone needs
// soon but not for the first screen (the service worker, the forms a screen may open).
export function whenIdle(work: () => void): void {
  const schedule = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(() => work(), { timeout: 5000 })
      : setTimeout(work, 1000);
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
}
