"""The resolver against a misbehaving server and broken cache files: never a traceback,
never a hang, never a wrong answer cached. Every fault ends as `unavailable` (R104) or a
one-line note on stderr, and the run goes on."""

from __future__ import annotations

import functools
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.openlibrary.cache import CACHE_TABLE
from citecheck.openlibrary.client import OpenLibraryClient
from citecheck.openlibrary.config import CACHE_FILE, ClientConfig
from tests.openlibrary_faults import BODIES, STATUS, FaultServer

QUERY = {"title": "dune", "author": "herbert", "limit": "10"}
MANUSCRIPT = "Text.1\n\nNotes\n\n1 Herbert, 1965, p. 4.\n"
BAD_BODIES = sorted(set(BODIES) - {"ok", "injected-title"})  # that one is well formed


@pytest.fixture(scope="module")
def faults() -> Iterator[FaultServer]:
    with FaultServer(drip_seconds=4.0) as server:
        yield server


def client(url: str, cache: Path, **settings: object) -> OpenLibraryClient:
    values: dict[str, object] = {"rate_limit": 1000.0, "backoff": 0.0, "timeout": 5.0}
    values.update(settings)
    return OpenLibraryClient(ClientConfig(base_url=url, cache_dir=cache, **values))  # type: ignore[arg-type]


def cached_rows(cache: Path) -> int:
    path = cache / CACHE_FILE
    if not path.exists():
        return 0
    with sqlite3.connect(path) as db:
        return db.execute(f"SELECT count(*) FROM {CACHE_TABLE}").fetchone()[0]


def test_a_good_answer_is_used_and_cached(faults, tmp_path) -> None:
    fetch = client(faults.url_for("ok"), tmp_path).search(QUERY)
    assert fetch.ok and fetch.data["docs"][0]["key"] == "/works/OL1W"
    assert cached_rows(tmp_path) == 1
    again = client(faults.url_for("ok"), tmp_path, offline=True).search(QUERY)
    assert again.ok and again.from_cache


@pytest.mark.parametrize("mode", BAD_BODIES)
def test_a_bad_body_fails_and_is_never_cached(faults, tmp_path, mode) -> None:
    fetch = client(faults.url_for(mode), tmp_path, tries=2).search(QUERY)
    assert fetch.outcome == "failed" and fetch.detail
    assert cached_rows(tmp_path) == 0
    offline = client(faults.url_for(mode), tmp_path, offline=True).search(QUERY)
    assert offline.outcome == "offline"


@pytest.mark.parametrize("status", sorted(STATUS))
def test_429_and_5xx_fail_after_the_retries(faults, tmp_path, status) -> None:
    fetch = client(faults.url_for(status), tmp_path, tries=2).search(QUERY)
    assert fetch.outcome == "failed" and f"HTTP {status}" in fetch.detail
    assert cached_rows(tmp_path) == 0


@pytest.mark.parametrize("mode", ["huge", "huge-declared"])
def test_a_1_gb_body_is_abandoned_at_the_cap(faults, tmp_path, mode) -> None:
    started = time.monotonic()
    fetch = client(faults.url_for(mode), tmp_path, tries=1).search(QUERY)
    assert fetch.outcome == "failed" and "larger than" in fetch.detail
    assert time.monotonic() - started < 5
    assert cached_rows(tmp_path) == 0


@pytest.mark.parametrize("mode", ["drip-body", "drip-headers"])
def test_a_dripping_server_meets_the_total_deadline(faults, tmp_path, mode) -> None:
    started = time.monotonic()
    fetch = client(faults.url_for(mode), tmp_path, tries=1, timeout=1.0).search(QUERY)
    assert fetch.outcome == "failed" and "no answer within 1 s" in fetch.detail
    assert time.monotonic() - started < 2.5


def test_a_redirect_to_another_host_is_not_followed(faults, tmp_path) -> None:
    fetch = client(faults.url_for("redirect-other-host"), tmp_path, tries=1).search(QUERY)
    assert fetch.outcome == "failed" and "another host" in fetch.detail
    assert cached_rows(tmp_path) == 0


def test_a_redirect_on_the_same_host_is_followed(faults, tmp_path) -> None:
    fetch = client(faults.url_for("redirect-same-host"), tmp_path).search(QUERY)
    assert fetch.ok and "/ok/" in fetch.url


def test_a_redirect_loop_ends(faults, tmp_path) -> None:
    fetch = client(faults.url_for("redirect-loop"), tmp_path, tries=1).search(QUERY)
    assert fetch.outcome == "failed" and "redirects" in fetch.detail


# --- broken cache files ------------------------------------------------------------------


def test_a_corrupt_cache_is_reported_once_moved_aside_and_rebuilt(faults, tmp_path) -> None:
    (tmp_path / CACHE_FILE).write_bytes(b"this is not a database\x00" * 200)
    notes: list[str] = []
    config = ClientConfig(base_url=faults.url_for("ok"), cache_dir=tmp_path, rate_limit=1000.0)
    fetch = OpenLibraryClient(config, notify=notes.append).search(QUERY)
    assert fetch.ok
    assert len(notes) == 1 and "corrupt" in notes[0] and "rebuilt" in notes[0]
    assert (tmp_path / (CACHE_FILE + ".corrupt")).exists()
    assert cached_rows(tmp_path) == 1


def test_a_locked_cache_is_bypassed_within_the_busy_timeout(faults, tmp_path) -> None:
    client(faults.url_for("ok"), tmp_path).close()  # create it
    holder = sqlite3.connect(tmp_path / CACHE_FILE, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        notes: list[str] = []
        config = ClientConfig(base_url=faults.url_for("ok"), cache_dir=tmp_path, rate_limit=1e3)
        started = time.monotonic()
        fetch = OpenLibraryClient(config, notify=notes.append).search(QUERY)
        assert fetch.ok and not fetch.from_cache
        assert time.monotonic() - started < 5
        assert len(notes) == 1 and "locked" in notes[0]
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_an_unwritable_cache_place_is_bypassed(faults, tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    notes: list[str] = []
    config = ClientConfig(base_url=faults.url_for("ok"), cache_dir=blocker / "c", rate_limit=1e3)
    assert OpenLibraryClient(config, notify=notes.append).search(QUERY).ok
    assert len(notes) == 1 and "cache" in notes[0]
    (tmp_path / "dir" / CACHE_FILE).mkdir(parents=True)  # the cache file is a folder
    config = ClientConfig(base_url=faults.url_for("ok"), cache_dir=tmp_path / "dir", rate_limit=1e3)
    notes.clear()
    assert OpenLibraryClient(config, notify=notes.append).search(QUERY).ok
    assert len(notes) == 1


def test_a_cached_answer_of_the_wrong_shape_is_ignored(faults, tmp_path) -> None:
    client(faults.url_for("ok"), tmp_path).search(QUERY)
    with sqlite3.connect(tmp_path / CACHE_FILE) as db:
        db.execute(f"UPDATE {CACHE_TABLE} SET body = ?", ('{"docs": 5}',))
    offline = client(faults.url_for("ok"), tmp_path, offline=True).search(QUERY)
    assert offline.outcome == "offline"
    assert cached_rows(tmp_path) == 0


# --- through the command line --------------------------------------------------------------


@pytest.fixture
def no_backoff(monkeypatch) -> None:
    """The command line has no backoff option: the retries' waits are not under test here."""
    from citecheck.commands import resolve

    monkeypatch.setattr(resolve, "ClientConfig", functools.partial(ClientConfig, backoff=0.0))


@pytest.mark.parametrize("mode", ["nested-arrays", "nan", "docs-5", "key-int", "huge", "503"])
def test_lint_resolve_reports_r104_and_goes_on(faults, tmp_path, capsys, no_backoff, mode) -> None:
    manuscript = tmp_path / "m.txt"
    manuscript.write_text(MANUSCRIPT, encoding="utf-8")
    argv = ["lint", str(manuscript), "--resolve", "--select", "R", "--format", "json"]
    argv += ["--openlibrary-url", faults.url_for(mode), "--cache-dir", str(tmp_path / "c")]
    argv += ["--rate-limit", "1000", "--exit-zero"]
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 0 and "Traceback" not in err
    assert '"R104"' in out
    assert cached_rows(tmp_path / "c") == 0


def test_resolve_survives_a_corrupt_cache_with_one_note(faults, tmp_path, capsys) -> None:
    manuscript = tmp_path / "m.txt"
    manuscript.write_text(MANUSCRIPT, encoding="utf-8")
    cache = tmp_path / "c"
    cache.mkdir()
    (cache / CACHE_FILE).write_bytes(b"\x00garbage" * 100)
    argv = ["resolve", str(manuscript), "--openlibrary-url", faults.url_for("ok")]
    argv += ["--cache-dir", str(cache), "--rate-limit", "1000"]
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and "corrupt" in err and "Traceback" not in err
    assert "1 cited works: 1 confirmed" in out


def test_an_unforeseen_failure_in_one_lookup_is_r104(faults, tmp_path, monkeypatch) -> None:
    from citecheck.openlibrary import resolver as resolver_module
    from citecheck.openlibrary.resolver import CitedWork, Resolver

    def explode(data: object) -> tuple[()]:
        raise KeyError("surprise")

    monkeypatch.setattr(resolver_module, "candidates_from_search", explode)
    work = CitedWork("Herbert, 1965", ("Herbert",), "1965", "Dune", "", None, ())
    resolution = Resolver(client(faults.url_for("ok"), tmp_path)).resolve_safely(work)
    assert resolution.status == "unavailable" and "KeyError" in resolution.detail


def test_waiting_for_the_rate_limit_does_not_count_against_the_deadline(faults, tmp_path) -> None:
    slow = client(faults.url_for("ok"), tmp_path, rate_limit=2.0, timeout=0.3)
    assert slow.search(QUERY).ok
    assert slow.search({**QUERY, "title": "children of dune"}).ok  # waited 0.5 s first
