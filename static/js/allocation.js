// Running sum of a target's split across villages, against the commune total.
// Reads numbers as officials type them: 3.200 (thousands) and 0,38 (decimal).
(function () {
  "use strict";

  function parse(text) {
    var value = String(text || "").replace(/[\s\u00a0\u202f]/g, "");
    if (!value) return 0;
    if (value.indexOf(".") >= 0 && value.indexOf(",") >= 0) {
      var decimalMark = value.lastIndexOf(",") > value.lastIndexOf(".") ? "," : ".";
      var grouping = decimalMark === "," ? "." : ",";
      value = value.split(grouping).join("").replace(decimalMark, ".");
    } else if (/^[1-9]\d{0,2}(\.\d{3})+$/.test(value)) {
      value = value.split(".").join("");
    } else {
      value = value.replace(",", ".");
    }
    return /^-?\d+(\.\d+)?$/.test(value) ? parseFloat(value) : NaN;
  }

  function format(number) {
    return number.toLocaleString("vi-VN", { maximumFractionDigits: 3 });
  }

  function update(form) {
    var total = parse(form.querySelector("[name=quantity]").value);
    var sum = 0;
    var bad = false;
    form.querySelectorAll("input[name^=village_]").forEach(function (input) {
      var value = parse(input.value);
      if (isNaN(value)) bad = true; else sum += value;
    });
    var box = form.querySelector("[data-allocation-sum]");
    if (!box) return;
    box.querySelector("[data-sum]").textContent = bad ? "?" : format(sum);
    box.querySelector("[data-total]").textContent = isNaN(total) ? "?" : format(total);
    var remaining = box.querySelector("[data-remaining]");
    var gap = Math.round((total - sum) * 1000) / 1000;
    if (bad || isNaN(total)) {
      remaining.textContent = "Có ô chưa phải là số.";
      remaining.className = "ms-2 text-danger";
    } else if (gap === 0) {
      remaining.textContent = "Đã giao đủ.";
      remaining.className = "ms-2 text-success";
    } else {
      remaining.textContent = gap > 0 ? "Còn thiếu " + format(gap) : "Thừa " + format(-gap);
      remaining.className = "ms-2 text-danger";
    }
  }

  document.querySelectorAll("[data-allocation-form]").forEach(function (form) {
    form.addEventListener("input", function () { update(form); });
    update(form);
  });
})();
