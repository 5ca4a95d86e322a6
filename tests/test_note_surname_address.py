"""A surname, a marked title and an address, with no year and no imprint ("Zetter,
“Memories of the Congress,” <http://…>."), is a short form when the work was cited before
or, first, when its address points at a place in the page ("#h07") and the document writes
its full forms with given names (three or more, and three for each such first citation):
short-form-before-full then reports it. Negatives: an address to a whole page, given
names, a year, an imprint, a site's name or other words before the address, the surname
inverted before given names, a document whose full forms are themselves "Surname,
“Title,” <address>", too few full forms to show a way. Writers, titles and addresses are
invented.
"""

from __future__ import annotations

import pytest

from citecheck.extract.note_surname_address import surname_and_address
from citecheck.model import Author, NoteCitation, Span
from tests.test_note_citation_rules import findings, manuscript

NAMED = (
    "Ida Morn, *The Harbour* (London: Marrow, 1990), 4.",
    "Tom Reld, *Ports and Docks* (Leeds: Fenn, 1985), 9.",
    "Ann Oster, *A Ledger* (Bristol: Fenn, 1991), 2.",
)
SHORT = 'Zetter, "Memories of the Congress," <http://www.example.org/zetter/memories.htm#h07>.'
FULL = 'Clara Zetter, "Memories of the Congress," (Harbour Publishers, 1934).'


def _reported(*notes: str) -> list[int]:
    return [f.data["note"] for f in findings(manuscript(*notes), "short-form-before-full")]


def test_reported_where_full_forms_give_names() -> None:
    assert _reported(*NAMED, "A remark.", SHORT) == [5]


def test_not_reported_when_the_address_names_a_whole_page() -> None:
    whole = SHORT.replace("#h07", "")  # "Marx, *The Civil War*, available at <…>": a text
    assert _reported(*NAMED, "A remark.", whole) == []


def test_not_reported_after_its_full_form() -> None:
    assert _reported(*NAMED, FULL, SHORT) == []


def test_not_reported_with_too_few_full_forms_to_show_a_way() -> None:
    assert _reported(NAMED[0], NAMED[1], SHORT) == []


def test_not_reported_where_full_forms_are_surname_title_address() -> None:
    web = [
        f'{name}, "{title}," <http://www.example.org/{name.lower()}.htm>.'
        for name, title in (("Morn", "The Harbour"), ("Reld", "Docks"), ("Oster", "Ledger"))
    ]
    assert _reported(*web, NAMED[0], SHORT) == []


def _citation(text: str, **fields: str) -> NoteCitation:
    base = {"form": "full", "title": "Memories of the Congress", "url": "⟨link⟩"}
    base.update(fields)
    return NoteCitation(
        text=text,
        span=Span(0, len(text)),
        note=1,
        authors=(Author("Zetter", "zetter"),),
        **base,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("text", "fields", "expected"),
    [
        ('Zetter,"Memories of the Congress," ⟨link⟩.', {}, True),
        ('See Zetter, "Memories of the Congress," ⟨link⟩.', {}, True),
        ("Zetter, *Memories of the Congress*, ⟨link⟩.", {}, True),
        ('Clara Zetter, "Memories of the Congress," ⟨link⟩.', {}, False),
        ('Zetter, Clara, "Memories of the Congress," ⟨link⟩.', {}, False),
        ('Zetter, "Memories of the Congress," 1934, ⟨link⟩.', {"year": "1934"}, False),
        ('Zetter, "Memories," London: Fenn, ⟨link⟩.', {"place": "London"}, False),
        ('Zetter, "Memories," *Harbour Review*, ⟨link⟩.', {"container": "Harbour Review"}, False),
        ('Zetter, "Memories of the Congress."', {"url": ""}, False),
        ('Zetter, "Memories of the Congress" (Harbour.org): ⟨link⟩.', {}, False),
        ('Zetter, "Memories of the Congress," available at ⟨link⟩.', {}, False),
        ('Zetter, "Memories of the Congress," ⟨link⟩.', {"form": "short"}, False),
    ],
)
def test_the_shape(text: str, fields: dict[str, str], expected: bool) -> None:
    assert surname_and_address(_citation(text, **fields)) is expected
