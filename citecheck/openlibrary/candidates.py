"""OpenLibrary answers as candidate works, and the text normalisation shared with scoring.

OpenLibrary data is crowd-edited, so candidates keep only what OpenLibrary computes:
a search doc's `first_publish_year` (the minimum over the editions it holds) and edition
years parsed from free-text `publish_date`. A work record's hand-entered
`first_publish_date` is never read (Animal Farm's says 1997).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

# A four-digit year in free text: "April 22, 2008", "November 2006", "c1996"; not "12345".
_YEAR = re.compile(r"(?<!\d)(?P<year>1[4-9]\d\d|20\d\d)(?!\d)")

# The title before its subtitle: "Gulag: A History" -> "Gulag"; "Dune (Ace)" -> "Dune".
_SUBTITLE_BREAK = re.compile(r"\s*(?::|\s[—–-]\s|\(|\?|\.\s)")

# Leading articles OpenLibrary's own Bulk Search drops because records often lack them:
# matches "The ", "L'", "de la ", "Eine "; not "Theory" or "Andes".
_LEADING_ARTICLE = re.compile(
    r"""^(?:(?:an?|the|l[aeo]s?|de\s+la|el|il|un[ae]?|du|de[imrst]?|das|ein|eine[mnrs]?|bir)\s+
          |l['’])""",
    re.IGNORECASE | re.VERBOSE,
)
_NOT_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Case-, accent- and punctuation-free form for comparison: "Trotskiĭ" -> "trotskii"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("&", " and "))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", bare.casefold().replace("_", " ")).split())


def main_title(title: str) -> str:
    return _SUBTITLE_BREAK.split(title.strip(), maxsplit=1)[0].strip() or title.strip()


def title_key(title: str) -> str:
    """The folded main title without a leading article: the form queries and merges use."""
    return fold(_LEADING_ARTICLE.sub("", main_title(title)))


def years_in(value: Any) -> set[int]:
    """Years in a free-text date or a list of them ("November 2006" -> {2006})."""
    texts = value if isinstance(value, list) else [value]
    return {
        int(m["year"]) for t in texts if isinstance(t, str | int) for m in _YEAR.finditer(str(t))
    }


@dataclass(frozen=True)
class Candidate:
    """One OpenLibrary work, with the fields scoring needs."""

    key: str
    title: str
    subtitle: str = ""
    authors: tuple[str, ...] = ()
    author_keys: tuple[str, ...] = ()
    alternative_names: tuple[str, ...] = ()
    first_year: int | None = None
    years: frozenset[int] = frozenset()
    edition_count: int = 0
    edition_key: str | None = None
    edition_title: str = ""
    edition_subtitle: str = ""
    publisher: str = ""
    isbn: str = ""
    merged: tuple[str, ...] = ()  # keys of duplicate works folded into this one

    @property
    def full_title(self) -> str:
        return f"{self.title}: {self.subtitle}" if self.subtitle else self.title


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(v for v in value or () if isinstance(v, str))


def _isbn(values: Iterable[str]) -> str:
    values = [v for v in values if v]
    thirteen = [v for v in values if len(v) == 13]
    return (thirteen or values or [""])[0]


def candidate_from_doc(doc: Mapping[str, Any]) -> Candidate:
    """A search.json doc, old (all fields) or new (explicit `fields=`) shape."""
    years = {y for y in doc.get("publish_year") or () if isinstance(y, int)}
    years |= years_in(doc.get("publish_date") or [])
    first = doc.get("first_publish_year")
    first = first if isinstance(first, int) else (min(years) if years else None)
    editions = (doc.get("editions") or {}).get("docs") or [{}]
    edition = editions[0]
    return Candidate(
        key=str(doc.get("key", "")),
        title=str(doc.get("title", "")),
        subtitle=str(doc.get("subtitle", "")),
        authors=_strings(doc.get("author_name")),
        author_keys=_strings(doc.get("author_key")),
        alternative_names=_strings(doc.get("author_alternative_name")),
        first_year=first,
        years=frozenset(years),
        edition_count=int(doc.get("edition_count") or 0),
        edition_key=edition.get("key"),
        edition_title=str(edition.get("title", "")),
        edition_subtitle=str(edition.get("subtitle", "")),
        publisher=(_strings(edition.get("publisher")) or _strings(doc.get("publisher")) or ("",))[
            0
        ],
        isbn=_isbn(_strings(edition.get("isbn")) or _strings(doc.get("isbn"))),
    )


def candidates_from_search(data: Any) -> tuple[Candidate, ...]:
    docs = data.get("docs") if isinstance(data, dict) else None
    return tuple(candidate_from_doc(d) for d in docs or () if isinstance(d, dict) and d.get("key"))


def with_editions(
    candidate: Candidate, entries: Sequence[Mapping[str, Any]], year: int | None = None
) -> Candidate:
    """Add edition records' years (free-text `publish_date`); pick the `year` edition."""
    dated = [(years_in(e.get("publish_date") or ""), e) for e in entries]
    years = set(candidate.years).union(*(ys for ys, _ in dated))
    first = min(years) if years else candidate.first_year
    if candidate.first_year is not None:
        first = min(first or candidate.first_year, candidate.first_year)
    matched = next((e for ys, e in dated if year in ys), None)
    if matched is None:
        return replace(candidate, years=frozenset(years), first_year=first)
    return replace(
        candidate,
        years=frozenset(years),
        first_year=first,
        edition_key=matched.get("key"),
        edition_title=str(matched.get("title", "")),
        edition_subtitle=str(matched.get("subtitle", "")),
        publisher=(_strings(matched.get("publishers")) or (candidate.publisher,))[0],
        isbn=_isbn([*_strings(matched.get("isbn_13")), *_strings(matched.get("isbn_10"))])
        or candidate.isbn,
    )


def candidate_from_work(
    work: Mapping[str, Any], editions: Sequence[Mapping[str, Any]] = (), authors: Sequence[str] = ()
) -> Candidate:
    """A work record plus its edition records; `first_publish_date` is deliberately ignored."""
    keys = tuple(
        a["author"]["key"].rsplit("/", 1)[-1]
        for a in work.get("authors") or ()
        if isinstance(a, dict) and isinstance(a.get("author"), dict) and a["author"].get("key")
    )
    bare = Candidate(
        key=str(work.get("key", "")),
        title=str(work.get("title", "")),
        subtitle=str(work.get("subtitle", "")),
        authors=tuple(authors),
        author_keys=keys,
        edition_count=len(editions),
    )
    return with_editions(bare, editions)


def merge_duplicates(candidates: Iterable[Candidate]) -> tuple[Candidate, ...]:
    """Works with the same title and authors are one book (OpenLibrary holds many such)."""
    groups: dict[tuple[str, frozenset[str]], list[Candidate]] = {}
    for c in candidates:
        surnames = frozenset(surname_of(fold(a)) for a in c.authors)
        groups.setdefault((title_key(c.title), surnames), []).append(c)
    merged = []
    for group in groups.values():
        best = max(group, key=lambda c: c.edition_count)
        years = frozenset().union(*(c.years for c in group))
        firsts = [c.first_year for c in group if c.first_year is not None]
        merged.append(
            replace(
                best,
                years=years,
                first_year=min(firsts) if firsts else None,
                merged=tuple(c.key for c in group if c is not best),
            )
        )
    return tuple(merged)


def surname_of(folded_name: str) -> str:
    return folded_name.rsplit(" ", 1)[-1] if folded_name else ""
