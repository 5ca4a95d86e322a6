"""Matching a note citation to its entry by all its note gives (issue 11, round 17).

- Details read on: a German or plain-titled full form whose details stand in the sentences
  after its title ("Hanna Wirbel, Stadt im Nebel. Politik und Alltag 1920–1925, Kassel
  2001, S. 40."): its subtitle and its year are there, so its entry is found by them, and
  a list owes it an entry even after a lead-in of prose.
- An edition the note names: a reprint it cites ("Zitiert nach dem Nachdruck: Aalen:
  Scientia 1970") or a new edition it gives beside the first ("…, Frankfurt/M. 1971;
  Neuauflage …, Hamburg 1990"): one work in two editions, either year agrees.
- An unsigned entry whose title the note writes is not the work of a citation that reads
  another title: a translation is not the original named after it.

Invented writers and titles. Each class has rows where the rule must report (another
year, another work, no entry) and rows where it must not.
"""

from __future__ import annotations

from tests.test_note_seeded_classes import document_rows_tests

WIRBEL = "Hanna Wirbel, Stadt im Nebel. Politik und Alltag 1920–1925, Kassel 2001, S. 40."
WIRBEL_LEAD = (
    "Dazu jetzt die gründliche Studie von Hanna Wirbel: Stadt im Nebel. Politik und Alltag,"
    " Kassel: Lenz 2011, bes. S. 19."
)
GRELL = (
    "Paul Grell: Die Rede vom Mai. Rede auf dem Parteitag am 3. Mai 1931, in: Ders.: Reden"
    " und Schriften, Bd. 1, Berlin: Dietz 1960, S. 21."
)
FENN = (
    "Otto Fenn: *Briefe über den langen Winter*, Leipzig 1851, S. 27. Zitiert nach dem"
    " Nachdruck: Aalen: Scientia 1970."
)
BRAND = (
    "Hugo Brand: *Die Teilung als Los? Eine Streitschrift*, Frankfurt/M.: Neue Kritik 1971;"
    " Neuauflage mit einem Vorwort des Verf., Hamburg: Junius 1990."
)
BRAND_TITLE = "*Die Teilung als Los? Eine Streitschrift*"
VEDER = (
    "Ola Veder, *Kampen om staten i det moderne*, Oslo: Pax, 1985, 12 (German original:"
    " *Der Kampf um den Staat in der Moderne*, Frankfurt/M.: Suhrkamp 1979)."
)

ROWS = [
    # details read on: the subtitle and the imprint's year after the first sentence
    ("details read on, its entry listed", [WIRBEL], ["Wirbel, *Stadt im Nebel. Politik und Alltag 1920–1925*, 2001."], "missing-reference", []),
    ("details read on, another work listed", [WIRBEL], ["Wirbel, *Die Brücke am Fluss*, 2001."], "missing-reference", [4]),
    ("details read on after a lead-in, no entry", [WIRBEL_LEAD], [], "missing-reference", [4]),
    ("details read on after a lead-in, listed", [WIRBEL_LEAD], ["Wirbel, *Stadt im Nebel. Politik und Alltag*, 2011."], "missing-reference", []),
    ("a speech's date, then its book's imprint", [GRELL], ["Grell, *Die Rede vom Mai*, 1960."], "inconsistent-reference", []),
    ("a speech's book listed with another year", [GRELL], ["Grell, *Die Rede vom Mai*, 1962."], "inconsistent-reference", [4]),
    # an edition named after the work
    ("the reprint the note cites", [FENN], ["Fenn, *Briefe über den langen Winter*, 1970."], "inconsistent-reference", []),
    ("the first edition listed", [FENN], ["Fenn, *Briefe über den langen Winter*, 1851."], "inconsistent-reference", []),
    ("neither edition's year listed", [FENN], ["Fenn, *Briefe über den langen Winter*, 1972."], "inconsistent-reference", [4]),
    ("a new edition, the first listed", [BRAND], [f"Brand, {BRAND_TITLE}, 1971."], "inconsistent-reference", []),
    ("a new edition, the new one listed", [BRAND], [f"Brand, {BRAND_TITLE}, 1990."], "inconsistent-reference", []),
    ("a new edition, another year listed", [BRAND], [f"Brand, {BRAND_TITLE}, 1980."], "inconsistent-reference", [4, 4]),
    ("two notes, one giving both editions", [BRAND, "Hugo Brand: *Die Teilung als Los? Eine Streitschrift*, Hamburg: Junius 1990, S. 9."], [], "inconsistent-reference", []),
    ("two notes, another year", ["Hugo Brand: *Die Teilung als Los? Eine Streitschrift*, Frankfurt/M.: Neue Kritik 1971, S. 4.", "Hugo Brand: *Die Teilung als Los? Eine Streitschrift*, Hamburg: Junius 1990, S. 9."], [], "inconsistent-reference", [5]),
    # an unsigned entry is not a work of another title read
    ("a translation, only its original listed unsigned", [VEDER], ["*Der Kampf um den Staat in der Moderne*, 1979."], "missing-reference", [4]),
    ("a translation listed", [VEDER], ["Veder, *Kampen om staten i det moderne*, 1985.", "*Der Kampf um den Staat in der Moderne*, 1979."], "missing-reference", []),
    ("an unsigned symposium, its title written out", ["Mira Tols, in “Symposium on Ida Brenn's *The Slow Harbour*,” *Inlet Review* 9.2 (2011), 5--90."], ["*Symposium on Ida Brenn's The Slow Harbour*, 2011."], "missing-reference", []),
    ("a named article, an unsigned one listed", ["Mira Tols, “The Quiet Quays,” *Inlet Review* 9.2 (2011), 5--90, on the “Symposium on Ida Brenn's *The Slow Harbour*.”"], ["*Symposium on Ida Brenn's The Slow Harbour*, 2011."], "missing-reference", [4]),
]  # fmt: skip


test_match_class, test_the_rows_hold_both_ways = document_rows_tests(ROWS)
