"""Issue 11, round 15: Chicago's shortest short forms inside a note (14.29: the surname
alone when one work of the writer is cited) — a surname and pages, chapters or a volume
("Vail, pp. 101ff.", "Vail, chaps. 9–10.", "Vail, vol. 2, 45", "Vail, 2:45") — and "op. cit." after a surname, standing beside another
work of the note: after "and", "cf.", "see", "and, for …,", after ";", or opening the note
before a sentence of prose.

Constructed notes (invented writers, titles, places and publishers; no corpus text). Each
row is a document's notes; the readings are the last note's, as (form, surnames). Every
row is read twice: as Markdown and as a web copy (emphasis gone). Half the rows at least
are negatives: places and publishers before pages ("London, 188–96", "Verso, 12"), a
writer's surname before a year (an author-year citation), journals with numbers, prose
with years and quantities ("3,000 members", "2.5 per cent"), a title's words before "op.
cit."; none gives a short form of its own, and none gives the place an author."""

from __future__ import annotations

import pytest

from tests.note_tables import last_note_readings, surnames_read

VAIL = "Corinna Vail, *The Long Strike* (London: Verso, 1972)."
BRENNER = "Tobias Brenner, *Die Linke und die Streiks, 1890–1914* (Berlin: Dietz, 1961)."
BOTH = f"{BRENNER[:-1]}; Corinna Vail, *The Long Strike* (London: Verso, 1972)."
TARRANT = "Ruth Tarrant, *Socialist Humanism and Its Critics* (Leeds: Harrogate Press, 1980), 9."

# (class, notes, last note's readings as (form, surnames))
CASES: list[tuple[str, list[str], list[tuple[str, tuple[str, ...]]]]] = [
    (
        "a surname and pages after 'and cf.', beside a short form",
        [BOTH, "See Vail, *Long Strike*, 44–52, and cf. Brenner, pp. 101ff."],
        [("short", ("Vail",)), ("short", ("Brenner",))],
    ),
    (
        "a surname and chapters opening a note, prose after it",
        [
            VAIL,
            "Vail, chaps. 9–10. Her figures come from Ada Orrin, “Counting the Strikers,”"
            " *Labour Ledger*, March 3, 1999.",
        ],
        [("short", ("Vail",)), ("full", ("Orrin",))],
    ),
    (
        "a surname and one chapter, alone",
        [VAIL, "Vail, chap. 4."],
        [("short", ("Vail",))],
    ),
    (
        "op. cit. after 'and, for …,' following a full form",
        [
            TARRANT,
            "See Ada Orrin, *The Workers Revisited* (Cambridge: Fenwick Press, 1969) and, for"
            " the other side of the argument, Tarrant, op. cit., 88–102.",
        ],
        [("full", ("Orrin",)), ("op-cit", ("Tarrant",))],
    ),
    (
        "a surname and pages after 'see' in prose, then op. cit. after ';'",
        [BOTH, "On the meeting, see Vail, 188–96; Brenner, op. cit., 302."],
        [("short", ("Vail",)), ("op-cit", ("Brenner",))],
    ),
    (
        "a surname and pages after 'and', following a full form",
        [
            VAIL,
            "See Ada Orrin, *The Workers Revisited* (Cambridge: Fenwick Press, 1969), 12, and"
            " Vail, 41.",
        ],
        [("full", ("Orrin",)), ("short", ("Vail",))],
    ),
    (
        "op. cit. in prose with no earlier full form read",
        [
            "See Ada Orrin, *The Workers Revisited* (Cambridge: Fenwick Press, 1969), and, on"
            " the strike, Lerner, op. cit., 12."
        ],
        [("full", ("Orrin",)), ("op-cit", ("Lerner",))],
    ),
    (
        "a surname, a volume and a page, alone",
        [VAIL, "Vail, vol. 2, 45."],
        [("short", ("Vail",))],
    ),
    (
        "a surname and Chicago's volume:page after 'and'",
        [BOTH, "See Vail, vol. 2, 45, and Brenner, 1:12."],
        [("short", ("Vail",)), ("short", ("Brenner",))],
    ),
    (
        "loc. cit. after a surname, beside a full form",
        [
            TARRANT,
            "See Ada Orrin, *The Workers Revisited* (Cambridge: Fenwick Press, 1969), 12, and"
            " Tarrant, loc. cit.",
        ],
        [("full", ("Orrin",)), ("loc-cit", ("Tarrant",))],
    ),
    # negatives
    (
        "negative: a place and a time",
        [VAIL, "The meeting opened in London, 2:45."],
        [],
    ),
    (
        "negative: a publisher, a volume and a page",
        [VAIL, "See Vail, *Long Strike*, 44–52, and Verso, vol. 2, 45."],
        [("short", ("Vail",))],
    ),
    (
        "negative: a publisher and a page after 'and cf.'",
        [VAIL, "See Vail, *Long Strike*, 44–52, and cf. Verso, 12."],
        [("short", ("Vail",))],
    ),
    (
        "negative: a place and pages after 'see'",
        [VAIL, "On the meeting, see London, 188–96."],
        [],
    ),
    (
        "negative: a place and pages after 'and'",
        [BOTH, "See Vail, *Long Strike*, 44–52, and Berlin, 188–96."],
        [("short", ("Vail",))],
    ),
    (
        "negative: a writer's surname and a year (author-year)",
        [BOTH, "See Vail, *Long Strike*, 44–52, and cf. Brenner, 1961."],
        [("short", ("Vail",))],
    ),
    (
        "negative: a journal with a number after 'and'",
        [VAIL, "See Vail, *Long Strike*, 44–52, and cf. Labour Review, 12."],
        [("short", ("Vail",))],
    ),
    (
        "negative: prose with a year after a writer's surname",
        [VAIL, "The strike began in 1912, and Vail, 41 years later, wrote its history."],
        [],
    ),
    (
        "negative: a quantity after a writer's surname",
        [VAIL, "By then, as Vail says, the union had 3,000 members; and Vail, 3,000 strong."],
        [],
    ),
    (
        "negative: a decimal after a writer's surname",
        [VAIL, "The rate rose, and Vail, 2.5 per cent a year, counts it."],
        [],
    ),
    (
        "negative: a writer not cited before, with pages after 'and cf.'",
        [VAIL, "See Vail, *Long Strike*, 44–52, and cf. Lerner, 12."],
        [("short", ("Vail",))],
    ),
    (
        "negative: a place before 'op. cit.'s title words",
        [VAIL, "Printed in London, *Long Strike*, 12."],
        [],
    ),
]


def _web(note: str) -> str:
    return note.replace("*", "")


@pytest.mark.parametrize("web", [False, True], ids=["markdown", "web"])
@pytest.mark.parametrize(("kind", "notes", "expected"), CASES, ids=[c[0] for c in CASES])
def test_surname_locator_short_forms(
    kind: str, notes: list[str], expected: list[tuple[str, tuple[str, ...]]], web: bool
) -> None:
    rendered = [_web(n) for n in notes] if web else notes
    read = [(form, names) for form, names, _title, _year in last_note_readings(rendered)]
    if kind.startswith("negative"):
        # what the row names as no writer is read as none, by either reader
        # (the work before it may be read full or short: not this table's question)
        assert [names for _form, names in read] == [names for _form, names in expected]
        named = surnames_read(rendered[-1])
        assert not named & {"Verso", "London", "Berlin", "Review", "Lerner", "Strike"}
    else:
        assert read == expected


def test_the_host_keeps_its_own_pages() -> None:
    """The work the short form followed keeps its pages, not the short form's."""
    from citecheck.extract.note_citations import find_note_citations
    from citecheck.readers import read_bytes
    from tests.test_note_citation_rules import manuscript

    notes = [BOTH, "See Vail, *Long Strike*, 44–52, and cf. Brenner, pp. 101ff."]
    source = read_bytes("m.md", manuscript(*notes).encode("utf-8"))
    last = [c for c in find_note_citations(source) if c.note == 2]
    assert [(c.pages, c.text) for c in last] == [
        ("44–52", "Vail, *Long Strike*, 44–52"),
        ("pp. 101ff.", "Brenner, pp. 101ff."),
    ]
