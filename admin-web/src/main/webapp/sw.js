// One Code Pass service worker: lets a citizen show their last signed code and a checkpoint verify
// codes while the platform cannot be reached (docs/RELIABILITY.md, "Outage-tolerant codes").
// Network first for pages, so nothing stale is shown while the server answers; the cached copy
// only when the network fails or the server sheds load (5xx). Fingerprinted assets are immutable,
// so they are served from the cache once seen.
'use strict';
var CACHE = 'ocp-offline-v1';
var root = self.registration.scope.replace(/\/$/, '');

self.addEventListener('install', function (event) {
  // The verification page is what a checkpoint needs when a scan finds the platform unreachable.
  event.waitUntil(caches.open(CACHE)
    .then(function (c) { return c.add(root + '/verify.xhtml'); })
    .catch(function () { /* offline at install: cached on the next visit */ })
    .then(function () { return self.skipWaiting(); }));
});
self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

// Marks a page served from the cache, so its script knows at once that the platform did not answer.
function fromCache(hit) {
  return hit.text().then(function (html) {
    return new Response(html.replace('id="code-card"', 'id="code-card" data-cached="true"'),
      { status: hit.status, statusText: hit.statusText, headers: hit.headers });
  });
}

function networkFirst(request, cacheKey) {
  return fetch(request).then(function (response) {
    if (response.ok && response.type === 'basic' && !response.redirected) {
      var copy = response.clone();
      caches.open(CACHE).then(function (c) { c.put(cacheKey, copy); });
      return response;
    }
    if (response.status >= 500) {
      return caches.match(cacheKey).then(function (hit) { return hit ? fromCache(hit) : response; });
    }
    return response;
  }, function (unreachable) {
    return caches.match(cacheKey).then(function (hit) {
      if (hit) return fromCache(hit);
      throw unreachable;
    });
  });
}

function cacheFirst(request) {
  return caches.match(request).then(function (hit) {
    return hit || fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(CACHE).then(function (c) { c.put(request, copy); });
      }
      return response;
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  var path = url.pathname.substring(root.replace(self.location.origin, '').length);
  if (path.indexOf('/static/') === 0) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === 'navigate' && path === '/code.xhtml') {
    event.respondWith(networkFirst(request, url.href));
  } else if (request.mode === 'navigate' && path === '/verify.xhtml' && !url.search) {
    event.respondWith(networkFirst(request, root + '/verify.xhtml'));
  } else if (request.mode === 'navigate' && path.indexOf('/c/') === 0) {
    // A scanned code: verified by the server when it answers; otherwise the cached verification
    // page verifies the signature itself with the keys it kept (verify.js).
    event.respondWith(fetch(request).then(function (response) {
      if (response.status < 500) return response;
      return caches.match(root + '/verify.xhtml').then(function (hit) { return hit || response; });
    }, function (unreachable) {
      return caches.match(root + '/verify.xhtml').then(function (hit) {
        if (hit) return hit;
        throw unreachable;
      });
    }));
  }
});
