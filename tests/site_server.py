"""A generated web site served on 127.0.0.1 from a thread, for crawl tests and the crawl benchmark.

Pages carry an ETag (a hash of the body) and a Last-Modified date and answer a
matching conditional request with 304. Every request is logged with its headers.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LAST_MODIFIED = "Tue, 01 Dec 2026 08:00:00 GMT"


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str | None = None
    delay: float = 0.0
    validators: bool = True
    fail_first: int = 0  # answer 503 (with Retry-After: 0) this many times first
    trickle: float = 0.0  # send the body a byte at a time, this many seconds apart (a server that never finishes)


@dataclass
class Site:
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[list] = field(default_factory=list)  # [path, headers, status (0 until answered)]
    times: list[float] = field(default_factory=list)  # when each request arrived (time.monotonic)
    server: ThreadingHTTPServer | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def paths(self) -> list[str]:
        with self.lock:
            return [path for path, _, _ in self.requests]

    def statuses(self, path: str) -> list[int]:
        with self.lock:
            return [status for p, _, status in self.requests if p == path]


def serve(routes: dict[str, Route] | Callable[[Site], dict[str, Route]]) -> Site:
    """Start the site on 127.0.0.1 (a free port); stop it with ``stop(site)``."""
    site = Site()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # quiet
            pass

        def do_GET(self) -> None:  # noqa: N802 - the standard library's name
            entry = [self.path, dict(self.headers.items()), 0]  # logged on arrival: a client may give up first
            with site.lock:
                site.times.append(time.monotonic())
                site.requests.append(entry)
            entry[2] = self._answer(site.routes.get(self.path))

        def _answer(self, route: Route | None) -> int:
            if route is None:
                return self._send(404, b"<html><body><p>Sidan finns inte.</p></body></html>", "text/html")
            if route.delay:
                time.sleep(route.delay)
            if route.fail_first > 0:
                route.fail_first -= 1
                return self._send(503, b"", "text/plain", {"Retry-After": "0"})
            if route.location:
                self.send_response(route.status)
                self.send_header("Location", route.location)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return route.status
            etag = '"' + hashlib.sha256(route.body).hexdigest()[:16] + '"'
            if route.validators and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return 304
            extra = {"ETag": etag, "Last-Modified": LAST_MODIFIED} if route.validators else {}
            return self._send(route.status, route.body, route.content_type, extra, route.trickle)

        def _send(
            self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None, trickle: float = 0
        ) -> int:
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for key, value in (extra or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                if not trickle:
                    self.wfile.write(body)
                for byte in body if trickle else b"":
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(trickle)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
                pass
            return status

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.server = server
    site.routes = routes(site) if callable(routes) else routes
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return site


def stop(site: Site) -> None:
    if site.server is not None:
        site.server.shutdown()
        site.server.server_close()


def page(title: str, body: str, links: list[str] = (), extra_head: str = "") -> bytes:
    anchors = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
    return (
        f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{title}</title>{extra_head}</head>'
        f"<body><header><p>Exempelby kommun</p><nav><ul>{anchors}</ul></nav></header>"
        f"<main><h1>{title}</h1>{body}</main>"
        "<footer><p>Exempelby kommun, telefon 0123-456 78</p></footer></body></html>"
    ).encode()
