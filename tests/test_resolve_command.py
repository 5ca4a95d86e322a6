"""`lint --resolve` and `resolve` end to end, in-process, against the loopback server.

Citations and the bibliography are built from model values and put into the manuscript
the engine builds, so these tests do not depend on the extractors.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

import citecheck.extract
from citecheck.cli import main
from citecheck.model import (
    Author,
    Bibliography,
    Citation,
    Manuscript,
    Resolution,
    SourceText,
    Span,
)
from citecheck.rules.base import CheckContext
from citecheck.rules.resolution import AMBIGUOUS, MISMATCH, RULES, UNAVAILABLE, UNRESOLVED
from tests.helpers import source_of
from tests.openlibrary_server import FakeOpenLibrary, forbidden, unavailable

TEXT = (
    "The map changed the genre (Verrill, 1965). The weather novel (Vasquez-Thorne and Pell, 2019)\n"
    "plays with form. A satire (Voltaire, 1759) is cited too. Salt again (Verrill, 1965).\n"
    "A misremembered date (Verril, 1962).\n"
)


def author(surname: str) -> Author:
    return Author(surname, surname.casefold())


def citation(text: str, *surnames: str, year: str) -> Citation:
    start = TEXT.index(text)
    return Citation(
        text=text,
        span=Span(start, start + len(text)),
        authors=tuple(author(s) for s in surnames),
        year=year,
        suffix="",
        locator="",
        pattern="(A, Y)",
        note=None,
    )


def reference(key: str, title: str, year: str, *surnames: str) -> object:
    from citecheck.model import Reference

    return Reference(key, tuple(author(s) for s in surnames), year, "", title, "refs.bib", 1)


CITATIONS = (
    citation("Verrill, 1965", "Verrill", year="1965"),
    citation("Vasquez-Thorne and Pell, 2019", "Vasquez-Thorne", "Pell", year="2019"),
    citation("Voltaire, 1759", "Voltaire", year="1759"),
    replace(
        citation("Verrill, 1965", "Verrill", year="1965"),
        span=Span(TEXT.rindex("Verrill, 1965"), TEXT.rindex("Verrill, 1965") + 13),
    ),
    citation("Verril, 1962", "Verril", year="1962"),
)
BIBLIOGRAPHY = Bibliography(
    references=(
        reference("verrill1965", "The Salt Cartographer", "1965", "Verrill"),
        reference(
            "vasquezthorne2019", "A Ledger of Small Weathers", "2019", "Vasquez-Thorne", "Pell"
        ),
        reference("voltaire1759", "Candide, ou l'Optimisme", "1759", "Voltaire"),
        reference("verril1962", "The Salt Cartographer", "1962", "Verril"),
    )
)


@pytest.fixture
def manuscript_with_citations(monkeypatch) -> None:
    real = citecheck.extract.build_manuscript

    def build(source: SourceText, bibliography=None, **kwargs) -> Manuscript:
        built = real(source, bibliography, **kwargs)
        return replace(built, citations=CITATIONS, bibliography=BIBLIOGRAPHY)

    monkeypatch.setattr(citecheck.extract, "build_manuscript", build)


@pytest.fixture
def server() -> Iterator[FakeOpenLibrary]:
    with FakeOpenLibrary() as fake:
        yield fake


@pytest.fixture
def paths(tmp_path: Path) -> dict[str, str]:
    manuscript = tmp_path / "chapter.txt"
    manuscript.write_text(TEXT, encoding="utf-8")
    return {"manuscript": str(manuscript), "cache": str(tmp_path / "cache")}


def lint(paths, server, capsys, *extra: str) -> tuple[int, list[dict], str]:
    argv = ["lint", paths["manuscript"], "--resolve", "--format", "json"]
    argv += ["--openlibrary-url", server.url, "--cache-dir", paths["cache"], "--rate-limit", "50"]
    code = main([*argv, *extra])
    out, err = capsys.readouterr()
    findings = json.loads(out)["files"][0]["findings"]
    return code, [f for f in findings if f["code"].startswith("R1")], err


pytestmark = pytest.mark.usefixtures("manuscript_with_citations")


def test_lint_resolve_reports_each_status(paths, server, capsys) -> None:
    code, findings, _ = lint(paths, server, capsys)
    assert code == 0
    by_rule = {f["rule"]: f for f in findings}
    assert sorted(by_rule) == ["reference-mismatch", "unresolved-reference"]
    unresolved = by_rule["unresolved-reference"]
    assert unresolved["message"].startswith("OpenLibrary has no record of Voltaire, 1759")
    assert "exist" not in unresolved["message"]
    assert (unresolved["line"], unresolved["column"]) == (2, 28)
    mismatch = by_rule["reference-mismatch"]
    assert mismatch["data"]["cited"] == {"authors": ["Verril"], "year": "1962"}
    assert mismatch["data"]["found"]["first_year"] == 1965
    assert mismatch["data"]["found"]["spellings"] == [["Verril", "Verrill"]]
    assert mismatch["data"]["problems"] == ["author", "year"]


def test_requests_are_identified_with_explicit_fields(paths, server, capsys) -> None:
    lint(paths, server, capsys, "--contact", "mailto:editor@example.org")
    searches = server.requests("/search.json")
    assert searches
    for request in searches:
        assert "mailto:editor@example.org" in request.user_agent
        assert "publish_year" in request.query["fields"].split(",")
        assert request.query["lang"] == "en"
    authors = {r.query["author"] for r in searches if "author" in r.query}
    assert authors == {"verrill", "vasquez thorne", "voltaire", "verril"}  # folded surnames only
    # the work cited twice is looked up once
    twice = [r for r in searches if r.query.get("author") == "verrill"]
    assert len(twice) == 1


def test_second_run_makes_no_requests(paths, server, capsys) -> None:
    first = lint(paths, server, capsys)
    made = len(server.requests())
    assert made > 0
    second = lint(paths, server, capsys)
    assert len(server.requests()) == made
    assert [f["code"] for f in second[1]] == [f["code"] for f in first[1]]


def test_offline_with_empty_cache_makes_no_requests(paths, server, capsys) -> None:
    code, findings, _ = lint(paths, server, capsys, "--offline", "--fail-on", "warning")
    assert server.requests() == []
    assert {f["rule"] for f in findings} == {"resolution-unavailable"}
    assert len(findings) == 4  # four distinct works
    assert all(f["severity"] == "info" for f in findings)
    assert code == 0


def test_offline_after_an_online_run_answers_from_the_cache(paths, server, capsys) -> None:
    lint(paths, server, capsys)
    made = len(server.requests())
    _, findings, _ = lint(paths, server, capsys, "--offline")
    assert len(server.requests()) == made
    assert "resolution-unavailable" not in {f["rule"] for f in findings}


def test_service_failure_degrades_to_unavailable(paths, server, capsys) -> None:
    # Retry-After: 0 keeps the test fast; plain 503 backoff is tested on the client
    server.replies["/search.json"] = replace(
        unavailable(), headers=(("Content-Type", "text/html"), ("Retry-After", "0"))
    )
    code, findings, _ = lint(paths, server, capsys, "--fail-on", "warning")
    assert code == 0
    assert {f["rule"] for f in findings} == {"resolution-unavailable"}
    assert len(findings) == 4 and all("503" in f["message"] for f in findings)
    # two works tried three times each; then the service counts as down for the run
    assert len(server.requests()) == 6


def test_403_stops_the_run_and_gives_advice(paths, server, capsys) -> None:
    server.replies["/search.json"] = forbidden()
    code, findings, _ = lint(paths, server, capsys)
    assert code == 0
    assert len(server.requests()) == 1
    assert len(findings) == 4 and all("--contact" in f["message"] for f in findings)


def test_resolve_prints_a_table_then_reads_the_cache(paths, server, capsys) -> None:
    argv = ["resolve", paths["manuscript"], "--openlibrary-url", server.url]
    argv += ["--cache-dir", paths["cache"], "--rate-limit", "50"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[1].split()[:3] == ["status", "citation", "work"]
    row = next(line for line in lines if "Verrill, 1965" in line)
    assert row.split()[:6] == ["confirmed", "Verrill,", "1965", "OL9000001W", "-", "1965"]
    assert "network" in row and "The Salt Cartographer — Tomas Verrill" in row
    assert "4 cited works: 2 confirmed, 1 mismatch, 1 unresolved (0 from the cache)" in out
    made = len(server.requests())
    assert main(argv) == 0
    assert "(4 from the cache)" in capsys.readouterr().out
    assert len(server.requests()) == made


def test_write_bib_needs_force_to_replace(paths, server, capsys, tmp_path) -> None:
    target = tmp_path / "found.bib"
    argv = ["resolve", paths["manuscript"], "--openlibrary-url", server.url]
    argv += ["--cache-dir", paths["cache"], "--rate-limit", "50", "--write-bib", str(target)]
    assert main(argv) == 0
    bib = target.read_text(encoding="utf-8")
    assert bib.count("@book{") == 2
    assert "@book{verrill1965," in bib and "isbn = {9780000000002}" in bib
    assert "publisher = {Hollowmere Press}" in bib and "OpenLibrary /works/OL9000001W" in bib
    assert "voltaire" not in bib and "verril1962" not in bib
    target.write_text("% mine\n", encoding="utf-8")
    capsys.readouterr()
    assert main(argv) == 2
    assert "--force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "% mine\n"
    assert main([*argv, "--force"]) == 0
    assert target.read_text(encoding="utf-8") == bib


@pytest.mark.parametrize(
    "extra",
    [["--rate-limit", "0"], ["--offline", "--refresh"], ["--openlibrary-url", "ftp://x"]],
)
def test_bad_resolver_options_are_one_line_errors(paths, capsys, extra) -> None:
    assert main(["lint", paths["manuscript"], "--resolve", *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("citecheck: error: ") and "Traceback" not in err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(paths, server, capsys, monkeypatch) -> None:
    _, _, err = lint(paths, server, capsys)
    assert "resolving" not in err
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    lint(paths, server, capsys)
    assert "resolving [" in terminal.getvalue() and "4/4" in terminal.getvalue()


# --- the rules on their own ------------------------------------------------------------------


def context(*resolutions: Resolution | None) -> CheckContext:
    manuscript = Manuscript(source=source_of(TEXT), markers=())
    if resolutions == (None,):
        return CheckContext(manuscript, None)
    return CheckContext(manuscript, resolutions)


SPAN = Span(24, 37)


@pytest.mark.parametrize(
    ("rule", "status"),
    [
        (UNRESOLVED, "unresolved"),
        (MISMATCH, "mismatch"),
        (AMBIGUOUS, "ambiguous"),
        (UNAVAILABLE, "unavailable"),
    ],
)
def test_each_rule_fires_on_its_status_only(rule, status) -> None:
    failing = Resolution("Herbert, 1965", status, spans=(SPAN, Span(200, 213)), detail="x")
    (finding,) = rule.check(context(failing))
    assert finding.span == SPAN and finding.code == rule.code
    assert len(finding.related) == 1
    passing = Resolution("Herbert, 1965", "confirmed", spans=(SPAN,))
    assert list(rule.check(context(passing))) == []
    assert list(rule.check(context(None))) == []


def test_rules_are_documented_with_fixed_names() -> None:
    assert [(r.code, r.name, r.severity.label) for r in RULES] == [
        ("R101", "unresolved-reference", "warning"),
        ("R102", "reference-mismatch", "warning"),
        ("R103", "ambiguous-resolution", "info"),
        ("R104", "resolution-unavailable", "info"),
    ]
    for rule in RULES:
        assert "What it does" in rule.doc and "Fix:" in rule.doc


def test_ambiguous_lists_the_candidates() -> None:
    r = Resolution(
        "Herbert",
        "ambiguous",
        spans=(SPAN,),
        candidates=(
            "Dune (Frank Herbert, 1965) /works/OL893414W",
            "Children of Dune (Frank Herbert, 1976) /works/OL893516W",
        ),
    )
    (finding,) = AMBIGUOUS.check(context(r))
    assert "2 works" in finding.message and len(finding.data["candidates"]) == 2


def test_resolve_offline_with_an_empty_cache_says_nothing_came_from_it(
    paths, server, capsys
) -> None:
    argv = ["resolve", paths["manuscript"], "--openlibrary-url", server.url]
    argv += ["--cache-dir", paths["cache"], "--offline"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "4 cited works: 4 unavailable (0 from the cache)" in out
    assert server.requests() == []
