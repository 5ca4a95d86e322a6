"""Citations to entries: by key, or by folded surnames and year with suffix.

A citation matches an entry when its authors are the entry's authors (all of them, or the
first with "et al."), the years agree and the suffixes agree. "Lenin, 1965" fits both
"Lenin, 1965a" and "Lenin, 1965b" and is ambiguous. A citation that fits nothing gets the
closest entry as a suggestion: a misspelt surname (rapidfuzz), a year one off, a missing
or wrong suffix.

The matching of a manuscript is computed once: C101, C102, C103 and the HTML report all
ask `match_each` for the same (citations, references) pair, and an LRU memo answers the
repeats. Citations and references are frozen, hashable values, so the memo is transparent.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from citecheck.bibliography import fuzzy, usable_references
from citecheck.model import Citation, Manuscript, Reference

MATCHED = "matched"
AMBIGUOUS = "ambiguous"
MISSING = "missing"

# How close a misspelt surname must be (rapidfuzz ratio, 0-100) to be suggested.
NAME_SIMILARITY = 80
KEY_SIMILARITY = 75
# What each difference costs a suggestion's score.
YEAR_OFF_BY_ONE = 15
SUFFIX_DIFFERS = 5
AUTHOR_COUNT_DIFFERS = 10
MIN_SCORE = 65
# Up to this many keys, a missing key's possible suggestions are first bounded in Python
# (`fuzzy.may_reach_ratio`, a few microseconds a key), so that a key like nothing in the
# file does not import rapidfuzz (15-25 ms); once rapidfuzz is loaded it scores them all.
BOUND_BEFORE_IMPORT = 500


@dataclass(frozen=True)
class Match:
    """An author-year or keyed citation and what it matched: status, entries, a near miss."""

    citation: Citation
    status: str
    references: tuple[Reference, ...] = ()
    suggestion: Reference | None = None


class ReferenceIndex:
    """The entries of a bibliography, indexed by key and by (first surname, year)."""

    def __init__(self, references: Sequence[Reference]) -> None:
        self.references = tuple(references)
        # Keys match in exact case, as pandoc and biber match them: `smith2020` is not
        # `Smith2020`. The folded index only suggests the entry a case slip meant.
        self.by_key = {r.key: r for r in self.references}
        self.by_folded_key: dict[str, Reference] = {}
        for reference in self.references:
            self.by_folded_key.setdefault(reference.key.casefold(), reference)
        self.by_name_year: dict[tuple[str, str], list[Reference]] = defaultdict(list)
        for reference in self.references:
            if reference.authors:
                first = reference.authors[0].folded
                self.by_name_year[(first, reference.year)].append(reference)

    def match(self, citation: Citation) -> Match:
        if citation.key is not None:
            return self._match_key(citation)
        if not citation.authors:
            return Match(citation, MISSING)
        first = citation.authors[0].folded
        fitting = [
            r
            for r in self.by_name_year.get((first, citation.year), [])
            if _authors_fit(citation, r)
        ]
        if citation.suffix:
            exact = [r for r in fitting if r.suffix == citation.suffix]
            unsuffixed = [r for r in fitting if not r.suffix]
            candidates = exact or (unsuffixed if len(unsuffixed) > 1 else [])
        else:
            candidates = fitting
        if len(candidates) == 1:
            return Match(citation, MATCHED, tuple(candidates))
        if candidates:
            return Match(citation, AMBIGUOUS, tuple(candidates))
        return Match(citation, MISSING, suggestion=self._closest(citation))

    def _match_key(self, citation: Citation) -> Match:
        key = citation.key or ""
        if key in self.by_key:
            return Match(citation, MATCHED, (self.by_key[key],))
        same_but_case = self.by_folded_key.get(key.casefold())
        if same_but_case is not None:
            return Match(citation, MISSING, suggestion=same_but_case)
        keys = [r.key for r in self.references]
        if not fuzzy.loaded() and len(keys) <= BOUND_BEFORE_IMPORT:
            # The keys that could reach the cutoff, in order: extractOne's best of them is
            # the best of all whenever that best counts (ties go to the first either way).
            keys = fuzzy.may_reach_ratio(key, keys, KEY_SIMILARITY)
        best = fuzzy.best_by_ratio(key, keys) if keys else None
        if best and best[1] >= KEY_SIMILARITY:
            return Match(citation, MISSING, suggestion=self.by_key[best[0]])
        return Match(citation, MISSING)

    def _closest(self, citation: Citation) -> Reference | None:
        cited = " ".join(a.folded for a in citation.authors)
        best: tuple[float, Reference] | None = None
        for reference in self.references:
            if not reference.authors or not reference.year or not citation.year.isdigit():
                continue
            years_apart = abs(int(reference.year) - int(citation.year))
            if years_apart > 1:
                continue
            count = len(citation.authors)
            names = " ".join(a.folded for a in reference.authors[:count])
            similarity = fuzzy.ratio(cited, names)
            if similarity < NAME_SIMILARITY:
                continue
            score = similarity - YEAR_OFF_BY_ONE * years_apart
            score -= SUFFIX_DIFFERS * (reference.suffix != citation.suffix)
            if not citation.et_al:
                score -= AUTHOR_COUNT_DIFFERS * (len(reference.authors) != count)
            if score >= MIN_SCORE and (best is None or score > best[0]):
                best = (score, reference)
        return best[1] if best else None


def _authors_fit(citation: Citation, reference: Reference) -> bool:
    cited = [a.folded for a in citation.authors]
    listed = [a.folded for a in reference.authors]
    if citation.et_al:
        return listed[: len(cited)] == cited and len(listed) > len(cited)
    return listed == cited


# How many (citations, references) pairs the memo keeps: the files of one run are matched
# one after another, and the report of a file follows its rules soon after.
MEMO_SIZE = 8


def match_each(citations: Sequence[Citation], references: Sequence[Reference]) -> tuple[Match, ...]:
    """One match per citation, in order (a \\nocite included)."""
    return _match_each(tuple(citations), tuple(references))


@lru_cache(maxsize=MEMO_SIZE)
def _match_each(
    citations: tuple[Citation, ...], references: tuple[Reference, ...]
) -> tuple[Match, ...]:
    index = ReferenceIndex(references)
    return tuple(index.match(c) for c in citations)


def match_all(citations: Sequence[Citation], references: Sequence[Reference]) -> tuple[Match, ...]:
    """The matches of the citations that cite (a \\nocite only lists)."""
    return tuple(m for m in match_each(citations, references) if m.citation.form != "nocite")


def manuscript_matches(manuscript: Manuscript) -> tuple[Match, ...]:
    """The manuscript's citations against `usable_references`; none when there is nothing
    to match against (no .bib and no reference list)."""
    references = usable_references(manuscript)
    if not references:
        return ()
    return match_all(manuscript.citations, references)
