"""Issue 11, the web-copy reader: two kinds of plain title that a web page's copy of a
footnoted article shows where the Markdown marked the title, each table rendered both ways
(Markdown, and its web copy with the emphasis and the link's brackets gone), with at least
as many negatives as positives:

- a full form set inside a sentence after "in" or "of", a surname alone, a comma and a
  plain title, vouched for by the imprint in brackets after it, perhaps after a translator,
  an editor or an edition ("It is also included in Pike, Salt Roads, trans. Tom Hale
  (Leeds: Dale Press, 1970), in which …"; Chicago 14.104, the translator and the edition
  before the facts of publication); negatives: a place, a publisher, a sentence, a list of
  surnames, a year alone, no imprint (`note_inline_plain`, `note_plain_titles._TO_IMPRINT`);
- a periodical given by its plain title, its year and its address, the title's last word a
  periodical's kind ("Harbour-Kanal Jahrbücher, 1843. http://…"), which two capitalised
  words alone leave open to a person's names; negatives: persons, places and streets
  before a year and an address, and prose (`note_plain_titles._TITLE_WORDS`).

Every note is constructed (invented writers, titles, publishers and addresses).
"""

from __future__ import annotations

import pytest

from bench.note_accuracy import web_copy
from tests.note_tables import Reading, built_from_note, one_note_readings, work

PIKE = work("Pike", "Salt Roads", "1970")

# (name, Markdown note, the readings in both renderings)
INLINE: list[tuple[str, str, list[Reading]]] = [
    (
        "in a surname, a translator, then the imprint",
        "It is also included in Pike, *Salt Roads*, trans. Tom Hale (Leeds: Dale Press, "
        "1970), in which she wrote of mills.",
        [PIKE],
    ),
    (
        "in a surname, the imprint right after the title",
        "It is reprinted in Hale, *The Harbour Question* (Cambridge, MA: Dale Press, 1970).",
        [work("Hale", "The Harbour Question", "1970")],
    ),
    (
        "of a surname, an editor, then the imprint",
        "Her pamphlet was a critique of Reed, *Canal Towns and Mills*, ed. Tom Hale (Leeds: "
        "Dale Press, 1904), which she read.",
        [work("Reed", "Canal Towns and Mills", "1904")],
    ),
    (
        "in a surname, an edition as Chicago writes it, then the imprint",
        "Parts of it appear in Morrow, *The Salt Roads of the North*, 2nd ed. (Leeds: Dale "
        "Press, 1988), as an appendix.",
        [work("Morrow", "The Salt Roads of the North", "1988")],
    ),
    (
        "negative: a place, then a marked title and its imprint",
        "The mills in Leeds, *Salt Roads and Mills* (Leeds: Dale Press, 1904), grew.",
        [],
    ),
    (
        "negative: a place of any imprint before capitalised words",
        "The mills in Manchester, Salt Roads and Mills (Leeds: Dale Press, 1904), grew.",
        [],
    ),
    (
        "negative: a place, then a sentence",
        "The mills in Manchester, Dale Press published Salt Roads (Leeds: Dale Press, 1904), grew.",
        [],
    ),
    (
        "negative: a place and its county",
        "She lived in Leeds, Yorkshire (Leeds: Dale Press, 1904).",
        [],
    ),
    (
        "negative: a year alone after the words",
        "The strike in Pike, Salt Roads and Mills (1904), which she read.",
        [],
    ),
    ("negative: a year and no imprint", "It appeared in Pike, Salt Roads and Mills, 1904.", []),
    (
        "negative: a list of surnames",
        "The case of Pike, Hale and Reed (Leeds: Dale Press, 1904) is known.",
        [],
    ),
    (
        "negative: the imprint's publisher",
        "The founder of Verso, New Left Books (London: Verso, 1970), wrote.",
        [],
    ),
    (
        "negative: lower-case words after the comma",
        "The strike in Pike, the harbour town (Leeds: Dale Press, 1904), was long.",
        [],
    ),
    (
        "negative: a relative clause after the comma",
        "The strike in Pike, which Salt Roads described (Leeds: Dale Press, 1904), was long.",
        [],
    ),
    ("negative: a month and a year", "In March, 1904 (Leeds: Dale Press, 1904), they met.", []),
    ("negative: a page, no imprint", "The debate in Pike, Salt Roads, 41, is long.", []),
]

ADDRESS = "<http://www.example.org/hj>"

PERIODICALS: list[tuple[str, str, list[Reading]]] = [
    (
        "a German yearbook, its first word hyphenated",
        f"*Harbour-Kanal Jahrbücher*, 1843. {ADDRESS}",
        [work("", "Harbour-Kanal Jahrbücher", "1843")],
    ),
    (
        "an English quarterly",
        f"*Salt Roads Quarterly*, 1843. {ADDRESS}",
        [work("", "Salt Roads Quarterly", "1843")],
    ),
    (
        "a German journal",
        f"*Nordkanal Zeitschrift*, 1901. {ADDRESS}",
        [work("", "Nordkanal Zeitschrift", "1901")],
    ),
    ("negative: a person, a double surname", f"Ada Pike-Hale, 1843. {ADDRESS}", []),
    ("negative: a person, a double given name", f"Jean-Luc Morrow, 1843. {ADDRESS}", []),
    ("negative: a place", f"New York, 1843. {ADDRESS}", []),
    ("negative: a street", f"Harbour Street, 1843. {ADDRESS}", []),
    (
        "negative: a sentence naming a periodical",
        "Salt Roads Quarterly, which first appeared in 1843, is no longer printed.",
        [],
    ),
]


def _renderings(note: str) -> list[tuple[str, str]]:
    return [("markdown", note), ("web", web_copy(note))]


@pytest.mark.parametrize(("name", "note", "expected"), INLINE + PERIODICALS)
@pytest.mark.parametrize("rendering", ["markdown", "web"])
def test_both_renderings_read_alike(
    name: str, note: str, expected: list[Reading], rendering: str
) -> None:
    text = dict(_renderings(note))[rendering]
    assert one_note_readings(text) == expected, name


@pytest.mark.parametrize(("name", "note", "expected"), INLINE + PERIODICALS)
def test_no_author_year_citation(name: str, note: str, expected: list[Reading]) -> None:
    assert list(built_from_note(web_copy(note)).citations) == [], name


def test_at_least_half_negatives() -> None:
    for table in (INLINE, PERIODICALS):
        negatives = sum(1 for _, _, expected in table if not expected)
        assert 2 * negatives >= len(table)
