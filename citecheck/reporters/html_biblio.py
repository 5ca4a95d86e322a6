"""The bibliography table as view data: each entry, where it is cited, what OpenLibrary said.

The table lists `usable_references` (the .bib entries when a .bib was given, else the
manuscript's own list), and a citation links to the entry `citecheck.bibliography.matching`
finds for it: the references and the (memoised) matches the citation rules use, so the
table and the findings always agree. Whether a citation is
a problem is the rules' business, shown through their findings.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from citecheck.bibliography import usable_references
from citecheck.bibliography.matching import MATCHED, MISSING, match_each
from citecheck.model import Citation, Manuscript, Reference, Resolution

OPENLIBRARY = "https://openlibrary.org"
# How many "where cited" links a row shows before "and N more".
PLACES_SHOWN = 12


@dataclass(frozen=True)
class Place:
    """A link to one citation: the mark's id and where it stands ("note 7", "¶12")."""

    id: str
    text: str


class _CitedPlaces:
    """A table row's "where cited" links: the first few, then "and N more"."""

    places: tuple[Place, ...]

    @property
    def shown_places(self) -> tuple[Place, ...]:
        return self.places[:PLACES_SHOWN]

    @property
    def more_places(self) -> int:
        return max(0, len(self.places) - PLACES_SHOWN)


@dataclass(frozen=True)
class ReferenceView(_CitedPlaces):
    id: str  # "ref-3"
    label: str  # "Cliff, 1974"
    title: str
    origin: str  # "refs.bib:12"
    count: int  # how often it is cited
    places: tuple[Place, ...]  # the marks citing it, in document order
    resolution: str  # confirmed, mismatch, …, or "" when resolution did not run
    url: str  # the OpenLibrary page, or ""
    detail: str


@dataclass(frozen=True)
class UnmatchedView(_CitedPlaces):
    """A cited work with no entry in the bibliography."""

    label: str
    status: str  # missing (no entry fits) or ambiguous (several do)
    count: int
    places: tuple[Place, ...]
    resolution: str
    url: str


def all_references(manuscript: Manuscript) -> tuple[Reference, ...]:
    """The entries the citations are matched against, as the rules see them."""
    return usable_references(manuscript)


def has_bibliography(manuscript: Manuscript) -> bool:
    return manuscript.bibliography is not None or bool(manuscript.references_in_text)


def match_citations(
    citations: Sequence[Citation], references: Sequence[Reference]
) -> list[tuple[int | None, str]]:
    """For each citation, the index of the entry it names (or None) and the match status
    (matched, ambiguous, missing), from the same matcher the citation rules use."""
    position: dict[Reference, int] = {}
    for i, ref in enumerate(references):
        position.setdefault(ref, i)  # by value: the memo may hold an equal copy
    matches: list[tuple[int | None, str]] = []
    for match in match_each(citations, references):
        if match.status == MATCHED and match.references:
            matches.append((position.get(match.references[0]), MATCHED))
        else:
            matches.append((None, match.status))
    return matches


def _work_name(citation: Citation) -> str:
    """What a cited work with no entry is listed by: its label, or for a keyed citation
    (`[@doe2023]`, `\\cite{doe2023}`, whose label is empty) its key, so that two missing
    keys are two rows."""
    if citation.key and not citation.label:
        return f"@{citation.key}"
    return citation.label


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
    matches: Sequence[tuple[int | None, str]],
    citation_places: Sequence[Place | None],
    resolutions: Sequence[Resolution],
) -> tuple[tuple[ReferenceView, ...], tuple[UnmatchedView, ...]]:
    """Rows for the bibliography table, and the cited works that have no row."""
    by_key = {r.reference_key: r for r in resolutions if r.reference_key}
    by_label = {r.citation: r for r in resolutions}
    counts: Counter[int | str] = Counter()
    places: dict[int | str, list[Place]] = defaultdict(list)
    statuses: dict[str, str] = {}
    for citation, (match, status), place in zip(citations, matches, citation_places, strict=True):
        # An entry is keyed by its index; a work with no entry by its label.
        key: int | str = match if match is not None else _work_name(citation)
        if match is None:
            statuses.setdefault(key, status if status != MATCHED else MISSING)
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
                status=statuses[label],
                count=counts[label],
                places=tuple(places[label]),
                resolution=resolution.status if resolution else "",
                url=resolution_url(resolution),
            )
        )
    return tuple(rows), tuple(missing)
