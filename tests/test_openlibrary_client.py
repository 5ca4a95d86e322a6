"""The OpenLibrary client against a loopback server: cache, rate limit, retries, failures."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests

from citecheck.openlibrary.client import OpenLibraryClient, retry_after
from citecheck.openlibrary.config import DEFAULT_RATE, DEFAULT_URL, ClientConfig, default_url
from citecheck.openlibrary.scoring import FIELDS
from tests.openlibrary_server import (
    FakeOpenLibrary,
    Reply,
    forbidden,
    malformed,
    too_many,
    unavailable,
)

SEARCH = {
    "title": "salt cartographer",
    "author": "verrill",
    "fields": FIELDS,
    "lang": "en",
    "limit": "10",
}


@pytest.fixture
def server() -> Iterator[FakeOpenLibrary]:
    with FakeOpenLibrary() as fake:
        yield fake


def client_for(server: FakeOpenLibrary, cache: Path, **settings: object) -> OpenLibraryClient:
    values: dict[str, object] = {"rate_limit": 50.0, "backoff": 0.01, "timeout": 5.0}
    values.update(settings)
    config = ClientConfig(base_url=server.url, cache_dir=cache, **values)  # type: ignore[arg-type]
    return OpenLibraryClient(config)


def test_defaults_name_the_live_service_and_one_request_per_second(monkeypatch) -> None:
    monkeypatch.delenv("CITECHECK_OPENLIBRARY_URL", raising=False)
    assert default_url() == DEFAULT_URL == "https://openlibrary.org"
    assert DEFAULT_RATE == 1.0 == ClientConfig().rate_limit
    monkeypatch.setenv("CITECHECK_OPENLIBRARY_URL", "http://mirror.invalid")
    assert default_url() == "http://mirror.invalid"


def test_user_agent_identifies_the_client_and_its_contact(server, tmp_path) -> None:
    client = client_for(server, tmp_path, contact="mailto:editor@example.org")
    assert client.search(SEARCH).ok
    agent = server.requests()[0].user_agent
    assert re.fullmatch(r"citecheck/\S+ \(\+https://\S+; mailto:editor@example\.org\)", agent)
    assert "python-requests" not in agent


def test_identical_lookups_in_a_run_make_one_request(server, tmp_path) -> None:
    client = client_for(server, tmp_path)
    first, second = client.search(SEARCH), client.search(dict(reversed(SEARCH.items())))
    assert first == second and first.ok
    assert len(server.requests()) == 1


def test_second_client_answers_from_the_persistent_cache(server, tmp_path) -> None:
    assert client_for(server, tmp_path).search(SEARCH).from_cache is False
    again = client_for(server, tmp_path).search(SEARCH)
    assert again.ok and again.from_cache
    assert len(server.requests()) == 1
    assert (tmp_path / "openlibrary.sqlite").is_file()


def test_refresh_goes_back_to_the_service(server, tmp_path) -> None:
    client_for(server, tmp_path).search(SEARCH)
    fresh = client_for(server, tmp_path, refresh=True).search(SEARCH)
    assert fresh.ok and not fresh.from_cache
    assert len(server.requests()) == 2


def test_offline_with_an_empty_cache_makes_no_request(server, tmp_path) -> None:
    fetch = client_for(server, tmp_path, offline=True).search(SEARCH)
    assert fetch.outcome == "offline" and fetch.unavailable
    assert server.requests() == []


def test_offline_answers_from_the_cache(server, tmp_path) -> None:
    client_for(server, tmp_path).search(SEARCH)
    fetch = client_for(server, tmp_path, offline=True).search(SEARCH)
    assert fetch.ok and fetch.from_cache
    assert len(server.requests()) == 1


def test_rate_limit_spaces_distinct_lookups(server, tmp_path) -> None:
    rate, count = 10.0, 5
    client = client_for(server, tmp_path, rate_limit=rate)
    for n in range(count):
        assert client.search({**SEARCH, "title": f"salt cartographer {n}"}).ok
    times = [r.time for r in server.requests()]
    assert len(times) == count
    # Logged when the server handles each request, so allow for a loaded machine's
    # scheduling (0.1 s); unthrottled, the five requests would take a few ms in all,
    # far below the 0.3 s bound.
    assert times[-1] - times[0] >= (count - 1) / rate - 0.1


def test_cache_hits_do_not_wait_for_the_rate_limit(server, tmp_path) -> None:
    client_for(server, tmp_path).search(SEARCH)
    slow = client_for(server, tmp_path, rate_limit=0.01)  # one request per 100 s
    slow.search(SEARCH)
    assert slow.network_requests == 0


def test_429_then_200_succeeds_after_retry_after(server, tmp_path) -> None:
    server.script("/search.json", too_many(retry_after="1"))
    fetch = client_for(server, tmp_path).search(SEARCH)
    assert fetch.ok
    first, second = server.requests()
    assert second.time - first.time >= 1.0  # the backoff alone is 0.01 s


def test_three_503s_give_up_without_raising(server, tmp_path) -> None:
    server.script("/search.json", unavailable(), unavailable(), unavailable())
    fetch = client_for(server, tmp_path).search(SEARCH)
    assert fetch.outcome == "failed" and "503" in fetch.detail
    assert len(server.requests()) == 3


def test_503_is_never_cached(server, tmp_path) -> None:
    server.script("/search.json", unavailable(), unavailable(), unavailable())
    client_for(server, tmp_path).search(SEARCH)
    assert client_for(server, tmp_path).search(SEARCH).ok
    assert len(server.requests()) == 4


def test_403_stops_every_further_request_in_the_run(server, tmp_path) -> None:
    server.script("/search.json", forbidden())
    client = client_for(server, tmp_path)
    fetch = client.search(SEARCH)
    assert fetch.outcome == "blocked" and "--contact" in fetch.detail
    later = client.search({**SEARCH, "title": "tidewater atlas"})
    assert later.outcome == "blocked"
    assert len(server.requests()) == 1


def test_malformed_json_is_not_cached(server, tmp_path) -> None:
    server.script("/search.json", malformed(), malformed(), malformed())
    fetch = client_for(server, tmp_path).search(SEARCH)
    assert fetch.outcome == "failed" and "JSON" in fetch.detail
    assert len(server.requests()) == 3
    offline = client_for(server, tmp_path, offline=True).search(SEARCH)
    assert offline.outcome == "offline"  # nothing was stored
    assert client_for(server, tmp_path).search(SEARCH).ok
    assert len(server.requests()) == 4


def test_slow_answer_hits_the_read_timeout_and_degrades(server, tmp_path) -> None:
    server.script("/search.json", Reply(body=b"{}", delay=2.0))
    fetch = client_for(server, tmp_path, timeout=0.3, tries=1).search(SEARCH)
    assert fetch.outcome == "failed" and "no answer within 0.3 s" in fetch.detail


def test_404_is_an_answer_and_is_cached(server, tmp_path) -> None:
    assert client_for(server, tmp_path).get("/works/OL0W.json").outcome == "not-found"
    again = client_for(server, tmp_path).get("/works/OL0W.json")
    assert again.outcome == "not-found" and again.from_cache
    assert len(server.requests()) == 1


def test_connection_refused_degrades(tmp_path) -> None:
    with FakeOpenLibrary() as gone:
        url = gone.url
    client = OpenLibraryClient(
        ClientConfig(base_url=url, cache_dir=tmp_path, backoff=0.01, rate_limit=50)
    )
    fetch = client.search(SEARCH)
    assert fetch.outcome == "failed" and "connection failed" in fetch.detail


def test_retry_after_reads_seconds_and_http_dates() -> None:
    def response(value: str) -> requests.Response:
        r = requests.Response()
        r.headers["Retry-After"] = value
        return r

    now = datetime(2025, 1, 16, 12, 0, 0, tzinfo=UTC)
    assert retry_after(response("3")) == 3.0
    assert retry_after(response("Thu, 16 Jan 2025 12:00:05 GMT"), now) == 5.0
    assert retry_after(response("soon")) is None
    assert retry_after(requests.Response()) is None


def test_plain_lint_does_not_import_requests() -> None:
    code = (
        "import sys; from citecheck.cli import build_parser; build_parser(); "
        "import citecheck.rules; print('requests' in sys.modules, 'requests_cache' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False False"


def test_a_dead_service_is_given_up_after_two_failed_lookups(server, tmp_path) -> None:
    server.replies["/search.json"] = unavailable()
    client = client_for(server, tmp_path)
    outcomes = [client.search({**SEARCH, "title": f"t{n}"}).outcome for n in range(4)]
    assert outcomes == ["failed"] * 4
    assert len(server.requests()) == 6
    assert client.down and "no more requests" in client.down


def test_one_failure_then_success_keeps_the_service_in_use(server, tmp_path) -> None:
    server.script("/search.json", unavailable(), unavailable(), unavailable())
    client = client_for(server, tmp_path)
    assert client.search({**SEARCH, "title": "t1"}).outcome == "failed"
    assert client.search({**SEARCH, "title": "t2"}).ok
    assert client.search({**SEARCH, "title": "t3"}).ok
    assert client.down is None
