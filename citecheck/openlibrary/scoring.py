"""The query ladder and the scoring of candidate works against what the manuscript cites.

Scores follow the design note (bibtex-updater's weights, betterbib's margin test): the
title counts most, then the cited surnames, then the year. The year is a weak signal for
books: a cited year that is any edition's year is fine (a later edition was cited).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from citecheck.openlibrary.candidates import Candidate, fold, merge_duplicates, title_key

# Ask for every field scoring and the BibTeX writer use: since January 2025 search.json
# leaves out isbn, publish_year, publisher and publish_date unless they are named.
FIELDS = ",".join(
    (
        "key,title,subtitle,author_name,author_key,author_alternative_name",
        "first_publish_year,publish_year,publish_date,edition_count,publisher,isbn",
        "editions,editions.key,editions.title,editions.subtitle,editions.publish_date",
        "editions.publisher,editions.isbn",
    )
)
MAX_QUERY_WORDS = 8  # search.json ANDs every word: long queries miss on one odd word

CONFIRM_TITLE = 0.90
PROBABLE_TITLE = 0.80
AMBIGUITY_MARGIN = 0.05
SPELLING_SIMILARITY = 85.0  # rapidfuzz ratio at which a surname counts as a variant spelling

_YEAR_SCORE = {
    "first-edition": 1.0,
    "edition-year": 1.0,
    "near": 0.8,
    "later-edition-not-in-OL": 0.6,
    "unknown": 0.6,
    "predates-OL-first-edition": 0.3,
}


@dataclass(frozen=True)
class Query:
    """What the manuscript says about one work."""

    surnames: tuple[str, ...]
    year: int | None
    title: str = ""
    isbn: str = ""


def ladder(query: Query) -> list[dict[str, str]]:
    """search.json parameter sets, most specific first; the resolver stops at a confirmation.

    Values are folded so that equal lookups share one cache entry.
    """
    common = {"fields": FIELDS, "lang": "en", "limit": "10"}
    author = fold(query.surnames[0]) if query.surnames else ""
    steps: list[dict[str, str]] = []
    if query.isbn:
        steps.append({**common, "isbn": query.isbn, "limit": "5"})
    title = title_key(query.title) if query.title else ""
    if title:
        if author:
            steps.append({**common, "title": title, "author": author})
        steps.append({**common, "title": title})
        words = [w for w in title.split() if len(w) > 2][:MAX_QUERY_WORDS]
        if author and words and " ".join(words) != title:
            steps.append({**common, "q": " ".join(words), "author": author})
    elif author and query.year:
        steps.append(
            {**common, "author": author, "q": f"publish_year:{query.year}", "sort": "editions"}
        )
    return steps


@dataclass(frozen=True)
class Scored:
    candidate: Candidate
    title: float
    authors: float
    relation: str
    total: float
    found: tuple[str, ...] = ()  # cited surnames OpenLibrary spells the same way
    spelling: tuple[tuple[str, str], ...] = ()  # (as cited, as OpenLibrary spells it)
    missing: tuple[str, ...] = ()


def title_score(cited: str, candidate: Candidate) -> float:
    """Best similarity with the work title or the matched edition's (often the English one)."""
    full_c, main_c = fold(cited), title_key(cited)
    best = 0.0
    for title, subtitle in (
        (candidate.title, candidate.subtitle),
        (candidate.edition_title, candidate.edition_subtitle),
    ):
        if not title:
            continue
        full_t = fold(f"{title}: {subtitle}" if subtitle else title)
        main_t = title_key(title)
        score = max(fuzz.ratio(main_c, main_t), fuzz.token_sort_ratio(full_c, full_t)) / 100
        shorter, longer = sorted((full_c, full_t), key=len)
        if len(shorter) >= 30 and longer.startswith(shorter):
            score = max(score, 0.95)  # one side lacks the subtitle
        best = max(best, score)
    return best


def match_authors(
    surnames: Iterable[str], candidate: Candidate
) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[str, ...]]:
    """Split cited surnames into found, found under another spelling, and missing."""
    names = [n for n in (*candidate.authors, *candidate.alternative_names) if n]
    found, spelling, missing = [], [], []
    for surname in surnames:
        s = fold(surname)
        if not s:
            continue
        width = len(s.split())
        # compare with as many trailing words as the cited surname has ("de Beauvoir")
        tails = {" ".join(fold(n).split()[-width:]): n for n in names}
        if s in tails:
            found.append(surname)
            continue
        near = max(tails, key=lambda t: fuzz.ratio(s, t), default="")
        if near and fuzz.ratio(s, near) >= SPELLING_SIMILARITY:
            spelling.append((surname, " ".join(tails[near].split()[-width:])))
        else:
            missing.append(surname)
    return tuple(found), tuple(spelling), tuple(missing)


def year_relation(year: int | None, candidate: Candidate) -> str:
    first, years = candidate.first_year, candidate.years
    if year is None or (first is None and not years):
        return "unknown"
    if year == first:
        return "first-edition"
    if year in years:
        return "edition-year"
    if any(abs(year - y) <= 1 for y in {*years, first} if y is not None):
        return "near"
    if first is not None and year > first:
        return "later-edition-not-in-OL"
    return "predates-OL-first-edition"


def score(query: Query, candidate: Candidate) -> Scored:
    found, spelling, missing = match_authors(query.surnames, candidate)
    cited = len(found) + len(spelling) + len(missing)
    authors = (len(found) + 0.85 * len(spelling)) / cited if cited else 1.0
    relation = year_relation(query.year, candidate)
    if query.title:
        title = title_score(query.title, candidate)
        total = 0.55 * title + 0.30 * authors + 0.15 * _YEAR_SCORE[relation]
    else:  # author and year only: the search already asked for the year
        title = 0.0
        total = 0.7 * authors + 0.3 * _YEAR_SCORE[relation]
    return Scored(candidate, title, authors, relation, round(total, 4), found, spelling, missing)


@dataclass(frozen=True)
class Verdict:
    """confirmed, mismatch, ambiguous or unresolved; `problems` names what mismatched."""

    status: str
    best: Scored | None = None
    rivals: tuple[Scored, ...] = ()
    problems: tuple[str, ...] = ()  # "author", "year"


def decide(query: Query, candidates: Iterable[Candidate]) -> Verdict:
    ranked = sorted(
        (score(query, c) for c in merge_duplicates(candidates)),
        key=lambda s: (-s.total, -s.candidate.edition_count, s.candidate.key),
    )
    if query.title:
        ranked = [s for s in ranked if s.title >= PROBABLE_TITLE]
    else:
        # the search asked for the year; a work without it is a stray hit
        dated = {"first-edition", "edition-year", "unknown"}
        ranked = [s for s in ranked if (s.found or s.spelling) and s.relation in dated]
    if not ranked:
        return Verdict("unresolved")
    best = ranked[0]
    rivals = tuple(s for s in ranked[1:] if best.total - s.total <= AMBIGUITY_MARGIN)
    if rivals or (not query.title and len(ranked) > 1):
        return Verdict("ambiguous", best, tuple(ranked[1:4]))
    problems = []
    if best.spelling or best.missing:
        problems.append("author")
    if best.relation == "predates-OL-first-edition":
        problems.append("year")
    if query.title and best.title < CONFIRM_TITLE and not best.found:
        return Verdict("unresolved")
    return Verdict("mismatch" if problems else "confirmed", best, (), tuple(problems))
