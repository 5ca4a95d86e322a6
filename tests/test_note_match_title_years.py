"""Years a title writes, in matching a note citation to its entry (issue 11, round 17).

- A year read from the title's own period is no date to differ: a German or ISO 690 title
  with its subtitle after a full stop ("Hanna Wirbel, Stadt im Nebel. Politik und Alltag
  1920–1925, Kassel o. J.") may be read to the full stop with the period's first year; the
  entry writes that year in its title, so it is no inconsistent year, and the imprint's year,
  where the note gives one, is the one compared ("…, Kassel 1998" against 2001).
- Two titles of disjoint periods are two works, however alike their words (the volumes of
  one writer's writings by period, Chicago 14.32's short titles aside): a list giving only
  the other period's volume owes the cited one an entry.

Invented writers and titles. Each class has rows where the rule must report (the imprint's
own year differs, another period, another work of the writer or of the surname, a title
sharing only its first word, a year two apart) and rows where it must not; both renderings
where the web copy reads otherwise (`note_tables.web_copy`).
"""

from __future__ import annotations

import pytest

from citecheck.bibliography.note_title_years import year_beyond_title, year_in_title, years_apart
from tests.note_tables import web_copy
from tests.test_note_seeded_classes import document_rows_tests

WIRBEL_ENTRY = "Wirbel, *Stadt im Nebel. Politik und Alltag 1920–1925*, 2001."
NO_YEAR = "Hanna Wirbel: Stadt im Nebel. Politik und Alltag 1920–1925, Kassel o. J., S. 40."
NO_IMPRINT = "Hanna Wirbel, *Stadt im Nebel. Politik und Alltag 1920–1925*, S. 40."
LEAD_IN = (
    "Dazu die Studie von Hanna Wirbel: Stadt im Nebel. Politik und Alltag 1920–1925, bes. S. 19."
)
OTHER_IMPRINT = "Hanna Wirbel, Stadt im Nebel. Politik und Alltag 1920–1925, Kassel 1998, S. 40."
ITALIC_NO_YEAR = "Hanna Wirbel, *Stadt im Nebel. Politik und Alltag 1920–1925* (Kassel: Lenz), 40."
FERRANTE = (
    "Ugo Ferrante, *Scritti politici 1910–1920*, a cura di Lia Neri (Roma: Riuniti, 1977), 12."
)
VELL = "Ann Vell, *Harbour Strikes: Dockers and Their Union 1911–1914* (Leeds: Dale, 1988), 40."
VELL_ISO = "Ann Vell: Harbour Strikes. Dockers and Their Union 1911–1914, Leeds: Dale 1988, p. 40."
NEBEL = "Hanna Wirbel, *Stadt im Nebel* (Kassel: Lenz, 2001), 4."

ROWS = [
    # a year read from the title's period: no inconsistent year
    ("the period's year read, no imprint year", [NO_YEAR], [WIRBEL_ENTRY], "inconsistent-reference", []),
    ("the period's year read, no imprint", [web_copy(NO_IMPRINT)], [WIRBEL_ENTRY], "inconsistent-reference", []),
    ("the period's year read, no imprint, Markdown", [NO_IMPRINT], [WIRBEL_ENTRY], "inconsistent-reference", []),
    ("the period's year read after a lead-in", [LEAD_IN], [WIRBEL_ENTRY], "inconsistent-reference", []),
    ("the period's year read, the web copy", [web_copy(NO_YEAR)], [WIRBEL_ENTRY], "inconsistent-reference", []),
    ("the whole title read, no year", [ITALIC_NO_YEAR], [WIRBEL_ENTRY], "inconsistent-reference", []),
    ("the imprint's own year differs", [OTHER_IMPRINT], [WIRBEL_ENTRY], "inconsistent-reference", [4]),
    ("the imprint's own year differs, the web copy", [web_copy(OTHER_IMPRINT)], [WIRBEL_ENTRY], "inconsistent-reference", [4]),
    ("an ISO 690 subtitle, the imprint's year listed", [VELL_ISO], ["Vell, *Harbour Strikes. Dockers and Their Union 1911–1914*, 1988."], "inconsistent-reference", []),
    ("a colon's subtitle, no imprint year", ["Ann Vell, *Harbour Strikes: Dockers and Their Union 1911–1914*, 40."], ["Vell, *Harbour Strikes: Dockers and Their Union 1911–1914*, 1988."], "inconsistent-reference", []),
    # the entry found, the year read from the title
    ("the period's year read, its entry listed", [LEAD_IN], [WIRBEL_ENTRY], "missing-reference", []),
    ("the whole title read, its entry listed", [ITALIC_NO_YEAR], [WIRBEL_ENTRY], "missing-reference", []),
    ("the period's year read, another period listed", [LEAD_IN], ["Wirbel, *Stadt im Nebel. Politik und Alltag 1926–1930*, 2011."], "missing-reference", [4]),
    # two periods, two works
    ("another period's volume listed, no year read", [ITALIC_NO_YEAR], ["Wirbel, *Stadt im Nebel. Politik und Alltag 1926–1930*, 2003."], "missing-reference", [4]),
    ("another period's volume of the same year listed", [FERRANTE], ["Ferrante, *Scritti politici 1921–1926*, 1977."], "missing-reference", [4]),
    ("another period's volume of the same year, the web copy", [web_copy(FERRANTE)], ["Ferrante, *Scritti politici 1921–1926*, 1977."], "missing-reference", [4]),
    ("another period's volume, a year apart", [FERRANTE], ["Ferrante, *Scritti politici 1921–1926*, 1978."], "missing-reference", [4]),
    ("both periods' volumes listed", [FERRANTE], ["Ferrante, *Scritti politici 1910–1920*, 1977.", "Ferrante, *Scritti politici 1921–1926*, 1978."], "missing-reference", []),
    ("one period written two ways (1930–31, 1930–1931)", ["Leo Brand, *Schriften 1930–31* (Berlin: Dietz, 1973), 5."], ["Brand, *Schriften 1930–1931*, 1973."], "missing-reference", []),
    ("another period after a colon", [VELL], ["Vell, *Harbour Strikes: Dockers and Their Union 1919–1926*, 1992."], "missing-reference", [4]),
    # another work: of the writer, of the surname, sharing the first word, two years apart
    ("the writer's work of another title, one period", [ITALIC_NO_YEAR], ["Wirbel, *Hafen und Markt 1920–1925*, 2001."], "missing-reference", [4]),
    ("another writer of the surname", ["Otto Wirbel, *Hafen und Markt 1920–1925* (Kassel: Lenz, 1990), 7."], [WIRBEL_ENTRY], "missing-reference", [4]),
    ("a title sharing only its first word", [NEBEL], ["Wirbel, *Stadt der Arbeit*, 2001."], "missing-reference", [4]),
    ("a year two apart, another work", [NEBEL], ["Wirbel, *Die Brücke am Fluss*, 2003."], "missing-reference", [4]),
]  # fmt: skip


test_title_years, test_the_rows_hold_both_ways = document_rows_tests(ROWS)


@pytest.mark.parametrize(
    ("year", "title", "written"),
    [
        ("1933", "Exil. Die Emigration in Prag 1933–1939", True),
        ("1930", "Schriften 1930/31", True),
        ("1933", "Exil. Die Emigration in Prag 19330", False),
        ("2016", "Black Voters at the Polls in 2016", False),
        ("1933", "Exil und Erinnerung", False),
        ("", "Schriften 1930", False),
    ],
)
def test_year_in_title(year: str, title: str, written: bool) -> None:
    assert year_in_title(year, title) is written


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("Scritti politici 1910–1920", "Scritti politici 1921–1926", True),
        ("Schriften 1930–31", "Schriften 1930–1931", False),
        ("Schriften 1930/31", "Schriften 1931–1933", False),
        ("Schriften 1930–1931", "Schriften", False),
        ("The Strike of 1926", "The Strike of 1927", False),
        ("Harbour Strikes, No. 1200–1300", "Harbour Strikes 1911–1914", False),
    ],
)
def test_years_apart(a: str, b: str, apart: bool) -> None:
    assert years_apart(a, b) is apart


def test_the_year_beyond_the_title() -> None:
    title = "Stadt im Nebel. Politik und Alltag 1920–1925"
    assert year_beyond_title(("1920", "1925", "1998"), title, "2001") == "1998"
    assert year_beyond_title(("1920", "1925", "2001"), title, "2001") == ""
    assert year_beyond_title(("1920", "1925"), title, "2001") == ""
