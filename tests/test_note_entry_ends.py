"""A bibliography-style reading ends before the next work's entry (`note_entry_ends`).

A note written as a bibliography's entries ("Vell, Ann. *Harbour Roads*. London: Dale,
1999.") was read on from its names to the next ";", so a second entry after the first's
year ("Rudd, Tom. *Salt and Iron*. …") was read as the first's tail: its writer and title
lost, and at times its year taken for the first's. By Chicago 17th 14.68 (and DIN 1505-2,
ISO 690) an entry ends with its imprint: after the year, a sentence opening with another
writer's inverted names, or with a writer and a title, directly or after a join ("See
also", "and", "Cf.", "Vgl.", "sowie", "βλ. επίσης"), is the next work. The negatives keep a
translator, a reprint, a container, an editor, a series, a subtitle, places, pages and
prose inside the first entry, and read no writer from them. Every row is read in Markdown
and in its web copy. Invented writers, titles and publishers.
"""

from __future__ import annotations

import pytest

from tests.note_tables import (
    negative_table_tests,
    one_note_readings,
    rendering_table_tests,
    surnames_read,
    work,
)

_VELL = work("Vell", "Harbour Roads", "1999")
_RUDD = work("Rudd", "Salt and Iron", "2001")

# (name, note, Markdown readings, web readings)
CASES = [
    (
        "next-entry-after-year",
        "Vell, Ann. *Harbour Roads*. London: Dale Press, 1999. Rudd, Tom. *Salt and Iron*. "
        "Leeds: Kettle, 2001.",
        [_VELL, _RUDD],
        [_VELL, _RUDD],
    ),
    (
        "next-entry-after-see-also",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999. See also Rudd, Tom. *Salt and Iron*. "
        "Leeds: Kettle, 2001.",
        [_VELL, _RUDD],
        [_VELL, _RUDD],
    ),
    (
        "next-entry-after-comma-and",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999, and Rudd, Tom. *Salt and Iron*. "
        "Leeds: Kettle, 2001.",
        [_VELL, _RUDD],
        [_VELL, _RUDD],
    ),
    (
        "next-entry-after-cf",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999. Cf. Rudd, Tom. *Salt and Iron*. "
        "Leeds: Kettle, 2001.",
        [_VELL, _RUDD],
        [_VELL, _RUDD],
    ),
    (
        "note-form-after-entry-keeps-first-year",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999. Tom Rudd, *Salt and Iron* "
        "(Leeds: Kettle, 2001).",
        [_VELL, _RUDD],
        [_VELL, _RUDD],
    ),
    (
        "next-journal-entry",
        'Vell, Ann. "Harbour Roads." *Dock Review* 12 (1999): 4–9. Rudd, Tom. "Salt Lines." '
        "*Dock Review* 13 (2000): 5–8.",
        [work("Vell", "Harbour Roads", "1999"), work("Rudd", "Salt Lines", "2000")],
        [work("Vell", "Harbour Roads", "1999"), work("Rudd", "Salt Lines", "2000")],
    ),
    (
        "next-entry-mla-publisher-only",
        "Vell, Ann. *Harbour Roads*. Dale, 1999. Rudd, Tom. *Salt and Iron*. Kettle, 2001.",
        [_VELL, _RUDD],
        [_VELL, _RUDD],
    ),
    (
        "next-entry-same-writer-again",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999. Vell, Ann. *Salt and Iron*. "
        "Leeds: Kettle, 2001.",
        [_VELL, work("Vell", "Salt and Iron", "2001")],
        [_VELL, work("Vell", "Salt and Iron", "2001")],
    ),
    (
        "next-entry-german-vgl",
        "Sand, Ute. *Hafen und Stadt*. Berlin: Dietz, 1990. Vgl. Maas, Karl. *Die Werft*. "
        "Hamburg: Junius, 1992.",
        [work("Sand", "Hafen und Stadt", "1990"), work("Maas", "Die Werft", "1992")],
        [work("Sand", "Hafen und Stadt", "1990"), work("Maas", "Die Werft", "1992")],
    ),
    (
        "next-entry-german-sowie",
        "Sand, Ute. *Hafen und Stadt*. Berlin: Dietz, 1990, sowie Maas, Karl. *Die Werft*. "
        "Hamburg: Junius, 1992.",
        [work("Sand", "Hafen und Stadt", "1990"), work("Maas", "Die Werft", "1992")],
        [work("Sand", "Hafen und Stadt", "1990"), work("Maas", "Die Werft", "1992")],
    ),
    (
        "next-author-date-entry",
        "Vell, Ann (1999). *Harbour Roads*. London: Dale. Rudd, Tom (2001). *Salt and Iron*. "
        "Leeds: Kettle.",
        [_VELL, _RUDD],
        [_VELL, _RUDD],
    ),
    (
        "negative-translator-sentence",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999. Translated by Tom Rudd. "
        "Leeds: Kettle, 2001.",
        [_VELL],
        [_VELL],
    ),
    (
        "negative-reprinted-in-edited-book",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999. Reprinted in Rudd, Tom, ed. "
        "*Salt and Iron*. Leeds: Kettle, 2001.",
        [_VELL],
        [_VELL],
    ),
    (
        "negative-container-in-colon",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999. In: Rudd, Tom. *Salt and Iron*. "
        "Leeds: Kettle, 2001.",
        [_VELL],
        [_VELL],
    ),
    (
        "negative-subtitle-before-year",
        "Vell, Ann. *Harbour Roads*. Quiet Power. London: Dale, 1999.",
        [_VELL],
        [_VELL],
    ),
    (
        "negative-place-after-year",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999. Durham, North Carolina.",
        [_VELL],
        [_VELL],
    ),
    (
        "negative-place-after-see-also",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999. See also London, Ontario.",
        [_VELL],
        [_VELL],
    ),
    (
        "negative-place-after-comma-and",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999, and Leeds, Yorkshire.",
        [_VELL],
        [_VELL],
    ),
    (
        "negative-pages-after-year",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999. Pages 4, 9.",
        [_VELL],
        [_VELL],
    ),
    (
        "negative-prose-after-year",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999. Here, Vell argues.",
        [_VELL],
        [_VELL],
    ),
    (
        "negative-publisher-and-year-again",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999. And Kettle, 2001.",
        [_VELL],
        [_VELL],
    ),
    (
        "negative-author-date-reprint",
        "Vell, Ann (1999). *Harbour Roads*. London: Dale. Reprinted 2001.",
        [work("Vell", "Harbour Roads", "2001")],
        [work("Vell", "Harbour Roads", "2001")],
    ),
    (
        "negative-series-after-year",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999. Studies in Ports, 3.",
        [_VELL],
        [_VELL],
    ),
    (
        "negative-greek-translator",
        "Παππάς, Γιάννης. *Το λιμάνι*. Αθήνα: Κέδρος, 1990. Μτφρ. Ρήγας, Νίκος.",
        [work("Παππάς", "Το λιμάνι", "1990")],
        [work("Παππάς", "Το λιμάνι", "1990")],
    ),
]

test_markdown, test_web = rendering_table_tests(CASES)
test_balance, test_no_author_year = negative_table_tests(CASES)

# (name, note, a word no reader may take for a writer)
NEVER_WRITERS = [
    (
        "negative-place-is-no-writer",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999. Durham, North Carolina.",
        "Durham",
    ),
    (
        "negative-place-after-see-also-is-no-writer",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999. See also London, Ontario.",
        "London",
    ),
    (
        "negative-place-after-and-is-no-writer",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999, and Leeds, Yorkshire.",
        "Leeds",
    ),
    (
        "negative-publisher-is-no-writer",
        "Vell, Ann. *Harbour Roads*. London: Dale, 1999. And Kettle, 2001.",
        "Kettle",
    ),
]


def test_no_place_or_publisher_writer() -> None:
    for name, note, word in NEVER_WRITERS:
        for text in (note, note.replace("*", "")):
            assert word not in surnames_read(text), name


# A marked title's close, ", and", a writer with given names and a title: the next work
# (`note_patterns.SEGMENT_CUE`), as after a page or a bracket. Markdown only: in a web copy
# the title's close is gone, and where it ended cannot be told.
# (name, note, Markdown readings)
MARKED_CLOSE = [
    (
        "next-work-after-italic-title",
        "Ann Vell, *Harbour Roads*, and Tom Rudd, *Salt and Iron* (Leeds: Kettle, 2001).",
        [work("Vell", "Harbour Roads"), _RUDD],
    ),
    (
        "next-work-after-short-form",
        "See Vell, *Harbour Roads*, and Tom Rudd, *Salt and Iron* (Leeds: Kettle, 2001).",
        [work("Vell", "Harbour Roads", form="short"), _RUDD],
    ),
    (
        "next-work-after-british-quotes",
        "Ann Vell, “Harbour Roads”, and Tom Rudd, “Salt Lines”, *Dock Review* 13 (2000).",
        [work("Vell", "Harbour Roads"), work("Rudd", "Salt Lines", "2000")],
    ),
    (
        "next-work-after-greek-title",
        "Γιάννης Παππάς, *Το λιμάνι*, και Νίκος Ρήγας, *Η θάλασσα*, Αθήνα 1992.",
        [work("Παππάς", "Το λιμάνι"), work("Ρήγας", "Η θάλασσα", "1992")],
    ),
    (
        "negative-list-of-authors",
        "Ann Vell, Eva Roth, and Tom Rudd, *Salt and Iron* (Leeds: Kettle, 2001).",
        [work("Vell/Roth/Rudd", "Salt and Iron", "2001")],
    ),
    (
        "negative-place-after-title",
        "Ann Vell, *Harbour Roads*, and New York, 1999.",
        [_VELL],
    ),
    (
        "negative-person-and-role-no-title",
        "Ann Vell, *Harbour Roads*, and Paul Klee, painter, 1999.",
        [_VELL],
    ),
    (
        "negative-person-and-year-no-title",
        "Ann Vell, *Harbour Roads*, 4, and Tom Rudd, 1999.",
        [_VELL],
    ),
    (
        "negative-co-authors-with-and",
        "Ann Vell and Tom Rudd, *Salt and Iron* (Leeds: Kettle, 2001), 4.",
        [work("Vell/Rudd", "Salt and Iron", "2001")],
    ),
]


@pytest.mark.parametrize(
    ("note", "expected"), [row[1:] for row in MARKED_CLOSE], ids=[row[0] for row in MARKED_CLOSE]
)
def test_marked_close(note: str, expected: list) -> None:
    assert one_note_readings(note) == expected


test_marked_balance, test_marked_no_author_year = negative_table_tests(MARKED_CLOSE)
