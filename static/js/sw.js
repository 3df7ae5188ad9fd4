// The service worker (docs/offline.md), served as /sw.js by ntm/pwa.py, which
// puts self.NTM (version, files to keep, addresses) above this source.
//
// Online, the worker stays out of the way, except for saves of the weekly
// entry form: on a connection that is up but carries nothing ("lie-fi"), a
// save whose request fails, or gets no answer within self.NTM.saveTimeout
// (urlencoded forms only: a multipart one may be a long photo upload), is
// queued as if offline. Exactly once rests on the server (the page's key).
// Offline:
// - Static files: kept at install, served from the phone.
// - Pages: from the network if it answers after all, else the copy of an entry
//   page that offline.js keeps for the signed-in user, else offline.html.
// - A weekly entry form posted without network is queued (offline-queue.js)
//   and the browser is sent back to the page, which shows "Chưa gửi (n)".
// - Logging out drops the pages kept for the user.
/* global NtmQueue */
"use strict";

importScripts(self.NTM.queueScript);

var STATIC_CACHE = "ntm-static-" + self.NTM.version;
var PAGES_PREFIX = "ntm-pages-";

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches.open(STATIC_CACHE)
      .then(function (cache) { return cache.addAll(self.NTM.precache); })
      .then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (keys) {
      return Promise.all(keys.filter(function (key) {
        return key.indexOf("ntm-static-") === 0 && key !== STATIC_CACHE;
      }).map(function (key) { return caches.delete(key); }));
    }).then(function () { return self.clients.claim(); })
  );
});

function dropPages() {
  return caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) {
      return key.indexOf(PAGES_PREFIX) === 0;
    }).map(function (key) { return caches.delete(key); }));
  }).then(function () { return NtmQueue.setUser(""); });
}

function tellPages(message) {
  return self.clients.matchAll({ type: "window" }).then(function (clients) {
    clients.forEach(function (client) { client.postMessage(message); });
  });
}

function fromPhoneFirst(request) {
  return caches.open(STATIC_CACHE).then(function (cache) {
    return cache.match(request).then(function (kept) {
      return kept || fetch(request).then(function (response) {
        if (response.ok) cache.put(request, response.clone());
        return response;
      });
    });
  });
}

function offlinePage() {
  return caches.match(self.NTM.offlinePage, { cacheName: STATIC_CACHE });
}

function pageOrCopy(request) {
  return fetch(request).catch(function () {
    return NtmQueue.getUser().then(function (user) {
      if (!user) return offlinePage();
      var path = new URL(request.url).pathname;
      return caches.open(PAGES_PREFIX + user)
        .then(function (cache) { return cache.match(path); })
        .then(function (copy) { return copy || offlinePage(); });
    });
  });
}

// The page from the network, kept for its user: the key in the page's own
// <meta name="ntm-offline"> must be the phone's current user, so a page is
// never kept under another user's name.
function pageAndKeep(request) {
  return fetch(request).catch(function () {
    // Lie-fi: the phone says it is online, the network fails anyway.
    return pageOrCopy(request);
  }).then(function (response) {
    if (!response.ok || response.redirected || response.type !== "basic") return response;
    var copy = response.clone();
    NtmQueue.getUser().then(function (user) {
      if (!user) return null;
      return copy.text().then(function (html) {
        if (html.indexOf('<meta name="ntm-offline" content="' + user + '"') < 0) return null;
        var kept = new Response(html, { headers: copy.headers });
        return caches.open(PAGES_PREFIX + user).then(function (cache) {
          return cache.put(new URL(request.url).pathname, kept);
        });
      });
    }).catch(function () {});
    return response;
  });
}

// The save from the network; queued when the network fails, or (a form
// without files) when no answer came within self.NTM.saveTimeout ms.
function sent(request) {
  var type = request.headers.get("content-type") || "";
  if (!self.navigator.onLine || type.indexOf("multipart/form-data") === 0 ||
      !self.AbortController) {
    return fetch(request);
  }
  var controller = new AbortController();
  var timer = setTimeout(function () { controller.abort(); }, self.NTM.saveTimeout);
  return fetch(request, { signal: controller.signal }).then(function (response) {
    clearTimeout(timer);
    return response;
  }, function (error) {
    clearTimeout(timer);
    throw error;
  });
}

function postOrQueue(request) {
  var copy = request.clone();
  return sent(request).catch(function () {
    return NtmQueue.getUser().then(function (user) {
      if (!user) return offlinePage();
      return NtmQueue.fromRequest(copy, user)
        .then(NtmQueue.put)
        .then(function () {
          if (self.registration.sync) {
            return self.registration.sync.register("ntm-replay").catch(function () {});
          }
        })
        .then(function () { return tellPages({ type: "queue-changed" }); })
        .then(function () {
          var page = NtmQueue.pagePath(new URL(request.url).pathname);
          return Response.redirect(page, 303);
        });
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST") {
    if (url.pathname === self.NTM.logout) {
      // The browser sends the logout itself; the pages go meanwhile (and the
      // login page's script drops whatever is left).
      event.waitUntil(dropPages());
    } else if (request.mode === "navigate" && NtmQueue.isEntry(url.pathname)) {
      event.respondWith(postOrQueue(request));
    }
    return;
  }
  if (request.method !== "GET") return;
  if (self.navigator.onLine) {
    // Online, the browser's own cache serves static files (WhiteNoise sends
    // them with a long max-age) and pages come from the network untouched;
    // an entry page is also kept, as it was just drawn (after a save too).
    if (request.mode === "navigate" && NtmQueue.isEntry(url.pathname)) {
      event.respondWith(pageAndKeep(request));
    }
    return;
  }
  if (url.pathname.indexOf(self.NTM.staticPrefix) === 0) {
    event.respondWith(fromPhoneFirst(request));
  } else if (request.mode === "navigate") {
    event.respondWith(pageOrCopy(request));
  }
});

// A page asks for fresh copies of its user's entry pages.
self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type !== "refresh" || !data.user) return;
  event.waitUntil(NtmQueue.getUser().then(function (user) {
    if (user !== data.user) return null;
    return NtmQueue.refresh(user, self.NTM.state);
  }).catch(function () {}).then(function () {
    if (event.source) event.source.postMessage({ type: "refreshed" });
  }));
});

// Background Sync: the browser wakes the worker when the network is back.
// A rejected promise asks the browser to try again later.
self.addEventListener("sync", function (event) {
  if (event.tag !== "ntm-replay") return;
  event.waitUntil(NtmQueue.getUser().then(function (user) {
    if (!user) return null;
    return NtmQueue.replay({ user: user, stateUrl: self.NTM.state }).then(function (result) {
      return tellPages({ type: "queue-changed", sent: result.sent }).then(function () {
        if (result.offline) throw new Error("offline");
      });
    });
  }));
});
