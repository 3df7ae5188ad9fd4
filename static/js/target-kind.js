// The new-target form: while the official types the name and unit, ask the
// server which kind the wording suggests (plans.kinds.propose_kind) and
// preselect it, unless the official already chose the counting or the
// "càng cao càng tốt" box themselves. Without this script the server
// proposes the kind once on the first save (TargetForm.kind_proposal).
(() => {
  "use strict";
  const form = document.querySelector("form[data-kind-url]");
  if (!form) return;
  const field = (name) => form.querySelector(`[name="${name}"]`);
  const name = field("name");
  const unit = field("unit");
  const quantity = field("quantity");
  const counting = field("counting");
  const better = field("higher_is_better");
  const hint = document.querySelector("[data-kind-hint]");
  if (!name || !unit || !counting || !better || !hint) return;
  const chosen = new Set(
    (field("kind_chosen")?.value || "").split(",").filter(Boolean),
  );
  const choose = (what) => {
    chosen.add(what);
    const kept = field("kind_chosen");
    if (kept) kept.value = [...chosen].join(",");
  };
  counting.addEventListener("change", () => choose("counting"));
  better.addEventListener("change", () => choose("higher_is_better"));
  let timer = null;
  let asked = 0;

  async function propose() {
    const wording = name.value.trim();
    if (!wording) {
      hint.textContent = "";
      return;
    }
    const number = ++asked;
    const params = new URLSearchParams({
      name: wording,
      unit: unit.value,
      quantity: quantity ? quantity.value : "",
    });
    let kind;
    try {
      const response = await fetch(`${form.dataset.kindUrl}?${params}`, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      if (!response.ok) return;
      kind = await response.json();
    } catch {
      return; // offline: the server proposes on save
    }
    if (number !== asked) return; // a later keystroke asked again
    if (!chosen.has("counting")) counting.value = kind.counting;
    if (!chosen.has("higher_is_better")) better.checked = kind.higher_is_better;
    let text = `Loại đề xuất theo cách ghi: ${kind.label} (${kind.reason}).`;
    if (kind.unit === "%" && unit.value.trim() !== "%") {
      text += " Chỉ tiêu tỷ lệ ghi đơn vị tính “%”.";
    }
    hint.textContent = text;
  }

  for (const input of [name, unit, quantity]) {
    if (!input) continue;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(propose, 300);
    });
  }
})();
