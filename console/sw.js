// The console's service worker: it keeps the app shell (the page, its script, wasm, style
// and icons) so the installed console opens without a network, and nothing else. API
// calls (/v1/), sockets and any other URL are never answered from or put in a cache:
// patient data stays out of storage. The shell is fetched from the network first, so a
// new release shows at once; the cached copy is only the fallback when offline. The admin
// screens' wasm chunks (wasm-split's, named per build) are shell too: kept once fetched.
const CACHE = 'frontdesk-console-shell-v2';
const SHELL = [
  './',
  './boot.js',
  './console.css',
  './frontdesk_console.js',
  './frontdesk_console_bg.wasm',
  './__wasm_split.js',
  './manifest.webmanifest',
  './favicon.svg',
  './icon-192.png',
  './icon-512.png',
].map((path) => new URL(path, self.registration.scope).href);

/** The shell's files, and any wasm chunk directly under the console's scope. */
function isShell(url) {
  if (SHELL.includes(url.href)) return true;
  const scope = new URL(self.registration.scope);
  return url.origin === scope.origin && url.pathname.startsWith(scope.pathname)
    && !url.pathname.slice(scope.pathname.length).includes('/') && url.pathname.endsWith('.wasm')
    && url.search === '';
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  // Older shell caches go; nothing else was ever stored.
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  url.hash = '';
  // Not calling respondWith leaves the request to the network, untouched.
  if (request.method !== 'GET' || !isShell(url)) return;
  event.respondWith(fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(url.href, copy)));
    }
    return response;
  }).catch(() => caches.match(url.href).then((cached) => cached ?? Response.error())));
});
