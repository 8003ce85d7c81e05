"""What the web API reads: the store's own event filters (``Store.events_query``) plus the
aggregates the pages draw (timeline, network, map, negotiation track) and one article with
everything marked in it.  SQLAlchemy Core with bound parameters only; results are plain
dicts and lists, ready for JSON (no pandas on this path: it costs more than the query)."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import case, func, or_, select, text
from sqlalchemy.engine import Connection

from ..store.queries import _COUNTRY, Store, _actor_filter, _fts5_query, _name_match
from ..store.schema import (actors, articles, claims, event_mentions, events, places, quotes,
                            times)
from .classes import event_classes

MAX_LIMIT = 1000


@dataclass
class EventFilter:
    """The filters every event view shares (as the events table, timeline, network and map
    of one filter show the same events)."""
    actor: str | None = None
    type: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    source: str | None = None
    target: str | None = None
    min_sources: int | None = None
    search: str | None = None          # full text of the articles that report the event

    def store_args(self) -> dict:
        d = asdict(self)
        d.pop("search")
        return d


def _rows(result) -> list[dict]:
    return [dict(r) for r in result.mappings()]


def article_ids_matching(conn: Connection, search: str):
    """A SELECT of the ids of articles whose title or text match ``search`` (full text)."""
    if conn.dialect.name == "sqlite":
        return text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q").bindparams(
            q=_fts5_query(search)).columns(rowid=articles.c.id.type)
    if conn.dialect.name == "postgresql":
        return select(articles.c.id).where(
            text("articles.tsv @@ websearch_to_tsquery('english', :q)").bindparams(q=search))
    return select(articles.c.id).where(or_(articles.c.title.ilike(f"%{search}%"),
                                           articles.c.text.ilike(f"%{search}%")))


class WebQueries:
    def __init__(self, store: Store):
        self.store = store
        self.engine = store.engine
        self.classes = event_classes()

    # -- events ----------------------------------------------------------------------------
    def _events_select(self, conn: Connection, f: EventFilter, limit: int | None):
        stmt = self.store.events_query(**f.store_args(), limit=limit, conn=conn)
        if f.search:
            em = event_mentions
            stmt = stmt.where(events.c.id.in_(
                select(em.c.event_id).where(em.c.article_id.in_(article_ids_matching(conn, f.search)))))
        return stmt

    def _filtered(self, conn: Connection, f: EventFilter):
        """The filtered events as a subquery (no order, no limit), for aggregates."""
        return self._events_select(conn, f, None).order_by(None).subquery("ev")

    def events(self, f: EventFilter, limit: int = 100, offset: int = 0) -> list[dict]:
        with self.engine.connect() as conn:
            stmt = self._events_select(conn, f, None).limit(min(limit, MAX_LIMIT)).offset(offset)
            rows = _rows(conn.execute(stmt))
        for r in rows:
            r["side"] = self.classes.side(r["type"])
        return rows

    def event(self, event_id: int) -> dict | None:
        em = event_mentions
        with self.engine.connect() as conn:
            row = conn.execute(select(events).where(events.c.id == event_id)).mappings().first()
            if row is None:
                return None
            out = dict(row)
            out["side"] = self.classes.side(out["type"])
            ms = conn.execute(
                select(em.c.id, em.c.article_id, articles.c.ext_id, articles.c.title, em.c.outlet,
                       em.c.date, em.c.status, em.c.evidence, em.c.evidence_start,
                       em.c.evidence_end, em.c.trigger, em.c.payload, em.c.dedup)
                .join(articles, articles.c.id == em.c.article_id)
                .where(em.c.event_id == event_id).order_by(em.c.id)).mappings()
            out["mentions"] = [{**dict(m), "payload": _loads(m["payload"]), "dedup": _loads(m["dedup"])}
                               for m in ms]
        return out

    # -- aggregates ------------------------------------------------------------------------
    def timeline(self, f: EventFilter, bucket: str = "day") -> list[dict]:
        """Events per day and type (day-precise dates only: a month cannot be drawn as a
        day), or per week (from Sunday) or month: ``bucket`` day | week | month | auto (by
        the span: days up to 120 days, weeks up to two years, else months).  Rows carry
        the bucket's first day and the bucket used."""
        with self.engine.connect() as conn:
            ev = self._filtered(conn, f)
            day_precise = func.length(ev.c.date) == 10
            if bucket == "auto":
                first, last = conn.execute(select(func.min(ev.c.date), func.max(ev.c.date))
                                           .where(day_precise)).one()
                if first is None:
                    return []
                span = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days
                bucket = "day" if span <= 120 else "week" if span <= 730 else "month"
            # grouped by type first: the order of the (type, date) index, so no sort; months
            # are counted in SQL (few rows back), weeks here from the days (two years at most
            # when chosen by auto)
            period = func.substr(ev.c.date, 1, 7) if bucket == "month" else ev.c.date
            stmt = (select(ev.c.type, period, func.count()).where(day_precise)
                    .group_by(ev.c.type, period))
            days = conn.execute(stmt).all()
        if not days:
            return []
        if bucket != "week":               # one row per (period, type) already
            rows = [{"date": d if len(d) == 10 else d + "-01", "type": t, "count": n, "bucket": bucket}
                    for t, d, n in days]
            rows.sort(key=lambda r: (r["date"], r["type"]))
            return rows
        start = _bucket_start(bucket)
        counts: dict[tuple[str, str], int] = {}
        for type_, day, n in days:
            key = (start(day), type_)
            counts[key] = counts.get(key, 0) + n
        return [{"date": d, "type": t, "count": n, "bucket": bucket}
                for (d, t), n in sorted(counts.items())]

    def network(self, f: EventFilter, by: str = "country", limit: int = 200) -> dict:
        """Who acts on whom: one edge per (source, target) with its cooperation and conflict
        counts; the ``limit`` heaviest edges, and their nodes."""
        coop, confl = self.classes.types_on("cooperation"), self.classes.types_on("conflict")
        with self.engine.connect() as conn:
            ev = self._filtered(conn, f)
            if by == "name":
                s = func.coalesce(ev.c.source_name, ev.c.source_country)
                t = func.coalesce(ev.c.target_name, ev.c.target_country)
            else:
                s = func.coalesce(ev.c.source_country, ev.c.source_name)
                t = func.coalesce(ev.c.target_country, ev.c.target_name)
            weight = func.count()
            stmt = (select(s.label("source"), t.label("target"), weight.label("weight"),
                           func.sum(case((ev.c.type.in_(coop), 1), else_=0)).label("cooperation"),
                           func.sum(case((ev.c.type.in_(confl), 1), else_=0)).label("conflict"))
                    .where(s.is_not(None), t.is_not(None), s != t)
                    .group_by(s, t).order_by(weight.desc(), s, t).limit(min(limit, MAX_LIMIT)))
            edges = _rows(conn.execute(stmt))
        nodes: dict[str, dict] = {}
        for e in edges:
            e["cooperation"], e["conflict"] = int(e["cooperation"] or 0), int(e["conflict"] or 0)
            e["side"] = "cooperation" if e["cooperation"] > e["conflict"] else (
                "conflict" if e["conflict"] > e["cooperation"] else "mixed")
            for key in (e["source"], e["target"]):
                node = nodes.setdefault(key, {"id": key, "weight": 0})
                node["weight"] += e["weight"]
        return {"nodes": list(nodes.values()), "edges": edges}

    def map_points(self, f: EventFilter, limit: int = 2000) -> list[dict]:
        """Events per place (with coordinates), and how many are cooperation or conflict."""
        coop, confl = self.classes.types_on("cooperation"), self.classes.types_on("conflict")
        with self.engine.connect() as conn:
            ev = self._filtered(conn, f)
            n = func.count()
            # grouped by an expression, not the bare column: SQLite would otherwise walk the
            # place-name index for its order, a row lookup per event — a scan is twice as fast
            name = func.coalesce(ev.c.place_name, "")
            stmt = (select(name.label("name"), ev.c.place_country.label("country"),
                           func.avg(ev.c.lat).label("lat"), func.avg(ev.c.lon).label("lon"),
                           n.label("count"),
                           func.sum(case((ev.c.type.in_(coop), 1), else_=0)).label("cooperation"),
                           func.sum(case((ev.c.type.in_(confl), 1), else_=0)).label("conflict"))
                    .where(ev.c.lat.is_not(None), ev.c.lon.is_not(None))
                    .group_by(name, ev.c.place_country)
                    .order_by(n.desc()).limit(min(limit, 5000)))
            rows = _rows(conn.execute(stmt))
        for r in rows:
            r["cooperation"], r["conflict"] = int(r["cooperation"] or 0), int(r["conflict"] or 0)
            r["name"] = r["name"] or None
        return rows

    # -- negotiation track -----------------------------------------------------------------
    def negotiation(self, a: str, b: str, since: str | None = None, until: str | None = None,
                    limit: int = 2000) -> dict:
        """For two parties (country codes or name fragments): their meetings, offers,
        requests, refusals and agreements over time — events between them in either
        direction, and events where one acts on a third party with the other present among
        the event's other participants (or the reverse), the third parties being listed as
        mediators or hosts.  One row per stored event (its first mention)."""
        em = event_mentions
        with self.engine.connect() as conn:
            involves = lambda p: _actor_filter(p, "source", "target", table=em, conn=conn)  # noqa: E731
            conds = [em.c.type.in_(self.classes.negotiation_types), or_(involves(a), involves(b))]
            if since:
                conds.append(em.c.date >= since)
            if until:
                conds.append(em.c.date <= until)
            stmt = (select(em.c.event_id, em.c.article_id, em.c.type, em.c.status, em.c.date,
                           em.c.source_name, em.c.source_country, em.c.target_name,
                           em.c.target_country, em.c.trigger, em.c.evidence, em.c.payload,
                           articles.c.title, articles.c.published)
                    .join(articles, articles.c.id == em.c.article_id)
                    .where(*conds).order_by(em.c.date, em.c.event_id, em.c.id).limit(limit * 5))
            rows = _rows(conn.execute(stmt))
        is_a, is_b = _party_test(a), _party_test(b)
        items, seen, mediators = [], set(), {}
        for r in rows:
            if r["event_id"] in seen:
                continue
            kind = self.classes.negotiation_kind(r["type"], r["status"], r["trigger"])
            if kind is None:
                continue
            payload = _loads(r["payload"]) or {}
            others = [o for o in payload.get("others") or [] if isinstance(o, dict)]
            main = [{"name": r["source_name"], "country": r["source_country"]},
                    {"name": r["target_name"], "country": r["target_country"]}]
            everyone = main + others
            if not (any(is_a(p) for p in everyone) and any(is_b(p) for p in everyone)):
                continue
            third = [p for p in everyone if (p.get("name") or p.get("country"))
                     and not is_a(p) and not is_b(p)]
            seen.add(r["event_id"])
            names = []
            for p in third:
                label = p.get("name") or p.get("country")
                if label not in names:
                    names.append(label)
                    m = mediators.setdefault(label, {"name": label, "country": p.get("country"),
                                                     "count": 0})
                    m["count"] += 1
            items.append({"event_id": r["event_id"], "article_id": r["article_id"], "kind": kind,
                          "type": r["type"], "status": r["status"], "date": r["date"],
                          "source": r["source_name"] or r["source_country"],
                          "target": r["target_name"] or r["target_country"],
                          "third_parties": names, "trigger": r["trigger"],
                          "evidence": r["evidence"], "title": r["title"]})
            if len(items) >= limit:
                break
        counts = {k: 0 for k in self.classes.negotiation_order}
        for it in items:
            counts[it["kind"]] = counts.get(it["kind"], 0) + 1
        return {"a": a, "b": b, "kinds": list(self.classes.negotiation_order), "counts": counts,
                "items": items,
                "mediators": sorted(mediators.values(), key=lambda m: (-m["count"], m["name"]))}

    # -- articles, actors, places ----------------------------------------------------------
    def articles(self, search: str | None = None, since: str | None = None,
                 until: str | None = None, limit: int = 100, offset: int = 0) -> list[dict]:
        a = articles
        with self.engine.connect() as conn:
            conds = []
            if search:
                conds.append(a.c.id.in_(article_ids_matching(conn, search)))
            if since:
                conds.append(a.c.published >= since)
            if until:
                conds.append(a.c.published <= until)
            stmt = (select(a.c.id, a.c.ext_id, a.c.title, a.c.published, a.c.outlet, a.c.url,
                           func.substr(a.c.text, 1, 240).label("snippet"))
                    .where(*conds).order_by(a.c.published.desc(), a.c.id.desc())
                    .limit(min(limit, MAX_LIMIT)).offset(offset))
            return _rows(conn.execute(stmt))

    def article_exists(self, article_id: int) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(articles.c.id).where(articles.c.id == article_id)).first() is not None

    def article(self, article_id: int) -> dict | None:
        """One article as FORMAT.md shapes an extraction (the same renderer draws both), with
        every actor mention and each event's mention id and stored event id."""
        with self.engine.connect() as conn:
            a = conn.execute(select(articles).where(articles.c.id == article_id)).mappings().first()
            if a is None:
                return None
            where = lambda t: t.c.article_id == article_id  # noqa: E731
            ems = _rows(conn.execute(select(event_mentions).where(where(event_mentions))
                                     .order_by(event_mentions.c.evidence_start, event_mentions.c.id)))
            out = {"id": a["id"], "ext_id": a["ext_id"], "title": a["title"],
                   "published": a["published"], "url": a["url"], "outlet": a["outlet"],
                   "text": a["text"], "dateline": a["dateline"], "events": [],
                   "quotes": [], "claims": [], "places": [], "times": [], "mentions": []}
            for m in ems:
                ev = _loads(m["payload"]) or _event_from_row(m)
                ev["event_id"], ev["mention_id"] = m["event_id"], m["id"]
                out["events"].append(ev)
            for q in _rows(conn.execute(select(quotes).where(where(quotes)).order_by(quotes.c.start))):
                out["quotes"].append({"speaker": _actor_of(q, "speaker"), "text": q["text"],
                                      "kind": q["kind"], "cue": q["cue"], "start": q["start"],
                                      "end": q["end"]})
            for c in _rows(conn.execute(select(claims).where(where(claims)).order_by(claims.c.start))):
                spans = _loads(c["disputed_by"]) or []
                out["claims"].append({"claimant": _actor_of(c, "claimant"), "text": c["text"],
                                      "cue": c["cue"], "kind": c["kind"], "start": c["start"],
                                      "end": c["end"], "disputed_by": [s.get("text") for s in spans],
                                      "disputed_by_spans": spans})
            cols = ("text", "name", "country", "lat", "lon", "start", "end", "geonameid", "feature")
            for p in _rows(conn.execute(select(places).where(where(places)).order_by(places.c.start))):
                out["places"].append({k: p[k] for k in cols})
            for t in _rows(conn.execute(select(times).where(where(times)).order_by(times.c.start))):
                out["times"].append({k: t[k] for k in ("text", "value", "start", "end")})
            cols = ("text", "name", "country", "sector", "kind", "role", "entity", "start", "end")
            for m in _rows(conn.execute(select(actors).where(where(actors)).order_by(actors.c.start))):
                out["mentions"].append({k: m[k] for k in cols})
        return out

    def actors(self, search: str | None = None, limit: int = 100) -> list[dict]:
        """Actors by how many mentions the store holds, with their articles."""
        ac = actors
        with self.engine.connect() as conn:
            conds = [ac.c.name.is_not(None)]
            if search:
                conds.append(ac.c.country == search if _COUNTRY.match(search)
                             else _name_match(conn, ac.c.name, search))
            n = func.count()
            stmt = (select(ac.c.name, ac.c.country, ac.c.sector, n.label("mentions"),
                           func.count(func.distinct(ac.c.article_id)).label("articles"))
                    .where(*conds).group_by(ac.c.name, ac.c.country, ac.c.sector)
                    .order_by(n.desc(), ac.c.name).limit(min(limit, MAX_LIMIT)))
            return _rows(conn.execute(stmt))

    def places(self, search: str | None = None, limit: int = 100) -> list[dict]:
        p = places
        with self.engine.connect() as conn:
            conds = [p.c.name.is_not(None)]
            if search:
                conds.append(p.c.country == search if _COUNTRY.match(search)
                             else _name_match(conn, p.c.name, search))
            n = func.count()
            stmt = (select(p.c.name, p.c.country, func.avg(p.c.lat).label("lat"),
                           func.avg(p.c.lon).label("lon"), n.label("mentions"),
                           func.count(func.distinct(p.c.article_id)).label("articles"))
                    .where(*conds).group_by(p.c.name, p.c.country)
                    .order_by(n.desc(), p.c.name).limit(min(limit, MAX_LIMIT)))
            return _rows(conn.execute(stmt))

    def quotes(self, speaker: str | None = None, kind: str | None = None,
               search: str | None = None, limit: int = 100) -> list[dict]:
        return _records(self.store.quotes(speaker=speaker, kind=kind, search=search,
                                          limit=min(limit, MAX_LIMIT)))

    def claims(self, claimant: str | None = None, kind: str | None = None,
               limit: int = 100) -> list[dict]:
        rows = _records(self.store.claims(claimant=claimant, kind=kind, limit=min(limit, MAX_LIMIT)))
        for r in rows:
            r["disputed_by"] = _loads(r.get("disputed_by")) or []
        return rows

    def counts(self) -> dict[str, int]:
        return self.store.counts()


def _bucket_start(bucket: str):
    """The first day of a day's bucket, as an ISO string (memoised: days repeat by type)."""
    @lru_cache(maxsize=None)
    def start(day: str) -> str:
        if bucket == "week":
            d = dt.date.fromisoformat(day)
            return (d - dt.timedelta(days=(d.weekday() + 1) % 7)).isoformat()   # back to Sunday
        return day
    return start


def _party_test(party: str):
    """Whether an actor dict ({name, country}) is the party: by code, or name fragment."""
    if _COUNTRY.match(party):
        return lambda p: p.get("country") == party
    frag = party.casefold()
    return lambda p: frag in (p.get("name") or "").casefold()


def _actor_of(row: dict, prefix: str) -> dict | None:
    if row.get(f"{prefix}_name") is None and row.get(f"{prefix}_country") is None:
        return None
    return {"name": row.get(f"{prefix}_name"), "country": row.get(f"{prefix}_country"),
            "sector": row.get(f"{prefix}_sector")}


def _event_from_row(m: dict) -> dict:
    """An event mention without its JSON payload (a row written by other means)."""
    return {"type": m["type"], "mode": m["mode"], "status": m["status"],
            "source": _actor_of(m, "source"), "target": _actor_of(m, "target"), "others": [],
            "date": m["date"], "date_basis": m["date_basis"],
            "place": ({"name": m["place_name"], "country": m["place_country"], "lat": m["lat"],
                       "lon": m["lon"]} if m["place_name"] else None),
            "place_basis": m["place_basis"], "contexts": [],
            "evidence": {"text": m["evidence"], "start": m["evidence_start"], "end": m["evidence_end"]},
            "trigger": {"text": m["trigger"], "start": m["trigger_start"], "end": m["trigger_end"]},
            "attributed_to": None}


def _loads(value: str | None) -> Any:
    if not value:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return None


def _records(df) -> list[dict]:
    """A DataFrame as JSON-ready records (NaN → None)."""
    return df.astype(object).where(df.notna(), None).to_dict("records")

