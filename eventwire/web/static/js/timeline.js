// Events per day by type, stacked, for the current filter (Vega-Lite).  Over long spans
// the server sums the days into weeks or months (bucket=auto), so that a bar stays wide
// enough to see and the page stays quick.
"use strict";
(async () => {
  try {
    const q = EW.filterQuery(); q.set("bucket", "auto");
    const rows = await EW.get("/api/timeline?" + q);
    if (!rows.length) { EW.summary("No dated events match this filter."); EW.ready("timeline"); return; }
    const bucket = rows[0].bucket;
    const unit = { day: "yearmonthdate", week: "yearweek", month: "yearmonth" }[bucket];
    const total = rows.reduce((n, r) => n + r.count, 0);
    const dates = rows.map(r => r.date).sort();
    EW.summary(`${total} event(s), ${dates[0]} to ${dates[dates.length - 1]}; bars per ${bucket}`);
    const spec = {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      width: "container", height: 320, data: { values: rows },
      mark: { type: "bar", tooltip: true },
      encoding: {
        x: { timeUnit: unit, field: "date", type: "temporal", title: bucket },
        y: { aggregate: "sum", field: "count", type: "quantitative", stack: "zero", title: "events" },
        color: { field: "type", type: "nominal", title: "PLOVER type", scale: { scheme: "category20" } },
      },
    };
    await vegaEmbed("#chart", spec, { actions: false, renderer: "svg", ast: true, expr: vega.expressionInterpreter });
    EW.ready("timeline");
  } catch (err) { EW.fail(err); }
})();
