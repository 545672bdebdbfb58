"""Limits a stranger cannot pass: requests per client, and bytes per request body.

The rate limiter keys on the client address uvicorn reports, which is the X-Forwarded-For client when the
peer is a trusted proxy (FORWARDED_ALLOW_IPS) and the peer itself otherwise. Its buckets live in each
worker process (with N workers a client gets up to N times the rate) and are dropped once full again, so
its memory follows the clients of the last minutes, not every client ever seen.
"""

from __future__ import annotations

import json
import threading
import time


class RateLimiter:
    """A token bucket per client: `burst` at once, refilled at `per_minute`."""

    def __init__(self, per_minute: int, burst: int):
        self.rate = per_minute / 60.0
        self.burst = burst
        self.buckets: dict[str, tuple[float, float]] = {}
        self.lock = threading.Lock()
        self.refill_s = burst / self.rate if self.rate else float("inf")
        self._swept_at: float | None = None

    def retry_after(self, client: str, now: float | None = None) -> int:
        """0 when the request may go ahead, else the seconds to wait."""
        now = time.monotonic() if now is None else now
        with self.lock:
            self._sweep(now)
            tokens, last = self.buckets.get(client, (float(self.burst), now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1:
                self.buckets[client] = (tokens - 1, now)
                return 0
            self.buckets[client] = (tokens, now)
            return max(1, int((1 - tokens) / self.rate + 0.999))

    def _sweep(self, now: float) -> None:
        """Forget clients whose bucket has filled up again: they are where a new client starts."""
        if self._swept_at is None:
            self._swept_at = now
        if now - self._swept_at < min(60.0, self.refill_s):
            return
        self._swept_at = now
        self.buckets = {c: (t, last) for c, (t, last) in self.buckets.items() if now - last < self.refill_s}


class RateLimit:
    """ASGI middleware: an /api/ request over its client's rate gets a 429 with Retry-After (plain ASGI: a
    `BaseHTTPMiddleware` costs every request a task and a stream copy)."""

    def __init__(self, app, limiter: RateLimiter):
        self.app = app
        self.limiter = limiter

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["path"].startswith("/api/"):
            client = scope["client"][0] if scope.get("client") else "unknown"  # the proxy's client when trusted
            wait = self.limiter.retry_after(client)
            if wait:
                return await _send_json(send, 429, {"detail": [f"For mange spørsmål. Vent {wait} sekunder."]},
                                        [(b"retry-after", str(wait).encode())])
        await self.app(scope, receive, send)


class BodyLimit:
    """ASGI middleware: an /api/ request body over `max_bytes` gets a 413, whether it says its length or is
    sent in chunks. The body is read here, never past the limit, and handed on whole to the app."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            return await self._refuse(send)
        chunks: list[bytes] = []
        received = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                return await self._refuse(send)
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay():
            nonlocal replayed
            if replayed:
                return await receive()  # after the body: the client's disconnect, for streaming answers
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, send) -> None:
        await _send_json(send, 413, {"detail": [f"Forespørselen er for stor: høyst {self.max_bytes // 1024} KB."]})


async def _send_json(send, status: int, content: dict, headers: list[tuple[bytes, bytes]] = ()) -> None:
    body = json.dumps(content, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *headers]})
    await send({"type": "http.response.body", "body": body})
