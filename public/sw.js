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
// As config::CONFIG_LIMIT in the app.
const CONFIG_LIMIT = 64 * 1024;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      await cache.addAll(FILES);
      // The Jobcenter's config.json is not in FILES: it is kept only if the app could use it, and
      // a missing or unusable one must not stop the app from working offline.
      try {
        const response = await fetch(CONFIG, { cache: 'no-store' });
        if (response.ok) await keepConfig(CONFIG, response);
      } catch {
        // kept next time a usable one is fetched
      }
    }),
  );
});

// Sent by the page when the person chooses the new version (ui/update.rs).
self.addEventListener('message', (event) => {
  if (event.data === 'activate-now') self.skipWaiting();
});

// On the first visit the first worker also takes charge of the open page, which then loads the
// code of its later pages (split off the first module, see scripts/split_wasm.py) from this cache,
// not the network. Never when an older version is replaced: its pages must not mix versions, and
// they reload under the new one anyway (ui/update.rs).
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then(async (keys) => {
      const older = keys.filter((k) => k.startsWith('antragssimulator-') && k !== CACHE);
      await Promise.all(older.map((k) => caches.delete(k)));
      if (older.length === 0) await self.clients.claim();
    }),
  );
});

// Read at most CONFIG_LIMIT bytes of the copy; keep it only if it was all there and is JSON.
async function keepConfig(request, copy) {
  const reader = copy.body.getReader();
  const parts = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > CONFIG_LIMIT) {
      await reader.cancel();
      return;
    }
    parts.push(value);
  }
  const text = await new Blob(parts).text();
  JSON.parse(text);
  const cache = await caches.open(CACHE);
  await cache.put(request, new Response(text, { headers: { 'Content-Type': 'application/json' } }));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.url === CONFIG) {
    // The Jobcenter may change its config.json at any time: fresh when online, kept for offline.
    // Only a file the app could use is kept: at most CONFIG_LIMIT bytes (the app reads no more)
    // and JSON. Anything else passes through to the page, which gives up reading it at that
    // size and says what is wrong.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok && !(Number(response.headers.get('content-length')) > CONFIG_LIMIT)) {
            keepConfig(request, response.clone()).catch(() => {});
          }
          return response;
        })
        .catch(() => caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? Response.error())),
    );
    return;
  }
  const key = request.mode === 'navigate' ? new URL('./', self.registration.scope).href : request;
  event.respondWith(caches.match(key, { cacheName: CACHE, ignoreSearch: request.mode === 'navigate' }).then((hit) => hit ?? fetch(request)));
});
