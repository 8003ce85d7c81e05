// A negotiation track: two parties' meetings, offers, requests, refusals and agreements
// over time, with the third parties (mediators, hosts) that brought them together.
"use strict";
(async () => {
  const p = EW.params();
  const a = (p.get("a") || "").trim(), b = (p.get("b") || "").trim();
  if (!a || !b) { EW.summary("Name two parties: country codes (RUS, UKR) or names."); EW.ready("negotiation"); return; }
  try {
    const q = new URLSearchParams({ a, b });
    for (const k of ["since", "until"]) if (p.get(k)) q.set(k, p.get(k));
    const track = await EW.get("/api/negotiation?" + q);
    EW.summary(`${track.items.length} step(s) between ${a} and ${b}`);
    const counts = document.getElementById("kind-counts");
    for (const k of track.kinds) counts.append(EW.el("li", { class: `kind-${k}` }, `${k}: ${track.counts[k] || 0}`));
    const meds = document.getElementById("mediators");
    for (const m of track.mediators) meds.append(EW.el("li", {}, `${EW.actorLabel(m.name, m.country)}: ${m.count}`));
    if (!track.mediators.length) meds.append(EW.el("li", {}, "none"));
    const tbody = document.querySelector("#steps tbody");
    for (const it of track.items) {
      tbody.append(EW.el("tr", { class: `kind-${it.kind}`, "data-event-id": it.event_id },
        EW.el("td", {}, it.date || ""), EW.el("td", {}, `${it.kind} (${it.type}${it.status && it.status !== "asserted" ? ", " + it.status : ""})`),
        EW.el("td", {}, `${it.source || "—"} → ${it.target || "—"}`), EW.el("td", {}, it.third_parties.join(", ")),
        EW.el("td", {}, EW.el("a", { href: `/articles/${it.article_id}` }, it.evidence))));
    }
    const dated = track.items.filter(it => it.date && it.date.length === 10);
    if (dated.length) {
      await vegaEmbed("#chart", {
        $schema: "https://vega.github.io/schema/vega-lite/v5.json", width: "container", height: 200,
        data: { values: dated },
        mark: { type: "point", filled: true, size: 120, tooltip: true },
        encoding: {
          x: { field: "date", type: "temporal", title: "date" },
          y: { field: "kind", type: "nominal", sort: track.kinds, title: null },
          color: { field: "kind", type: "nominal", sort: track.kinds, legend: null },
          tooltip: [{ field: "date" }, { field: "kind" }, { field: "source" }, { field: "target" }, { field: "evidence" }],
        },
      }, { actions: false, renderer: "svg", ast: true, expr: vega.expressionInterpreter });
    }
    EW.ready("negotiation");
  } catch (err) { EW.fail(err); }
})();
