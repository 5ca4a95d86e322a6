"""The OpenLibrary HTTP client: the only module that imports requests.

One session for the run, an identifying User-Agent, a minimum interval between network
requests (cache hits are free), retries with backoff on 429/5xx honouring Retry-After, a
stop for the rest of the run on 403, and a persistent SQLite cache (`cache.AnswerCache`).
It returns plain data (`Fetch`) and never raises for an outage or a misbehaving server:

- each request has a total deadline (`timeout` seconds from the first byte sent to the
  last received), so a server that drips a byte at a time is given up like a silent one;
- a body is read in chunks and abandoned past `MAX_BODY` bytes;
- redirects are followed only on the same host (scheme, host and port);
- an answer is used and cached only once it parsed into the expected shape (`shapes`).
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit

import requests

from citecheck.openlibrary.cache import AnswerCache
from citecheck.openlibrary.config import ClientConfig
from citecheck.openlibrary.shapes import BadAnswer, parse_answer

BLOCKED_ADVICE = (
    "OpenLibrary refused the request (HTTP 403), usually because the User-Agent does not "
    "identify the client: set a contact with --contact or CITECHECK_CONTACT; "
    "no more requests were made in this run"
)
_TRANSIENT = {429, 500, 502, 503, 504}
_REDIRECTS = {301, 302, 303, 307, 308}
MAX_REDIRECTS = 3
MAX_BODY = 8 * 1024 * 1024  # a search answer is a few KB; 50 edition records a few hundred
_CHUNK = 64 * 1024
# After this many lookups in a row fail even with retries, the service is taken to be down
# for the rest of the run: a dead service should not cost every citation its backoff.
FAILURES_BEFORE_GIVING_UP = 2


@dataclass(frozen=True)
class Fetch:
    """One lookup's outcome: ok, not-found, offline (not cached), failed or blocked."""

    outcome: str
    data: Any = None
    from_cache: bool = False
    url: str = ""
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"

    @property
    def unavailable(self) -> bool:
        return self.outcome in {"offline", "failed", "blocked"}


@dataclass(frozen=True)
class _Answer:
    status: int
    url: str
    body: bytes
    headers: Mapping[str, str]


class _Failure(Exception):
    """A request that produced no usable answer; the message says why, in a few words."""


def retry_after(response: requests.Response | _Answer, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header ("2" or an HTTP date), or None."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value[:9])  # bounded: "9" * 5000 is a number of seconds, not a hang
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    now = now or datetime.now(UTC)
    try:
        return max(0.0, (when - now).total_seconds())
    except TypeError:  # a date without a time zone
        return None


def _same_origin(a: str, b: str) -> bool:
    first, second = urlsplit(a), urlsplit(b)
    return (first.scheme, first.netloc.lower()) == (second.scheme, second.netloc.lower())


class OpenLibraryClient:
    def __init__(
        self,
        config: ClientConfig,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        notify: Callable[[str], None] | None = None,
    ) -> None:
        self.config = config
        self._sleep = sleep
        self._clock = clock
        self._last_sent: float | None = None
        self._memo: dict[tuple[str, tuple[tuple[str, str], ...]], Fetch] = {}
        self.blocked: str | None = None
        self.down: str | None = None
        self._failures = 0
        self.network_requests = 0
        self.cache = AnswerCache(config.cache_path, notify)
        self.session = self._new_session()

    def _new_session(self) -> requests.Session:
        session = requests.Session()
        session.headers["User-Agent"] = self.config.user_agent
        session.headers["Accept"] = "application/json"
        session.headers["Accept-Encoding"] = "identity"  # the body cap counts real bytes
        return session

    def close(self) -> None:
        self.session.close()
        self.cache.close()

    def search(self, params: Mapping[str, str]) -> Fetch:
        return self.get("/search.json", params)

    def get(self, path: str, params: Mapping[str, str] | None = None) -> Fetch:
        """One lookup; identical lookups in a run are answered once."""
        key = (path, tuple(sorted((params or {}).items())))
        if key not in self._memo:
            fetch = self._fetch(path, dict(params or {}))
            if fetch.outcome == "failed" and not self.down:
                self._failures += 1
                if self._failures >= FAILURES_BEFORE_GIVING_UP:
                    self.down = f"{fetch.detail} (no more requests were made in this run)"
            elif fetch.outcome != "failed":
                self._failures = 0
            self._memo[key] = fetch
        return self._memo[key]

    def _throttle(self) -> None:
        interval = 1.0 / self.config.rate_limit if self.config.rate_limit > 0 else 0.0
        if self._last_sent is not None:
            wait = interval - (self._clock() - self._last_sent)
            if wait > 0:
                self._sleep(wait)
        self._last_sent = self._clock()
        self.network_requests += 1

    # --- the cache --------------------------------------------------------------------

    def _cached(self, path: str, key: str) -> tuple[Fetch, float] | None:
        """A stored answer (re-checked: the file may be older or edited) and its age."""
        stored = self.cache.get(key)
        if stored is None:
            return None
        age = time.time() - stored.stored
        if stored.status == 404:
            return Fetch("not-found", None, True, stored.url), age
        try:
            return Fetch("ok", parse_answer(path, stored.body), True, stored.url), age
        except BadAnswer:
            self.cache.forget(key)
            return None

    # --- the network ------------------------------------------------------------------

    def _fetch(self, path: str, params: dict[str, str]) -> Fetch:
        if self.blocked:
            return Fetch("blocked", detail=self.blocked)
        config = self.config
        url = config.base_url.rstrip("/") + path
        key = f"{url}?{urlencode(sorted(params.items()))}"
        cached = None if config.refresh and not config.offline else self._cached(path, key)
        max_age = config.expire_days * 86400
        if cached is not None and (config.offline or cached[1] <= max_age):
            return cached[0]
        if config.offline:
            return Fetch("offline", url=url, detail="offline and not in the cache")
        if self.down:
            return cached[0] if cached else Fetch("failed", detail=self.down)
        problem = "no answer"
        wait = 0.0
        for attempt in range(max(1, config.tries)):
            if attempt:
                self._sleep(wait)
            wait = config.backoff * 2**attempt * (1 + random.random() / 4)
            try:
                answer = self._request(url, params)
            except _Failure as exc:
                problem = str(exc)
                continue
            status = answer.status
            if status == 200:
                try:
                    text = answer.body.decode("utf-8")
                    data = parse_answer(path, text)
                except UnicodeDecodeError:
                    problem = "the answer was not valid JSON (not UTF-8)"
                    continue
                except BadAnswer as exc:
                    problem = str(exc)
                    continue
                self.cache.put(key, 200, answer.url, text)
                return Fetch("ok", data, False, answer.url)
            if status == 404:
                self.cache.put(key, 404, answer.url, "")
                return Fetch("not-found", None, False, answer.url)
            if status == 403:
                self.blocked = BLOCKED_ADVICE
                return Fetch("blocked", url=url, detail=BLOCKED_ADVICE)
            if status not in _TRANSIENT:
                return Fetch("failed", url=url, detail=f"HTTP {status} from {answer.url}")
            problem = f"HTTP {status}"
            waited = retry_after(answer)
            if waited is not None:
                wait = min(waited, config.max_wait)
        if cached is not None:
            return cached[0]  # an expired answer beats none when the service fails
        return Fetch("failed", url=url, detail=f"OpenLibrary did not answer: {problem}")

    def _request(self, url: str, params: Mapping[str, str]) -> _Answer:
        """One request, redirects on the same host included, within the total deadline.

        The work runs in a daemon thread so that the deadline holds whatever the server
        does (a drip of header bytes included); an abandoned request keeps its thread
        until the server gives up, and the session is replaced.
        """
        self._throttle()  # here, not in the worker: waiting for the rate limit is not the request
        timeout = self.config.timeout
        deadline = time.monotonic() + timeout
        box: dict[str, Any] = {}
        cancel = threading.Event()

        def work() -> None:
            try:
                box["answer"] = self._follow(url, params, deadline, cancel)
            except BaseException as exc:  # handed to the caller's thread
                box["error"] = exc

        worker = threading.Thread(target=work, daemon=True, name="citecheck-openlibrary")
        worker.start()
        worker.join(timeout + 0.5)
        if worker.is_alive():
            cancel.set()
            self.session = self._new_session()
            raise _Failure(f"no answer within {timeout:g} s")
        if "error" in box:
            error = box["error"]
            if isinstance(error, _Failure):
                raise error
            if isinstance(error, requests.Timeout):
                raise _Failure(f"no answer within {timeout:g} s")
            if isinstance(error, requests.RequestException | OSError | ValueError):
                raise _Failure(f"connection failed ({type(error).__name__})")
            raise error
        return box["answer"]

    def _follow(
        self, url: str, params: Mapping[str, str] | None, deadline: float, cancel: threading.Event
    ) -> _Answer:
        for _ in range(MAX_REDIRECTS + 1):
            answer = self._download(url, params, deadline, cancel)
            if answer.status not in _REDIRECTS:
                return answer
            target = urljoin(answer.url, answer.headers.get("Location", ""))
            if not _same_origin(target, self.config.base_url):
                raise _Failure(
                    f"redirected to another host ({urlsplit(target).netloc}); not followed"
                )
            url, params = target, None
        raise _Failure("too many redirects")

    def _download(
        self, url: str, params: Mapping[str, str] | None, deadline: float, cancel: threading.Event
    ) -> _Answer:
        remaining = max(0.05, deadline - time.monotonic())
        read_timeout = min(self.config.timeout, remaining)
        response = self.session.get(
            url,
            params=params,
            timeout=(min(self.config.timeouts[0], read_timeout), read_timeout),
            stream=True,
            allow_redirects=False,
        )
        with response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and len(length) < 20 and int(length) > MAX_BODY:
                raise _Failure(f"the answer was larger than {MAX_BODY // (1024 * 1024)} MiB")
            chunks, size = [], 0
            raw = response.raw
            while True:
                if cancel.is_set() or time.monotonic() > deadline:
                    raise _Failure(f"no answer within {self.config.timeout:g} s")
                chunk = raw.read1(_CHUNK, decode_content=True)
                if not chunk:
                    break
                size += len(chunk)
                if size > MAX_BODY:
                    raise _Failure(f"the answer was larger than {MAX_BODY // (1024 * 1024)} MiB")
                chunks.append(chunk)
            return _Answer(response.status_code, response.url, b"".join(chunks), response.headers)
