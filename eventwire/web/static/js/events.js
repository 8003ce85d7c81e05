"use strict";
(() => {
  const tbody = document.querySelector("#events tbody");
  const more = document.getElementById("more");
  const PAGE = 100;
  let offset = 0, shown = 0;

  function row(e) {
    const place = e.place_name ? EW.actorLabel(e.place_name, e.place_country) : (e.place_country || "");
    // the article that first reported it, opened on this event's explanation
    const link = e.first_article_id ? EW.el("a", { href: `/articles/${e.first_article_id}#event-${e.id}` }, "read") : "";
    return EW.el("tr", { class: e.side ? `side-${e.side}` : null, "data-event-id": e.id },
      EW.el("td", {}, e.date || ""),
      EW.el("td", { class: "type" }, e.type),
      EW.el("td", {}, e.status || ""),
      EW.el("td", {}, EW.actorLabel(e.source_name, e.source_country)),
      EW.el("td", {}, EW.actorLabel(e.target_name, e.target_country)),
      EW.el("td", {}, place),
      EW.el("td", { title: `${e.num_mentions} mentions, ${e.num_sources} sources` }, String(e.num_sources)),
      EW.el("td", {}, link));
  }

  async function load() {
    const q = EW.filterQuery();
    q.set("limit", PAGE); q.set("offset", offset);
    const rows = await EW.get("/api/events?" + q);
    for (const e of rows) tbody.append(row(e));
    shown += rows.length; offset += rows.length;
    more.hidden = rows.length < PAGE;
    EW.summary(shown ? `${shown} event(s) shown, newest first` : "No events match this filter.");
  }

  more.addEventListener("click", () => load().catch(EW.fail));
  load().then(() => EW.ready("events")).catch(EW.fail);
})();
