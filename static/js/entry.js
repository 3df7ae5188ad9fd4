// The weekly entry form is multipart so that photos can go with the figures.
// When no photo is chosen, send it urlencoded instead: 80 rows make ~490
// fields, a multipart body five times the bytes over a phone's weak network,
// and the server reads it in a fraction of the time. Without this script the
// form is sent multipart, as the page declares, and is read all the same.
(function () {
  "use strict";

  document.querySelectorAll("form[data-multipart-only-with-files]").forEach(function (form) {
    form.addEventListener("submit", function () {
      var chosen = Array.prototype.some.call(form.elements, function (input) {
        if (input.type !== "file") return false;
        return input.files ? input.files.length > 0 : input.value !== "";
      });
      form.enctype = chosen ? "multipart/form-data" : "application/x-www-form-urlencoded";
    });
  });
})();
