"""Issue 11: Greek words for an editor, a translator, "also in", "see my" and "quoted in"
around works cited.

Greek notes name an editor with "επιμέλεια" (editing) or "επιμ." before the names, or
"επιμ." / "(επιμ.)" after them, where Chicago writes "edited by", "ed." or "(ed.)": a
title-first volume's editors are its authors, as in English ("*Harbour Reloaded*, επιμ.
Sebastian Lind (Durham: …, 2007)"). A translator is named after "μτφρ." or "(σε)
μετάφραση" ("in translation by"), which ends a plain title and stands between it and its
imprint. "Επίσης στο" / "Ακόμη στο" (also in) opens the book the work before was
published in as well, as "Also in" does: the same writer's work. "Βλ. το άρθρο μου" (see my
article; "τη συνέντευξή μου", the enclitic giving the noun a second accent) opens the
writer's own work, as "See my" does; "παρατίθεται στο" (quoted in), after a name too, opens
the work quoted from, a programme's plain title with it.

Constructed rows written for this table (invented writers, titles, places, no corpus
text). Half the rows are negatives: a translator (no author), no person after the
editor's word, a place or a publisher after "Επίσης στο", "my article" or "quoted in"
before a place, a year, a journal, prose: no new author. Each row is read as Markdown and, where marked, as a web copy (emphasis
stripped); the readings are those of its note: (form, surnames, title, year).
"""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, surnames_read, web_copy, work
from tests.note_tables import last_note_readings as readings

RELOADED = work("Lind", "Harbour Reloaded", "2007")
UNSIGNED = work("", "Harbour Reloaded", "2007")

# (class, note, readings, also as a web copy)
CASES: list[tuple[str, str, list[Reading], bool]] = [
    (
        "Επίσης στο: the work before in another book",
        "Βλ. Olaf Holm, «Salt and Iron» (1962), *Harbour Review* 41 (1967), 15–35. Επίσης "
        "στο *For the Sea* (1965), μτφρ. Ben Reed (London: New Left Books, 1977), 87–116.",
        [work("Holm", "Salt and Iron", "1962"), work("Holm", "For the Sea", "1977")],
        True,
    ),
    (
        "Ακόμη στο: a Greek work in another book",
        "Βλ. Ο. Χολμ, «Το αλάτι», *Λιμάνι* 41 (1967), σσ. 15–35. Ακόμη στο *Για τη θάλασσα* "
        "(Αθήνα: Κέδρος, 1977), σσ. 87–116.",
        [work("Χολμ", "Το αλάτι", "1967"), work("Χολμ", "Για τη θάλασσα", "1977")],
        False,
    ),
    (
        "επιμέλεια before the editor of a title-first volume",
        "*Harbour Reloaded*, επιμέλεια Sebastian Lind (Durham: Duke University Press, 2007).",
        [RELOADED],
        False,
    ),
    (
        "επιμ. before the editor of a title-first volume",
        "*Harbour Reloaded*, επιμ. Sebastian Lind (Durham: Duke University Press, 2007).",
        [RELOADED],
        False,
    ),
    (
        "(επιμ.) after the editor",
        "*Harbour Reloaded*, Sebastian Lind (επιμ.) (Durham: Duke University Press, 2007).",
        [RELOADED],
        False,
    ),
    (
        "επιμ. after the editor, a quoted-in source",
        "Holm, «Salt» (1839). Παρατίθεται στο *The Harbour Reader*, Robert C. Lind επιμ., "
        "Norton 1978 (σ. 10).",
        [work("Holm", "Salt", "1839"), work("Lind", "The Harbour Reader", "1978")],
        False,
    ),
    (
        "σε μετάφραση ends a plain title",
        "Olaf Holm, Salt, σε μετάφραση Ada Lind (London: Verso, 1998), 4.",
        [work("Holm", "Salt", "1998")],
        False,
    ),
    (
        "Βλ. το άρθρο μου: see my article, a Latin-script title",
        "Βλ. το άρθρο μου «Salt Roads», *Harbour Review* 29 (November 2010).",
        [work("", "Salt Roads", "2010")],
        True,
    ),
    (
        "Βλ. το άρθρο μου: see my article, a Greek title",
        "Βλ. το άρθρο μου «Οι δρόμοι του αλατιού», *Λιμάνι* 29 (Νοέμβριος 2010).",
        [work("", "Οι δρόμοι του αλατιού", "2010")],
        True,
    ),
    (
        "Βλ. επίσης το βιβλίο μου: see also my book",
        "Βλ. επίσης το βιβλίο μου *Οι δρόμοι του αλατιού* (Αθήνα: Κέδρος, 2010).",
        [work("", "Οι δρόμοι του αλατιού", "2010")],
        False,
    ),
    (
        "Βλ. τη συνέντευξή μου: the enclitic's second accent",
        "Βλ. τη συνέντευξή μου «Salt», *Harbour Review* 29 (2010).",
        [work("", "Salt", "2010")],
        True,
    ),
    (
        "παρατίθεται στο after a name: quoted in a programme",
        "John Holm παρατίθεται στο The Harbour Story, aired 13 July (London: BBC Radio 4, "
        "2016), radio broadcast",
        [work("", "The Harbour Story", "2016")],
        False,
    ),
    (
        "όπως παρατίθεται στο: as quoted in",
        "Ο John Holm, όπως παρατίθεται στο The Harbour Story (London: BBC Radio 4, 2016).",
        [work("", "The Harbour Story", "2016")],
        False,
    ),
    # negatives
    (
        "negative: a translator is no author",
        "*Harbour Reloaded*, μτφρ. Sebastian Lind (Durham: Duke University Press, 2007).",
        [UNSIGNED],
        False,
    ),
    (
        "negative: no person after επιμέλεια",
        "*Harbour Reloaded*, επιμέλεια της σειράς (Durham: Duke University Press, 2007).",
        [UNSIGNED],
        False,
    ),
    (
        "negative: a place after επιμέλεια",
        "Harbour Reloaded, επιμέλεια Λονδίνο (Durham: Duke University Press, 2007).",
        [],
        False,
    ),
    ("negative: Επίσης στο before a place", "Επίσης στο Λονδίνο, 1998.", [], True),
    ("negative: Επίσης στη before a publisher", "Επίσης στη Verso, London 1998.", [], True),
    ("negative: Ακόμη στην before an imprint", "Ακόμη στην Αθήνα: Κέδρος, 1998, σ. 4.", [], True),
    (
        "negative: a place before an imprint",
        "Επίσης στο Λονδίνο (London: Verso, 1998).",
        [],
        True,
    ),
    ("negative: prose", "Η επιμέλεια Ada Lind ήταν υποδειγματική, 1998.", [], True),
    ("negative: my article in a city", "Βλ. το άρθρο μου στο Λονδίνο, 2010.", [], True),
    ("negative: my book, a place and a year", "Βλ. το βιβλίο μου, Αθήνα 2010.", [], True),
    ("negative: our study of a city", "Βλ. τη μελέτη μας για το Λονδίνο (2010).", [], True),
    (
        "negative: my article, an imprint",
        "Βλ. το άρθρο μου στην Αθήνα: Κέδρος, 2010, σ. 4.",
        [],
        True,
    ),
    (
        "negative: cited in a place, an imprint",
        "Όπως αναφέρεται στο Λονδίνο (London: Verso, 2016).",
        [],
        True,
    ),
    (
        "negative: quoted in a journal, a year",
        "Η Ada Lind παρατίθεται στο London Review (2016).",
        [],
        True,
    ),
    ("negative: a city and a year in prose", "Ακόμη στη Θεσσαλονίκη το 1998, σ. 4.", [], True),
]


ROWS = [
    (c[0], c[1], c[2], r) for c in CASES for r in ("markdown", "web") if r == "markdown" or c[3]
]


@pytest.mark.parametrize(
    ("note", "expected", "rendering"), [r[1:] for r in ROWS], ids=[f"{r[0]}-{r[3]}" for r in ROWS]
)
def test_reading(note: str, expected: list[Reading], rendering: str) -> None:
    if rendering == "web":
        note = web_copy(note)
    assert readings([note]) == expected


NEGATIVES = [c for c in CASES if c[0].startswith("negative")]


@pytest.mark.parametrize("note", [c[1] for c in NEGATIVES], ids=[c[0] for c in NEGATIVES])
def test_negatives_give_no_author(note: str) -> None:
    """A negative row names no author to either reader."""
    assert surnames_read(note) == set()
