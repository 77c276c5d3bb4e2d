/**
 * Registers the service worker (production builds only) and reports when a new version has been
 * installed and waits: the page then offers to reload. Answers survive the reload (they are in
 * the tab's storage).
 */
export function registerServiceWorker(onUpdate: (apply: () => void) => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register(`${base}sw.js`, { scope: base })
      .then((registration) => {
        const offer = (worker: ServiceWorker) =>
          onUpdate(() => {
            navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
              once: true,
            });
            worker.postMessage('skip-waiting');
          });
        if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
          });
        });
      })
      .catch(() => {
        // No offline support in this browser: the app works as before.
      });
  });
}
