"""Issue 11: the short-form shapes `bench/note_short_form_variants.py` found failing, and
their look-alikes. Synthetic Chicago-style notes (no corpus text): a full form, then a
short form in one shape, read from the Markdown and from a web copy (emphasis gone). Each
row gives what the last note is read as, and whether `short-form-before-full` reports it
with the full form present and with it left out. Half the rows are negatives: notes that
are no short form ("Paris, 41.", a writer's argument, a quantity)."""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import find_note_citations
from citecheck.readers import read_bytes
from tests.test_note_citation_rules import findings, manuscript

Reading = tuple[str, tuple[str, ...], str]

KOLKO_FULL = "Gabriel Kolko, *The Politics of War* (New York: Random House, 1968), 3."
ABRAHAMIAN_FULL = (
    "Ervand Abrahamian, *Iran Between Two Revolutions* (Princeton: Princeton University "
    "Press, 1982), 23."
)
# Other works with their details, so that the document writes full forms with details.
DETAILED = [
    "Moshe Lewin, *Lenin's Last Struggle* (Ann Arbor: University of Michigan Press, 2005), 3.",
    "Theodor W. Adorno, *Negative Dialectics* (New York: Continuum, 1973), 5.",
]
WORKS_CITED = (
    "\n## Works cited\n\nKolko, *The Politics of War*, 1968.\n\n"
    "Abrahamian, *Iran Between Two Revolutions*, 1982.\n\n"
    "Lewin, *Lenin's Last Struggle*, 2005.\n\nAdorno, *Negative Dialectics*, 1973.\n"
)

KOLKO = ("short", ("Kolko",), "Politics of War")

# (name, full form, the short note, what it is read as, reported with the full form left out)
CASES: list[tuple[str, str, str, list[Reading], bool]] = [
    ("loc. cit.", KOLKO_FULL, "Kolko, loc. cit.", [("loc-cit", ("Kolko",), "")], True),
    ("op. cit.", KOLKO_FULL, "Kolko, op. cit., 41.", [("op-cit", ("Kolko",), "")], True),
    ("surname and page", KOLKO_FULL, "Kolko, 41.", [("short", ("Kolko",), "")], True),
    ("quoted in, surname and page", KOLKO_FULL, "Quoted in Kolko, 41.", None, True),
    # a web copy's plain title after its writer: reported by the listed title's head
    ("web: possessive, plain title", KOLKO_FULL, "Kolko’s Politics of War, 41.", [KOLKO], True),
    ("web: plain title in a bracket", KOLKO_FULL, "Kolko (Politics of War, 41).", [KOLKO], True),
    ("closed-up note number", KOLKO_FULL, "Kolko, Politics of War, 41n12.", [KOLKO], True),
    (
        "web: title only, plain",
        ABRAHAMIAN_FULL,
        "Iran Between Two, 41.",
        [("short", (), "Iran Between Two")],
        False,
    ),
    # a short form in brackets after the verb that reports its writer's words
    (
        "prose: writer argues (title, page)",
        KOLKO_FULL,
        "As Kolko argues (*Politics of War*, 41), the war was one of aims.",
        [KOLKO],
        True,
    ),
    (
        "prose: writer wrote (title, page)",
        KOLKO_FULL,
        "Kolko wrote (*Politics of War*, 41) that the war had aims.",
        [KOLKO],
        True,
    ),
    # given names, a title cut from the listed one and a page: a short form, reported by
    # the listed title when its full form is missing
    (
        "given names, a cut title",
        KOLKO_FULL,
        "Gabriel Kolko, *Politics*, 41.",
        [("short", ("Kolko",), "Politics")],
        True,
    ),
    (
        "negative: given names, the whole title",
        ABRAHAMIAN_FULL,
        "Ervand Abrahamian, *Iran Between Two Revolutions*, 41.",
        None,
        False,
    ),
    (
        "negative: a noun before the bracket",
        KOLKO_FULL,
        "Kolko’s war (*Politics of War*, 41).",
        None,
        False,
    ),
    # with no page too, its given names first: a title cut to its first words is a short
    # title (Chicago 14.32), as a title cut at its subtitle is
    (
        "given names, a cut title, no page",
        KOLKO_FULL,
        "Gabriel Kolko, *Politics*.",
        None,
        True,
    ),
    # a name inverted is a bibliography's way of giving a work in full
    (
        "negative: the name inverted, a cut title, no page",
        KOLKO_FULL,
        "Kolko, G., *Politics*.",
        None,
        False,
    ),
    (
        "negative: given names, a cut title, a year written",
        KOLKO_FULL,
        "Gabriel Kolko, *Politics*, written in 1968.",
        None,
        False,
    ),
    (
        "negative: a writer's verb and a year",
        KOLKO_FULL,
        "As Kolko argues (1968), the war had aims.",
        None,
        False,
    ),
    ("negative: a place and a page", KOLKO_FULL, "Paris, 41.", [], False),
    ("negative: a place and pages", KOLKO_FULL, "See London, pp. 41-43.", [], False),
    ("negative: two words and a page", KOLKO_FULL, "Permanent Revolution, 41.", [], False),
    ("negative: a writer's argument", KOLKO_FULL, "Kolko’s argument, 41, is weak.", [], False),
    ("negative: a writer, other words", KOLKO_FULL, "Kolko’s early essays, 41.", [], False),
    ("negative: a chapter and a page", KOLKO_FULL, "See chapter 3, 41.", [], False),
    ("negative: a writer, another title", KOLKO_FULL, "Kolko’s Roots of War, 41.", [], False),
    ("negative: a bracket of prose", KOLKO_FULL, "Kolko (writing in 1968, 41).", [], False),
]


def _readings(text: str) -> list[Reading]:
    source = read_bytes("m.md", text.encode("utf-8"))
    last = max(n.number for n in source.notes)
    return [
        (c.form, tuple(a.surname for a in c.authors), c.title)
        for c in find_note_citations(source)
        if c.note == last
    ]


READ = [c for c in CASES if c[3] is not None]


@pytest.mark.parametrize(("name", "full", "note", "expected"), [c[:4] for c in READ])
def test_read_after_its_full_form(name: str, full: str, note: str, expected: list[Reading]) -> None:
    text = manuscript(*DETAILED, full, note)
    assert _readings(text) == expected
    # as a web copy gives it (emphasis gone), every row but the marked-title ones
    if "*" not in note:
        assert _readings(text.replace("*", "")) == expected


@pytest.mark.parametrize(("full", "note"), [c[1:3] for c in CASES], ids=[c[0] for c in CASES])
def test_no_finding_with_the_full_form(full: str, note: str) -> None:
    text = manuscript(*DETAILED, full, note, works_cited=WORKS_CITED)
    for rule in ("short-form-before-full", "missing-reference"):
        assert findings(text, rule) == []


@pytest.mark.parametrize(
    ("note", "reported"), [(c[2], c[4]) for c in CASES], ids=[c[0] for c in CASES]
)
def test_reported_without_the_full_form(note: str, reported: bool) -> None:
    text = manuscript(*DETAILED, note, works_cited=WORKS_CITED)
    notes = [f.data["note"] for f in findings(text, "short-form-before-full")]
    assert notes == ([3] if reported else [])


def test_the_table_holds_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for name, *_ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives
