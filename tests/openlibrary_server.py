"""A loopback stand-in for OpenLibrary: canned answers, scripted failures, a request log.

Started by the tests on 127.0.0.1 with port 0; nothing here reaches the internet. It serves
whichever folder of answers a test hands it: the project's own invented ones (`PROJECT`,
the default) or the real recordings in ../shared (`shared_recordings()`).
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

import yaml

from tests.shared_data import shared_path

FIXTURES = Path(__file__).parent / "fixtures" / "openlibrary"

TOO_MANY = {
    "status": 429,
    "message": "Too Many Requests. Consider using https://openlibrary.org/developers/dumps.",
}
NGINX_403 = b"<html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden</h1></center><hr><center>nginx</center></body></html>"
HAPROXY_503 = b"<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>"


def cassette_body(path: Path) -> bytes:
    """The response body of a Ruby VCR cassette's first interaction."""
    tape = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tape["http_interactions"][0]["response"]["body"]["string"].encode("utf-8")


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b"{}"
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "application/json"),)
    delay: float = 0.0


@dataclass(frozen=True)
class Logged:
    path: str
    query: dict[str, str]
    user_agent: str
    time: float


@dataclass(frozen=True)
class Recordings:
    """A folder of OpenLibrary answers, and which request gets which file."""

    folder: Path
    searches: tuple[tuple[str, str], ...]  # (words asked for, file); the first match answers
    no_results: str  # the answer to every other search
    paths: tuple[tuple[str, str], ...] = ()  # (URL path, file)

    def body(self, name: str) -> bytes:
        path = self.folder / name
        return cassette_body(path) if name.endswith(".cassette.yml") else path.read_bytes()

    def load(self, name: str) -> Any:
        return json.loads(self.body(name))

    def search(self, query: dict[str, str]) -> Reply:
        """Pick a search answer by what is asked; anything else finds nothing."""
        asked = " ".join(query.get(k, "") for k in ("title", "q", "author", "isbn")).lower()
        name = next((file for words, file in self.searches if words in asked), self.no_results)
        return Reply(body=self.body(name))

    def reply_for(self, path: str) -> Reply | None:
        name = dict(self.paths).get(path)
        return Reply(body=self.body(name)) if name else None


# Written by the project (invented works; see tests/fixtures/openlibrary/README.md).
PROJECT = Recordings(
    FIXTURES,
    searches=(
        ("salt cartographer", "search_explicit_fields.json"),
        ("verrill", "search_explicit_fields.json"),
        ("small weathers", "search_legacy_all_fields.json"),
    ),
    no_results="search_no_results.json",
    paths=(("/works/OL9000200W/editions.json", "work_editions.json"),),
)


def shared_recordings() -> Recordings:
    """Real openlibrary.org answers from ../shared; skips the calling test without them."""
    return Recordings(
        shared_path("fixtures", "openlibrary"),
        searches=(
            ("dune", "search_fields_dune_herbert.json"),
            ("herbert", "search_fields_dune_herbert.json"),
            ("time war", "search_legacy_all_fields_time_war.json"),
        ),
        no_results="search_no_results_voltaire.cassette.yml",
        paths=(("/works/OL15832982W/editions.json", "works_OL15832982W_editions.json"),),
    )


class LoopbackServer:
    """A threaded HTTP server on 127.0.0.1 (never the internet), serving while in `with`."""

    def _serve(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass
class FakeOpenLibrary(LoopbackServer):
    recordings: Recordings = PROJECT
    log: list[Logged] = field(default_factory=list)
    scripts: dict[str, deque[Reply]] = field(default_factory=dict)
    replies: dict[str, Reply] = field(default_factory=dict)  # fixed answers by path

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner._answer(self)

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output clean

        self._serve(Handler)

    def script(self, path: str, *replies: Reply) -> None:
        """The next requests to `path` get these replies, in order, then the usual one."""
        self.scripts.setdefault(path, deque()).extend(replies)

    def requests(self, path: str | None = None) -> list[Logged]:
        with self._lock:
            return [r for r in self.log if path is None or r.path == path]

    def _reply_for(self, path: str, query: dict[str, str]) -> Reply:
        with self._lock:
            queued = self.scripts.get(path)
            if queued:
                return queued.popleft()
        if path in self.replies:
            return self.replies[path]
        if path == "/search.json":
            return self.recordings.search(query)
        return self.recordings.reply_for(path) or Reply(404, b'{"error": "notfound"}')

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        with self._lock:
            self.log.append(
                Logged(parts.path, query, handler.headers.get("User-Agent", ""), time.monotonic())
            )
        reply = self._reply_for(parts.path, query)
        if reply.delay:
            time.sleep(reply.delay)
        try:
            handler.send_response(reply.status)
            for name, value in reply.headers:
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(reply.body)))
            handler.end_headers()
            handler.wfile.write(reply.body)
        except OSError:
            pass  # the client gave up (read timeout) before the answer came


def too_many(retry_after: str | None = "1") -> Reply:
    headers = [("Content-Type", "application/json")]
    if retry_after is not None:
        headers.append(("Retry-After", retry_after))
    return Reply(429, json.dumps(TOO_MANY).encode(), tuple(headers))


def forbidden() -> Reply:
    return Reply(403, NGINX_403, (("Content-Type", "text/html"),))


def unavailable() -> Reply:
    return Reply(503, HAPROXY_503, (("Content-Type", "text/html"),))


def malformed() -> Reply:
    return Reply(200, b'{"numFound": 1, "docs": [{"key": "/works/OL1W", "title": "Du')
