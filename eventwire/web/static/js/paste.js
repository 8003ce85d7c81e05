"use strict";
(() => {
  const form = document.getElementById("paste-form");
  const status = document.getElementById("paste-status");
  const result = document.getElementById("result");
  form.addEventListener("submit", async ev => {
    ev.preventDefault();
    const body = { text: document.getElementById("paste-text").value, explain: true };
    const published = document.getElementById("paste-published").value;
    if (published) body.published = published;
    status.textContent = "Extracting…";
    delete document.body.dataset.ready;
    try {
      const t0 = performance.now();
      const ex = await EW.post("/api/extract", body);
      Annotate.render(result, ex);
      result.hidden = false;
      status.textContent = `Done in ${((performance.now() - t0) / 1000).toFixed(1)} s.`;
      EW.ready("extracted");
    } catch (err) { status.textContent = ""; EW.fail(err); }
  });
  EW.ready("paste");
})();
