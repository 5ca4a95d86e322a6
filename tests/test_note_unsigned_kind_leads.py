"""Unsigned works named by their kind before their title, after a cue (Chicago 14.75: a work
with no author begins with its title; 14.191, 14.206; MLA lists an anonymous work under its
title): "See the official report *…* (Place: Publisher, Year)", "See the party programme
*…*", "See the website “…,” …", "Βλ. την έκθεση «…»", and "Report: *…*", "Minutes, *…*" in
the author's place (`note_no_author._KIND_WORDS`, `_KIND_MODIFIER`); "Cf. also" before an
unsigned title (`note_patterns.CUE`). A kind of document is no writer. Every writer, title,
place and publisher is invented.

Half the rows or more are negatives: a short form with no details, a word in quotes in
prose, a writer named after the title ("by Ann Cole", "von Ann Cole"), a film (its maker
is its writer), a body's possessive, a year or a place after "Cf. also", a capitalised
modifier (a name's), a kind word before a place and a year, a collection with its editor,
a bulletin's issue (a periodical), prose about minutes."""

from __future__ import annotations

import pytest

from tests.note_tables import negative_table_tests, one_note_readings, web_copy, work

COLE = "Ann Cole, *Salt Roads* (Leeds: Foundry Press, 1950), 45"
REPUBLIC = work("", "For a Workers' Republic", "1923")
WAGES = work("", "Wages on the Wharf", "1927")
SAME = "same"  # the web copy reads as the Markdown does

# name, note, readings in Markdown, readings in the web copy (SAME, or those of the plain
# title's copy, which no lead bounds)
ROWS = [
    ("'the party programme' and an imprint",
     "See the party programme *For a Workers' Republic* (Leeds: Foundry Press, 1923), 4.",
     [REPUBLIC], []),
    ("'the official report' and an imprint",
     "See the official report *Wages on the Wharf* (London: Stationery Office, 1927), 14.",
     [WAGES], []),
    ("'the programme' and an imprint",
     "See the programme *For a Workers' Republic* (Leeds: Foundry Press, 1923), 4.",
     [REPUBLIC], []),
    ("'the website' and a quoted page",
     'See the website "About Us," Tidewater Collective, accessed May 2, 2019, https://example.org/about.',
     [work("", "About Us", "2019")], SAME),
    ("Greek 'την έκθεση' and a quoted title",
     "Βλ. την έκθεση «Οι μισθοί στο λιμάνι», Αθήνα 1927, σ. 14.",
     [work("", "Οι μισθοί στο λιμάνι", "1927")], SAME),
    ("'Cf. also' before an unsigned title",
     "Cf. also *Report of the Commission on Harbour Labour* (London: Stationery Office, 1927), 14.",
     [work("", "Report of the Commission on Harbour Labour", "1927")], SAME),
    ("'Report:' in the author's place",
     "Report: *Wages on the Wharf* (London: Stationery Office, 1927), 14.", [WAGES], SAME),
    ("'Minutes,' in the author's place", "Minutes, *Harbour Branch*, 12 May 1921.",
     [work("", "Harbour Branch", "1921")], SAME),
    ("a writer's book, then an official report",
     COLE + "; see the official report *Wages on the Wharf* (London: Stationery Office, 1927), 14.",
     [work("Cole", "Salt Roads", "1950"), WAGES], [work("Cole", "Salt Roads", "1950")]),
    ("'the report' and its writer after the title",
     'See the report "Wages on the Wharf," by Ann Cole, *Harbour Gazette*, March 3, 1921.',
     [work("Cole", "Wages on the Wharf", "1921")], SAME),
    ("negative: a short form with no details", "See the report *Wages on the Wharf*, 14.", [],
     SAME),
    ("negative: a word in quotes in prose", "See the report “line” of the paper, London, 1921.",
     [], SAME),
    ("negative: the writer after the title ('by')",
     "See the report *Wages on the Wharf* by Ann Cole (London: Stationery Office, 1927), 14.",
     [work("Cole", "Wages on the Wharf", "1927")], []),
    ("negative: the writer after the title ('von')",
     "Vgl. den Bericht „Löhne am Kai“ von Ann Cole, in: *Die Zeit*, 3.3.1927, S. 14.",
     [work("Cole", "Löhne am Kai", "1927")], SAME),
    ("negative: a film, its maker its writer",
     "See the film *The Grey Shore* (London: Ember Films, 1962).", [], SAME),
    ("negative: a body's possessive",
     "See the party's programme *For a Workers' Republic* (Leeds: Foundry Press, 1923), 4.",
     [], SAME),
    ("negative: a year after 'Cf. also'", "Cf. also 1950, 45.", [], SAME),
    ("negative: a place after 'Cf. also'", "Cf. also London, 1950.", [], SAME),
    ("negative: a capitalised modifier", "See the Party programme *For a Workers' Republic*, 4.",
     [], SAME),
    ("negative: a kind word before a place and a year", "See the report, London, 1927.", [],
     SAME),
    ("negative: a plain title, a place and a year",
     "See the programme of the Workers' League, Leeds, 1923.", [], SAME),
    ("negative: a writer after 'Cf. also'", "Cf. also " + COLE + ".",
     [work("Cole", "Salt Roads", "1950")], SAME),
    ("negative: prose about minutes", "The minutes show that the strike ended in 1921.", [],
     SAME),
    ("negative: a collection with its editor",
     "See the collection *The Long Rain* (ed. Tom Vale), London: Verso, 2001.",
     [work("Vale", "The Long Rain", "2001")], []),
    ("negative: a bulletin's issue", "See the bulletin *Harbour News* 12 (1921): 4.", [], SAME),
    ("negative: a kind word, a place and a year", "Report, London, 1927.", [], SAME),
]  # fmt: skip


@pytest.mark.parametrize(("note", "expected"), [r[1:3] for r in ROWS], ids=[r[0] for r in ROWS])
def test_markdown_readings(note: str, expected: list) -> None:
    assert one_note_readings(note) == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [(r[1], r[2] if r[3] == SAME else r[3]) for r in ROWS],
    ids=[r[0] for r in ROWS],
)
def test_web_copy_readings(note: str, expected: list) -> None:
    assert one_note_readings(web_copy(note)) == expected


@pytest.mark.parametrize("note", [r[1] for r in ROWS], ids=[r[0] for r in ROWS])
def test_no_kind_of_document_read_as_a_writer(note: str) -> None:
    surnames = {s for _, authors, _, _ in one_note_readings(note) for s in authors}
    assert not surnames & {"Report", "Minutes", "Programme", "Website"}


test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=24
)
