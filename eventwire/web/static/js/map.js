// Event places over a world outline shipped with the app (Leaflet, no tile server).
"use strict";
(async () => {
  try {
    const map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 10, attributionControl: true })
      .setView([25, 10], 2);
    map.attributionControl.setPrefix(false);
    const [world, points] = await Promise.all([
      EW.get("/static/vendor/world-atlas-2.0.2-countries-110m.geojson"),
      EW.get("/api/map?" + EW.filterQuery()),
    ]);
    L.geoJSON(world, { interactive: false, style: { color: "#8a8a8a", weight: 0.6, fillColor: "#eeeeea", fillOpacity: 1 } })
      .addTo(map);
    map.attributionControl.addAttribution("Outline: Natural Earth via world-atlas");
    const max = Math.max(1, ...points.map(p => p.count));
    for (const p of points) {
      const side = p.conflict > p.cooperation ? "conflict" : p.cooperation > p.conflict ? "cooperation" : "mixed";
      const m = L.circleMarker([p.lat, p.lon], { radius: 3 + 17 * Math.sqrt(p.count / max), color: EW.SIDE_COLOURS[side],
        weight: 1, fillOpacity: 0.55, className: `place side-${side}` }).addTo(map);
      // text only: Leaflet sets a string popup as HTML, so give it a node built from text
      m.bindPopup(EW.el("div", {}, EW.el("strong", {}, EW.actorLabel(p.name, p.country)),
        EW.el("br"), `${p.count} event(s): ${p.cooperation} cooperation, ${p.conflict} conflict`));
      m.bindTooltip(EW.el("span", {}, `${p.name || p.country}: ${p.count}`));
    }
    EW.summary(points.length ? `${points.length} place(s), ${points.reduce((n, p) => n + p.count, 0)} event(s) with a place` : "No events with a place match this filter.");
    EW.ready("map");
  } catch (err) { EW.fail(err); }
})();
