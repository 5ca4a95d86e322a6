"""The OpenLibrary HTTP client: the only module that imports requests and requests-cache.

One shared session for the run, an identifying User-Agent, a minimum interval between
network requests (cache hits are free), retries with backoff on 429/5xx honouring
Retry-After, a stop for the rest of the run on 403, and a persistent SQLite cache.
It returns plain data (`Fetch`) and never raises for an outage.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import requests
import requests_cache

from citecheck.errors import InputError
from citecheck.openlibrary.config import ClientConfig

BLOCKED_ADVICE = (
    "OpenLibrary refused the request (HTTP 403), usually because the User-Agent does not "
    "identify the client: set a contact with --contact or CITECHECK_CONTACT; "
    "no more requests were made in this run"
)
_TRANSIENT = {429, 500, 502, 503, 504}
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


def _is_json(response: requests.Response) -> bool:
    """Cache filter: a 200 whose body is not JSON (a proxy's error page) is never stored."""
    if response.status_code != 200:
        return True
    try:
        response.json()
    except ValueError:
        return False
    return True


class _ThrottledSession(requests.Session):
    """Calls `before_send` ahead of every request that really goes to the network."""

    before_send: Callable[[], None] | None = None

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        if self.before_send is not None:
            self.before_send()
        return super().send(request, **kwargs)


class _CachedThrottledSession(requests_cache.CacheMixin, _ThrottledSession):
    """requests-cache answers first; only its misses reach the throttle."""


def retry_after(response: requests.Response, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header ("2" or an HTTP date), or None."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    now = now or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


class OpenLibraryClient:
    def __init__(
        self,
        config: ClientConfig,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
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
        path = config.cache_path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"{path.parent}: cannot create the cache ({exc.strerror})") from None
        self.session = _CachedThrottledSession(
            cache_name=str(path),
            backend="sqlite",
            expire_after=timedelta(days=config.expire_days),
            allowable_codes=(200, 404),
            allowable_methods=("GET",),
            stale_if_error=True,  # an expired answer beats none when the service is down
            match_headers=False,
            filter_fn=_is_json,
        )
        self.session.before_send = self._throttle
        self.session.headers["User-Agent"] = config.user_agent
        self.session.headers["Accept"] = "application/json"

    def close(self) -> None:
        self.session.close()

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

    def _fetch(self, path: str, params: dict[str, str]) -> Fetch:
        if self.blocked:
            return Fetch("blocked", detail=self.blocked)
        if self.down:
            return Fetch("failed", detail=self.down)
        config = self.config
        url = config.base_url.rstrip("/") + path
        problem = "no answer"
        wait = 0.0
        for attempt in range(max(1, config.tries)):
            if attempt:
                self._sleep(wait)
            wait = config.backoff * 2**attempt * (1 + random.random() / 4)
            try:
                response = self.session.get(
                    url,
                    params=params,
                    timeout=config.timeouts,
                    only_if_cached=config.offline,
                    force_refresh=config.refresh and not config.offline,
                )
            except requests.Timeout:
                problem = f"no answer within {config.timeout:g} s"
                continue
            except requests.RequestException as exc:
                problem = f"connection failed ({type(exc).__name__})"
                continue
            from_cache = bool(getattr(response, "from_cache", False))
            status = response.status_code
            # requests-cache answers an uncached offline lookup with a synthetic 504
            # (never a stored one: 504 is not cacheable)
            if config.offline and (status == 504 or not from_cache):
                return Fetch("offline", url=url, detail="offline and not in the cache")
            if status == 200:
                try:
                    return Fetch("ok", response.json(), from_cache, response.url)
                except ValueError:
                    problem = "the answer was not valid JSON"
                    continue
            if status == 404:
                return Fetch("not-found", None, from_cache, response.url)
            if status == 403:
                self.blocked = BLOCKED_ADVICE
                return Fetch("blocked", url=url, detail=BLOCKED_ADVICE)
            if status not in _TRANSIENT:
                return Fetch("failed", url=url, detail=f"HTTP {status} from {response.url}")
            problem = f"HTTP {status}"
            waited = retry_after(response)
            if waited is not None:
                wait = min(waited, config.max_wait)
        return Fetch("failed", url=url, detail=f"OpenLibrary did not answer: {problem}")
