"""A chapter's short form with its book in short: the editor in brackets, a page (issue 11,
round 26, branch `sf26`).

Chicago (14.29-14.33) shortens a chapter given before to the writer, the chapter's title
and a page; many writers keep the book too, in short, with its editor: "Tomas Ruiz, “The
Salt Roads,” in *Essays on Harbours*, ed. Ann Vell, 133." The reader settles such a
details-less citation with given names short in a document whose first citations give
their details (`note_forms`, `note_locators.located_only`). It did not when the editor was
marked in brackets after the name, as MLA and many writers do ("Vell (ed.)", "Vell and
Karsh (eds.)", German "Vell (Hg.)", Greek "Βελ (επιμ.)"), nor with the book after German
"in:" or Greek "στο", nor with a remark in brackets after the page's full stop ("133. (As
cited in Vell.)"); nor does it now read a book in short as ending inside a word: "ed. Ann
Vell." with no page is no place in the work ("ll" is no roman page number).

A second table, `PART_ROWS`: a work named through a part of it with no author ("See chapter
10 of *The Dock Republic*, volume 1.", `note_part_of`) after a note that gives its title is
a short form, its short title alone (Chicago 14.29, 14.32); it was read as a first citation
lacking its details. A first one stays full (no finding changes).

Negatives: the chapter with its book's imprint or year, a journal's bracket that names no
editor ("(Spring)"), the book in short with no page, a document whose first citations lack
their details (a web article's), the short form after its full form, a title and an address,
an author-date reference, Ibid., an imprint in the bracket after the page.
"""

from __future__ import annotations

import pytest

from tests.note_tables import last_note_readings, short_form_table_tests, web_copy

# Three full forms with their details: a document that writes its full forms so.
DETAILED = [
    "Ann Vell, *Salt Roads* (Hull: Marren, 1981), 3.",
    "Piet Karsh, *The Dock Republic* (London: Verso, 1990), 12.",
    "Ute Brandl, *Glass and Iron* (Chicago: Quill Press, 2001), 45.",
]
# A web article's first citations: given names and a title, no details.
BARE = [
    "Ann Vell, *Salt Roads*.",
    "Piet Karsh, *The Dock Republic*.",
    "Ute Brandl, *Glass and Iron*.",
]
RUIZ_FULL = (
    "Tomas Ruiz, “The Salt Roads,” in *Essays on Harbours*, ed. Ann Vell (Hull: Marren, 1988), 120."
)
ENTRIES = [
    "Vell, *Salt Roads*, 1981.",
    "Karsh, *The Dock Republic*, 1990.",
    "Brandl, *Glass and Iron*, 2001.",
    "Ruiz, *The Salt Roads*, 1988.",
    "Ruiz, *Die Salzstraßen*, 1988.",
    "Ρουίθ, *Οι δρόμοι του αλατιού*, 1988.",
]

# (name, the first notes, the notes after them, the form of the last note's first reading or
# None for no reading of Ruiz asked, the notes short-form-before-full reports)
ROWS = [
    ("an editor marked (ed.) after the book in short",
     DETAILED, ["Tomas Ruiz, “The Salt Roads,” in *Essays on Harbours*, Vell (ed.), 133."], "short", [4]),
    ("two editors marked (eds.)",
     DETAILED, ["Tomas Ruiz, “The Salt Roads,” in *Essays on Harbours*, Vell and Karsh (eds.), 133."], "short", [4]),
    ("de: in: and (Hg.)",
     DETAILED, ["Tomas Ruiz: „Die Salzstraßen“, in: *Hafenaufsätze*, Vell (Hg.), S. 133."], "short", [4]),
    ("el: στο and (επιμ.)",
     DETAILED, ["Τόμας Ρουίθ, «Οι δρόμοι του αλατιού», στο *Λιμάνια*, Βελ (επιμ.), σ. 133."], "short", [4]),
    ("a remark in brackets after the page's full stop",
     DETAILED, ["Tomas Ruiz, *The Salt Roads*, 133. (As cited in Vell.)"], "short", [4]),
    ("negative: the book's imprint after the editor's bracket",
     DETAILED, ["Tomas Ruiz, “The Salt Roads,” in *Essays on Harbours*, Vell (ed.) (London: Verso, 1990), 133."], "full", []),
    ("negative: a year after the editor's bracket",
     DETAILED, ["Tomas Ruiz, “The Salt Roads,” in *Essays on Harbours*, Vell (ed.), 1990, 133."], "full", []),
    ("negative: a journal's bracket names no editor",
     DETAILED, ["Tomas Ruiz, “The Salt Roads,” in *Harbour Review* (Spring), 133."], "full", []),
    ("negative: the book in short and its editor, no page",
     DETAILED, ["Tomas Ruiz, “The Salt Roads,” in *Essays on Harbours*, ed. Ann Vell."], "full", []),
    ("negative: the editor's bracket, no page",
     DETAILED, ["Tomas Ruiz, “The Salt Roads,” in *Essays on Harbours*, Vell (ed.)."], "full", []),
    ("negative: first citations here lack their details",
     BARE, ["Tomas Ruiz, “The Salt Roads,” in *Essays on Harbours*, Vell (ed.), 133."], "full", []),
    ("negative: the short form after its full form",
     DETAILED, [RUIZ_FULL, "Tomas Ruiz, “The Salt Roads,” in *Essays on Harbours*, Vell (ed.), 133."], "short", []),
    ("negative: a title and an address",
     DETAILED, ["Tomas Ruiz, “The Salt Roads,” in *Harbour Notes*, Vell (ed.), https://example.org/salt."], "full", []),
    ("negative: an author-date reference",
     DETAILED, ["Ruiz 1988, 133."], None, []),
    ("negative: Ibid. after the full form",
     DETAILED, [RUIZ_FULL, "Ibid., 133."], None, []),
    ("negative: an imprint in the bracket after the page",
     DETAILED, ["Tomas Ruiz, *The Salt Roads*, 133. (London: Verso, 1990.)"], "full", []),
]  # fmt: skip


test_the_chapter_is_read_and_reported, test_the_same_form_in_a_web_copy = short_form_table_tests(
    ROWS, ENTRIES
)


# (name, the first notes, the notes after them, whether the last note's reading titled "Grain
# Ledger" or "The Dock Republic" is short: one short reading, or none short)
PART_ROWS = [
    ("a chapter of a book given before, in a document without details",
     BARE, ["See chapter 10 of *The Dock Republic*, volume 1."], True),
    ("a chapter of a book given before, in a document with details",
     DETAILED, ["See chapter 10 of *The Dock Republic*, volume 1."], True),
    ("a preface of a book given before under its whole title",
     DETAILED, ["Ida Moor, *Grain Ledger: Mills of the Fens* (Ely: Fenwick, 1977), 2.",
                "1869 preface to *Grain Ledger*, p. 12."], True),
    ("negative: a first citation of a chapter, then a volume",
     DETAILED, ["See chapter 10 of *Grain Ledger*, volume 1."], False),
    ("negative: a first citation of a preface, then a page",
     DETAILED, ["1869 preface to *Grain Ledger*, p. 12."], False),
    ("negative: a book named whole in its anthology",
     DETAILED, ["Published in the new anthology, *Grain Ledger*."], False),
    ("negative: the book's imprint",
     DETAILED, ["See chapter 10 of *Grain Ledger* (Leeds: Fenwick, 1977), 45."], False),
    ("negative: a year after the title",
     DETAILED, ["See chapter 10 of *Grain Ledger*, 1977."], False),
    ("negative: prose after the title",
     DETAILED, ["chapter 10 of *Grain Ledger*, Vell argues that the harbour closed."], False),
]  # fmt: skip

_PART_TITLES = ("Grain Ledger", "The Dock Republic")


@pytest.mark.parametrize(
    ("name", "first", "notes", "short"), PART_ROWS, ids=[r[0] for r in PART_ROWS]
)
def test_a_part_of_an_unsigned_work(
    name: str, first: list[str], notes: list[str], short: bool
) -> None:
    for rendering in (str, web_copy):
        readings = last_note_readings([rendering(n) for n in [*first, *notes]])
        forms = [r[0] for r in readings if r[2] in _PART_TITLES]
        assert forms == ["short"] if short else "short" not in forms, name


def test_the_tables_hold_at_least_as_many_negatives() -> None:
    for rows in (ROWS, PART_ROWS):
        negatives = [r for r in rows if r[0].startswith("negative")]
        assert len(negatives) >= len(rows) - len(negatives)
