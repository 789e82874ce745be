// Service worker. VERSION, PRECACHE and LOCALES are stamped from the real
// build output by scripts/stamp-build.mjs; never edit them by hand.
const VERSION = "__BUILD_VERSION__";
const PRECACHE = [];
// One pack of words per language (src/i18n/pack.rs). Only the packs of the
// languages in use are kept: the page asks for its own (see `fetch` below),
// and a new version carries over those its predecessor kept.
const LOCALES = {};
const CACHE_PREFIX = "sukusuku-app-";
// Trunk writes its hashes without leading zeros: up to 16 hex digits.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;
const CACHE = CACHE_PREFIX + VERSION;
// Municipality configuration files change without a new app build: they are
// fetched fresh when the network allows and kept, across versions, for offline.
const CONFIG_CACHE = "sukusuku-config";
const SCOPE = new URL(self.registration.scope);
const INDEX = new URL("index.html", SCOPE).href;

self.addEventListener("install", (event) => {
  // A file whose name carries a hash of its content (Trunk's, the packs')
  // cannot be stale: the copy the page has just downloaded comes from the
  // HTTP cache instead of a second download of the wasm. The rest is asked
  // of the network anew (`reload`), so no stale page is precached.
  const request = (path) => new Request(new URL(path, SCOPE), HASHED.test(path) ? {} : { cache: "reload" });
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache
        .addAll(PRECACHE.map(request))
        // A pack that cannot be had fails the install: it is tried again
        // later, rather than a version that cannot show its language.
        // A page from another build (a deploy landing mid-install, a stale
        // worker from a cache) names files this list lacks: offline, the app
        // would not start. The install fails and is tried again later.
        .then(() => cache.match(INDEX))
        .then((page) => page.text())
        .then((page) => {
          // Any quoting: a host's minifier may drop the quotes.
          if (!new RegExp(`content=["']?${VERSION}\\b`).test(page)) throw new Error("the page is not of this version");
        })
        .then(() => languagesInUse())
        .then((languages) => Promise.all(languages.map((lang) => keepPack(cache, request(LOCALES[lang]), true)))),
    ),
  );
  // No skipWaiting here: a new version waits until the user accepts the update.
});

// The languages whose packs an earlier version kept: none on a first
// install (the page asks for its own), every one after a version that had
// no packs (which language it showed is not known here).
function languagesInUse() {
  return caches.keys().then((names) =>
    Promise.all(
      names
        .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
        .map((name) => caches.open(name).then((cache) => cache.keys())),
    ).then((lists) => {
      const kept = lists.flat().map((request) => new URL(request.url).pathname.match(/\/locale\/([a-z]+)-[0-9a-f]+\.json$/));
      const languages = Object.keys(LOCALES);
      if (lists.length > 0 && !kept.some(Boolean)) return languages;
      return languages.filter((lang) => kept.some((found) => found && found[1] === lang));
    }),
  );
}

// Kept only if it is a pack: a host that answers a missing file with its
// page (the single-page fallback, docs/hosting.md) must not leave a language
// broken for the whole version. `strict`: a failure rejects.
function keepPack(cache, request, strict) {
  return fetch(request).then((response) => {
    const json = (response.headers.get("content-type") || "").includes("json");
    if (response.ok && json) return cache.put(request, response.clone()).then(() => response);
    if (strict) throw new Error(`not a language pack: ${request.url}`);
    return response;
  });
}

function isPack(url) {
  return Object.values(LOCALES).some((path) => new URL(path, SCOPE).href === url.href);
}

self.addEventListener("activate", (event) => {
  // clients.claim: a first visit's page is served by this worker at once,
  // so the pack it fetches again once this worker is active is kept. Before
  // the old caches go: any pack a language was given while this version
  // waited (the family switched on the old one). An unchanged pack has the
  // same name in both versions, so the old copy serves even offline (this
  // worker may well take over at a start with no network); else the network.
  const keepMissing = ([cache, languages]) =>
    Promise.all(
      languages.map((lang) => {
        const request = new Request(new URL(LOCALES[lang], SCOPE));
        return cache.match(request).then(
          (hit) =>
            hit ||
            caches.match(request).then((old) => (old ? cache.put(request, old) : keepPack(cache, request, false).catch(() => {}))),
        );
      }),
    );
  const dropOld = (names) =>
    Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name)));
  event.waitUntil(
    self.clients
      .claim()
      .then(() => Promise.all([caches.open(CACHE), languagesInUse()]))
      .then(keepMissing)
      .then(() => caches.keys())
      .then(dropOld),
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
          // Not the app's page that some hosts send for a missing file.
          if (response.ok && !(response.headers.get("content-type") || "").includes("html")) {
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

  if (isPack(url)) {
    // A language's pack: from the cache, or fetched and kept for offline.
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match(request).then((hit) => hit || keepPack(cache, request, false))),
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
