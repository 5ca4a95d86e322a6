"""short-form-before-full for the shortest short form: a note that is one surname
("Willsher.", "See Willsher."), or one surname and a page ("Figes, 404.", or in brackets
in an unread note's prose: "… (Slater, 73--74)."). The reader reads
such a note only when an earlier note cited a work of that writer
(`extract/note_lone_names.py`): alone, a capitalised word is as likely a place, a journal or
a word of prose ("Paris, 41."). So when the work's full form is missing, the
note is read as nothing. Here it is a short form when the bibliography holds a work whose
first author has that surname, and no earlier note names the surname at all (an earlier
note that names it, read or not, may be the full form)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from citecheck.bibliography.note_matching import title_key
from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_lone_names import HEAD_WORDS, head_key
from citecheck.extract.note_writer_titles import WRITER_PLAIN_TITLE
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Finding, Manuscript, NoteCitation, Reference, Span
from citecheck.rules.base import Rule
from citecheck.rules.note_surname_segments import surname_segments

_SURNAME = rf"[{UPPER}][^\W\d_]*(?:['’-][{UPPER}]?[^\W\d_]+)?"

# A note that is one surname (or two co-authors' with a page), perhaps after "See", "Cf." or
# "Quoted in", perhaps its year in brackets and a page, and a full stop.
# matches "Willsher.", "See Willsher.", "Cf. Mouffe", "O'Brien.", "Quoted in Figes, 404.",
# "Figes, pp. 41-43.", "Ehlers and Krafft, 10.", "Kioupkiolis and Katsambekis, (2014): 3.";
# not "London, 2015." (four digits that are a year are no page), "Willsher and Smith."
# (two names without a page: prose as likely), "See above."
LONE_SURNAME = lazy_compile(
    rf"""\s*(?:(?i:see(?:\s+also)?|cf\.|(?:quoted|cited)\s+in)\s+)?
        (?P<surname>{_SURNAME})
        (?:\s+(?:and|&)\s+(?P<coauthor>{_SURNAME})(?=,?\s*(?:\(|\d|pp?\.)))?
        (?:,?\s*\((?P<year>(?:1[5-9]|20)\d\d)\))?
        (?:[,:]\s*(?:pp?\.\s*)?(?!(?:1[5-9]|20)\d\d\b)\d{{1,4}}(?:\s*[-–]+\s*\d{{1,4}})?f{{0,2}})?
        \s*\.?\s*""",
    re.VERBOSE,
)


# A surname and a page alone in brackets, as after a quotation in a note's prose.
# matches "(Slater, 73--74)", "(Figes, p. 404)"; not "(Paris, 1871)" (a year is no page),
# "(Marx, *Capital*, 255)" (read as a short form), "(see above, 4)"
BRACKETED_SURNAME = lazy_compile(
    rf"""\((?P<surname>{_SURNAME}),\s*(?:pp?\.\s*)?(?!(?:1[5-9]|20)\d\d\b)\d{{1,4}}
        (?:\s*[-–]+\s*\d{{1,4}})?f{{0,2}}\)""",
    re.VERBOSE,
)


def lone_surname_findings(
    manuscript: Manuscript,
    references: Sequence[Reference],
    read: Iterable[NoteCitation],
    rule: Rule,
) -> Iterable[Finding]:
    """A finding for each note that is one surname of a listed first author, unread, with
    no earlier note naming that surname (each reported once); so for an unread note of a
    listed writer and the plain head of the listed title ("Kolko’s Politics of War, 41.",
    a web copy's short form: `extract/note_writer_titles.py`)."""
    if not references:
        return
    listed = {title_key(r.authors[0].surname) for r in references if r.authors}
    # first authors, co-authors and years as listed: "Ehlers and Krafft" must be one entry's
    # first two, "(2014)" its year
    as_listed = {
        (title_key(r.authors[0].surname), title_key(r.authors[1].surname) if co else "", year)
        for r in references
        if r.authors
        for co in ((False, True) if len(r.authors) >= 2 else (False,))
        for year in (r.year, "")
    }
    heads = {
        (title_key(r.authors[0].surname), " ".join(words[:n]))
        for r in references
        if r.authors and r.title
        for words in [head_key(r.title).split()]
        for n in range(1, HEAD_WORDS + 1)
    }
    spans: dict[int, list[tuple[int, int]]] = {}  # the spans read, by note
    for c in read:
        spans.setdefault(c.note, []).append((c.span.start, c.span.end))
    masked = manuscript.source.masked
    named: set[str] = set()  # the words of the notes before, folded: one pass, linear
    for note in sorted(manuscript.notes, key=lambda n: n.text_span.start):
        start, end = note.text_span.start, note.text_span.end
        whole = None if note.number in spans else _short_form(masked, start, end, heads)
        first_in_note: dict[str, int] = {}  # where each surname first stands in the note
        # else a part of the note: "see Ambler, 188–96; Kessel, op. cit., 302"
        parts = surname_segments(masked, start, end, spans.get(note.number, []))
        for found in [whole] if whole is not None else parts:
            key = title_key(found.group("surname"))
            if (
                key in listed
                and _as_listed(found, as_listed)
                and _titled_as_listed(found, key, heads)
                and not all(w in named for w in key.split())
                and not _in_note_before(found, masked, start, first_in_note)
            ):
                named.update(key.split())  # reported once: its next lone note is no first
                yield rule.finding(
                    f"note {note.number} cites {found.group('surname')} in short form, "
                    "but no earlier note gives the work in full: give the full form at its "
                    "first citation",
                    Span(found.start("surname"), end if whole else found.end()),
                    data={"note": note.number, "citation": found.group().strip()},
                )
        named.update(title_key(masked[start:end]).split())


def _titled_as_listed(found: re.Match[str], key: str, heads: set[tuple[str, str]]) -> bool:
    """A part that gives a plain title ("Ambler, Häfen, S. 4") gives the head of a title
    listed for that writer; other words there may be a place or a publisher."""
    if "title" not in found.re.groupindex or found.re is WRITER_PLAIN_TITLE:
        return True
    return (key, head_key(found.group("title"))) in heads


def _in_note_before(found: re.Match[str], masked: str, start: int, first: dict[str, int]) -> bool:
    """The surname stands before the form in its own note ("As Ambler notes (Ambler, 45)");
    where it first stands is looked up once a note, so many parts stay linear."""
    surname = found.group("surname")
    if surname not in first:
        at = re.compile(rf"(?<!\w){re.escape(surname)}(?!\w)").search(masked, start)
        first[surname] = at.start() if at else len(masked)
    return first[surname] < found.start("surname")


def _as_listed(found: re.Match[str], as_listed: set[tuple[str, str, str]]) -> bool:
    """The surname, the co-author and the year the note writes are one entry's."""
    groups = found.re.groupindex
    coauthor = found.group("coauthor") if "coauthor" in groups else None
    year = found.group("year") if "year" in groups else None
    names = (title_key(found.group("surname")), title_key(coauthor or ""))
    return (*names, year or "") in as_listed


def _short_form(
    masked: str, start: int, end: int, heads: set[tuple[str, str]]
) -> re.Match[str] | None:
    """The note as a surname alone (and a page), or as a writer and a listed title's plain
    head; a note of that kind is short, a longer one is read or is prose."""
    if end - start <= 60 and (alone := LONE_SURNAME.fullmatch(masked, start, end)):
        return alone
    if end - start <= 200:
        plain = WRITER_PLAIN_TITLE.fullmatch(masked, start, end)
        if plain and (title_key(plain.group("surname")), head_key(plain.group("title"))) in heads:
            return plain
    # an unread note's prose that gives its source in brackets: "… (Slater, 73--74)."
    return BRACKETED_SURNAME.search(masked, start, end) if "(" in masked[start:end] else None
