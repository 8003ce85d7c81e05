"""Guards: the write token, request size limits, and headers that keep stored text inert.

Stored articles are untrusted text: the pages never put it into HTML as markup (templates
autoescape; the page scripts write it with ``textContent``), and the Content-Security-Policy
runs only the app's own script files, so even a ``<script>`` that slipped through would not
execute."""
from __future__ import annotations

import hmac
from typing import Optional

from fastapi import HTTPException

MAX_BODY_BYTES = 2 * 1024 * 1024      # a POSTed article: far above any news article

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]


def check_token(expected: Optional[str], given: Optional[str]) -> None:
    """Raise unless writing is allowed: 403 when the app is read-only (no token set), 401
    for a missing or wrong token.  Compared in constant time."""
    if expected is None:
        raise HTTPException(403, "read-only: this server has no EVENTWIRE_TOKEN set")
    if given is None or not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise HTTPException(401, "a valid token is needed (Authorization: Bearer …)",
                            headers={"WWW-Authenticate": "Bearer"})


class GuardMiddleware:
    """ASGI middleware: refuses request bodies over ``max_body`` (413; by Content-Length
    when given, else while reading) and adds the security headers to every response."""

    def __init__(self, app, max_body: int = MAX_BODY_BYTES):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": list(message.get("headers", [])) + HEADERS}
            await send(message)

        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.max_body
            except ValueError:
                too_big = True
            if too_big:
                return await _too_large(send_with_headers, self.max_body)
        if scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send_with_headers)
        # read the body here, bounded, then hand it on
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_body:
                return await _too_large(send_with_headers, self.max_body)
            chunks.append(body)
            if not message.get("more_body"):
                break
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()
        return await self.app(scope, replay, send_with_headers)


async def _too_large(send, limit: int) -> None:
    body = (b'{"detail":"request body too large (limit %d bytes)"}' % limit)
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
