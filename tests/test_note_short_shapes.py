"""Issue 11: short forms in shapes the note reader once left unread, and their look-alikes.

Synthetic Chicago-style notes (no corpus text): a remark after the page ("41, emphasis
added"), a lead-in clause ("On this, see …"), a possessive ("Kolko's *Politics of War*,
41"), the title and page in brackets after the surname ("Kolko (*Politics of War*, 41)"),
German notes ("Marx/Engels, *Manifest*, S. 41", "a.a.O."), each in Markdown (a marked
title) and, where the title survives without its emphasis, in a web copy (a plain one).
Beside them the negatives that look like them: a place and a page, a figure or a chapter
and a page, a quantity, a remark with no work, a writer introduced in prose. Each row gives
every work the note is read as: (form, surnames, title, pages)."""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import find_note_citations
from citecheck.readers import read_bytes
from tests.test_note_citation_rules import findings, manuscript

Reading = tuple[str, tuple[str, ...], str, str]


def short(surnames: str, title: str, pages: str) -> Reading:
    return ("short", tuple(surnames.split("/")), title, pages)


IRAN = short("Abrahamian", "Iran", "41")
KOLKO = short("Kolko", "Politics of War", "41")
SOVIET = short("Kolko", "The Soviet Question", "41")
MANIFEST = short("Marx/Engels", "Manifest", "S. 41")

# (class, note, readings in Markdown, web: None when a plain title cannot stand, else readings)
CASES: list[tuple[str, str, list[Reading], list[Reading] | None]] = [
    # a remark after the page ends the citation; the page stays the page
    ("remark: emphasis added", "Abrahamian, *Iran*, 41, emphasis added.", [IRAN], [IRAN]),
    (
        "remark: emphasis in original",
        "Abrahamian, *Iran*, 41 (emphasis in original).",
        [IRAN],
        [IRAN],
    ),
    ("remark: emphasis mine", "Abrahamian, *Iran*, 41 (emphasis mine).", [IRAN], [IRAN]),
    ("remark: my translation", "Abrahamian, *Iran*, 41 (my translation).", [IRAN], [IRAN]),
    ("remark: italics in original", "Abrahamian, *Iran*, 41; italics in original.", [IRAN], [IRAN]),
    (
        "remark: after a quoted title",
        "Kolko, “The Soviet Question,” 41, emphasis added.",
        [SOVIET],
        None,
    ),
    ("negative: emphasis added alone", "Emphasis added.", [], []),
    ("negative: emphasis mine alone", "Emphasis mine; the italics are the author's.", [], []),
    (
        "negative: a remark in prose",
        "The emphasis added by Kolko, 41 times in all, is telling.",
        [],
        [],
    ),
    # a lead-in clause before the short form
    ("lead-in: on this, see", "On this, see Abrahamian, *Iran*, 41.", [IRAN], [IRAN]),
    ("lead-in: for this point see", "For this point see Abrahamian, *Iran*, 41.", [IRAN], [IRAN]),
    ("lead-in: quoting", "Quoting Kolko, *Politics of War*, 41.", [KOLKO], None),
    ("negative: a place and a year", "On this, see the debate in Paris, 1968.", [], []),
    (
        "negative: a person in prose then a page",
        "On this Rose wrote little, 41 pages in all.",
        [],
        [],
    ),
    ("negative: citing a person in prose", "Citing Kolko, Rose posed the problem.", [], []),
    (
        "negative: citing, a longer sentence",
        "Citing Kolko, Rose posed the problem of the war.",
        [],
        [],
    ),
    # a possessive: the writer's work
    ("possessive: italic title", "Kolko's *Politics of War*, 41.", [KOLKO], None),
    ("possessive: curly apostrophe", "Kolko’s *Politics of War*, 41.", [KOLKO], None),
    ("possessive: quoted title", "Kolko’s “The Soviet Question,” 41.", [SOVIET], None),
    ("possessive: after see", "See Kolko's *Politics of War*, 41.", [KOLKO], None),
    ("possessive: remark", "Kolko's *Politics of War*, 41, emphasis added.", [KOLKO], None),
    ("negative: possessive in a sentence", "Kolko's *Politics of War* is a classic.", [], None),
    (
        "negative: possessive and prose",
        "Kolko's *Politics of War*, 41 pages of which concern Greece, is a classic.",
        [],
        None,
    ),
    # the title and page in brackets after the surname
    ("brackets: italic title", "Kolko (*Politics of War*, 41).", [KOLKO], None),
    (
        "brackets: in prose",
        "As Kolko (“The Soviet Question,” 41) argued, the war was lost.",
        [SOVIET],
        None,
    ),
    ("brackets: remark", "Kolko (*Politics of War*, 41, emphasis added).", [KOLKO], None),
    ("negative: brackets without a page", "Kolko (*Politics of War*) argued so.", [], None),
    (
        "negative: brackets with a year",
        "In 1968 Kolko (*Politics of War*, 1968) argued so.",
        [],
        None,
    ),
    ("negative: a place in brackets", "Rose lived in Paris (France, 41 years).", [], []),
    ("negative: a function word before brackets", "As in (*Politics of War*, 41).", [], None),
    # German notes
    ("german: slash between surnames", "Marx/Engels, *Manifest*, S. 41.", [MANIFEST], [MANIFEST]),
    (
        "german: a.a.O.",
        "Marx, a.a.O., S. 41.",
        [("op-cit", ("Marx",), "", "S. 41")],
        [("op-cit", ("Marx",), "", "S. 41")],
    ),
    (
        "german: a.a.O. after Vgl.",
        "Vgl. Marx, a.a.O., S. 41.",
        [("op-cit", ("Marx",), "", "S. 41")],
        [("op-cit", ("Marx",), "", "S. 41")],
    ),
    (
        "german: a page and the next, S. 41f.",
        "Vgl. dazu Marx/Engels, *Manifest*, S. 41f.",
        [short("Marx/Engels", "Manifest", "S. 41f")],
        [short("Marx/Engels", "Manifest", "S. 41f")],
    ),
    ("negative: a place with a slash", "Frankfurt/Main, Suhrkamp, 1970.", [], []),
    ("negative: a place with a slash and a year", "Frankfurt/Main, 1970.", [], []),
    # more look-alikes of a short form
    ("negative: see a figure and a page", "See Figure 4, 41.", [], []),
    ("negative: a table and a page", "See Table 2, 41.", [], []),
    ("negative: an abbreviated figure", "Fig. 3, 41.", [], []),
    ("negative: a chapter and a page", "Chapter 3, 41.", [], []),
    ("negative: a quantity", "Some 41,000 workers, 41 per cent of them women, struck.", [], []),
    ("negative: a place then prose", "In Paris, 41 delegates met.", [], []),
]


def readings(note: str) -> list[Reading]:
    source = read_bytes("m.md", manuscript(note).encode("utf-8"))
    return [
        (c.form, tuple(a.surname for a in c.authors), c.title, c.pages)
        for c in find_note_citations(source)
    ]


@pytest.mark.parametrize(("note", "expected"), [c[1:3] for c in CASES], ids=[c[0] for c in CASES])
def test_markdown(note: str, expected: list[Reading]) -> None:
    assert readings(note) == expected


WEB = [c for c in CASES if c[3] is not None]


@pytest.mark.parametrize(
    ("note", "expected"), [(c[1].replace("*", ""), c[3]) for c in WEB], ids=[c[0] for c in WEB]
)
def test_web_copy(note: str, expected: list[Reading]) -> None:
    assert readings(note) == expected


def test_the_table_holds_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for name, *_ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives - 4


# Full forms with their details: the document's way of writing a first citation.
DETAILED = [
    "Moshe Lewin, *Lenin's Last Struggle* (Ann Arbor: University of Michigan Press, 2005), 3.",
    "Theodor W. Adorno, *Negative Dialectics* (New York: Continuum, 1973), 5.",
    "Perry Anderson, *Considerations on Western Marxism* (London: NLB, 1976), 12.",
]
KOLKO_FULL = "Gabriel Kolko, *The Politics of War* (New York: Random House, 1968), 3."
SHORT_SHAPES = [c[1] for c in CASES if c[2] and c[2][0][1:3] == (("Kolko",), "Politics of War")]


@pytest.mark.parametrize("shape", SHORT_SHAPES)
def test_a_short_form_without_its_full_form_is_reported(shape: str) -> None:
    text = manuscript(*DETAILED, shape)
    assert [f.data["note"] for f in findings(text, "short-form-before-full")] == [4]


@pytest.mark.parametrize("shape", SHORT_SHAPES)
def test_a_short_form_after_its_full_form_is_not(shape: str) -> None:
    text = manuscript(*DETAILED, KOLKO_FULL, shape)
    assert findings(text, "short-form-before-full") == []
