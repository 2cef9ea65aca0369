// Service worker: after one visit every route works offline. The cache is named after the
// build and its file list is written in by scripts/post-build.mjs; a new build waits until
// the page asks it to take over ("Nowa wersja — odśwież"), so nothing switches under the user.
const VERSION = 'BUILD_VERSION';
const FILES = BUILD_FILES;
const CACHE = `niezbednik-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('niezbednik-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      if (request.mode === 'navigate') {
        const page = (await cache.match('./')) || (await cache.match('./index.html'));
        if (page) return page;
      }
      return fetch(request);
    }),
  );
});
