"""Issue 11: a body's page on the web, "Body, “Title,” posted 2 February 2023, https://…"
(Chicago 14.206-14.207), read with the body whole as its writer
(`note_corporate_writers._web_page`). The address in the same sentence vouches for a name
whose body's noun closes it ("… Network", "… Association"); a page with no date of its own
is cited by its address, and the access date gives no year (Chicago 14.12).

Constructed notes (invented bodies, titles and addresses; no corpus text), each read as
Markdown and as its web copy, alike.

At least half the rows are negatives: a person's name before the title, a body with no
address after its title, an address in the next sentence, a publisher, a place, a body named
inside prose."""

from __future__ import annotations

import pytest

from tests.note_tables import (
    both_renderings_table_tests,
    built_from_note,
    web_copy,
    work,
)
from tests.test_note_citation_rules import findings, manuscript

BULLETIN = "Rent Strike Bulletin"
TENANTS = "Harbour Tenants' Association"

ROWS: list[tuple[str, str, list]] = [
    (
        "a body whose noun closes its name, a posting date and an address",
        f"{TENANTS}, “{BULLETIN},” posted 2 February 2023, https://example.org/bulletin.",
        [work(TENANTS, BULLETIN, "2023")],
    ),
    # the first and third rows read so before this class too (by the note's own reader);
    # the archive's pages are this class's
    (
        "an archive's page: no date of its own, an access date",
        f"Archivio Portuale di Genova, “{BULLETIN},” accessed 12 March 2025,"
        " https://example.org/bulletin.",
        [work("Archivio Portuale di Genova", BULLETIN, "")],
    ),
    (
        "after a cue, straight quotes, the address in brackets",
        f'See Dockers\' Inquiry Network, "{BULLETIN}" (https://example.org/bulletin).',
        [work("Dockers' Inquiry Network", BULLETIN, "")],
    ),
    (
        "a year in the title is the page's words, not its date",
        f"Archivio Portuale di Genova, “{BULLETIN}, maggio 1921,” https://example.org/b.",
        [work("Archivio Portuale di Genova", f"{BULLETIN}, maggio 1921", "")],
    ),
    # negatives
    (
        "negative: a person's given names and surname, no body's noun",
        f"Tomas Vell Harbour, “{BULLETIN},” https://example.org/bulletin.",
        [work("Harbour", BULLETIN, "", form="full")],
    ),
    (
        "negative: a body and a quoted title, no address",
        f"{TENANTS}, “{BULLETIN},” a sheet handed out at the gates.",
        [],
    ),
    (
        "negative: the address in the next sentence",
        f"{TENANTS} called it “a bulletin of the strike.” See https://example.org/b.",
        [work("", "", "")],  # the address alone: a source online, no writer, no title
    ),
    (
        "negative: a body, a quoted title and a sentence after it, no address",
        f"{TENANTS}, “{BULLETIN}.” The sheet was handed out at the gates.",
        [],
    ),
    (
        "negative: a quoted phrase after a sentence's subject",
        f"The {TENANTS} sent “{BULLETIN}” to https://example.org/bulletin.",
        [],
    ),
    (
        "negative: a place before a quoted phrase",
        f"Genoa, Italy, “{BULLETIN},” https://example.org/bulletin.",
        [],
    ),
    (
        "negative: a body named inside prose",
        f"The leaflet was handed out by the {TENANTS}, “{BULLETIN},” https://example.org/b.",
        [],
    ),
]


test_alike, test_web_quiet, test_balance, test_negatives_quiet = both_renderings_table_tests(ROWS)


@pytest.mark.parametrize("rendering", ["markdown", "web"])
def test_a_page_without_its_own_date_says_it_has_no_year(rendering: str) -> None:
    note = ROWS[1][1] if rendering == "markdown" else web_copy(ROWS[1][1])
    (citation,) = built_from_note(note).note_citations
    assert citation.year == ""
    assert "no year" in citation.unsure


LIST = (
    "\n## Works cited\n\n"
    "Rudd, Tom. *Salt and Iron*. Leeds: Dale Press, 2001.\n\n"
    "Harbour Tenants' Association. “Strike Notice.” 1 May 2019. https://example.org/notice.\n"
)
RUDD = "Tom Rudd, *Salt and Iron* (Leeds: Dale Press, 2001), 4."

# (class, notes, notes missing-reference reports): a body's page on the web may be cited in
# the notes alone (Chicago 14.206), so the list owes it no entry; a person's page, a body's
# book and a body's page the list gives are as before
RULE_CASES = [
    (
        "a body's page the list leaves out",
        [RUDD, ROWS[1][1]],
        [],
    ),
    (
        "a body's posted page the list leaves out",
        [RUDD, f"{TENANTS}, “{BULLETIN},” posted 2 February 2023, https://example.org/b."],
        [],
    ),
    (
        "negative: a person's page the list leaves out",
        [RUDD, f"Tomas Vell, “{BULLETIN},” posted 2 February 2023, https://example.org/b."],
        [2],
    ),
    (
        "negative: a body's book the list leaves out",
        [RUDD, f"{TENANTS}, *{BULLETIN}* (Leeds: Dale Press, 2019), 4."],
        [2],
    ),
    (
        "negative: a work of a listed writer the list leaves out",
        [RUDD, "Tom Rudd, *Harbour Lights* (Leeds: Dale Press, 2004), 3."],
        [2],
    ),
]


@pytest.mark.parametrize(
    ("notes", "reported"), [c[1:] for c in RULE_CASES], ids=[c[0] for c in RULE_CASES]
)
def test_missing_reference(notes: list[str], reported: list[int]) -> None:
    found = findings(manuscript(*notes, works_cited=LIST), "missing-reference")
    assert [f.data["note"] for f in found] == reported


def test_the_rule_table_holds_at_least_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for name, *_ in RULE_CASES if name.startswith("negative"))
    assert negatives >= len(RULE_CASES) - negatives
