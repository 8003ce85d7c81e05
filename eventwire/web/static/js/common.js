// Helpers every page uses.  Data is only ever written with textContent (never innerHTML),
// so stored text shows as text whatever it contains.
"use strict";
const EW = (() => {
  const FILTER_KEYS = ["actor", "type", "status", "since", "until", "place", "search", "source", "target"];

  function params() { return new URLSearchParams(location.search); }

  // The current filter (from the page's URL) as query parameters for the API.
  function filterQuery(keys = FILTER_KEYS) {
    const p = params(), out = new URLSearchParams();
    for (const k of keys) { const v = (p.get(k) || "").trim(); if (v) out.set(k, v); }
    return out;
  }

  async function get(path) {
    const r = await fetch(path, { headers: { Accept: "application/json" } });
    if (!r.ok) throw new Error(`${r.status}: ${await r.text()}`);
    return r.json();
  }

  async function post(path, body) {
    const r = await fetch(path, { method: "POST", body: JSON.stringify(body),
      headers: { "Content-Type": "application/json", Accept: "application/json" } });
    const data = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(typeof data.detail === "string" ? data.detail : `${r.status}`);
    return data;
  }

  // el("a", {class: "x", href: "/articles/3"}, "text", child…)
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "href") { if (/^\/(?!\/)/.test(String(v))) node.setAttribute("href", v); }
      else if (k.startsWith("data-")) node.setAttribute(k, v);
      else if (k === "title" || k === "role" || k === "tabindex" || k === "aria-label") node.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function actorLabel(name, country) {
    if (name && country) return `${name} (${country})`;
    return name || country || "—";
  }

  function fillForm(form) {
    if (!form) return;
    const p = params();
    for (const input of form.elements) if (input.name && p.has(input.name)) input.value = p.get(input.name);
  }

  // Links to the other views keep the current filter.
  function linkViews() {
    const q = filterQuery().toString();
    for (const a of document.querySelectorAll("a[data-view]")) a.setAttribute("href", a.dataset.view + (q ? "?" + q : ""));
  }

  // A marker for people and tests: the page has drawn its data.
  // (readyMs: milliseconds since navigation started, for bench/web.py)
  function ready(what) {
    document.body.dataset.readyMs = String(Math.round(performance.now()));
    document.body.dataset.ready = what || "1";
  }

  function fail(err) {
    const p = document.getElementById("error");
    if (p) { p.textContent = String(err && err.message || err); p.hidden = false; }
    document.body.dataset.ready = "error";
    console.error(err);
  }

  function summary(text) { const s = document.getElementById("summary"); if (s) s.textContent = text; }

  const SIDE_COLOURS = { cooperation: "#1a9850", conflict: "#d73027", mixed: "#888888" };

  fillForm(document.getElementById("filters"));
  linkViews();
  return { params, filterQuery, get, post, el, actorLabel, ready, fail, summary, SIDE_COLOURS };
})();
