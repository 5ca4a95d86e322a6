"""A misbehaving OpenLibrary on 127.0.0.1: every way a server can answer badly.

The first path segment picks the fault, so a client pointed at `server.url_for("nan")`
asks `/nan/search.json`. Good answers (`ok`) are a small search answer written here,
so these tests need no recorded data. Nothing here reaches the internet.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler

from tests.openlibrary_server import LoopbackServer

WORK = {
    "key": "/works/OL1W",
    "title": "Dune",
    "author_name": ["Frank Herbert"],
    "author_key": ["OL1A"],
    "first_publish_year": 1965,
    "publish_year": [1965, 1990],
    "edition_count": 3,
}
GOOD = json.dumps({"numFound": 1, "start": 0, "docs": [WORK]}).encode()
INJECTION = "Dune},\n note = {INJECTED}\n}\n@misc{x, title = {y}"

# Bodies that are complete but wrong.
BODIES: dict[str, bytes] = {
    "ok": GOOD,
    "nested-arrays": b"[" * 100_000 + b"]" * 100_000,
    "nested-in-docs": b'{"docs": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "nan": b'{"numFound": NaN, "docs": [{"key": "/works/OL1W", "title": "Dune"}]}',
    "infinity": b'{"numFound": 1, "docs": [{"key": "/works/OL1W", "edition_count": Infinity}]}',
    "huge-float": b'{"numFound": 1, "docs": [{"key": "/works/OL1W", "edition_count": 1e999}]}',
    "huge-int": b'{"numFound": 1, "docs": [{"key": "/works/OL1W", "edition_count": '
    + b"9" * 5000
    + b"}]}",
    "docs-5": b'{"docs": 5}',
    "docs-null": b'{"docs": null}',
    "top-list": b'[{"key": "/works/OL1W"}]',
    "top-string": b'"docs"',
    "key-int": b'{"docs": [{"key": 5, "title": "Dune"}]}',
    "title-list": b'{"docs": [{"key": "/works/OL1W", "title": ["Dune"]}]}',
    "editions-list": b'{"docs": [{"key": "/works/OL1W", "editions": [1, 2]}]}',
    "editions-docs-str": b'{"docs": [{"key": "/works/OL1W", "editions": {"docs": "x"}}]}',
    "year-string": b'{"docs": [{"key": "/works/OL1W", "first_publish_year": "1965"}]}',
    "authors-dict": b'{"docs": [{"key": "/works/OL1W", "author_name": {"a": 1}}]}',
    "injected-title": json.dumps({"docs": [{**WORK, "title": INJECTION}]}).encode(),
    "injected-key": json.dumps(
        {"docs": [{**WORK, "key": "/works/OL1W},\n note = {INJECTED}\n}\n@misc{x,"}]}
    ).encode(),
    "malformed": b'{"numFound": 1, "docs": [{"key": "/works/OL1W", "title": "Du',
    "not-utf8": b'{"docs": [{"key": "/works/OL1W", "title": "\xff\xfe"}]}',
    "html": b"<html><body>Service temporarily unavailable</body></html>",
    "empty": b"",
}
STATUS: dict[str, int] = {"429": 429, "500": 500, "502": 502, "503": 503, "504": 504}


class FaultServer(LoopbackServer):
    """Serves each fault under its own path prefix; counts requests by prefix."""

    def __init__(self, drip_seconds: float = 6.0) -> None:
        self.drip_seconds = drip_seconds
        self.counts: dict[str, int] = {}
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                mode = self.path.lstrip("/").split("/", 1)[0]
                with owner._lock:
                    owner.counts[mode] = owner.counts.get(mode, 0) + 1
                try:
                    owner._answer(self, mode)
                except OSError:
                    pass  # the client gave up, as it should

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._serve(Handler)

    def url_for(self, mode: str) -> str:
        return f"{self.url}/{mode}"

    def _answer(self, handler: BaseHTTPRequestHandler, mode: str) -> None:
        if mode in BODIES:
            return _send(handler, 200, BODIES[mode])
        if mode in STATUS:
            return _send(handler, STATUS[mode], b'{"error": "busy"}', [("Retry-After", "0")])
        actions: dict[str, Callable[[], None]] = {
            "huge": lambda: self._huge(handler),
            "huge-declared": lambda: self._huge(handler, declared=True),
            "drip-body": lambda: self._drip(handler, headers_first=True),
            "drip-headers": lambda: self._drip(handler, headers_first=False),
            "redirect-other-host": lambda: _redirect(handler, "http://example.invalid/search.json"),
            "redirect-same-host": lambda: _redirect(
                handler, handler.path.replace("/redirect-same-host/", "/ok/", 1)
            ),
            "redirect-loop": lambda: _redirect(handler, handler.path),
        }
        action = actions.get(mode)
        if action is None:
            return _send(handler, 404, b'{"error": "notfound"}')
        action()

    def _huge(self, handler: BaseHTTPRequestHandler, declared: bool = False) -> None:
        """1 GB of JSON-looking bytes, sent until the client hangs up."""
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        if declared:
            handler.send_header("Content-Length", str(1024**3))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(b'{"docs": [')
        block = b'{"key": "/works/OL1W", "title": "' + b"x" * 65_000 + b'"},'
        for _ in range(1024**3 // len(block)):
            handler.wfile.write(block)

    def _drip(self, handler: BaseHTTPRequestHandler, headers_first: bool) -> None:
        """One byte every 50 ms, for `drip_seconds` (longer than the client's deadline)."""
        if headers_first:
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(GOOD)))
            handler.end_headers()
            payload = GOOD
        else:
            payload = (
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + b"X-Slow: "
                + (b"a" * 1000)
            )
        end = time.monotonic() + self.drip_seconds
        for byte in payload:
            if time.monotonic() > end:
                break
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(0.05)
        handler.close_connection = True


def _send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    headers: list[tuple[str, str]] | None = None,
) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    for name, value in headers or []:
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _redirect(handler: BaseHTTPRequestHandler, location: str) -> None:
    handler.send_response(302)
    handler.send_header("Location", location)
    handler.send_header("Content-Length", "0")
    handler.end_headers()
