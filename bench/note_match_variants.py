"""How robust matching a note citation to its works-cited entry is, by construction (issue 11).

    .venv/bin/python bench/note_match_variants.py [--half tune|check] [--misses]

For every citation of the truth set that the reader reads (a full or short form with its
author, on the tune half by default), the works-cited entry is built as the seeding harness
builds it (`note_seeding.works_cited`: "Lewin, *Lenin's Last Struggle*, 2005.") and then the
pair is changed in the ways real notes and lists differ: the entry inverted or with given
names or initials, a subtitle dropped or added, a leading article, "ed.", "(eds.)", "trans.",
more authors or "et al.", a particle, diacritics stripped, the edition's year beside the
original's, a chapter listed with its book; and on the note's side, diacritics stripped, a
subtitle dropped, co-authors cut to the first, an abbreviated short title. The truth set's
annotation conventions add their own kinds: a year range (annotated null), a translated
title in brackets, a family name written first, a letter read by its date in the
collection the list gives. Each variant entry
is parsed by the real works-cited parser and put into the article's list in place of the
built one; the variant holds when the citation matches that entry.

Distinct works must stay distinct: with the work's entry taken out of the list, an entry of
the same surname and another title (the same author's other book, another author of that
surname, a sequel "… Revisited") must not be matched.

The articles' text stays in ../shared; nothing here is tuned by article.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from note_accuracy import CORPUS, TRUTH, half, notes_by_label, web_copy  # noqa: E402
from note_reading_variants import READING_VARIANTS  # noqa: E402
from note_scoring import fits, key, title_fits  # noqa: E402
from note_seeding import Work, works_cited, works_of  # noqa: E402

from citecheck.bibliography import references_in_text  # noqa: E402
from citecheck.bibliography.note_matching import match_note_citations, matchable  # noqa: E402
from citecheck.extract.note_citations import note_citations_in  # noqa: E402
from citecheck.extract.works_cited import works_cited_entries  # noqa: E402
from citecheck.model import Author, Note, NoteCitation, Reference, Span  # noqa: E402
from citecheck.readers import read_bytes  # noqa: E402

ARTICLES = ("the", "a", "an")
# Where a main title ends (as note_matching reads it): "Khrushchev Lied: The Evidence".
SUBTITLE_MARKS = (": ", "? ", "! ", " — ", " -- ")


def entry_line(work: Work) -> str:
    return works_cited([work]).split("\n\n## Works cited\n\n")[1].strip()


def _names(authors: tuple[str, ...]) -> str:
    if len(authors) > 2:
        return ", ".join(authors[:-1]) + " and " + authors[-1]
    return " and ".join(authors)


def _line(names: str, title: str, year: str, *, after_title: str = "") -> str:
    return f"{names}, *{title}*{after_title}, {year}."


# Letters a text without diacritics writes plainly though Unicode does not decompose them.
_PLAIN = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe"}


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(_PLAIN.get(c, c) for c in kept)


def _main_title(title: str) -> str | None:
    cuts = [title.find(m) for m in SUBTITLE_MARKS if m in title]
    return title[: min(cuts)].strip() if cuts else None


# List-side variants: the work -> the entry line as a list may give it, or None (not
# applicable to this work).
ListVariant = Callable[[Work], str | None]


def _co_authors(others: tuple[str, ...]) -> str:
    """ ", John Roe, and Ann Doe" after an inverted first name (Chicago 14.76)."""
    if not others:
        return ""
    named = [f"John {name}" for name in others]
    return ", " + ", ".join(named[:-1]) + (", and " if len(named) > 1 else "and ") + named[-1]


def _leading_article(work: Work) -> str | None:
    first, _, rest = work.title.partition(" ")
    if first.lower() in ARTICLES and rest:
        return _line(_names(work.authors), rest[:1].upper() + rest[1:], str(work.year))
    return _line(_names(work.authors), "The " + work.title, str(work.year))


def _diacritics_stripped(work: Work) -> str | None:
    line = entry_line(work)
    return _ascii(line) if _ascii(line) != line else None


def _subtitle_dropped(work: Work) -> str | None:
    main = _main_title(work.title)
    return _line(_names(work.authors), main, str(work.year)) if main else None


LIST_VARIANTS: dict[str, ListVariant] = {
    "as built": entry_line,
    "inverted, given name (Chicago bibliography)": lambda w: (
        f"{w.authors[0]}, Jane{_co_authors(w.authors[1:])}. *{w.title}*. London: Verso, {w.year}."
    ),
    "title not italicised": lambda w: f"{_names(w.authors)}, {w.title}, {w.year}.",
    "given name first": lambda w: _line("Jane " + _names(w.authors), w.title, str(w.year)),
    "initials first": lambda w: _line("J. R. " + _names(w.authors), w.title, str(w.year)),
    "subtitle dropped in the list": _subtitle_dropped,
    "subtitle added in the list": lambda w: (
        None
        if _main_title(w.title)
        else _line(_names(w.authors), w.title + ": Essays and Interventions", str(w.year))
    ),
    "leading article added or dropped": _leading_article,
    "ed.": lambda w: _line(_names(w.authors) + ", ed.", w.title, str(w.year)),
    "(eds.)": lambda w: _line(_names(w.authors) + " (eds.)", w.title, str(w.year)),
    "trans. after the title": lambda w: _line(
        _names(w.authors), w.title, str(w.year), after_title=", trans. Jane Roe"
    ),
    "two more authors in the list": lambda w: _line(
        _names((*w.authors, "Roe", "Doe")), w.title, str(w.year)
    ),
    "et al. in the list": lambda w: _line(w.authors[0] + " et al.", w.title, str(w.year)),
    "particle before the surname": lambda w: _line("de " + _names(w.authors), w.title, str(w.year)),
    "diacritics stripped in the list": _diacritics_stripped,
    "original year, repr. the cited year": lambda w: (
        f"{_names(w.authors)}, *{w.title}*, {w.year - 25}; repr. London: Verso, {w.year}."
    ),
    "cited year, repr. a later year": lambda w: (
        f"{_names(w.authors)}, *{w.title}*, {w.year}; repr. London: Verso, {w.year + 20}."
    ),
    "chapter listed with its book": lambda w: (
        f"{_names(w.authors)}, “{w.title},” in *Collected Essays on Politics*, "
        f"ed. Jane Roe (London: Verso, {w.year})."
    ),
    # the truth set's annotation conventions (bench/truth/note_citations/README.md)
    "a year range in the list (annotated null: no year)": lambda w: (
        f"{_names(w.authors)}, *{w.title}*, {w.year}–{w.year + 12}."
    ),
    "no year in the list": lambda w: f"{_names(w.authors)}, *{w.title}*.",
    "a translation of the title in brackets in the list": lambda w: (
        f"{_names(w.authors)}, *{w.title}* [A Translated Title], {w.year}."
    ),
    "the surname with its family name first in the list": lambda w: (
        None if len(w.authors) > 1 else _line(f"{w.authors[0]} Zedong", w.title, str(w.year))
    ),
}


# Note-side variants: the citation as read -> a citation as another note may give it.
NoteVariant = Callable[[NoteCitation], NoteCitation | None]


def _note_ascii(c: NoteCitation) -> NoteCitation | None:
    authors = tuple(Author(_ascii(a.surname), a.folded) for a in c.authors)
    changed = NoteCitation(**{**c.__dict__, "authors": authors, "title": _ascii(c.title)})
    return changed if changed != c else None


def _note_subtitle_dropped(c: NoteCitation) -> NoteCitation | None:
    main = _main_title(c.title)
    return NoteCitation(**{**c.__dict__, "title": main}) if main else None


def _note_first_author(c: NoteCitation) -> NoteCitation | None:
    return NoteCitation(**{**c.__dict__, "authors": c.authors[:1]}) if len(c.authors) > 1 else None


def _note_abbreviated(c: NoteCitation) -> NoteCitation | None:
    """A short form with the main title's first three words, a leading article dropped
    (Chicago 14.32: "Iran Between Two" of "Iran Between Two Revolutions: …")."""
    words = (_main_title(c.title) or c.title).split()
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    if len(words) < 4:
        return None
    return NoteCitation(**{**c.__dict__, "title": " ".join(words[:3]), "form": "short"})


def _note_family_name_first(c: NoteCitation) -> NoteCitation | None:
    """The note writes the family name first and the reader takes the given name written
    after it for the surname ("Mao Zedong" read as "Zedong"; the list gives "Mao")."""
    if len(c.authors) != 1:
        return None
    text = f"{c.authors[0].surname} Xiaoping, *{c.title}* (London: Verso, {c.year or 2000})."
    read = (Author("Xiaoping", "xiaoping"),)
    return NoteCitation(**{**c.__dict__, "authors": read, "text": text})


def _note_letter(c: NoteCitation) -> NoteCitation | None:
    """A letter in a collection read by its date alone (the collection is the listed work,
    annotated with the letter's year as original_year): "Marx to Engels, 16 April 1856, in
    *Selected Correspondence* (Moscow: Progress, 1975)"."""
    if c.form != "full" or not c.year or not c.authors:
        return None
    dated = str(int(c.year) - 30)
    text = (
        f"{c.authors[0].surname} to Jane Roe, 12 May {dated}, in *{c.title}* "
        f"(London: Verso, {c.year}), 12."
    )
    return NoteCitation(
        **{**c.__dict__, "title": "", "year": dated, "text": text, "unsure": "a letter, no title"}
    )


NOTE_VARIANTS: dict[str, NoteVariant] = {
    "diacritics stripped in the note": _note_ascii,
    "subtitle dropped in the note": _note_subtitle_dropped,
    "co-authors cut to the first in the note": _note_first_author,
    "short title of three words": _note_abbreviated,
    "family name first, the given name read as the surname": _note_family_name_first,
    "a letter in the collection, read by its date": _note_letter,
}


# The note read from its web copy (emphasis and link targets gone: titles in plain text).
WEB_NOTE = "the note as a web copy gives it (no italics)"

# A chapter cited with its book, the list giving the book alone under the chapter's author.
BOOK_ALONE = "chapter cited, its book alone listed"

# Distractors: with the work's own entry out of the list, an entry that is another work.
DISTRACTORS: dict[str, Callable[[Work, str], str]] = {
    "same author, another book": lambda w, other: _line(_names(w.authors), other, str(w.year + 3)),
    "same author, another book, same year": lambda w, other: _line(
        _names(w.authors), other, str(w.year)
    ),
    "another author of the same surname": lambda w, other: _line(
        "Eleanor " + w.authors[0], other, str(w.year - 7)
    ),
    "same author, a sequel (… Revisited)": lambda w, other: _line(
        _names(w.authors), w.title + " Revisited", str(w.year + 15)
    ),
}


@cache
def parsed(line: str) -> Reference | None:
    """The entry as the manuscript's own works-cited list reads it (one line)."""
    source = read_bytes("list.md", f"Text.\n\n## Works cited\n\n{line}\n".encode())
    found = works_cited_entries(source, references_in_text(source))
    return found[0] if found else None


def _work_of(works: list[Work], label: str, truth: dict) -> Work | None:
    """The listed work a truth citation cites: same first author, a fitting title and no
    other year (a short form without a title or year is not paired: which work it cites
    is the note's context, not its text); a work listed without a title, by the same
    year and no title."""
    for work in works:
        if label not in work.labels or key(work.authors[0]) != key(truth["authors"][0]):
            continue
        if truth.get("year") and truth["year"] != work.year:
            continue
        if truth.get("title") and title_fits(work.title, truth["title"]):
            return work
        if not work.title and not truth.get("title") and truth.get("year"):
            return work
    return None


def _reading(read: list[NoteCitation], truth: dict, work: Work) -> NoteCitation | None:
    """The reading of this work among a note's: it fits the truth, and its title, when it
    read one, is the work's."""
    return next(
        (c for c in read if fits(truth, c) and (not c.title or title_fits(work.title, c.title))),
        None,
    )


Pair = tuple[NoteCitation, NoteCitation | None, Work, list[Work], dict]


def pairs(path: Path, *, complete: bool = True) -> list[Pair]:
    """(citation as read, as read from the note's web copy, its work, the article's listed
    works, its truth citation) for each truth citation of a full or short form with an
    author that the reader reads in the Markdown: of a work listed with its title and year,
    or, not `complete`, of one listed without a title or a year ("Zinoviev, 1989.")."""
    truth = json.loads(path.read_text(encoding="utf-8"))
    # the works listed under an author: the variants are of an author's entry (the
    # unsigned works, listed by their title since seed11, are left out as before)
    listed = [w for w in works_of(truth, listed=True) if w.authors]
    works = [w for w in listed if w.title and w.year]
    if not complete:
        works = [w for w in listed if not (w.title and w.year)]
    masked, notes = notes_by_label(CORPUS / truth["article"])
    found: list[Pair] = []
    for entry in truth["notes"]:
        note = notes.get(entry["label"])
        if note is None:
            continue
        read = [c for c in note_citations_in(masked, note) if matchable(c)]
        web = web_copy(note.text_span.slice(masked))
        copy = Note(note.number, Span(0, len(web)), Span(0, 0), Span(0, len(web)), note.label)
        read_web = [c for c in note_citations_in(web, copy) if matchable(c)]
        for t in entry["citations"]:
            if t["form"] not in ("full", "short") or not t["authors"]:
                continue
            work = _work_of(works, entry["label"], t)
            citation = _reading(read, t, work) if work else None
            if work is not None and citation is not None:
                found.append((citation, _reading(read_web, t, work), work, listed, t))
    return found


def _others(
    work: Work, works: list[Work], *, other_authors: bool = False, complete: bool = True
) -> list[Reference]:
    return [
        r
        for w in works
        if w != work and not (other_authors and key(w.authors[0]) == key(work.authors[0]))
        if not complete or (w.title and w.year)
        if (r := parsed(entry_line(w))) is not None
    ]


def _other_title(work: Work, pool: list[str], i: int) -> str:
    """A title of another work of the truth set, unlike this one's (deterministic)."""
    for step in range(len(pool)):
        title = pool[(i + step * 7) % len(pool)]
        if not title_fits(work.title, title) and not title_fits(title, work.title):
            return title
    return "An Unrelated Work"


def measure(half_name: str, misses: bool) -> None:
    held: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    apart: Counter[str] = Counter()
    tried_apart: Counter[str] = Counter()
    files = [p for p in sorted(TRUTH.glob("*.json")) if half(p.name) == half_name]
    all_pairs = [p for f in files for p in pairs(f)]
    pool = sorted({w.title for *_, ws, _ in all_pairs for w in ws if w.title and w.year})
    reading = ReadingTally()
    incomplete = ReadingTally()
    for citation, _, work, works, truth in [p for f in files for p in pairs(f, complete=False)]:
        others = _others(work, works, complete=False)
        incomplete.measure(citation, truth, work, others, [], "", misses)
    for i, (citation, web_citation, work, works, truth) in enumerate(all_pairs):
        others = _others(work, works)
        variants = [(n, citation, v(work)) for n, v in LIST_VARIANTS.items()]
        variants += [(n, v(citation), entry_line(work)) for n, v in NOTE_VARIANTS.items()]
        variants.append((WEB_NOTE, web_citation, entry_line(work)))
        if citation.container:  # a chapter: the list may give its book only (Chicago 14.107)
            book = _line(_names(work.authors), citation.container, str(work.year))
            variants.append((BOOK_ALONE, citation, book))
        for name, cited, line in variants:
            if cited is None or line is None:
                continue
            tried[name] += 1
            entry = parsed(line)
            match = match_note_citations([cited], [*others, entry] if entry else others)
            if entry is not None and match and match[0].reference == entry:
                held[name] += 1
            elif misses:
                got = match[0].reference.title if match and match[0].reference else None
                print(f"{name}: {cited.label!r} vs {line!r} -> {got!r}")
        distinct = _others(work, works, other_authors=True)
        other = _other_title(work, pool, i)
        for name, make in DISTRACTORS.items():
            line = make(work, other)
            entry = parsed(line)
            if entry is None:
                continue
            tried_apart[name] += 1
            match = match_note_citations([citation], [*distinct, entry])
            if not (match and match[0].reference == entry):
                apart[name] += 1
            elif misses:
                print(f"taken for another work: {name}: {citation.label!r} vs {line!r}")
        reading.measure(citation, truth, work, others, distinct, other, misses)
    print(f"{len(all_pairs)} citations read of {len(files)} {half_name}-half articles")
    print("\n| the same work, written differently | cases | matched its entry | share |")
    print("|---|---|---|---|")
    for name in [*LIST_VARIANTS, *NOTE_VARIANTS, WEB_NOTE, BOOK_ALONE]:
        n = tried[name]
        if n:
            print(f"| {name} | {n} | {held[name]} | {held[name] / n:.3f} |")
    total, good = sum(tried.values()), sum(held.values())
    print(f"| all | {total} | {good} | {good / max(total, 1):.3f} |")
    print("\n| another work of the same surname | cases | kept apart | share |")
    print("|---|---|---|---|")
    for name in DISTRACTORS:
        n = tried_apart[name]
        if n:
            print(f"| {name} | {n} | {apart[name]} | {apart[name] / n:.3f} |")
    reading.print_tables()
    print('\nWorks listed without a title or a year ("Zinoviev, 1989."), all entries listed:')
    incomplete.print_tables(kept_apart=False)


class ReadingTally:
    """The reader's side: each reading variant the scoring calls right, matched against the
    unchanged entry (held), and, with that entry out of the list, against every distractor
    (kept apart)."""

    def __init__(self) -> None:
        self.tried: Counter[str] = Counter()
        self.right: Counter[str] = Counter()
        self.held: Counter[str] = Counter()
        self.tried_apart: Counter[str] = Counter()
        self.apart: Counter[str] = Counter()

    def measure(
        self,
        citation: NoteCitation,
        truth: dict,
        work: Work,
        others: list[Reference],
        distinct: list[Reference],
        other_title: str,
        misses: bool,
    ) -> None:
        entry = parsed(entry_line(work))
        for name, make in READING_VARIANTS.items():
            cited = make(citation, truth)
            if cited is None:
                continue
            self.tried[name] += 1
            if not fits(truth, cited):
                continue  # the scoring counts this reading wrong: no match is owed
            self.right[name] += 1
            match = match_note_citations([cited], [*others, entry] if entry else others)
            if entry is not None and match and match[0].reference == entry:
                self.held[name] += 1
            elif misses:
                got = match[0].reference.title if match and match[0].reference else None
                print(f"reading {name}: {cited.label!r} vs {work.title!r} -> {got!r}")
            for kind, distractor in DISTRACTORS.items() if other_title else ():
                wrong = parsed(distractor(work, other_title))
                if wrong is None:
                    continue
                self.tried_apart[name] += 1
                match = match_note_citations([cited], [*distinct, wrong])
                if not (match and match[0].reference == wrong):
                    self.apart[name] += 1
                elif misses:
                    print(f"reading {name}, taken for {kind}: {cited.label!r} vs {wrong.title!r}")

    def print_tables(self, *, kept_apart: bool = True) -> None:
        print(
            "\n| the reading, right by the score, read differently | tried | right by the score"
            " | matched its entry | share |"
        )
        print("|---|---|---|---|---|")
        for name in READING_VARIANTS:
            n, right = self.tried[name], self.right[name]
            if n:
                share = f"{self.held[name] / right:.3f}" if right else "—"
                print(f"| {name} | {n} | {right} | {self.held[name]} | {share} |")
        right, held = sum(self.right.values()), sum(self.held.values())
        print(
            f"| all | {sum(self.tried.values())} | {right} | {held} | {held / max(right, 1):.3f} |"
        )
        if not kept_apart:
            return
        print(
            "\n| the reading variant, its entry out, against another work of the surname"
            " | cases | kept apart | share |"
        )
        print("|---|---|---|---|")
        for name in READING_VARIANTS:
            n = self.tried_apart[name]
            if n:
                print(f"| {name} | {n} | {self.apart[name]} | {self.apart[name] / n:.3f} |")
        n, kept = sum(self.tried_apart.values()), sum(self.apart.values())
        print(f"| all | {n} | {kept} | {kept / max(n, 1):.3f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("tune", "check"), default="tune")
    parser.add_argument("--misses", action="store_true", help="print each variant that fails")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"note_match_variants: {CORPUS} not found (the shared corpus)", file=sys.stderr)
        return 2
    measure(args.half, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
