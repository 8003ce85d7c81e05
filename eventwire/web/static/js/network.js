// Who acts on whom (Cytoscape.js): edges weighted by number of events and coloured by
// whether they are mostly cooperation or conflict (PLOVER quad classes).
"use strict";
(async () => {
  const by = document.getElementById("by");
  by.value = EW.params().get("by") === "name" ? "name" : "country";
  by.addEventListener("change", () => {
    const p = EW.params(); p.set("by", by.value); location.search = p.toString();
  });
  try {
    const q = EW.filterQuery(); q.set("by", by.value);
    const net = await EW.get("/api/network?" + q);
    const maxW = Math.max(1, ...net.edges.map(e => e.weight));
    const maxN = Math.max(1, ...net.nodes.map(n => n.weight));
    const elements = [
      ...net.nodes.map(n => ({ data: { id: n.id, label: n.id, size: 14 + 36 * Math.sqrt(n.weight / maxN) } })),
      ...net.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, weight: e.weight,
        width: 1 + 9 * e.weight / maxW, colour: EW.SIDE_COLOURS[e.side] } })),
    ];
    const cy = cytoscape({
      container: document.getElementById("graph"), elements,
      style: [
        { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)",
          "background-color": "#4a6fa5", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3 } },
        { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
          "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.75 } },
      ],
      layout: net.nodes.length > 60 ? { name: "circle" } : { name: "cose", animate: false, numIter: 300, randomize: false },
    });
    window.ewGraph = cy;       // for people poking at it in the console, and for tests
    const tbody = document.querySelector("#edges tbody");
    for (const e of net.edges.slice(0, 50)) {
      tbody.append(EW.el("tr", { class: `side-${e.side}` }, EW.el("td", {}, e.source), EW.el("td", {}, e.target),
        EW.el("td", {}, String(e.weight)), EW.el("td", {}, String(e.cooperation)), EW.el("td", {}, String(e.conflict))));
    }
    EW.summary(net.edges.length ? `${net.nodes.length} actor(s), ${net.edges.length} link(s)` : "No events between two actors match this filter.");
    EW.ready("network");
  } catch (err) { EW.fail(err); }
})();
