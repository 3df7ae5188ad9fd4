// Saves queued on the phone while offline (docs/offline.md). Shared by the
// page (offline.js) and the service worker (sw.js): IndexedDB "ntm-offline"
// holds the queue, each save tagged with the opaque key of the user who made
// it, and replay() sends one user's saves in the order they were made.
//
// A save is the entry form exactly as the browser posted it: its figures,
// the hidden "what you saw" fields and row versions, and its photos (up to
// MAX_PHOTO_BYTES a save). Only the CSRF token is replaced when it is sent,
// since a new login changes it. The server treats a second copy of a save as
// done ("Báo cáo đã nộp với đúng các số này.", or nothing to change), so a
// save whose answer was lost on the way is sent again safely.
(function (global) {
  "use strict";

  var DB_NAME = "ntm-offline";
  var MAX_PHOTO_BYTES = 10 * 1024 * 1024;
  var ENTRY = /^\/bao-cao\/ke-hoach\/\d+\/\d{4}-\d{2}-\d{2}\/(nop\/)?$/;

  function openDb() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () {
        var db = request.result;
        db.createObjectStore("queue", { keyPath: "id", autoIncrement: true });
        db.createObjectStore("meta");
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  // Run fn(store) in one transaction; resolves with what fn's request gave.
  function withStore(name, mode, fn) {
    return openDb().then(function (db) {
      return new Promise(function (resolve, reject) {
        var transaction = db.transaction(name, mode);
        var request = fn(transaction.objectStore(name));
        transaction.oncomplete = function () {
          db.close();
          resolve(request ? request.result : undefined);
        };
        transaction.onerror = transaction.onabort = function () {
          db.close();
          reject(transaction.error);
        };
      });
    });
  }

  function getUser() {
    return withStore("meta", "readonly", function (store) { return store.get("user"); })
      .then(function (user) { return user || ""; });
  }

  function setUser(user) {
    return withStore("meta", "readwrite", function (store) { return store.put(user || "", "user"); });
  }

  // The user's saves, oldest first (ids grow with time).
  function list(user) {
    return withStore("queue", "readonly", function (store) { return store.getAll(); })
      .then(function (items) {
        return items.filter(function (item) { return item.user === user; });
      });
  }

  function put(item) {
    return withStore("queue", "readwrite", function (store) { return store.put(item); });
  }

  function remove(id) {
    return withStore("queue", "readwrite", function (store) { return store.delete(id); });
  }

  function isEntry(path) { return ENTRY.test(path); }

  // The page a save belongs to (a "Lưu và nộp" posts to <page>nop/).
  function pagePath(path) { return path.replace(/nop\/$/, ""); }

  // A queue item from a posted entry form (a Request, in the worker).
  function fromRequest(request, user) {
    var path = new URL(request.url).pathname;
    var type = request.headers.get("content-type") || "";
    var read = type.indexOf("multipart/form-data") === 0
      ? request.formData().then(function (data) {
        var pairs = [];
        data.forEach(function (value, name) { pairs.push([name, value]); });
        return pairs;
      })
      : request.text().then(function (text) {
        var pairs = [];
        new URLSearchParams(text).forEach(function (value, name) { pairs.push([name, value]); });
        return pairs;
      });
    return read.then(function (pairs) { return item(pairs, path, user); });
  }

  // A queue item from the [name, value] pairs an entry form posts to `path`
  // (the page's, or the worker's from a Request).
  function item(pairs, path, user) {
    var photoBytes = 0;
    pairs.forEach(function (pair) {
      if (typeof pair[1] !== "string") photoBytes += pair[1].size;
    });
    var dropped = 0;
    if (photoBytes > MAX_PHOTO_BYTES) {
      // Keep the figures; the photos are too big to keep on the phone.
      pairs = pairs.filter(function (pair) {
        if (typeof pair[1] === "string") return true;
        if (pair[1].size) dropped += 1;
        return false;
      });
    } else {
      // An empty file input posts an empty, nameless file: not a photo.
      pairs = pairs.filter(function (pair) {
        return typeof pair[1] === "string" || pair[1].size > 0;
      });
    }
    return {
      user: user,
      url: path,
      kind: /nop\/$/.test(path) ? "submit" : "save",
      created: Date.now(),
      pairs: pairs,
      photosDropped: dropped,
      state: "waiting",
    };
  }

  function body(pairs, csrf) {
    var files = pairs.some(function (pair) { return typeof pair[1] !== "string"; });
    var out = files ? new FormData() : new URLSearchParams();
    pairs.forEach(function (pair) {
      var value = pair[0] === "csrfmiddlewaretoken" ? csrf : pair[1];
      if (typeof value === "string") out.append(pair[0], value);
      else out.append(pair[0], value, value.name || "anh.jpg");
    });
    return out;
  }

  // Who is signed in, and a fresh CSRF token: {user, csrf, pages} or
  // {login: true} when the session expired, {offline: true} without network.
  function state(stateUrl) {
    return fetch(stateUrl, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        var type = response.headers.get("content-type") || "";
        if (response.ok && type.indexOf("application/json") === 0) return response.json();
        // The login page (or the password change a new account must make
        // first): read it to the end, an abandoned body shows as aborted.
        return response.text().then(function () { return { login: true }; });
      }, function () { return { offline: true }; });
  }

  function withLock(fn) {
    var locks = global.navigator && global.navigator.locks;
    return locks ? locks.request("ntm-offline-replay", fn) : fn();
  }

  // Send `user`'s waiting saves in order. Resolves with {sent, refused} or
  // {offline|login|otherUser: true} when it had to stop.
  function replay(options) {
    return withLock(function () {
      return state(options.stateUrl).then(function (current) {
        if (current.offline || current.login) return current;
        if (current.user !== options.user) return { otherUser: true };
        return list(options.user).then(function (items) {
          var result = { sent: 0, refused: 0 };
          var waiting = items.filter(function (item) { return item.state === "waiting"; });
          return waiting.reduce(function (previous, item) {
            return previous.then(function (stop) {
              if (stop) return stop;
              return send(item, current.csrf, result);
            });
          }, Promise.resolve(null)).then(function (stop) {
            return stop || result;
          });
        });
      });
    });
  }

  function send(item, csrf, result) {
    return fetch(item.url, {
      method: "POST",
      body: body(item.pairs, csrf),
      credentials: "same-origin",
      redirect: "follow",
    }).then(function (response) {
      var landed = new URL(response.url).pathname;
      if (response.ok && response.redirected && landed === pagePath(item.url)) {
        result.sent += 1;
        return remove(item.id).then(function () { return null; });
      }
      if (response.redirected && !isEntry(landed)) return { login: true };
      if ([400, 403, 404, 422].indexOf(response.status) >= 0) {
        // Not applied: the page says why (a newer version, a locked week).
        return response.text().then(function (html) {
          item.state = "conflict";
          item.answered = Date.now();
          item.status = response.status;
          item.html = html;
          result.refused += 1;
          return put(item).then(function () { return null; });
        });
      }
      return { error: response.status };
    }, function () { return { offline: true }; });
  }

  // Keep fresh copies of `user`'s entry pages (the list comes from the
  // server) and drop the copies of pages no longer listed. Run by the
  // worker, so that leaving the page does not cut it short.
  function refresh(user, stateUrl) {
    return state(stateUrl).then(function (current) {
      if (current.user !== user) return current;
      return caches.open("ntm-pages-" + user).then(function (cache) {
        // One page after the other: gentle on a weak network and the server.
        return current.pages.reduce(function (previous, page) {
          return previous.then(function () {
            return fetch(page, { credentials: "same-origin", cache: "no-store" }).then(function (response) {
              if (response.ok && !response.redirected) return cache.put(page, response);
              return response.text();
            }, function () {});
          });
        }, Promise.resolve()).then(function () { return cache.keys(); }).then(function (requests) {
          return Promise.all(requests.filter(function (request) {
            return current.pages.indexOf(new URL(request.url).pathname) < 0;
          }).map(function (request) { return cache.delete(request); }));
        });
      }).then(function () { return current; });
    });
  }

  global.NtmQueue = {
    refresh: refresh,
    MAX_PHOTO_BYTES: MAX_PHOTO_BYTES,
    getUser: getUser,
    setUser: setUser,
    list: list,
    put: put,
    remove: remove,
    isEntry: isEntry,
    pagePath: pagePath,
    fromRequest: fromRequest,
    item: item,
    state: state,
    replay: replay,
  };
})(self);
