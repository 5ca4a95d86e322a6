"""Issue 11, round 18: a title cited before, plain, in a later ";" part of a note.

Synthetic documents (invented writers, titles and places; no corpus text). A note may give
a second short form after ";" by its title alone (Chicago 14.29): "Rautenstrauch, *Everyday
Life*, 88; *Gesammelte Schriften*, Bd. 2, S. 317." A web page's copy loses the emphasis,
and the Markdown reading is lost with it. `note_segment_titles` reads a part that is a
title the document cited before and a locator as that work's short form; its writer is the
part before's when that part names a work of the writer's and the title was cited under
that writer.

Each row is read as Markdown and as its web copy (no emphasis); both must give the same
works. The negatives: a title no earlier note cited; a place and a page ("Paris, 41"); a
part with more than a title and a locator; an earlier title inside a sentence. The
nineteenth round's table below: a title not cited before, with a volume and a page.
"""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import find_note_citations
from citecheck.readers import read_bytes
from tests.test_note_citation_rules import manuscript

FULL = [
    "Pia Rautenstrauch, *Everyday Life in the Ruhr* (Essen: Klartext, 1990), 3.",
    "Pia Rautenstrauch, *Gesammelte Schriften*, Bd. 2 (Essen: Klartext, 1995), 4.",
    "Gianni Pastrengo, *L'ultimo commissario* (Milano: Feltrinelli, 1980), 3.",
    "Ann Vell, *The Long Winter of the Docks* (London: Verso, 1990), 5.",
]

# (class, last note, the works read in it: (surnames, title))
CASES = [
    (
        "an earlier title after ';', its volume and page, the writer carried",
        "Rautenstrauch, *Everyday Life*, 88; *Gesammelte Schriften*, Bd. 2, S. 317.",
        [(("Rautenstrauch",), "Everyday Life"), (("Rautenstrauch",), "Gesammelte Schriften")],
    ),
    (
        "an earlier title after ';' and 'cf.', no work before it: no writer",
        "Pastrengo, 171 (translation modified); cf. *L'ultimo commissario*, 198.",
        [(("Pastrengo",), ""), ((), "L'ultimo commissario")],
    ),
    (
        "an earlier title after ';' with 'p.'",
        "Rautenstrauch, *Everyday Life*, 88; *Gesammelte Schriften*, p. 12.",
        [(("Rautenstrauch",), "Everyday Life"), (("Rautenstrauch",), "Gesammelte Schriften")],
    ),
    (
        "the head of an earlier title after 'cf.', a page range",
        "Rautenstrauch, *Everyday Life*, 88; cf. *Long Winter*, 12–14.",
        [(("Rautenstrauch",), "Everyday Life"), ((), "Long Winter")],
    ),
    (
        "negative: a title no earlier note cited",
        "Rautenstrauch, *Everyday Life*, 88; Kleine Schriften, p. 12.",
        [(("Rautenstrauch",), "Everyday Life")],
    ),
    (
        "negative: a place and a page",
        "Rautenstrauch, *Everyday Life*, 88; Paris, 41.",
        [(("Rautenstrauch",), "Everyday Life")],
    ),
    (
        "negative: a part with more than a title and a locator",
        "Rautenstrauch, *Everyday Life*, 88; Gesammelte Schriften were never finished, 12.",
        [(("Rautenstrauch",), "Everyday Life")],
    ),
    (
        "negative: 'and' before a sentence that names an earlier title",
        "Rautenstrauch, *Everyday Life*, 88; and Long Winter is the better book, 12.",
        [(("Rautenstrauch",), "Everyday Life")],
    ),
    (
        "negative: an earlier title inside a sentence",
        "Rautenstrauch, *Everyday Life*, 88; the Gesammelte Schriften run to 12 volumes.",
        [(("Rautenstrauch",), "Everyday Life")],
    ),
]


def _works(notes: list[str]) -> list[tuple[tuple[str, ...], str]]:
    """The works read in the last of `notes`: (surnames, title)."""
    source = read_bytes("m.md", manuscript(*notes).encode("utf-8"))
    return [
        (tuple(a.surname for a in c.authors), c.title)
        for c in find_note_citations(source)
        if c.note == len(notes)
    ]


@pytest.mark.parametrize(("note", "works"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_markdown(note: str, works: list) -> None:
    assert _works([*FULL, note]) == works


@pytest.mark.parametrize(("note", "works"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_web_copy(note: str, works: list) -> None:
    assert _works([n.replace("*", "") for n in [*FULL, note]]) == works


def test_balance() -> None:
    negatives = sum(1 for name, *_ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives


# A web copy's "…; and Title, page": the title cited before under another writer is read
# without one. (The Markdown reading carries the part before's writer onto a marked title
# after "; and", whosever it is: left alone.)
def test_web_copy_after_and() -> None:
    note = "Rautenstrauch, 44; and The Long Winter of the Docks, p. 9."
    plain = [n.replace("*", "") for n in FULL]
    assert _works([*plain, note]) == [
        (("Rautenstrauch",), ""),
        ((), "The Long Winter of the Docks"),
    ]
    prose = "Rautenstrauch, 44; and Long Winter is the better book, 12."
    assert _works([*plain, prose]) == [(("Rautenstrauch",), "")]


# The nineteenth round: a title no earlier note cited, with a volume and a page, after a
# writer's work in the part before, is that writer's short form in both renderings.
NOT_CITED = [FULL[0], FULL[2], FULL[3]]
VOLUME_CASES = [
    (
        "a German title, its volume and page, the writer carried",
        "Rautenstrauch, *Everyday Life*, 88; *Kleine Schriften*, Bd. 3, S. 12.",
        [(("Rautenstrauch",), "Everyday Life"), (("Rautenstrauch",), "Kleine Schriften")],
    ),
    (
        "an English title, 'vol.' and 'p.'",
        "Rautenstrauch, *Everyday Life*, 88; *Collected Works*, vol. 2, p. 12.",
        [(("Rautenstrauch",), "Everyday Life"), (("Rautenstrauch",), "Collected Works")],
    ),
    (
        "negative: a place of two words, a volume and a page",
        "Rautenstrauch, *Everyday Life*, 88; Frankfurt am Main, Bd. 2, S. 4.",
        [(("Rautenstrauch",), "Everyday Life")],
    ),
    (
        "negative: a sentence's words, a volume and a page",
        "Rautenstrauch, *Everyday Life*, 88; the letters of that year, Bd. 2, S. 4.",
        [(("Rautenstrauch",), "Everyday Life")],
    ),
    (
        "negative: no work of a writer's before it",
        "Paris, 41; Kleine Schriften, Bd. 2, S. 4.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("note", "works"), [c[1:] for c in VOLUME_CASES], ids=[c[0] for c in VOLUME_CASES]
)
@pytest.mark.parametrize("web", [False, True], ids=["markdown", "web"])
def test_a_title_not_cited_before_with_a_volume(note: str, works: list, web: bool) -> None:
    notes = [*NOT_CITED, note]
    assert _works([n.replace("*", "") for n in notes] if web else notes) == works


def test_the_volume_table_holds_as_many_negatives() -> None:
    negatives = sum(1 for name, *_ in VOLUME_CASES if name.startswith("negative"))
    assert negatives >= len(VOLUME_CASES) - negatives
