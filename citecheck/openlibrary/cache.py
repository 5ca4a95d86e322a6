"""The persistent answer cache: one SQLite table of validated OpenLibrary answers.

A cache is a convenience, never a reason to fail: a corrupt file is moved aside and
rebuilt, a locked or unwritable one is bypassed for the rest of the run, and either is
reported once through `notify`. SQLite waits at most `BUSY_TIMEOUT` seconds for a lock.
Only answers the client has checked against their expected shape are stored.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BUSY_TIMEOUT = 2.0  # seconds SQLite waits for another process's lock
CACHE_TABLE = "answers"
_SCHEMA = f"""CREATE TABLE IF NOT EXISTS {CACHE_TABLE} (
    key TEXT PRIMARY KEY, status INTEGER NOT NULL, url TEXT NOT NULL,
    body TEXT NOT NULL, stored REAL NOT NULL)"""


@dataclass(frozen=True)
class Stored:
    status: int
    url: str
    body: str
    stored: float  # time.time() when it was stored


class AnswerCache:
    def __init__(
        self,
        path: Path,
        notify: Callable[[str], None] | None = None,
        busy_timeout: float = BUSY_TIMEOUT,
    ) -> None:
        self.path = path
        self.problem: str | None = None
        self._notify = notify
        self._busy_timeout = busy_timeout
        self._db: sqlite3.Connection | None = None
        self._open()

    def _open(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = self._connect()
        except sqlite3.OperationalError as exc:  # locked, read-only, unopenable
            self._give_up(f"cannot use the cache {self.path} ({exc}); this run does without it")
        except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed"
            self._rebuild(exc)
        except OSError as exc:
            self._give_up(
                f"cannot create the cache folder {self.path.parent} "
                f"({exc.strerror or exc}); this run does without a cache"
            )

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(
            str(self.path), timeout=self._busy_timeout, isolation_level=None,
            check_same_thread=False,
        )  # fmt: skip
        try:
            db.execute(_SCHEMA)
            db.execute("SELECT count(*) FROM answers WHERE 0").fetchone()
        except BaseException:
            db.close()
            raise
        return db

    def _rebuild(self, exc: sqlite3.DatabaseError) -> None:
        aside = self.path.with_name(self.path.name + ".corrupt")
        try:
            self.path.replace(aside)
            self._db = self._connect()
        except (OSError, sqlite3.Error) as again:
            self._give_up(f"the cache {self.path} is unusable ({exc}; {again}); not used")
            return
        self._report(f"the cache {self.path} was corrupt ({exc}); moved to {aside} and rebuilt")

    def _give_up(self, message: str) -> None:
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
        self._db = None
        self._report(message)

    def _report(self, message: str) -> None:
        if self.problem is None:
            self.problem = message
            if self._notify is not None:
                self._notify(message)

    def get(self, key: str) -> Stored | None:
        if self._db is None:
            return None
        try:
            row = self._db.execute(
                "SELECT status, url, body, stored FROM answers WHERE key = ?", (key,)
            ).fetchone()
        except sqlite3.Error as exc:
            self._give_up(f"cannot read the cache {self.path} ({exc}); this run does without it")
            return None
        if row is None:
            return None
        status, url, body, stored = row
        if not (
            isinstance(status, int)
            and isinstance(url, str)
            and isinstance(body, str)
            and isinstance(stored, int | float)
        ):
            return None  # a row another program wrote: ignore it
        return Stored(status, url, body, float(stored))

    def put(self, key: str, status: int, url: str, body: str) -> None:
        if self._db is None:
            return
        try:
            self._db.execute(
                "INSERT OR REPLACE INTO answers (key, status, url, body, stored) "
                "VALUES (?, ?, ?, ?, ?)",
                (key, status, url, body, time.time()),
            )
        except sqlite3.Error as exc:
            self._give_up(f"cannot write the cache {self.path} ({exc}); this run does without it")

    def forget(self, key: str) -> None:
        if self._db is None:
            return
        try:
            self._db.execute("DELETE FROM answers WHERE key = ?", (key,))
        except sqlite3.Error as exc:
            self._give_up(f"cannot write the cache {self.path} ({exc}); this run does without it")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
