// Offline entry on the page side (docs/offline.md): registers the service
// worker, keeps copies of the user's entry pages for offline use, shows
// "Đang ngoại tuyến" and "Chưa gửi (n)" with the list of waiting saves, and
// sends them when the network is back (Background Sync where the browser has
// it, this page's retry loop everywhere). Without JavaScript or service
// workers none of this runs and the forms post as they always did.
/* global NtmQueue */
(function () {
  "use strict";

  var meta = document.querySelector('meta[name="ntm-offline"]');
  if (!meta || !("serviceWorker" in navigator) || !window.indexedDB ||
      !window.caches || !window.NtmQueue) return;

  var user = meta.content;
  var stateUrl = meta.dataset.state;
  var PAGES_PREFIX = "ntm-pages-";
  var RETRY_MS = 20000;
  var root = document.documentElement;
  var main = document.querySelector("main") || document.body;
  var lastResult = null;

  navigator.serviceWorker.register(meta.dataset.worker, { scope: "/" }).catch(function () {});

  // Only the signed-in user's copies stay; signed out, none.
  function dropOtherPages() {
    Object.keys(localStorage).forEach(function (key) {
      if (key.indexOf("ntm-offline-refreshed-") === 0 && key !== "ntm-offline-refreshed-" + user) {
        localStorage.removeItem(key);
      }
    });
    return caches.keys().then(function (keys) {
      return Promise.all(keys.filter(function (key) {
        return key.indexOf(PAGES_PREFIX) === 0 && key !== PAGES_PREFIX + user;
      }).map(function (key) { return caches.delete(key); }));
    });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // ── Offline banner ──
  var banner = element("div", "alert alert-warning", "Đang ngoại tuyến — số liệu sẽ gửi khi có mạng");
  banner.id = "offline-banner";
  banner.setAttribute("role", "status");
  main.insertBefore(banner, main.firstChild);
  function showNetwork() { banner.hidden = navigator.onLine; }
  // Decided now, not when the queue is open: on a slow phone that takes a
  // moment, and every page would flash "offline" and an empty card first.
  showNetwork();

  // ── "Chưa gửi (n)" and the list of waiting saves ──
  var badge = element("a", "badge text-bg-warning text-decoration-none", "");
  badge.id = "offline-count";
  badge.href = "#offline-queue";
  badge.hidden = true;
  var brand = document.querySelector(".navbar .navbar-brand");
  if (brand) brand.parentNode.insertBefore(badge, brand.nextSibling);
  var panel = element("section", "card border-warning mb-3");
  panel.id = "offline-queue";
  panel.hidden = true;
  main.insertBefore(panel, banner.nextSibling);

  function when(ms) {
    var d = new Date(ms);
    var two = function (n) { return (n < 10 ? "0" : "") + n; };
    return two(d.getHours()) + ":" + two(d.getMinutes()) + " " + two(d.getDate()) + "/" +
      two(d.getMonth() + 1) + "/" + d.getFullYear();
  }

  function periodOf(url) {
    var match = /\/(\d+)\/(\d{4})-(\d{2})-(\d{2})\//.exec(url);
    return match ? "kế hoạch số " + match[1] + ", kỳ từ " + match[4] + "/" + match[3] + "/" + match[2] : url;
  }

  // What the user typed in a save: the fields that differ from what they saw.
  function typed(pairs) {
    var values = {};
    pairs.forEach(function (pair) { if (typeof pair[1] === "string") values[pair[0]] = pair[1]; });
    var out = [];
    Object.keys(values).forEach(function (name) {
      if (name.indexOf("initial-") === 0) return;
      var seen = values["initial-" + name];
      if (seen === undefined || seen === values[name]) return;
      out.push([describe(name), values[name] || "(trống)"]);
    });
    var photos = pairs.filter(function (pair) { return typeof pair[1] !== "string"; }).length;
    if (photos) out.push(["Ảnh", photos + " ảnh"]);
    return out;
  }

  function describe(name) {
    var label = document.querySelector('label[for="id_' + name + '"]');
    if (!label) return name;
    var card = label.closest(".card-body");
    var title = card && card.querySelector("strong");
    return (title ? title.textContent + " – " : "") + label.textContent;
  }

  // The server's answer to a refused save: its messages, the rows in
  // conflict (both values), and its form, ready to send "my figures" again.
  function answer(item) {
    var doc = new DOMParser().parseFromString(item.html || "", "text/html");
    var conflicts = Array.prototype.map.call(doc.querySelectorAll("[data-conflict]"), function (row) {
      return Array.prototype.map.call(row.cells, function (cell) { return cell.textContent.trim(); });
    });
    var messages = Array.prototype.map.call(
      doc.querySelectorAll("main .alert-warning, main .alert-danger"),
      function (node) { return node.textContent.trim(); }
    ).filter(function (text) { return text && text.indexOf("vừa lưu") < 0; });
    var form = doc.querySelector("form[data-multipart-only-with-files]");
    var pairs = [];
    var editable = false;
    if (form) {
      Array.prototype.forEach.call(form.elements, function (field) {
        if (!field.name || field.disabled || ["file", "submit", "button"].indexOf(field.type) >= 0) return;
        if ((field.type === "checkbox" || field.type === "radio") && !field.checked) return;
        if (/^(amount|done|task_status)_|^summary$/.test(field.name)) editable = true;
        pairs.push([field.name, field.value]);
      });
    }
    return { conflicts: conflicts, messages: messages, pairs: editable ? pairs : null };
  }

  function table(headers, rows) {
    var t = element("table", "table table-sm table-bordered small mb-2");
    var head = t.createTHead().insertRow();
    headers.forEach(function (text) { head.appendChild(element("th", "", text)); });
    var tbody = t.createTBody();
    rows.forEach(function (cells) {
      var tr = tbody.insertRow();
      cells.forEach(function (text) { tr.insertCell().textContent = text; });
    });
    return t;
  }

  function button(text, className, onClick) {
    var b = element("button", "btn btn-sm " + className, text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  function conflictView(item) {
    var box = element("div", "mt-2");
    var server = answer(item);
    box.appendChild(element("div", "small text-danger mb-1",
      "Chưa áp dụng: trên máy chủ đã có bản mới hơn. Xem hai bản rồi chọn."));
    server.messages.forEach(function (text) { box.appendChild(element("div", "small mb-1", text)); });
    if (server.conflicts.length) {
      box.appendChild(table(["Nội dung", "Trên máy chủ", "Bạn nhập (chưa gửi)"], server.conflicts));
    } else {
      box.appendChild(table(["Bạn nhập (chưa gửi)", "Giá trị"], typed(item.pairs)));
    }
    var actions = element("div", "d-flex flex-wrap gap-2");
    if (server.pairs) {
      actions.appendChild(button("Gửi số của tôi", "btn-primary", function () {
        var files = item.pairs.filter(function (pair) { return typeof pair[1] !== "string"; });
        item.pairs = server.pairs.concat(files);
        item.state = "waiting";
        delete item.html;
        NtmQueue.put(item).then(render).then(replay);
      }));
    }
    actions.appendChild(button(server.pairs ? "Giữ số trên máy chủ" : "Bỏ bản này", "btn-outline-secondary", function () {
      NtmQueue.remove(item.id).then(render);
    }));
    box.appendChild(actions);
    return box;
  }

  function render() {
    return NtmQueue.list(user).then(function (items) {
      badge.textContent = "Chưa gửi (" + items.length + ")";
      badge.hidden = items.length === 0;
      root.dataset.offlineWaiting = String(items.length);
      root.dataset.offlinePending = String(items.filter(function (item) {
        return item.state === "waiting";
      }).length);
      panel.hidden = items.length === 0;
      panel.replaceChildren();
      if (!items.length) return;
      var body = element("div", "card-body py-2");
      body.appendChild(element("h2", "h6", "Bản lưu chưa gửi"));
      if (lastResult && lastResult.login) {
        var login = element("p", "small mb-2");
        var link = element("a", "", "Đăng nhập lại để gửi");
        link.href = meta.dataset.login + "?next=" + encodeURIComponent(location.pathname);
        login.append("Phiên đăng nhập đã hết hạn. ", link, " các bản lưu này.");
        body.appendChild(login);
      }
      var listNode = element("ol", "list-unstyled mb-0");
      items.forEach(function (item) {
        var li = element("li", "border-top pt-2 mt-2 small");
        li.dataset.offlineItem = String(item.id);
        li.appendChild(element("strong", "", item.kind === "submit" ? "Lưu và nộp" : "Lưu"));
        li.append(" lúc " + when(item.created) + " · " + periodOf(item.url) + " · ");
        li.appendChild(element("span", "", item.state === "waiting" ? "đang chờ mạng" : "cần bạn chọn"));
        if (item.photosDropped) {
          li.appendChild(element("div", "text-danger",
            item.photosDropped + " ảnh không giữ được (quá 10 MB một lần lưu): chọn lại ảnh khi có mạng."));
        }
        if (item.state === "conflict") li.appendChild(conflictView(item));
        listNode.appendChild(li);
      });
      body.appendChild(listNode);
      panel.appendChild(body);
    });
  }

  // ── Copies of the entry pages, refreshed by the worker while online ──
  // The worker keeps each entry page as it is opened; the others of the list
  // (last week, other plans) are fetched when none is kept yet, after queued
  // saves were sent, and otherwise at most every REFRESH_MS.
  var REFRESH_MS = 15 * 60 * 1000;
  var refreshedKey = "ntm-offline-refreshed-" + user;

  function refreshDue(force) {
    if (force) return Promise.resolve(true);
    var last = Number(localStorage.getItem(refreshedKey) || 0);
    if (Date.now() - last > REFRESH_MS) return Promise.resolve(true);
    return caches.open(PAGES_PREFIX + user)
      .then(function (cache) { return cache.keys(); })
      .then(function (kept) { return kept.length === 0; });
  }

  function refresh(force) {
    if (!navigator.onLine) return Promise.resolve();
    return refreshDue(force).then(function (due) {
      if (!due) return null;
      // Noted once done: a page opened meanwhile asks again, and waits.
      return askWorker().then(function () {
        localStorage.setItem(refreshedKey, String(Date.now()));
      });
    });
  }

  // Asked once the user has stayed SETTLE_MS on the page: clicking through
  // pages (or signing in and going on) starts no background fetches.
  var SETTLE_MS = 2000;

  function askWorker() {
    var settled = new Promise(function (resolve) { setTimeout(resolve, SETTLE_MS); });
    return Promise.all([navigator.serviceWorker.ready, settled]).then(function (ready) {
      var registration = ready[0];
      return new Promise(function (resolve) {
        function done(event) {
          if (!event.data || event.data.type !== "refreshed") return;
          navigator.serviceWorker.removeEventListener("message", done);
          resolve();
        }
        navigator.serviceWorker.addEventListener("message", done);
        registration.active.postMessage({ type: "refresh", user: user });
      });
    });
  }

  // Resolves once the worker controls this page (a first visit: once it has
  // activated and claimed it), so the page's copies can be served offline.
  function controlled() {
    if (navigator.serviceWorker.controller) return Promise.resolve();
    return new Promise(function (resolve) {
      navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true });
    });
  }

  // Saves sent, by this page or by the worker's Background Sync.
  function announce(sent) {
    if (!sent) return;
    var done = element("div", "alert alert-success", "Đã gửi " + sent + " bản lưu chờ mạng. ");
    var reload = element("a", "", "Tải lại trang để xem số mới");
    reload.href = location.pathname;
    done.appendChild(reload);
    done.setAttribute("role", "status");
    main.insertBefore(done, panel.nextSibling);
  }

  var busy = false;
  function replay() {
    if (root.dataset.offlinePending === "0") return refreshed(false);
    if (busy || !navigator.onLine) return Promise.resolve();
    busy = true;
    root.dataset.offline = "busy";
    return NtmQueue.replay({ user: user, stateUrl: stateUrl }).then(function (result) {
      lastResult = result;
      announce(result.sent);
      return result.sent > 0;
    }).catch(function () { return false; }).then(function (sent) {
      busy = false;
      return render().then(function () { return refreshed(sent); });
    });
  }

  // Fresh copies kept and the page controlled: it opens offline from now on.
  function refreshed(force) {
    root.dataset.offline = "busy";
    return refresh(force).then(controlled).then(function () { root.dataset.offline = "ready"; });
  }

  NtmQueue.setUser(user).then(dropOtherPages).then(function () {
    showNetwork();
    window.addEventListener("online", function () { showNetwork(); replay(); });
    window.addEventListener("offline", showNetwork);
    if (!user) {
      panel.hidden = badge.hidden = true;
      root.dataset.offline = "ready";
      return;
    }
    navigator.serviceWorker.addEventListener("message", function (event) {
      if (event.data && event.data.type === "queue-changed") {
        announce(event.data.sent);
        render().then(function () { if (event.data.sent) refreshed(true); });
      }
    });
    // A save entry.js kept on the phone (its upload failed or stalled).
    window.addEventListener("ntm:queued", function () {
      navigator.serviceWorker.ready.then(function (registration) {
        if (registration.sync) return registration.sync.register("ntm-replay");
      }).catch(function () {});
      render();
    });
    setInterval(function () {
      if (root.dataset.offlinePending !== "0") replay();
    }, RETRY_MS);
    return render().then(function () {
      if (navigator.onLine) return replay();
      return controlled().then(function () { root.dataset.offline = "ready"; });
    });
  });
})();
