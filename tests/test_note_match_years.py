"""Which years a note citation gives its work, for matching and inconsistent-reference
(issue 11, round 17).

- A plain title in the German author-date style ends where the reader guesses: its
  subtitle and imprint follow in the next sentences ("Rinne, K. (1971): Die stille Stadt.
  Studien zur Ordnung des Hafens. Kassel: Lenz."), and the work is its entry with them.
- An author-date year before the title, and the work then given "In" a collection with
  its own year, is the original's: the entry may give the collection's.
- A year inside the title is the title's ("“1917--2017”", "Brief … vom 18.03.1936"), not
  the year the work appeared in.
- A titled work fits an entry without a title only by the year read, not by a date
  written in its title.
- A part (a letter) given "in" a book whose title the note writes out is in that book,
  which the list may give alone (Chicago 14.107).

Invented writers and titles; half the rows are negatives.
"""

from __future__ import annotations

from tests.test_note_seeded_classes import document_rows_tests

RINNE = "Rinne, K. ({year}): Die stille Stadt. Studien zur Ordnung des Hafens. Kassel: Lenz."
RINNE_ENTRY = "Rinne, *Die stille Stadt. Studien zur Ordnung des Hafens*, 1970."
BRENN = (
    "Brenn, M. & Tols, A. (1956): Gespräch über den Hafen. In Brenn, M. ({year}): Gesammelte"
    " Schriften, Band 3. Kassel: Lenz, S. 3-7."
)
BRENN_ENTRY = "Brenn and Tols, *Gespräch über den Hafen*, 1988."
KOHL = "See Ida Kohl, “1917--2017,” *Inlet Review* 9 (September {year}), 4."
KOHL_ENTRY = "Kohl, *1917--2017*, 2017."
LETTER = (
    "Ida Kohl, Brief an Rohde vom 18.03.1936, in: Kohl, I. & Rohde, P. (1995): Briefe"
    " 1930--1940, Kassel: Lenz, S. 17."
)

ROWS = [
    ("a plain title's subtitle in the next sentence, the year right", [RINNE.format(year=1970)], [RINNE_ENTRY], "inconsistent-reference", []),
    ("a plain title's subtitle in the next sentence, the year wrong", [RINNE.format(year=1971)], [RINNE_ENTRY], "inconsistent-reference", [4]),
    ("a plain title's subtitle in the next sentence, listed", [RINNE.format(year=1971)], [RINNE_ENTRY], "missing-reference", []),
    ("an original's year and its collection's", [BRENN.format(year=1988)], [BRENN_ENTRY], "inconsistent-reference", []),
    ("an original's year and another collection year", [BRENN.format(year=1990)], [BRENN_ENTRY], "inconsistent-reference", [4]),
    ("a year in the title, the issue's year right", [KOHL.format(year=2017)], [KOHL_ENTRY], "inconsistent-reference", []),
    ("a year in the title, the issue's year wrong", [KOHL.format(year=2018)], [KOHL_ENTRY], "inconsistent-reference", [4]),
    ("a letter's date, an untitled entry of that year", [LETTER], ["Kohl, 1936."], "missing-reference", [4]),
    ("a letter's collection year, an untitled entry", [LETTER], ["Kohl, 1995."], "missing-reference", []),
    ("a letter's collection listed", [LETTER], ["Kohl and Rohde, *Briefe 1930--1940*, 1995."], "missing-reference", []),
    ("a letter, another collection of its writer listed", [LETTER], ["Kohl, *Briefe an die Genossen*, 1995."], "missing-reference", [4]),
]  # fmt: skip


test_year_class, test_the_rows_hold_both_ways = document_rows_tests(ROWS)
