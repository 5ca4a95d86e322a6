"""Client settings and their defaults: plain values, importable without requests."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from citecheck import __version__
from citecheck.openlibrary.defaults import DEFAULT_RATE, DEFAULT_TIMEOUT

DEFAULT_URL = "https://openlibrary.org"
URL_ENV = "CITECHECK_OPENLIBRARY_URL"
CONTACT_ENV = "CITECHECK_CONTACT"
PROJECT_URL = "https://github.com/citecheck/citecheck"
# OpenLibrary asks clients to name a contact; without one we point at the project's issues.
DEFAULT_CONTACT = f"{PROJECT_URL}/issues"
CONNECT_TIMEOUT = 5.0
CACHE_FILE = "openlibrary.sqlite"


def default_url() -> str:
    return os.environ.get(URL_ENV, "").strip() or DEFAULT_URL


def default_contact() -> str:
    return os.environ.get(CONTACT_ENV, "").strip() or DEFAULT_CONTACT


def default_cache_dir() -> Path:
    import platformdirs  # only when a resolver is built

    return Path(platformdirs.user_cache_dir("citecheck"))


@dataclass(frozen=True)
class ClientConfig:
    base_url: str = DEFAULT_URL
    cache_dir: Path | None = None  # None: the user cache directory
    offline: bool = False
    refresh: bool = False
    rate_limit: float = DEFAULT_RATE
    contact: str = DEFAULT_CONTACT
    timeout: float = DEFAULT_TIMEOUT
    tries: int = 3  # attempts per lookup on 429, 5xx, timeouts and bad bodies
    backoff: float = 2.0  # seconds before the second try; doubles each time
    max_wait: float = 60.0  # cap on a server's Retry-After
    expire_days: int = 30  # OpenLibrary data changes slowly; its maintainers ask for caching

    @property
    def user_agent(self) -> str:
        contact = self.contact.strip() or DEFAULT_CONTACT
        return f"citecheck/{__version__} (+{PROJECT_URL}; {contact})"

    @property
    def cache_path(self) -> Path:
        return (self.cache_dir or default_cache_dir()) / CACHE_FILE

    @property
    def timeouts(self) -> tuple[float, float]:
        return (min(CONNECT_TIMEOUT, self.timeout), self.timeout)
