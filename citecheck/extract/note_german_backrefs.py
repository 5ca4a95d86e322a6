"""German back-references that name their writer: a short form whose one-word short title
reads like given names ("Wendel, Ordnung, S. 44"), and "a. a. O." / "op. cit." / "ebd."
after a writer inside a note's prose ("…, verweist auf Wendel, a. a. O., S. 61", "bei
Kramer selbst, ebd., S. 141").

Both refer to a work cited before, as German humanities notes write it (DIN 1505-2 leaves
the short form to the house style; "a. a. O." — am angegebenen Ort — and "ebd." — ebenda —
are the standard abbreviations, Duden). A capitalised word before them is as likely a
place ("Berlin, a. a. O.") or a journal's, so the writer is read only when an earlier note
cited a work by that surname, the writer is named with given names, or a German
preposition or cue that introduces a writer stands right before ("bei", "auf", "vgl.")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from citecheck.extract.citation_patterns import NAME_WORD, UPPER
from citecheck.extract.note_inner_ibid import inner_ibids
from citecheck.extract.note_lone_names import EarlierWorks
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_same_writer_leads import LEAD
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation, Span
from citecheck.spans import SpanSet

# A surname, then one to three capitalised whole words (the short title) and a German
# locator: the words a name pattern reads as given names
# ("Wendel, Ordnung" as the person "Wendel, Ordnung"); or "ders."/"dies." (the same writer,
# perhaps after an adverb: `note_same_writer_leads`) for the surname.
# After "ders." an imprint may stand for the page: the same writer's second work in full
# ("…; ders., Das Ende, Köln 1995").
# matches "Wendel, Ordnung, S. 44", "ders., Das Ende, S. 7", "ähnlich ders., Das Ende, S. 7",
# "ders., Das Ende, Frankfurt am Main: Suhrkamp 1995",
# "Vgl. Wendel, Briefe, S. 4 f.", "Wendel, Ordnung, Bd. 2, S. 4", "Wendel, Kleine
# Schriften, Sp. 12"; not "Wendel, J., S. 4" (an initial), "Wendel,
# S. 44" (no title), "Wendel, Ordnung der Dinge, S. 4" (read as a plain title already)
_SHORT_TITLED = lazy_compile(
    rf"""(?<![\w.-])
        (?:(?P<surname>{NAME_WORD})|(?:{LEAD})?(?P<same>(?i:ders|dies)\.)),\s++
        (?P<title>[{UPPER}][^\W\d_]{{2,}}+(?:-[^\W\d_]++)?(?:\s++[{UPPER}][^\W\d_]{{2,}}+){{0,2}})
        ,\s*+(?:(?P<pages>(?:hier\s++)?(?:Bd\.\s*+\d{{1,3}},\s*+)?(?:S|Sp)\.\s*+\d{{1,5}}
                          (?:\s*+(?:ff?\.?|[-–]+\s*+\d{{1,5}}))?)
               |(?P<imprint>[{UPPER}][\w./-]*+(?:\s++[\w./-]++){{0,3}}?
                            (?::\s*+[^;,:()\d]{{1,60}}?)?,?\s++(?P<year>1[5-9]\d\d|20\d\d)(?!\d)))""",
    re.VERBOSE,
)

# What stands before such a short form where no reading took it: the note's start, a ";",
# or a cue ("Vgl.", "siehe", "zit. n.", "zitiert nach", "nach", "bei").
# matches "", "…, S. 4; ", "Vgl. ", "Zit. n. ", "„…“, zitiert nach ", "So bei "; not "Die
# Reise führte nach Berlin, " (a comma), "in "
_OPENING = lazy_compile(
    r"""(?:^|;|(?i:\bvgl\.|\bsiehe|\bs\.|\bzit\.\s?n\.|\bzit(?:\.|iert)\s++nach|\bnach|\bbei))
        \s*+$""",
    re.VERBOSE,
)

# How far before a short form its opening is looked for (a bound keeps the scan linear).
_OPENING_REACH = 40


def german_short_titles(
    text: str, base: int, number: int, earlier: EarlierWorks, found: list[NoteCitation]
) -> list[NoteCitation]:
    """The works `found` in one note (`text`, at `base`), with each short form of a surname,
    a short title of capitalised words and a page ("Wendel, Ordnung, S. 44") by a writer an
    earlier note cited (or, for "ders.", by the writer of the work before, read with a title
    or cited before): its title given to the reading that took it as a surname with given
    names, or the short form added where none took it."""
    if "S." not in text and "Sp." not in text and "ders." not in text.lower():
        if "dies." not in text.lower():
            return found  # cheap test first: the locator is German
    kept = sorted(found, key=lambda c: c.span.start)
    starts = [c.span.start for c in kept]  # bisected: a note of many short forms stays linear
    added: list[NoteCitation] = []
    for short in _SHORT_TITLED.finditer(text):
        opening = short.start("same") if short.group("same") else short.start("surname")
        span = Span(base + opening, base + short.end())
        if short.group("same"):  # "…; ders., Das Ende, S. 7": the writer of the work before
            i = bisect_left(starts, span.start)
            if i > 0:
                writer = _writer_before(kept[i - 1], earlier)
            else:  # the last writer of the notes before, when "ders." opens this note
                writer = () if text[: short.start()].strip() else earlier.last_writer
        else:
            writer = earlier.writers.get(short.group("surname").casefold())
        if not writer:
            continue  # "Berlin, Dietz, S. 44": no writer of that name cited before
        if short.group("imprint") and not short.group("same"):
            continue  # "Berlin, Neue Zeit, Köln 1995": a surname alone opens no full form
        if _CONTAINER_BEFORE.search(text, max(0, short.start() - _OPENING_REACH), short.start()):
            continue  # "…, in: ders., Werke, Berlin 1962": the book the work before stands in
        over = _overlapping(kept, starts, span)
        if not over:
            # "ders." opens a work wherever it stands; a surname after a cue or a ";"
            opens = bool(short.group("same")) or _OPENING.search(
                text, max(0, short.start() - _OPENING_REACH), short.start()
            )
            if opens:
                added.append(_short_form(text, base, number, short, writer))
        elif (
            len(over) == 1 and short.group("pages") and _untitled_same_writer(kept[over[0]], writer)
        ):
            reading = kept[over[0]]
            unsure = [p for p in reading.unsure.split("; ") if p and p != _INVERTED]
            unsure.append(_UNSURE)
            kept[over[0]] = replace(
                reading,
                form="short",
                title=short.group("title"),
                title_style="plain",
                unsure="; ".join(unsure),
            )
    return sorted(kept + added, key=lambda c: c.span.start) if added else kept


def _overlapping(kept: list[NoteCitation], starts: list[int], span: Span) -> list[int]:
    """The indexes of the readings (sorted by start, `starts` their starts) that share a
    character with `span`: those starting inside it, and the one before if it reaches in."""
    i = bisect_left(starts, span.start)
    j = bisect_left(starts, span.end, lo=i)
    over = list(range(i, j))
    if i > 0 and kept[i - 1].span.end > span.start:
        over.insert(0, i - 1)
    return over


def _writer_before(work: NoteCitation, earlier: EarlierWorks) -> tuple[Author, ...]:
    """The writer of the work before "ders.", when it was read with a title or by a writer
    an earlier note cited ("Berlin, Dietz, S. 3; ders., …" names no writer)."""
    if work.authors and (work.title or work.authors[0].surname.casefold() in earlier.writers):
        return work.authors
    return ()


_INVERTED = "inverted names"
_UNSURE = "plain title; a short title, not given names"


def _untitled_same_writer(citation: NoteCitation, writer: tuple[Author, ...]) -> bool:
    return (
        not citation.title
        and bool(citation.authors)
        and citation.authors[0].folded == writer[0].folded
    )


def _short_form(
    text: str, base: int, number: int, short: re.Match[str], writer: tuple[Author, ...]
) -> NoteCitation:
    """The short form ("Wendel, Ordnung, S. 44"), or the same writer's work in full
    ("ders., Das Ende, Köln 1995")."""
    start = short.start("same") if short.group("same") else short.start("surname")
    full = bool(short.group("imprint"))
    return NoteCitation(
        text=text[start : short.end()],
        span=Span(base + start, base + short.end()),
        note=number,
        form="full" if full else "short",
        authors=writer,
        title=short.group("title"),
        title_style="plain",
        year=short.group("year") or "",
        pages=short.group("pages") or "",
        unsure="plain title; the writer of the work before" if full else _UNSURE,
    )


# "a. a. O.", "op. cit." (op-cit) or "ebd." / "ebenda" (ibid) inside a note.
# matches "a. a. O.", "a.a.O.", "aaO", "op. cit.", "ebd.", "Ebenda"; not "a.a.Ort", "ebendiese"
_MARK = lazy_compile(
    r"(?P<op>\ba\.\s?a\.\s?O\.|\baaO(?![\w-])\.?|\b(?i:op\.\s?cit)\b\.?)|(?P<ibid>\b(?i:ebd)\b\.?|\b(?i:ebenda)\b)"
)

# How far before a mark its writer and short title are looked for (a bound keeps it linear).
_REACH = 160

# The writer (perhaps with given names, perhaps "selbst"; or editors, parted by "/", and
# their mark), perhaps a short title, and the comma before the mark, or the bracket the mark
# opens in prose ("Wendel (a. a. O., S. 4) sieht das anders"), ending where the mark starts.
# matches "Wendel, ", "Jakob Wendel, ", "Wendel selbst, ", "Wendel, Die Ordnung der Dinge, ",
# "Wendel, *Ordnung*, ", "Wendel/Kramer (Hg.), *Handbuch*, ", "Wendel ("; not "Berlin 1990, " (a
# year), "Wendel und Kramer, " (two writers), "Wendel, S. 4, " (a page); "in: Die Zeit, "
# matches, and `_CONTAINER_BEFORE` turns it down
_WRITER_BEFORE = lazy_compile(
    rf"""(?<![^\s(;])(?P<cue>(?i:bei|auf)\s++)?
        (?P<names>(?:[{UPPER}][^\W\d_]*+\.?\s++){{0,2}}(?P<surname>{NAME_WORD})
                  (?:\s*+/\s*+(?:[{UPPER}][^\W\d_]*+\.?\s++){{0,2}}{NAME_WORD}){{0,3}})
        (?:\s*+\((?:Hg|Hgg|Hrsg|eds?)\.\))?
        (?:\s++(?:selbst|ebenfalls|auch))?
        (?:,\s*+(?:(?P<title>[*_„“"]?[{UPPER}][^,;:()\d*_“”"]{{0,80}}+[*_“”"]?),\s*+)?
          |(?P<bracket>\s*+\(\s*+))$""",
    re.VERBOSE,
)

# Words before the writer's name that end a container's lead: "in: Die Zeit, a. a. O." is a
# newspaper's issue cited before, not a person's work.
# matches "in: ", "In ", "aus "; not "bei ", "Kramer "
_CONTAINER_BEFORE = lazy_compile(r"(?i:\b(?:in|aus|im)\b:?)\s*+$")


def named_back_references(
    text: str, base: int, number: int, earlier: EarlierWorks | None, found: list[NoteCitation]
) -> list[NoteCitation]:
    """The works `found` in one note (`text`, at `base` in the document), with each "a. a.
    O." / "op. cit." / "ebd." that a writer named before it makes a reference to that
    writer's work, where no reading took it; then each Ibid. inside the note's text with a
    page and no writer ("(ibid., 63)", "zit. nach ebd., S. 301": `note_inner_ibid`)."""
    named = _named_back_references(text, base, number, earlier, found)
    return inner_ibids(text, base, number, named)


def _named_back_references(
    text: str, base: int, number: int, earlier: EarlierWorks | None, found: list[NoteCitation]
) -> list[NoteCitation]:
    if "a.a.O" not in text and "a. a. O" not in text and "aaO" not in text and "cit" not in text:
        if "ebd" not in text.lower() and "ebenda" not in text.lower():
            return found  # cheap test first: most notes have no such mark
    ordered = sorted(found, key=lambda c: c.span.start)
    starts = [c.span.start - base for c in ordered]  # bisected: linear in a long note
    taken = SpanSet(Span(c.span.start - base, c.span.end - base) for c in ordered)
    given_way: set[int] = set()  # readings of a title alone that gave way to their writers
    added: list[NoteCitation] = []
    for mark in _MARK.finditer(text):
        window_start = max(0, mark.start() - _REACH)
        before = _WRITER_BEFORE.search(text, window_start, mark.start())
        if before is None:
            continue
        if before.group("bracket") is not None and mark.group("ibid"):
            continue  # "Wendel (ebd., S. 4)": an Ibid. in prose is `note_inner_ibid`'s
        start = before.start("names")
        span = Span(start, mark.end())
        if _CONTAINER_BEFORE.search(text, window_start, start):
            continue
        if not _vouched(before, earlier, cue_vouches=not mark.group("ibid")):
            continue
        # a reading of the title alone ("*Handbuch*, a. a. O.") gives way to the one with
        # its writers; any other reading there keeps its place
        inside = range(bisect_right(starts, start), bisect_left(starts, mark.end()))
        unsigned = [i for i in inside if _unsigned(ordered[i])]
        if len(unsigned) != len(inside) or (
            inside.start > 0 and ordered[inside.start - 1].span.end - base > start
        ):
            continue
        if not unsigned and taken.overlaps(span):
            continue
        given_way.update(unsigned)
        end = mark.end()
        pages = _PAGES_AFTER.match(text, end)
        if pages is not None:
            end = pages.end()
        title = (before.group("title") or "").strip(' *_„“”"')
        title = title or next((ordered[i].title for i in unsigned if ordered[i].title), "")
        added.append(
            NoteCitation(
                text=text[start:end],
                span=Span(base + start, base + end),
                note=number,
                form="ibid" if mark.group("ibid") else "op-cit",
                authors=tuple(surnames(before.group("names"))),
                title=title,
                title_style="plain" if title else "",
                pages=pages.group("pages") if pages is not None else "",
                unsure="a writer named before the back-reference",
            )
        )
        taken.add(Span(start, end))
    if not added:
        return found
    kept = [c for i, c in enumerate(ordered) if i not in given_way]
    return sorted(kept + added, key=lambda c: c.span.start)


def _vouched(before: re.Match[str], earlier: EarlierWorks | None, *, cue_vouches: bool) -> bool:
    """An earlier note cited a work by the (first) surname; or, before "a. a. O."
    (`cue_vouches`, a mark no place takes), a surname stands alone after "bei" or "auf",
    which introduce a person ("bei Kramer, a. a. O."). Not otherwise: German capitalises
    its nouns, so a web copy's plain title ("Roter Kumpel, a. a. O.") reads as given names
    and a surname, and "Vgl. Berlin, ebd." may be the place again."""
    names = before.group("names")
    if not plausible_names(names) or names.split()[0] in _ARTICLES:
        return False
    surname = before.group("surname")
    if earlier is not None and surname.casefold() in earlier.writers:
        return True
    return cue_vouches and names == surname and bool(before.group("cue"))


def _unsigned(citation: NoteCitation) -> bool:
    """A back-reference read without writer: "*Handbuch*, a. a. O." (its title alone)."""
    return citation.form in ("op-cit", "loc-cit", "ibid") and not citation.authors


# German articles that open a title or a paper's name, never a person's ("Die Zeit").
_ARTICLES = frozenset("Das Die Der Den Dem Des Ein Eine".split())

# A page after the mark.
# matches ", S. 61", " S. 240 ff.", ", S. 141–178", ", p. 12"; not ", 1999"
_PAGES_AFTER = lazy_compile(
    r",?\s*+(?P<pages>(?:S\.|Sp\.|pp?\.)\s*+\d{1,5}(?:\s*+(?:ff?\.?|[-–]+\s*+\d{1,5}))?)"
)
