"use strict";
(async () => {
  const root = document.getElementById("article");
  try {
    const a = await EW.get(`/api/articles/${encodeURIComponent(root.dataset.articleId)}`);
    document.getElementById("article-title").textContent = a.title || a.ext_id;
    document.title = `${a.title || a.ext_id} · eventwire`;
    document.getElementById("article-meta").textContent =
      [a.published, a.outlet, a.dateline, a.ext_id].filter(Boolean).join(" · ");
    Annotate.render(root, a);
    // #event-<id>: open on that stored event's explanation (links from the events table)
    const m = /^#event-(\d+)$/.exec(location.hash);
    const i = m ? a.events.findIndex(e => String(e.event_id) === m[1]) : -1;
    if (i >= 0) Annotate.show(root, a, i);
    EW.ready("article");
  } catch (err) { EW.fail(err); }
})();
