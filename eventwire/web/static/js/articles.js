"use strict";
(() => {
  const tbody = document.querySelector("#articles tbody");
  async function load() {
    const q = EW.filterQuery(["search", "since", "until"]);
    q.set("limit", 200);
    const rows = await EW.get("/api/articles?" + q);
    for (const a of rows) {
      tbody.append(EW.el("tr", { "data-article-id": a.id },
        EW.el("td", {}, a.published || ""),
        EW.el("td", {}, EW.el("a", { href: `/articles/${a.id}` }, a.title || a.ext_id)),
        EW.el("td", {}, a.outlet || ""),
        EW.el("td", { class: "snippet" }, (a.snippet || "").replace(/\s+/g, " "))));
    }
    EW.summary(rows.length ? `${rows.length} article(s)` : "No articles match.");
  }
  load().then(() => EW.ready("articles")).catch(EW.fail);
})();
