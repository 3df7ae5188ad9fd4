// The weekly entry form on a phone with a weak network (issues 23 and 24).
// Without this script the form posts multipart, as the page declares, and
// works exactly the same; with it:
//
// - Busy state: once "Lưu" or "Lưu và nộp" is tapped, a second tap does
//   nothing until the answer is in ("Đang lưu…"), so a save is never sent
//   twice (before, a second tap re-sent it and answered "Đã lưu 0 dòng.").
// - Without a photo the form goes urlencoded: 80 rows make ~490 fields, a
//   multipart body five times the bytes, and the server reads it faster.
//   The browser posts it itself; the service worker (sw.js) keeps it on the
//   phone if the network fails or hangs.
// - With photos: each is drawn again on a canvas, at most MAX_SIDE pixels on
//   its long side, as JPEG (typically under 300 KB instead of 2–5 MB; the
//   server still checks and re-encodes it), then the form is sent with
//   XMLHttpRequest so that the page can show how much has gone. The answer
//   (the page after the save, or the form with its errors) replaces the
//   page's content. If the network fails, or nothing moves for STALL_MS, the
//   save (photos included) is kept on the phone (offline-queue.js) and sent
//   when the network is back; the user is told so, in Vietnamese.
/* global NtmQueue */
(function () {
  "use strict";

  var MAX_SIDE = 1600;
  var QUALITY = 0.8;
  var STALL_MS = 30000;
  var busy = false;

  function chosenFiles(form) {
    return Array.prototype.some.call(form.elements, function (input) {
      if (input.type !== "file") return false;
      return input.files ? input.files.length > 0 : input.value !== "";
    });
  }

  function statusBox(form) {
    var box = form.querySelector("[data-save-status]");
    if (!box) {
      box = document.createElement("div");
      box.setAttribute("data-save-status", "");
      box.setAttribute("role", "status");
      box.className = "small mb-2";
      var bar = form.querySelector(".sticky-bottom");
      (bar || form).insertAdjacentElement(bar ? "afterbegin" : "beforeend", box);
      if (bar) bar.classList.add("flex-wrap");
    }
    return box;
  }

  function say(form, text, kind) {
    var box = statusBox(form);
    box.className = "small mb-2 w-100" + (kind ? " text-" + kind : "");
    box.textContent = text;
    return box;
  }

  function setBusy(form, on) {
    busy = on;
    form.toggleAttribute("aria-busy", on);
    form.querySelectorAll("button[type=submit]").forEach(function (button) {
      button.classList.toggle("disabled", on);
      button.setAttribute("aria-disabled", on ? "true" : "false");
    });
  }

  // A photo drawn again at most MAX_SIDE long, as JPEG; the original when
  // the browser cannot decode it (the server then says what is wrong).
  function resized(file) {
    if (!/^image\//.test(file.type) || !window.createImageBitmap) return Promise.resolve(file);
    return createImageBitmap(file, { imageOrientation: "from-image" }).then(function (bitmap) {
      var scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
      if (scale === 1 && file.type === "image/jpeg" && file.size <= 400 * 1024) {
        bitmap.close();
        return file;
      }
      var canvas = document.createElement("canvas");
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      canvas.getContext("2d").drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      bitmap.close();
      return new Promise(function (resolve) {
        canvas.toBlob(function (blob) {
          if (!blob) return resolve(file);
          var name = file.name.replace(/\.[^.]*$/, "") + ".jpg";
          resolve(new File([blob], name, { type: "image/jpeg", lastModified: file.lastModified }));
        }, "image/jpeg", QUALITY);
      });
    }).catch(function () { return file; });
  }

  // The form's fields as the browser would post them, photos made smaller.
  function formData(form, submitter) {
    var data;
    try {
      data = new FormData(form, submitter);
    } catch (error) {
      data = new FormData(form);
    }
    var files = [];
    Array.prototype.forEach.call(form.elements, function (input) {
      if (input.type === "file" && input.name && !input.disabled) {
        data.delete(input.name);
        Array.prototype.forEach.call(input.files, function (file) {
          files.push([input.name, file]);
        });
        if (!input.files.length) data.append(input.name, new File([], ""), "");
      }
    });
    return Promise.all(files.map(function (pair) { return resized(pair[1]); })).then(function (smaller) {
      smaller.forEach(function (file, i) { data.append(files[i][0], file, file.name); });
      return data;
    });
  }

  function kb(bytes) { return Math.max(1, Math.round(bytes / 1024)) + " KB"; }

  // The page the server answered replaces this one's content; the offline
  // banner and list (offline.js) stay.
  function showAnswer(xhr) {
    var doc = new DOMParser().parseFromString(xhr.responseText, "text/html");
    var main = document.querySelector("main");
    var fresh = doc.querySelector("main");
    if (!main || !fresh) return false;
    var keep = ["offline-banner", "offline-queue"].map(function (id) {
      return document.getElementById(id);
    }).filter(Boolean);
    main.replaceChildren.apply(main, Array.prototype.slice.call(fresh.childNodes));
    keep.reverse().forEach(function (node) { main.insertBefore(node, main.firstChild); });
    document.title = doc.title;
    var landed = new URL(xhr.responseURL || location.href);
    if (landed.pathname !== location.pathname && xhr.status === 200) {
      history.replaceState(null, "", landed.pathname);
    }
    window.scrollTo(0, 0);
    return true;
  }

  // The Vietnamese reason an error page gives (ntm/errors.py), if any.
  function reason(xhr) {
    if ((xhr.getResponseHeader("Content-Type") || "").indexOf("text/html") !== 0) return "";
    var doc = new DOMParser().parseFromString(xhr.responseText, "text/html");
    var detail = doc.querySelector("main .alert") || doc.querySelector("main p");
    return detail ? detail.textContent.trim() : "";
  }

  // Kept on the phone: sent by offline.js (or the worker's Background Sync)
  // when the network is back.
  function keep(form, url, data) {
    var meta = document.querySelector('meta[name="ntm-offline"]');
    if (!window.NtmQueue || !window.indexedDB || !meta || !meta.content) return Promise.reject(new Error("no queue"));
    var pairs = [];
    data.forEach(function (value, name) { pairs.push([name, value]); });
    var item = NtmQueue.item(pairs, new URL(url, location.href).pathname, meta.content);
    return NtmQueue.put(item).then(function () {
      window.dispatchEvent(new CustomEvent("ntm:queued"));
      return item.photosDropped;
    });
  }

  function upload(form, url, data) {
    var box = say(form, "Đang gửi…");
    var bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    bar.className = "w-100";
    box.appendChild(bar);
    var xhr = new XMLHttpRequest();
    var lastMove = Date.now();
    var watch = setInterval(function () {
      if (Date.now() - lastMove > STALL_MS) xhr.abort();
    }, 1000);
    function moved() { lastMove = Date.now(); }
    function failed() {
      clearInterval(watch);
      keep(form, url, data).then(function (dropped) {
        setBusy(form, false);
        say(form, "Mạng chập chờn, chưa gửi được. Bản lưu" +
          (dropped ? " (không kèm ảnh: quá 10 MB)" : " kèm ảnh") +
          " đã giữ trên máy và sẽ tự gửi khi có mạng (“Chưa gửi” ở đầu trang).", "danger");
      }, function () {
        setBusy(form, false);
        say(form, "Mạng chập chờn, chưa gửi được ảnh và số liệu. Số liệu vẫn còn trong ô; bấm Lưu lần nữa khi có mạng.", "danger");
      });
    }
    xhr.upload.onprogress = function (event) {
      moved();
      if (!event.lengthComputable) return;
      bar.value = Math.round(100 * event.loaded / event.total);
      box.firstChild.textContent = "Đang gửi ảnh: " + kb(event.loaded) + " / " + kb(event.total) + " ";
    };
    xhr.upload.onload = function () {
      moved();
      box.firstChild.textContent = "Đã gửi xong, máy chủ đang lưu… ";
    };
    xhr.onprogress = moved;
    xhr.onerror = failed;
    xhr.onabort = failed;
    xhr.onload = function () {
      clearInterval(watch);
      var html = (xhr.getResponseHeader("Content-Type") || "").indexOf("text/html") === 0;
      // The page after the save, or the form drawn again with its reasons.
      if (html && (xhr.status === 200 || xhr.status === 422) && showAnswer(xhr)) {
        busy = false;
        return;
      }
      // Refused (a body cut short, a lost session…): the form stays as typed.
      setBusy(form, false);
      say(form, reason(xhr) || ("Máy chủ chưa lưu được (mã " + xhr.status +
        "). Số liệu vẫn còn trong ô; bấm Lưu lần nữa."), "danger");
    };
    xhr.open("POST", url);
    xhr.send(data);
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("form[data-multipart-only-with-files]")) return;
    if (busy) {
      event.preventDefault();
      return;
    }
    var submitter = event.submitter;
    var url = (submitter && submitter.getAttribute("formaction")) || form.action;
    if (!chosenFiles(form)) {
      form.enctype = "application/x-www-form-urlencoded";
      setBusy(form, true);
      say(form, "Đang lưu…");
      return;  // the browser posts it (through the worker, if any)
    }
    form.enctype = "multipart/form-data";
    if (!window.FormData || !window.XMLHttpRequest) return;
    event.preventDefault();
    setBusy(form, true);
    say(form, "Đang thu nhỏ ảnh…");
    formData(form, submitter).then(function (data) { upload(form, url, data); }, function () {
      setBusy(form, false);
      form.submit();
    });
  });

  // Back to this page from the history (bfcache): tappable again.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    document.querySelectorAll("form[data-multipart-only-with-files]").forEach(function (form) {
      setBusy(form, false);
      var box = form.querySelector("[data-save-status]");
      if (box) box.remove();
    });
  });
})();
