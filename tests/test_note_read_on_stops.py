"""Issue 11, short-form-before-full: a short form's details read on stop at its own end.

A short form whose details stand in later sentences of the same work is read as a full
form (German and bibliography styles: "Vell, Ann: Harbour Strike. Eine Studie. Hamburg:
Nordlicht 1994."). Two things are no details of it: the years a plain title holds after
its comma (Chicago keeps "1919--1921" in the title: "Vell, The Harbour Strikes,
1919--1921, 45."), and the details after a sentence that opens a reference of its own
with a cue ("On this, see the union report (Leeds: …, 1922)", "Cf. …", "Zur Kritik vgl.
…"), read as a work or not. Read as details, either made a short form full and hid a
missing full form. Synthetic documents (invented writers and titles); each row gives the
form of every work read and the notes `short-form-before-full` reports. The negatives: a
title's years before its imprint, a subtitle then the imprint, an address in the next
sentence, a cue after the work's own details, a sentence opening with "Compared".
"""

from __future__ import annotations

from tests.test_note_short_form_decision import form_table_tests
from tests.test_note_short_habit import FULL_DE

# A web copy's plain titles: the years a title holds after its comma are no details.
STRIKES = "Ann Vell, The Harbour Strikes, 1919--1921 (London: Quayside, 1999), 4."
REPORT = "(Leeds: Dockers' Union, 1922)"

# (class, notes, form of each work read in order, notes reported by short-form-before-full)
CASES = [
    (
        "given again: a plain title's years, then a page",
        [STRIKES, "Vell, The Harbour Strikes, 1919--1921, 45."],
        ["full", "short"],
        [],
    ),
    (
        "deleted: a plain title's years, then a book in short and a page",
        [FULL_DE[0], "Vell, The Harbour Strikes, 1919--1921, in Dorn, ed., Coastal Reader, 45."],
        ["full", "short"],
        [2],
    ),
    (
        "given again: a cue sentence's imprint after the short form",
        [STRIKES, f"Vell, *The Harbour Strikes*. On this, see the union report {REPORT}."],
        ["full", "short"],
        [],
    ),
    (
        "deleted: a cue sentence's imprint after the short form",
        [
            FULL_DE[0],
            f"Vell, *The Harbour Strikes*. For the strike, see the union report {REPORT}.",
        ],
        ["full", "short"],
        [2],
    ),
    (
        "deleted: Cf. and an imprint in German order",
        [FULL_DE[0], "Vell, *Harbour Strike*. Cf. the union report, Leeds: Dockers' Union 1922."],
        ["full", "short"],
        [2],
    ),
    (
        "deleted: German vgl. in a later sentence",
        [
            FULL_DE[0],
            "Vell, *Der Streik*. Zur Kritik vgl. den Bericht der Gewerkschaft, Hamburg 1922.",
        ],
        ["full", "short"],
        [2],
    ),
    (
        "negative: a plain title's years, then its imprint",
        ["Ann Vell, The Harbour Strikes, 1919--1921, London: Quayside, 1999, 4."],
        ["full"],
        [],
    ),
    (
        "negative: a plain title's years, then its imprint in the next sentence",
        ["Vell, Ann: The Harbour Strikes, 1919--1921. London: Quayside 1999."],
        ["full"],
        [],
    ),
    (
        "negative: a plain title and its year after the comma",
        ["Ann Vell, The Harbour Strikes, 1999."],
        ["full"],
        [],
    ),
    (
        "negative: a subtitle, then the imprint",
        ["Vell, Ann: Harbour Strike. Eine Studie. Hamburg: Nordlicht 1994."],
        ["full"],
        [],
    ),
    (
        "negative: an address in the next sentence",
        ["Vell, *Harbour Strike*. Available online at http://example.org/strike."],
        ["full"],
        [],
    ),
    (
        "negative: a cue after the work's own details",
        ["Ann Vell, *Harbour Strike*. Leeds: Dockers' Union, 1922. See also note 4."],
        ["full"],
        [],
    ),
    (
        "negative: a sentence opening with Compared, then the imprint",
        ["Vell, Ann (1994): Harbour Strike. Compared with Hamburg. Hamburg: Nordlicht."],
        ["full"],
        [],
    ),
]


test_forms_and_findings, test_the_table_holds_as_many_negatives_as_positives = form_table_tests(
    CASES
)
