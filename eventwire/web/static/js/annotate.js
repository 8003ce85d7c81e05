// Draws an article's cleaned text with what was found in it marked, from character
// offsets: event triggers, actor mentions, places, dates, quotes and claims.  Clicking an
// event (its trigger in the text, or its line in the list) shows its explanation.
"use strict";
const Annotate = (() => {
  function actorSpans(data) {
    if (Array.isArray(data.mentions) && data.mentions.length) return data.mentions;
    // an extraction (POST /api/extract) lists actors without offsets: take the mentions
    // its events and quotes point at
    const out = [];
    for (const e of data.events || []) {
      for (const a of [e.source, e.target, ...(e.others || [])]) if (a && a.start != null) out.push(a);
    }
    for (const q of data.quotes || []) if (q.speaker && q.speaker.start != null) out.push(q.speaker);
    return out;
  }

  function spansOf(data) {
    const spans = [];
    const add = (start, end, cls, ref) => {
      if (Number.isInteger(start) && Number.isInteger(end) && end > start) spans.push({ start, end, cls, ref });
    };
    (data.events || []).forEach((e, i) => {
      if (e.trigger) add(e.trigger.start, e.trigger.end, "ev-trigger", i);
      if (e.evidence) add(e.evidence.start, e.evidence.end, "evidence", i);
    });
    for (const a of actorSpans(data)) add(a.start, a.end, "actor");
    for (const p of data.places || []) add(p.start, p.end, "place");
    for (const t of data.times || []) add(t.start, t.end, "time");
    for (const q of data.quotes || []) add(q.start, q.end, "quote");
    for (const c of data.claims || []) add(c.start, c.end, "claim");
    return spans;
  }

  function describe(item, kind) {
    if (kind === "actor") return `actor: ${item.name || ""}${item.country ? " (" + item.country + ")" : ""}`;
    if (kind === "place") return `place: ${item.name || item.text}${item.country ? " (" + item.country + ")" : ""}`;
    if (kind === "time") return `date: ${item.value || "?"}`;
    return kind;
  }

  function render(root, data) {
    const text = data.text || "";
    const box = root.querySelector("#text");
    const list = root.querySelector("#event-list");
    box.replaceChildren(); list.replaceChildren();
    const spans = spansOf(data);
    const cuts = new Set([0, text.length]);
    for (const s of spans) { if (s.start <= text.length) cuts.add(s.start); if (s.end <= text.length) cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const titles = new Map();
    for (const p of data.places || []) titles.set(`place:${p.start}`, describe(p, "place"));
    for (const t of data.times || []) titles.set(`time:${t.start}`, describe(t, "time"));
    for (const a of actorSpans(data)) titles.set(`actor:${a.start}`, describe(a, "actor"));
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const covering = spans.filter(s => s.start <= a && s.end >= b);
      if (!covering.length) { box.append(document.createTextNode(piece)); continue; }
      const classes = new Set(["mark"]);
      const trig = [], evid = [], tips = [];
      for (const s of covering) {
        if (s.cls === "evidence") { evid.push(s.ref); continue; }
        classes.add(s.cls);
        if (s.cls === "ev-trigger") { trig.push(s.ref); tips.push(`event: ${data.events[s.ref].type}`); }
        const t = titles.get(`${s.cls}:${s.start}`); if (t) tips.push(t);
      }
      if (classes.size === 1 && !trig.length) {        // inside an evidence sentence only
        const span = EW.el("span", { "data-evidence": evid.join(" ") }, piece);
        box.append(span); continue;
      }
      const span = EW.el("span", { class: [...classes].join(" "), "data-evidence": evid.join(" "),
        "data-event": trig.length ? trig.join(" ") : null, title: tips.join("; ") || null,
        role: trig.length ? "button" : null, tabindex: trig.length ? "0" : null }, piece);
      if (trig.length) {
        span.addEventListener("click", () => show(root, data, trig[0]));
        span.addEventListener("keydown", ev => { if (ev.key === "Enter") show(root, data, trig[0]); });
      }
      box.append(span);
    }
    (data.events || []).forEach((e, i) => {
      const who = `${label(e.source)} → ${label(e.target)}`;
      const li = EW.el("li", { "data-event": i, role: "button", tabindex: "0" },
        EW.el("strong", {}, e.type), ` ${e.status || ""} · ${who}${e.date ? " · " + e.date : ""}`);
      li.addEventListener("click", () => show(root, data, i));
      li.addEventListener("keydown", ev => { if (ev.key === "Enter") show(root, data, i); });
      list.append(li);
    });
    const counts = root.querySelector("#counts");
    if (counts) counts.textContent = `${(data.events || []).length} event(s) · ${(data.quotes || []).length} quote(s) · ` +
      `${(data.claims || []).length} claim(s) · ${actorSpans(data).length} actor mention(s) · ` +
      `${(data.places || []).length} place(s) · ${(data.times || []).length} date(s)`;
  }

  function label(a) { return a ? EW.actorLabel(a.name, a.country) : "—"; }

  function show(root, data, i) {
    const e = data.events[i];
    for (const n of root.querySelectorAll(".selected, .in-evidence")) n.classList.remove("selected", "in-evidence");
    for (const n of root.querySelectorAll("[data-evidence]"))
      if (n.dataset.evidence.split(" ").includes(String(i))) n.classList.add("in-evidence");
    for (const n of root.querySelectorAll(`[data-event]`))
      if (n.dataset.event.split(" ").includes(String(i))) n.classList.add("selected");
    const panel = root.querySelector("#explanation");
    const dl = root.querySelector("#explanation-fields");
    dl.replaceChildren();
    const place = e.place ? EW.actorLabel(e.place.name, e.place.country) : "—";
    const fields = [["Type", `${e.type}${e.mode ? " / " + e.mode : ""}`], ["Status", e.status],
      ["Source", label(e.source)], ["Target", label(e.target)],
      ["Others", (e.others || []).map(o => `${o.role}: ${EW.actorLabel(o.name, o.country)}`).join("; ") || "—"],
      ["Trigger", e.trigger && e.trigger.text], ["Date", `${e.date || "—"}${e.date_basis ? " (" + e.date_basis + ")" : ""}`],
      ["Place", `${place}${e.place_basis ? " (" + e.place_basis + ")" : ""}`],
      ["Evidence", e.evidence && e.evidence.text]];
    if (e.event_id) fields.push(["Stored event", `#${e.event_id}`]);
    for (const [k, v] of fields) dl.append(EW.el("dt", {}, k), EW.el("dd", {}, v == null ? "—" : v));
    root.querySelector("#explanation-json").textContent = JSON.stringify(e.explain || {}, null, 2);
    panel.hidden = false;
    panel.dataset.event = String(i);
  }

  return { render, show };
})();
