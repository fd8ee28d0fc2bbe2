// The offline copy of the app: every file of the release build is kept in the browser's cache,
// so after one visit the app starts with no network at all (an offline kiosk in a health house).
// The build fills in VERSION (a hash of every file) and FILES (scripts/service_worker.cmake).
//
// A new version is downloaded in the background and then waits: it never takes over a running
// app. The app offers "a new version is ready — restart" and, once everything is saved, asks
// the waiting version to take over (the 'skip-waiting' message) and reloads.
'use strict';
const VERSION = '@OPP_SW_VERSION@';
const FILES = [@OPP_SW_FILES@];
const CACHE = 'opp-' + VERSION;

self.addEventListener('install', (event) => {
  // 'reload': the files of this version from the server, not from the browser's HTTP cache.
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('opp-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  else if (event.data === 'version' && event.source) event.source.postMessage({ version: VERSION });
});

// The app's own files come from this version's cache (the address's ?demo, ?kiosk, ?view=
// still open index.html); anything else goes to the network as usual.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(request, { ignoreSearch: true }))
    .then((hit) => hit || fetch(request)));
});
