"""A note citation read right by what the note says, yet unlike its entry, still matches it.

The reader may take a chapter's container or an article's journal for its title, read no
title, read the original's year where the list gives the edition's, read an editor before
the author, or read initials and a particle with the surname. Each row gives the note, the
reading and the entry; half the rows are the distinct works each tolerance must keep apart
(another work of one author and year, a place and year after the imprint, a journal read as
the author, a name read after the first vouching by year alone).
`bench/note_match_variants.py` measures the same kinds on the truth set ("the reading, right
by the score, read differently").
"""

from __future__ import annotations

import pytest

from citecheck.bibliography.names import author
from citecheck.bibliography.note_matching import MATCHED, MISSING, match_note_citations
from citecheck.model import NoteCitation, Reference, Span


def read(
    text: str, names: str, title: str = "", year: str = "", form: str = "full"
) -> NoteCitation:
    """The reader's reading of `text`: names joined by " & ", title and year as read."""
    return NoteCitation(
        text=text, span=Span(0, len(text)), note=1, form=form,
        authors=tuple(author(n) for n in names.split(" & ")), title=title, year=year,
    )  # fmt: skip


def entry(names: str, title: str, year: str) -> Reference:
    return Reference(
        key=f"{names}{year}{title[:4]}", authors=tuple(author(n) for n in names.split(" & ")),
        year=year, suffix="", title=title, source="m.md", line=1,
    )  # fmt: skip


ALTHUSSER = "Louis Althusser, “Contradiction and Overdetermination,” in *For Marx* (London: Verso, 1969), 89."
POSTONE = "Moishe Postone, “History and Helplessness,” *Public Culture* 18, no. 1 (2006): 93–110."
GRAMSCI = "Antonio Gramsci, *Selections from the Prison Notebooks*, ed. Quintin Hoare (New York: International, 1971), 12."
LUKACS = "Georg Lukács, *History and Class Consciousness* (1923; repr. London: Merlin, 1971), 83."
ADORNO = "Theodor W. Adorno, “Critique,” in *Critical Models* (New York: Columbia, 1998), 281."
FISHER = 'Fisher, Mark. "Limbo is over." April 26, 2015.'
HAGEN = "Uli vom Hagen, “Rosa Luxemburg's Legacy,” *Platypus Review* 20 (February 2010)."
LIH = "Lars T. Lih, *Lenin Rediscovered* (Leiden: Brill, 2006), 41."
BINH = "Binh, “Mangling the Party of Lenin,” *Weekly Worker* 912 (2012); “Wanting to Get Lenin Wrong,” *Weekly Worker* 915 (2012)."
IRON_HEEL = "Jack London, *The Iron Heel* (New York: Macmillan, 1908); the strike in Chicago, 1919."
HERF = "Jeffrey Herf, “Ideology and Terror in Germany,” *Telos* 142 (2008): 40."

# (what the row shows, the reading, the entries listed, the entry it must match or None)
ROWS = [
    # the container or the journal read for the title: the entry's title written right before
    ("a book read for its chapter", read(ALTHUSSER, "Althusser", "For Marx", "1969"),
     [entry("Althusser", "Contradiction and Overdetermination", "1969")], 0),
    ("a journal read for its article", read(POSTONE, "Postone", "Public Culture", "2006"),
     [entry("Postone", "History and Helplessness", "2006")], 0),
    ("another article, written before the one read", read(BINH, "Binh", "Wanting to Get Lenin Wrong", "2012"),
     [entry("Binh", "Mangling the Party of Lenin", "2012")], None),
    ("a journal read for the title, another year", read(HERF, "Herf", "Telos", "2008"),
     [entry("Herf", "Ideology and Terror in Germany", "2007")], None),
    # an editor read before the author: the author's name vouches with the title only
    ("an editor read first", read(GRAMSCI, "Hoare & Gramsci", "Selections from the Prison Notebooks", "1971"),
     [entry("Gramsci", "Selections from the Prison Notebooks", "1971")], 0),
    ("an editor read first, no title, the title written", read(GRAMSCI, "Hoare & Gramsci", "", "1971"),
     [entry("Gramsci", "Selections from the Prison Notebooks", "1971")], 0),
    ("an editor read first, no title, another work of the year", read(GRAMSCI, "Hoare & Gramsci", "", "1971"),
     [entry("Gramsci", "Letters from Prison", "1971")], None),
    ("an editor read first, no title, an untitled entry", read(GRAMSCI, "Hoare & Gramsci", "", "1971"),
     [entry("Gramsci", "", "1971")], 0),
    # the entry's writer and whole title written in the citation's own text vouch for it,
    # whatever name was read (note_matching._entry_written_out, round 18); the journal's
    # name alone does not
    ("a journal read as the author, the writer written", read(HERF, "Telos", "Ideology and Terror in Germany", "2008"),
     [entry("Herf", "Ideology and Terror in Germany", "2008")], 0),
    ("a journal read as the author, no writer written", read(HERF.removeprefix("Jeffrey Herf, "), "Telos", "Ideology and Terror in Germany", "2008"),
     [entry("Herf", "Ideology and Terror in Germany", "2008")], None),
    ("a journal read as the author, the writer's other work listed", read(HERF, "Telos", "Ideology and Terror in Germany", "2008"),
     [entry("Herf", "Reactionary Modernism", "2008")], None),
    # the original's year read: the note writes the edition's, up to its imprint
    ("the original's year, no title", read(LUKACS, "Lukács", "", "1923"),
     [entry("Lukács", "History and Class Consciousness", "1971")], 0),
    ("the original's year, the main title", read(LUKACS, "Lukács", "History and Class Consciousness", "1923"),
     [entry("Lukács", "History and Class Consciousness: Studies in Marxist Dialectics", "1971")], 0),
    ("the original's year, no title, another work of the edition's year", read(LUKACS, "Lukács", "", "1923"),
     [entry("Lukács", "The Theory of the Novel", "1971")], None),
    ("a book read for its chapter, the chapter's year not written", read(ALTHUSSER, "Althusser", "For Marx", "1969"),
     [entry("Althusser", "Contradiction and Overdetermination", "1962")], None),
    ("a place and year after the imprint", read(IRON_HEEL, "London", "", "1908"),
     [entry("London", "The Iron Heel", "1919")], None),
    # no title read: the title marked right after the name tells one year's works apart
    ("no title, one of two works of the year", read(ADORNO, "Adorno", "", "1998"),
     [entry("Adorno", "Progress", "1998"), entry("Adorno", "Critique", "1998")], 1),
    ("no title, another work of the year only", read(ADORNO, "Adorno", "", "1998"),
     [entry("Adorno", "Progress", "1998")], None),
    ("no title, an inverted name", read(FISHER, "Fisher", "", "2015"),
     [entry("Fisher", "Democracy is Joy", "2015"), entry("Fisher", "Limbo is over", "2015")], 1),
    ("no title, an inverted name, another work", read(FISHER, "Fisher", "", "2015"),
     [entry("Fisher", "Democracy is Joy", "2015")], None),
    # names: initials and a particle read with the surname
    ("initials and a particle", read(HAGEN, "E. P. vom Hagen", "Rosa Luxemburg's Legacy", "2010"),
     [entry("vom Hagen", "Rosa Luxemburg's Legacy", "2010")], 0),
    # a short title two entries start with: the one alike as a whole
    ("a short title, two entries", read(LIH, "Lih", "Lenin", form="short"),
     [entry("Lih", "Lenin Rediscovered", "2006"), entry("Lih", "Lenin", "2011")], 1),
    ("a short title, its entry out", read(LIH, "Lih", "Lenin Rediscovered", "2006"),
     [entry("Lih", "Lenin", "2011")], None),
]  # fmt: skip


@pytest.mark.parametrize(("what", "citation", "listed", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_reading_matches_its_entry_and_no_other(
    what: str, citation: NoteCitation, listed: list[Reference], expected: int | None
) -> None:
    for entries in (listed, listed[::-1]):  # the list's order decides nothing
        (match,) = match_note_citations([citation], entries)
        if expected is None:
            assert match.status == MISSING, what
        else:
            assert match.status == MATCHED and match.reference == listed[expected], what


def test_rows_are_half_negatives() -> None:
    negatives = sum(1 for *_, expected in ROWS if expected is None)
    assert negatives * 2 >= len(ROWS) - 1


def test_initials_with_a_particle_are_no_author_difference() -> None:
    (match,) = match_note_citations(
        [read(HAGEN, "E. P. vom Hagen", "Rosa Luxemburg's Legacy", "2010")],
        [entry("vom Hagen", "Rosa Luxemburg's Legacy", "2010")],
    )
    assert match.differences == ()


def test_the_original_year_read_is_no_year_difference() -> None:
    (match,) = match_note_citations(
        [read(LUKACS, "Lukács", "History and Class Consciousness", "1923")],
        [entry("Lukács", "History and Class Consciousness", "1971")],
    )
    assert match.status == MATCHED and match.differences == ()
