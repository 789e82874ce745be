// Service worker. VERSION and PRECACHE are stamped from the real build output
// by scripts/stamp-build.mjs; never edit them by hand.
const VERSION = "__BUILD_VERSION__";
const PRECACHE = [];
const CACHE_PREFIX = "sukusuku-app-";
const CACHE = CACHE_PREFIX + VERSION;
// Municipality configuration files change without a new app build: they are
// fetched fresh when the network allows and kept, across versions, for offline.
const CONFIG_CACHE = "sukusuku-config";
const SCOPE = new URL(self.registration.scope);
const INDEX = new URL("index.html", SCOPE).href;

self.addEventListener("install", (event) => {
  // `reload` bypasses the HTTP cache so a new version never precaches stale files.
  const requests = PRECACHE.map((path) => new Request(new URL(path, SCOPE), { cache: "reload" }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
  // No skipWaiting here: a new version waits until the user accepts the update.
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
          .map((name) => caches.delete(name)),
      ),
    ),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.href.startsWith(SCOPE.href)) return;

  if (url.pathname.includes("/municipalities/") && url.pathname.endsWith(".json")) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CONFIG_CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        })
        .catch(() =>
          caches.open(CONFIG_CACHE).then((cache) => cache.match(request)).then((hit) => hit || caches.match(request)),
        ),
    );
    return;
  }

  if (request.mode === "navigate") {
    // Every route is the same single page: answer from the cache at once.
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match(INDEX)).then((hit) => hit || fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request)).then((hit) => hit || fetch(request)),
  );
});
