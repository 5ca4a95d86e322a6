"""Issue 11, short-form-before-full: a document's short forms show its habit.

Synthetic documents (invented writers and titles, no corpus text). Some writers give a
year beside the short title (German practice: "Kessler, *Hafenstadt* (1994), S. 30."),
the given names with it, or the address of a page read online after a page (Chicago
14.29-14.33 names the surname, a short title and a page; the rest is the writer's habit).
Where the document repeats a work given in full before with such details, a first
citation giving no more than them and a page is a short form too, its full form missing,
when the document's first citations mostly give more (`note_short_habit`). A short form
given again with given names and the year is short.

The negatives: an author-date document whose first citations give the year alone, a
document whose short forms give no year, a web document whose pages are cited with their
address alone, a first citation with no page, a work repeated with the same details as
its first citation, and another work of the same writer. Each row gives the form of every work read and the notes `short-form-before-full` reports.
"""

from __future__ import annotations

from tests.test_note_short_form_decision import form_table_tests

# three works in full with their imprints: the document's way of writing full forms
FULL_DE = [
    "Irma Kessler, *Die Hafenstadt im Wandel*, Hamburg: Nordlicht 1994, S. 12.",
    "Jule Marten, *Arbeit und Zeit*, Berlin: Lindenhaus 2001, S. 40.",
    "Otto Brand, *Das stille Jahrhundert*, Köln: Rheinau 1987, S. 7.",
]
# the first work given again with the year beside its short title: the habit shown
AGAIN_YEAR = "Kessler, *Hafenstadt* (1994), S. 30."
AGAIN_NAMED_YEAR = "Irma Kessler, *Die Hafenstadt im Wandel* (1994), S. 31."
FULL_EN = [
    "Ann Vell, “The Harbour Strike,” *Coastal Review* 12, no. 3 (2015): 44–60, "
    "https://example.org/vell.",
    "Nora Stiles, “Tide Tables,” *Coastal Review* 14, no. 1 (2017): 3–19, "
    "https://example.org/stiles.",
    "Carl Hesse, “Fishing Rights,” *Sea Law Quarterly* 8, no. 2 (2012): 70–88, "
    "https://example.org/hesse.",
]
# the German colon style: the details read on in the sentence after the title
COLON_DE = [
    "Irma Kessler: Die Hafenstadt im Wandel. Hamburg: Nordlicht 1994, S. 12.",
    "Jule Marten: Arbeit und Zeit. Berlin: Lindenhaus 2001, S. 40.",
    "Otto Brand: Das stille Jahrhundert. Köln: Rheinau 1987, S. 7.",
]
AGAIN_COLON = "Irma Kessler: Die Hafenstadt im Wandel (1994), S. 31."
AGAIN_ADDRESS = "Vell, “The Harbour Strike,” 50, https://example.org/vell."

FULL3 = ["full"] * 3

# (class, notes, form of each work read in order, notes reported by short-form-before-full)
CASES = [
    (
        "given again: given names and the year after the imprint",
        [*FULL_DE, AGAIN_NAMED_YEAR],
        [*FULL3, "short"],
        [],
    ),
    (
        "deleted: a surname and the year, the habit shown, two first citations",
        [*FULL_DE, AGAIN_YEAR, "Dorn, *Brücken* (1999), S. 4.", "Vell, *Der Streik* (2003), S. 9."],
        [*FULL3, "short", "short", "short"],
        [5, 6],
    ),
    (
        "deleted: given names and the year, the habit shown with given names",
        [*FULL_DE, AGAIN_NAMED_YEAR, "Tomas Dorn, *Brücken über die Elbe* (1999), S. 4."],
        [*FULL3, "short", "short"],
        [5],
    ),
    (
        "deleted: a surname, a page and the address, the habit shown",
        [*FULL_EN, AGAIN_ADDRESS, "Dorn, “Lighthouse Keepers,” 12, https://example.org/dorn."],
        [*FULL3, "short", "short"],
        [5],
    ),
    (
        "present: given names and the year after a first one settled short",
        [
            *FULL_DE,
            AGAIN_NAMED_YEAR,
            "Tomas Dorn, *Brücken über die Elbe* (1999), S. 4.",
            "Tomas Dorn, *Brücken über die Elbe* (1999), S. 8.",
        ],
        [*FULL3, "short", "short", "short"],
        [5],
    ),
    (
        "given again: the colon style, given names and the year after details read on",
        [*COLON_DE, AGAIN_COLON],
        [*FULL3, "short"],
        [],
    ),
    (
        "deleted: the colon style, given names and the year, the habit shown",
        [*COLON_DE, AGAIN_COLON, "Tomas Dorn: Brücken über die Elbe (1999), S. 4."],
        [*FULL3, "short", "short"],
        [5],
    ),
    (
        "negative: the colon style, given names and the year, no page",
        [*COLON_DE, AGAIN_COLON, "Tomas Dorn: Brücken über die Elbe (1999)."],
        [*FULL3, "short", "full"],
        [],
    ),
    (
        "negative: the colon style, given names and the year, no habit shown",
        [*COLON_DE, "Tomas Dorn: Brücken über die Elbe (1999), S. 4."],
        [*FULL3, "full"],
        [],
    ),
    (
        "negative: an author-date document, first citations with the year alone",
        [
            "Vell, *Harbour Strike* (1999), 4.",
            "Dorn, *Lighthouses* (2003), 7.",
            "Kessler, *Hafenstadt* (1994), 12.",
            "Vell, *Harbour Strike* (1999), 9.",
        ],
        [*FULL3, "short"],
        [],
    ),
    (
        "negative: short forms with no year, a first citation with names and a year",
        [*FULL_DE, "Kessler, *Hafenstadt*, S. 30.", "Tomas Dorn, *Brücken* (1999), S. 4."],
        [*FULL3, "short", "full"],
        [],
    ),
    (
        "negative: the habit without given names, a first citation with them",
        [*FULL_DE, AGAIN_YEAR, "Tomas Dorn, *Brücken* (1999), S. 4."],
        [*FULL3, "short", "full"],
        [],
    ),
    (
        "negative: a first citation with the year and no page",
        [*FULL_DE, AGAIN_NAMED_YEAR, "Tomas Dorn, *Brücken über die Elbe* (1999)."],
        [*FULL3, "short", "full"],
        [],
    ),
    (
        "negative: first citations mostly with the year alone",
        [
            FULL_DE[0],
            AGAIN_NAMED_YEAR,
            "Tomas Dorn, *Brücken über die Elbe* (1999), S. 4.",
            "Vera Lind, *Der lange Winter* (2005), S. 17.",
            "Paul Reiter, *Kleine Häfen* (1978), S. 2.",
        ],
        ["full", "short", "full", "full", "full"],
        [],
    ),
    (
        "negative: a web page cited with its address alone, no page",
        [*FULL_EN, AGAIN_ADDRESS, "Dorn, “Lighthouse Keepers,” https://example.org/dorn."],
        [*FULL3, "short", "full"],
        [],
    ),
    (
        "negative: a web document whose full forms are an address alone",
        [
            "Vell, “The Harbour Strike,” 4, https://example.org/vell.",
            "Stiles, “Tide Tables,” 9, https://example.org/stiles.",
            "Vell, “The Harbour Strike,” 7, https://example.org/vell.",
        ],
        ["full", "full", "short"],
        [],
    ),
    (
        "negative: a work repeated with the same details as its first citation",
        ["Ann Vell, *Harbour Strike* (1999), 4.", "Ann Vell, *Harbour Strike* (1999), 9."],
        ["full", "full"],
        [],
    ),
    (
        "negative: another work of the same writer with names and a year",
        [*FULL_DE, "Irma Kessler, *Der Leuchtturm* (1999), S. 3."],
        [*FULL3, "full"],
        [],
    ),
]


test_forms_and_findings, test_the_table_holds_as_many_negatives_as_positives = form_table_tests(
    CASES
)
