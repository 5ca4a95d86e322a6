"""Manuscript -> one `Resolution` per cited work, by walking the query ladder.

A work is looked up by its bibliography entry (title and authors) when the citation has
one, else by the citation's first surname and year. Identical lookups are answered once
by the client, so a work cited twenty times costs one lookup.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from citecheck.bibliography import usable_references
from citecheck.model import Citation, Manuscript, Reference, Resolution, Span
from citecheck.openlibrary.candidates import Candidate, candidates_from_search, fold, with_editions
from citecheck.openlibrary.scoring import Query, Verdict, decide, ladder

if TYPE_CHECKING:  # the client imports requests; only make_resolver loads it
    from citecheck.openlibrary.client import Fetch, OpenLibraryClient

MAX_LOOKUPS = 3  # per work, as the design note advises (OpenLibrary asks for restraint)
EDITIONS_LIMIT = "50"

# A year in a citation or entry: "1974", "1974a"; not "n.d." or "forthcoming".
_YEAR = re.compile(r"(?<!\d)(?P<year>\d{4})(?!\d)")

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class CitedWork:
    label: str
    surnames: tuple[str, ...]
    year_text: str
    title: str
    isbn: str
    reference_key: str | None
    spans: tuple[Span, ...]

    @property
    def query(self) -> Query:
        match = _YEAR.search(self.year_text)
        year = int(match["year"]) if match else None
        return Query(self.surnames, year, self.title, self.isbn)


def references(manuscript: Manuscript) -> tuple[Reference, ...]:
    """The entries a citation's work is looked up by: those the citation rules match
    against (the .bib entries when a .bib was given, else the manuscript's own list)."""
    return usable_references(manuscript)


def cited_works(manuscript: Manuscript) -> tuple[CitedWork, ...]:
    """Citations grouped by the work they cite, in order of first citation."""
    refs = references(manuscript)
    by_key = {r.key: r for r in refs}
    by_label: dict[tuple[str, str], Reference] = {}
    for ref in refs:
        if ref.authors:
            by_label.setdefault((fold(ref.authors[0].surname), ref.year + ref.suffix), ref)
    groups: dict[str, tuple[Reference | None, Citation, list[Span]]] = {}
    for citation in manuscript.citations:
        ref = by_key.get(citation.key) if citation.key else None
        if ref is None and citation.authors:
            first = fold(citation.authors[0].surname)
            ref = by_label.get((first, citation.year + citation.suffix))
        group = f"ref:{ref.key}" if ref else f"text:{citation.label}"
        groups.setdefault(group, (ref, citation, []))[2].append(citation.span)
    works = []
    for ref, citation, spans in groups.values():
        cited = tuple(a.surname for a in citation.authors)
        if ref is not None:
            works.append(
                CitedWork(
                    label=citation.label,
                    surnames=tuple(a.surname for a in ref.authors[:3]) or cited,
                    year_text=ref.year or citation.year,
                    title=ref.title,
                    isbn=re.sub(r"[^0-9Xx]", "", ref.field("isbn")),
                    reference_key=ref.key,
                    spans=tuple(spans),
                )
            )
        else:
            works.append(
                CitedWork(citation.label, cited, citation.year, "", "", None, tuple(spans))
            )
    return tuple(works)


class Resolver:
    """Callable the engine runs once per manuscript (`lint_paths(..., resolver=...)`)."""

    def __init__(self, client: OpenLibraryClient, progress: Progress | None = None) -> None:
        self.client = client
        self.progress = progress
        self.site = client.config.base_url.rstrip("/")

    def __call__(self, manuscript: Manuscript) -> tuple[Resolution, ...]:
        works = [w for w in cited_works(manuscript) if ladder(w.query)]
        results = []
        for done, work in enumerate(works, start=1):
            results.append(self.resolve_safely(work))
            if self.progress:
                self.progress(done, len(works), work.label)
        return tuple(results)

    def resolve_safely(self, work: CitedWork) -> Resolution:
        """`resolve`, with the resolver's error boundary: whatever goes wrong while one work
        is looked up (an answer no check foresaw, a cache that fails mid-run) makes that
        work `unavailable` (R104), never a crash of the run."""
        try:
            return self.resolve(work)
        except Exception as exc:
            detail = " ".join(f"the lookup failed ({type(exc).__name__}: {exc})".split())
            return self._unavailable(work, detail[:200])

    def resolve(self, work: CitedWork) -> Resolution:
        query = work.query
        fetches: list[Fetch] = []
        candidates: list[Candidate] = []
        verdict = Verdict("unresolved")
        for params in ladder(query)[:MAX_LOOKUPS]:
            if "q" in params and "title" not in params and candidates and query.title:
                break  # the loosest query only when the title searches found nothing
            fetch = self.client.search(params)
            fetches.append(fetch)
            if fetch.unavailable:
                return self._unavailable(work, fetch.detail)
            candidates.extend(candidates_from_search(fetch.data) if fetch.ok else ())
            verdict = decide(query, candidates)
            if verdict.status != "unresolved":
                break
        verdict = self._check_editions(query, verdict, candidates, fetches)
        return self._resolution(work, verdict, fetches)

    def _check_editions(
        self, query: Query, verdict: Verdict, candidates: list[Candidate], fetches: list[Fetch]
    ) -> Verdict:
        """When a search doc carries no edition years, read the work's editions once."""
        best = verdict.best
        if (
            best is None
            or verdict.status == "ambiguous"
            or best.candidate.years
            or query.year is None
            or best.relation in {"first-edition", "edition-year"}
        ):
            return verdict
        fetch = self.client.get(f"{best.candidate.key}/editions.json", {"limit": EDITIONS_LIMIT})
        if not fetch.ok or not isinstance(fetch.data, dict):
            return verdict  # keep what the search said; an outage here changes nothing
        fetches.append(fetch)
        entries = [e for e in fetch.data.get("entries") or () if isinstance(e, dict)]
        dated = with_editions(best.candidate, entries, query.year)
        others = [c for c in candidates if c.key != dated.key]
        return decide(query, [dated, *others])

    def _unavailable(self, work: CitedWork, detail: str) -> Resolution:
        return Resolution(
            citation=work.label,
            status="unavailable",
            reference_key=work.reference_key,
            detail=detail,
            spans=work.spans,
            cited_authors=work.surnames,
            cited_year=work.year_text,
            from_cache=False,  # nothing usable came from the cache, or it would not be unavailable
        )

    def _resolution(self, work: CitedWork, verdict: Verdict, fetches: list[Fetch]) -> Resolution:
        base = Resolution(
            citation=work.label,
            status=verdict.status,
            reference_key=work.reference_key,
            from_cache=bool(fetches) and all(f.from_cache for f in fetches),
            spans=work.spans,
            cited_authors=work.surnames,
            cited_year=work.year_text,
        )
        best = verdict.best
        if best is None:
            return base
        c = best.candidate
        year = work.query.year
        in_ol = year is not None and (year == c.first_year or year in c.years)
        return replace(
            base,
            work_key=c.key,
            edition_key=c.edition_key,
            title=c.full_title,
            authors=c.authors,
            first_year=c.first_year,
            matched_year=year if in_ol else None,
            url=f"{self.site}{c.key}",
            detail=_detail(work, verdict),
            candidates=tuple(_describe(s.candidate) for s in (best, *verdict.rivals))
            if verdict.status == "ambiguous"
            else (),
            years=tuple(sorted(c.years)),
            problems=verdict.problems,
            spellings=best.spelling,
            publisher=c.publisher,
            isbn=c.isbn,
            score=best.total,
        )


def _describe(c: Candidate) -> str:
    authors = ", ".join(c.authors[:2]) or "no author recorded"
    year = f", {c.first_year}" if c.first_year else ""
    return f"{c.full_title} ({authors}{year}) {c.key}"


def _detail(work: CitedWork, verdict: Verdict) -> str:
    best = verdict.best
    assert best is not None
    c = best.candidate
    notes = []
    for cited, found in best.spelling:
        notes.append(f"author spelled '{cited}' in the manuscript, '{found}' in OpenLibrary")
    if best.missing:
        listed = ", ".join(c.authors) or "no author"
        notes.append(f"OpenLibrary lists {listed}, not {', '.join(best.missing)}")
    relation = best.relation
    if relation == "predates-OL-first-edition":
        notes.append(
            f"cited {work.year_text}, but the earliest edition OpenLibrary records "
            f"is {c.first_year}"
        )
    elif relation == "edition-year":
        notes.append(
            f"cited {work.year_text}; OpenLibrary's earliest edition is {c.first_year} "
            f"and it also lists {work.query.year}"
        )
    elif relation == "later-edition-not-in-OL":
        notes.append(
            f"cited {work.year_text}; OpenLibrary's earliest edition is {c.first_year} "
            "and it records no edition that year"
        )
    if not work.title and verdict.status == "confirmed":
        notes.append("matched on author and year only (no bibliography entry)")
    return "; ".join(notes)
