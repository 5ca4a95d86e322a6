"""Titles in underscore emphasis read as titles in asterisks (issue 11, round 16).

Markdown marks italics with `*…*` or `_…_` alike (CommonMark 6.2), and the articles kept
apart mark their titles with underscores. Rewriting the annotated articles' asterisks as
underscores lost 11 of their 1,169 citations found and added 2 false readings: the reader's
patterns had been written for asterisks. A title holding "?" or "." ("_What Is to Be Done?
Burning Questions …_"), writers listed before the title with no comma, "_Ibid_" (to `\\b`
an underscore is a letter). `extract/note_emphasis.py` reads each underscore pair as
asterisks (same length, same offsets) and gives the reading's text back as written.

Every row is read twice, with asterisks and with underscores, and must read the same. The
positives are the shapes main read as nothing with underscores; the negatives are
underscores that are no emphasis (inside a word, an address, a blank line of them, escaped)
or a pair inside asterisk emphasis, which must be left alone.
"""

from __future__ import annotations

import re

import pytest

from tests.note_tables import built_from_note, last_note_readings

VELL_FULL = "Ann Vell, *Harbour Strikes* (London: Dale, 1990), 4."

# name, the notes before, the last note with asterisks, whether it has a reading
ROWS: list[tuple[str, list[str], str, bool]] = [
    ("a title holding a question mark", [],
     "Ann Vell, *What Is to Be Done? Harbour Questions of Our Movement* (1902), 4.", True),
    ("a title holding a full stop, writers before it with no comma", [],
     "Ann Vell, Tom Rudd, and Piet Karsh *Harbour Strikes. Dock Unions and Their Foes*, "
     "(Leeds: Dale Press, 2006): 196.", True),
    ("two writers, a question in the title", [],
     "Ann Vell and Tom Rudd *What's Left in the Harbour? Dock Change in New Times*, "
     "(Hull: Marren, 2009): 7.", True),
    ("a survey's question as a title", [],
     "Ann Vell, *What Does the Docker Read? Answered by Means of a Survey* "
     "(Hull and Leeds: Marren, 1900).", True),
    ("Ibid in emphasis", [VELL_FULL], "*Ibid*, §3, 55.", True),
    ("negative: a short form, read the same before", [VELL_FULL], "Vell, *Harbour Strikes*, 4.", True),
    ("negative: a title within a title", [],
     "Ann Vell, *Three Volumes of _Capital_* (London: Dale, 1990), 4.", True),
    ("negative: underscores inside an address", [],
     "Ann Vell, “Dock Strikes,” https://example.org/dock_strikes_1990/page_2, accessed 3 May 2020.", True),
    ("negative: a blank of underscores for the writer before", [VELL_FULL],
     "______, *Dock Unions* (London: Dale, 1992), 7.", False),
    ("negative: a file name with underscores cites nothing", [],
     "The figures are in the union's file report_final_v2, kept by the branch.", False),
    ("negative: escaped underscores are no emphasis", [],
     "The union's word was \\_strike\\_ and nothing else.", False),
]  # fmt: skip


def _underscored(note: str) -> str:
    """The note with its asterisk pairs as underscores; a note with a pair inside asterisks
    as it is (the inner pair is what the row asks about)."""
    if "*_" in note or "_*" in note:
        return note
    return re.sub(r"\*([^*\n]+)\*", r"_\1_", note)


@pytest.mark.parametrize(
    ("before", "note", "read"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS]
)
def test_underscores_read_as_asterisks(before: list[str], note: str, read: bool) -> None:
    with_asterisks = last_note_readings([*before, note])
    assert bool(with_asterisks) is read
    assert last_note_readings([*before, _underscored(note)]) == with_asterisks


def test_the_reading_keeps_the_note_as_written() -> None:
    note = "Ann Vell, _What Is to Be Done? Harbour Questions_ (1902), 4."
    (citation,) = built_from_note(note).note_citations
    assert citation.title == "What Is to Be Done? Harbour Questions"
    assert "_What Is to Be Done?" in citation.text and "*" not in citation.text


def test_half_the_rows_are_negatives() -> None:
    assert 2 * sum(r[0].startswith("negative") for r in ROWS) >= len(ROWS)
