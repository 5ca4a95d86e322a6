"""A short form standing first, read as a full form for a year in the words after its page
(issue 11, round 28, branch `sf14`).

Chicago (14.29-14.34) shortens a work given before to the writer's surname, a short title
and a page; it keeps no place, publisher or date. A year in the words after the page was
taken for a publication detail, so a first short form with given names (a full form deleted before it)
was read as an incomplete full form and `short-form-before-full` kept silent:

- the note's own words after the page naming a year ("133, where he dates the closure to
  1921", ", quoting the 1921 report", ": “… 1921 …”"): commentary, not a date
  (`note_locators.located_only`, `COMMENTARY`). A year there after a word that opens a
  publication detail ("reprinted 1921", "first published 1921", "in the 1921 edition")
  still makes the citation full;
- (not changed here: with given names, a page and then an address, "Tomas Ruiz, “Harbour
  Strikes Revisited,” 4, https://…", a first citation stays full, as
  `tests/test_note_paged_address.py` asks; the rows below keep its negatives.)

Negatives: a year before the page, publication words before the year, a document whose first
citations lack their details or give an address alone (a web article's), the short form
after its full form, no page before the address, a year, a site or a journal before it.
"""

from __future__ import annotations

from tests.note_tables import short_form_table_tests

# Three full forms with their details: a document that writes its full forms so.
DETAILED = [
    "Ann Vell, *Salt Roads* (Hull: Marren, 1981), 3.",
    "Piet Karsh, *The Dock Republic* (London: Verso, 1990), 12.",
    "Ute Brandl, *Glass and Iron* (Chicago: Quill Press, 2001), 45.",
]
# A document whose first citations give names and a title, no details.
BARE = [
    "Ann Vell, *Salt Roads*.",
    "Piet Karsh, *The Dock Republic*.",
    "Ute Brandl, *Glass and Iron*.",
]
# A web article's first citations: names, a title and an address.
ADDRESSED = [
    "Ann Vell, “Salt Roads,” https://example.org/vell.",
    "Piet Karsh, “The Dock Republic,” https://example.org/karsh.",
    "Ute Brandl, “Glass and Iron,” https://example.org/brandl.",
]
RUIZ_FULL = "Tomas Ruiz, *Salt Roads of Kent* (London: Verso, 1988), 120."
HARBOUR = "Tomas Ruiz, “Harbour Strikes Revisited,”"
HARBOUR_FULL = f"{HARBOUR} *Dock Review* 4, no. 2 (1988): 1–20, https://example.org/harbour."
ENTRIES = [
    "Vell, *Salt Roads*, 1981.",
    "Karsh, *The Dock Republic*, 1990.",
    "Brandl, *Glass and Iron*, 2001.",
    "Ruiz, *Salt Roads of Kent*, 1988.",
    "Ruiz, “Harbour Strikes Revisited,” 1988.",
]
URL = "https://example.org/harbour"

# (name, the first notes, the notes after them, the form of the last note's first reading,
# the notes short-form-before-full reports)
ROWS = [
    ("commentary after the page names a year",
     DETAILED, ["Tomas Ruiz, *Salt Roads of Kent*, 133, where he argues that the docks closed in 1921."], "short", [4]),
    ("quoting a dated report",
     DETAILED, ["Tomas Ruiz, *Salt Roads of Kent*, 133, quoting the 1921 report."], "short", [4]),
    ("citing a year's minutes",
     DETAILED, ["Tomas Ruiz, *Salt Roads of Kent*, 133, citing the minutes of 1921."], "short", [4]),
    ("a quotation after a colon names a year",
     DETAILED, ["Tomas Ruiz, *Salt Roads of Kent*, 133: “the strike of 1921 closed the docks.”"], "short", [4]),
    ("negative: reprinted in a year after the page",
     DETAILED, ["Tomas Ruiz, *Salt Roads of Kent*, 133, reprinted 1921."], "full", []),
    ("negative: first published in a year after the page",
     DETAILED, ["Tomas Ruiz, *Salt Roads of Kent*, 133, first published 1921."], "full", []),
    ("negative: the edition's year after the page",
     DETAILED, ["Tomas Ruiz, *Salt Roads of Kent*, 133, in the 1921 edition."], "full", []),
    ("negative: a year before the page",
     DETAILED, ["Tomas Ruiz, *Salt Roads of Kent*, 1921, 133, where he dates the closure."], "full", []),
    ("negative: commentary with a year, first citations lack their details",
     BARE, ["Tomas Ruiz, *Salt Roads of Kent*, 133, where he dates the closure to 1921."], "full", []),
    ("negative: commentary with a year after the full form",
     DETAILED, [RUIZ_FULL, "Tomas Ruiz, *Salt Roads of Kent*, 133, where he dates the closure to 1921."], "short", []),
    ("negative: the imprint, then commentary with a year",
     DETAILED, ["Tomas Ruiz, *Salt Roads of Kent* (London: Verso, 1988), 133, where he dates the closure to 1921."], "full", []),
    ("negative: an address with no page",
     DETAILED, [f"{HARBOUR} {URL}."], "full", []),
    ("negative: a year before the address",
     DETAILED, [f"{HARBOUR} 1921, {URL}."], "full", []),
    ("negative: a journal before the page and address",
     DETAILED, [f"{HARBOUR} *Dock Review*, 4, {URL}."], "full", []),
    ("negative: a site before the page and address",
     DETAILED, [f"{HARBOUR} (Marxists.org), 4, {URL}."], "full", []),
    ("negative: a page and address, first citations lack their details",
     BARE, [f"{HARBOUR} 4, {URL}."], "full", []),
    ("negative: a page and address, first citations give an address alone",
     ADDRESSED, [f"{HARBOUR} 4, {URL}."], "full", []),
    ("negative: a page and address after the full form",
     DETAILED, [HARBOUR_FULL, f"{HARBOUR} 4, {URL}."], "short", []),
]  # fmt: skip


test_the_first_short_form_is_read_and_reported, test_the_same_form_in_a_web_copy = (
    short_form_table_tests(ROWS, ENTRIES)
)


def test_half_the_rows_are_negatives() -> None:
    negatives = [r for r in ROWS if r[0].startswith("negative")]
    assert 2 * len(negatives) >= len(ROWS)
