"""The bibliography table as view data: each entry, where it is cited, what OpenLibrary said.

A citation is shown beside the entry it names: by key when the format names one (pandoc,
LaTeX), else by first author and year. This only decides which table row a citation links
to; whether a citation is a problem is the rules' business, shown through their findings.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from citecheck.model import Citation, Manuscript, Reference, Resolution

OPENLIBRARY = "https://openlibrary.org"
# How many "where cited" links a row shows before "and N more".
PLACES_SHOWN = 12


@dataclass(frozen=True)
class Place:
    """A link to one citation: the mark's id and where it stands ("note 7", "¶12")."""

    id: str
    text: str


@dataclass(frozen=True)
class ReferenceView:
    id: str  # "ref-3"
    label: str  # "Cliff, 1974"
    title: str
    origin: str  # "refs.bib:12"
    count: int  # how often it is cited
    places: tuple[Place, ...]  # the marks citing it, in document order
    resolution: str  # confirmed, mismatch, …, or "" when resolution did not run
    url: str  # the OpenLibrary page, or ""
    detail: str

    @property
    def shown_places(self) -> tuple[Place, ...]:
        return self.places[:PLACES_SHOWN]

    @property
    def more_places(self) -> int:
        return max(0, len(self.places) - PLACES_SHOWN)


@dataclass(frozen=True)
class UnmatchedView:
    """A cited work with no entry in the bibliography."""

    label: str
    count: int
    places: tuple[Place, ...]
    resolution: str
    url: str

    @property
    def shown_places(self) -> tuple[Place, ...]:
        return self.places[:PLACES_SHOWN]

    @property
    def more_places(self) -> int:
        return max(0, len(self.places) - PLACES_SHOWN)


def all_references(manuscript: Manuscript) -> tuple[Reference, ...]:
    loaded = manuscript.bibliography.references if manuscript.bibliography else ()
    return (*loaded, *manuscript.references_in_text)


def has_bibliography(manuscript: Manuscript) -> bool:
    return manuscript.bibliography is not None or bool(manuscript.references_in_text)


def match_citations(
    citations: Sequence[Citation], references: Sequence[Reference]
) -> list[int | None]:
    """For each citation, the index of the entry it names, or None."""
    by_key = {ref.key: i for i, ref in reversed(list(enumerate(references)))}
    by_author_year: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, ref in enumerate(references):
        if ref.authors:
            by_author_year[(ref.authors[0].folded, ref.year + ref.suffix)].append(i)
    matches: list[int | None] = []
    for citation in citations:
        if citation.key is not None:
            matches.append(by_key.get(citation.key))
            continue
        if not citation.authors:
            matches.append(None)
            continue
        first = citation.authors[0].folded
        candidates = by_author_year.get((first, citation.year + citation.suffix), [])
        names = {a.folded for a in citation.authors}
        # Of "Binns, 1975" and "Binns and Hallas, 1975", prefer the one naming every author.
        best = [i for i in candidates if names <= {a.folded for a in references[i].authors}]
        picked = best or candidates
        matches.append(picked[0] if picked else None)
    return matches


def safe_url(url: str | None) -> str:
    """Only http(s) links reach the page: a `javascript:` URL from bad data is dropped."""
    if not url:
        return ""
    return url if urlsplit(url).scheme in {"http", "https"} else ""


def resolution_url(resolution: Resolution | None) -> str:
    if resolution is None:
        return ""
    if resolution.url:
        return safe_url(resolution.url)
    key = resolution.work_key or resolution.edition_key
    return f"{OPENLIBRARY}{key}" if key and key.startswith("/") else ""


def reference_views(
    references: Sequence[Reference],
    citations: Sequence[Citation],
    matches: Sequence[int | None],
    citation_places: Sequence[Place | None],
    resolutions: Sequence[Resolution],
) -> tuple[tuple[ReferenceView, ...], tuple[UnmatchedView, ...]]:
    """Rows for the bibliography table, and the cited works that have no row."""
    by_key = {r.reference_key: r for r in resolutions if r.reference_key}
    by_label = {r.citation: r for r in resolutions}
    counts: Counter[int | str] = Counter()
    places: dict[int | str, list[Place]] = defaultdict(list)
    for citation, match, place in zip(citations, matches, citation_places, strict=True):
        # An entry is keyed by its index; a work with no entry by its label.
        key: int | str = match if match is not None else citation.label
        counts[key] += 1
        if place is not None:
            places[key].append(place)
    rows = []
    for i, ref in enumerate(references):
        resolution = by_key.get(ref.key) or by_label.get(ref.label)
        rows.append(
            ReferenceView(
                id=f"ref-{i + 1}",
                label=ref.label,
                title=ref.title,
                origin=f"{ref.source}:{ref.line}" if ref.source else "",
                count=counts[i],
                places=tuple(places[i]),
                resolution=resolution.status if resolution else "",
                url=resolution_url(resolution),
                detail=resolution.detail if resolution else "",
            )
        )
    missing = []
    for label in (k for k in counts if isinstance(k, str)):
        resolution = by_label.get(label)
        missing.append(
            UnmatchedView(
                label=label,
                count=counts[label],
                places=tuple(places[label]),
                resolution=resolution.status if resolution else "",
                url=resolution_url(resolution),
            )
        )
    return tuple(rows), tuple(missing)
