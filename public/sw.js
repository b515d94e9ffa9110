// Service worker of the Antragssimulator: keeps the app's own files so that it loads and works
// without a network after one visit. The file list and version are written at build time by
// scripts/sw_cache.py from the build output; this worker requests nothing but those files.
//
// Updates are clean: each build has its own cache. A new worker waits until no page of the old
// version is open, or until the person asks for it in the page (which then reloads at once), so a
// page never mixes old JavaScript with new WebAssembly; when it takes over, it deletes the old
// caches.
const VERSION = 'SW_VERSION';
const FILES = SW_FILES;
const CACHE = `antragssimulator-${VERSION}`;
const CONFIG = new URL('config.json', self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

// Sent by the page when the person chooses the new version (ui/update.rs).
self.addEventListener('message', (event) => {
  if (event.data === 'activate-now') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(keys.filter((k) => k.startsWith('antragssimulator-') && k !== CACHE).map((k) => caches.delete(k))),
    ),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.url === CONFIG) {
    // The Jobcenter may change its config.json at any time: fresh when online, kept for offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) caches.open(CACHE).then((cache) => cache.put(request, response.clone()));
          return response;
        })
        .catch(() => caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? Response.error())),
    );
    return;
  }
  const key = request.mode === 'navigate' ? new URL('./', self.registration.scope).href : request;
  event.respondWith(caches.match(key, { cacheName: CACHE, ignoreSearch: request.mode === 'navigate' }).then((hit) => hit ?? fetch(request)));
});
