"""What the note reader's table tests share: the shape of one reading, and the readings of
a manuscript's last note (the notes before it give the context: earlier full forms, the
writer a "Ders." or "ό.π." refers to)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from citecheck.extract import build_manuscript
from citecheck.extract.note_citations import find_note_citations
from citecheck.model import Manuscript
from citecheck.readers import read_bytes
from tests.helpers import lint_text
from tests.test_note_citation_rules import manuscript

# form, authors' surnames, title, year
Reading = tuple[str, tuple[str, ...], str, str]
# A table's readings where a note reads no work.
NO_READING: list[Reading] = []

# Three other works given in full, to open a document whose last note a table reads, and
# the form each is read with.
THREE_FULL_FORMS = [
    "Ann Vell, *The Harbour of Genoa* (London: Pluto Press, 1990), 12.",
    "Tom Rudd, *Salt and Iron* (Leeds: Dale Press, 2001), 40.",
    "Nora Stiles, “Tide Tables,” *Coastal Review* 14, no. 3 (2017): 3–19.",
]
THREE_FULL = ["full"] * 3


def work(surnames: str, title: str, year: str = "", form: str = "full") -> Reading:
    """A reading as the tables write it: surnames joined by "/" ("Thiel/Marquardt")."""
    return (form, tuple(surnames.split("/")) if surnames else (), title, year)


def unsigned(title: str, year: str) -> Reading:
    """A reading of a work with no writer, as the tables write it."""
    return work("", title, year)


def web_copy(note: str) -> str:
    """A constructed note as a web page's text gives it: no Markdown emphasis."""
    return note.replace("*", "")


def last_note_readings(notes: list[str]) -> list[Reading]:
    """The citations read in the last of `notes`, each notes' text in order."""
    source = read_bytes("m.md", manuscript(*notes).encode("utf-8"))
    last = len(notes)
    return [
        (c.form, tuple(a.surname for a in c.authors), c.title, c.year)
        for c in find_note_citations(source)
        if c.note == last
    ]


def built_from_note(note: str) -> Manuscript:
    """What extraction builds from a Markdown manuscript of this one note."""
    return build_manuscript(read_bytes("m.md", manuscript(note).encode("utf-8")), figures=False)


def one_note_readings(note: str) -> list[Reading]:
    """The note citations extraction reads in a manuscript of this one note."""
    return [
        (c.form, tuple(a.surname for a in c.authors), c.title, c.year)
        for c in built_from_note(note).note_citations
    ]


def first_surnames_and_titles(note: str) -> tuple[list[tuple[str, str]], list]:
    """Of a manuscript of this one note: each note citation's first surname ("" for none)
    and title, and the author-year citations read (which a joined-works table wants none of)."""
    built = built_from_note(note)
    readings = [(c.authors[0].surname if c.authors else "", c.title) for c in built.note_citations]
    return readings, list(built.citations)


def surnames_read(note: str) -> set[str]:
    """Every surname either reader (author-year or note citations) takes from a manuscript
    of this one note: what a never-an-author table checks."""
    built = built_from_note(note)
    return {a.surname for c in (*built.citations, *built.note_citations) for a in c.authors}


def negative_table_tests(cases: list[tuple], least: int = 0) -> tuple[Callable, Callable]:
    """The two checks every table of named rows owes its negatives (rows named "negative…",
    the note second): the table holds at least as many negatives as positives (and at least
    `least` rows), and the author-year reader reads no author in a negative. A module binds
    them to its own test names, so pytest collects them there."""
    negatives = [(row[0], row[1]) for row in cases if row[0].startswith("negative")]

    def balance() -> None:
        assert len(cases) >= least
        assert len(negatives) >= len(cases) - len(negatives)

    @pytest.mark.parametrize("note", [n for _, n in negatives], ids=[name for name, _ in negatives])
    def no_author_year(note: str) -> None:
        assert [c.text for c in built_from_note(note).citations] == []

    return balance, no_author_year


def reading_and_writer_tests(
    positives: list[tuple], negatives: list[tuple]
) -> tuple[Callable, Callable]:
    """The two tests of a table split in (name, note, readings) positives and (name, note,
    surname) negatives: the positives' readings, and no negative's surname read by either
    reader. A module binds them to its own test names."""

    @pytest.mark.parametrize(
        ("note", "expected"), [c[1:] for c in positives], ids=[c[0] for c in positives]
    )
    def read(note: str, expected: list[Reading]) -> None:
        assert one_note_readings(note) == expected

    @pytest.mark.parametrize(
        ("note", "surname"), [c[1:] for c in negatives], ids=[c[0] for c in negatives]
    )
    def no_such_writer(note: str, surname: str) -> None:
        assert surname not in surnames_read(note)

    return read, no_such_writer


def _any_negative(before: list[str], expected: list[Reading]) -> bool:
    return True


def context_table_tests(
    cases: list[tuple],
    writerless: Callable[[list[str], list[Reading]], bool] = _any_negative,
) -> tuple[Callable, Callable, Callable]:
    """The three tests of a table of (name, the notes before, the note, its readings) rows:
    the note's readings after the notes before; at least as many rows named "negative…" as
    others; and no surname read by either reader in the negatives `writerless` picks (by
    their notes before and readings: a table whose negatives lean on an earlier note, or
    read a work with no writer, leaves those out). A module binds them to its own test
    names."""
    negatives = [row for row in cases if row[0].startswith("negative")]
    quiet = [(name, note) for name, before, note, read in negatives if writerless(before, read)]

    @pytest.mark.parametrize(
        ("before", "note", "expected"), [c[1:] for c in cases], ids=[c[0] for c in cases]
    )
    def read(before: list[str], note: str, expected: list[Reading]) -> None:
        assert last_note_readings([*before, note]) == expected

    def balance() -> None:
        assert len(negatives) >= len(cases) - len(negatives)

    @pytest.mark.parametrize("note", [n for _, n in quiet], ids=[name for name, _ in quiet])
    def no_writer(note: str) -> None:
        assert surnames_read(note) == set()

    return read, balance, no_writer


def rendering_table_tests(cases: list[tuple], web_column: int = 3) -> tuple[Callable, Callable]:
    """The two tests a table of named rows owes when it reads each note twice: its readings
    in Markdown (the row's third item) and in its web copy (the item at `web_column`; the
    third again when both read alike). A module binds them to its own test names."""
    ids = [row[0] for row in cases]

    @pytest.mark.parametrize(("note", "expected"), [(row[1], row[2]) for row in cases], ids=ids)
    def markdown(note: str, expected: list[Reading]) -> None:
        assert one_note_readings(note) == expected

    @pytest.mark.parametrize(
        ("note", "expected"), [(row[1], row[web_column]) for row in cases], ids=ids
    )
    def web(note: str, expected: list[Reading]) -> None:
        assert one_note_readings(web_copy(note)) == expected

    return markdown, web


def both_renderings_tests(rows: list[tuple]) -> tuple[Callable, Callable]:
    """The two tests a table of (name, note, readings) owes when the note must read alike as
    Markdown and as its web copy: the readings in both, and no author-year citation in the
    web copy. A module binds them to its own test names."""

    @pytest.mark.parametrize(("name", "note", "expected"), rows)
    @pytest.mark.parametrize("rendering", ["markdown", "web"])
    def alike(name: str, note: str, expected: list[Reading], rendering: str) -> None:
        text = note if rendering == "markdown" else web_copy(note)
        assert one_note_readings(text) == expected, name

    @pytest.mark.parametrize(("name", "note", "expected"), rows)
    def no_author_year(name: str, note: str, expected: list[Reading]) -> None:
        assert list(built_from_note(web_copy(note)).citations) == [], name

    return alike, no_author_year


def both_renderings_table_tests(
    rows: list[tuple],
) -> tuple[Callable, Callable, Callable, Callable]:
    """The four tests a table of (name, note, readings) rows owes when each note reads alike
    in Markdown and in its web copy and at least half the rows are negatives: the two of
    `both_renderings_tests`, then the two of `negative_table_tests`."""
    return (*both_renderings_tests(rows), *negative_table_tests(rows))


def short_form_table_tests(rows: list[tuple], entries: list[str]) -> tuple[Callable, Callable]:
    """The two tests of a table of (name, the first notes, the notes after them, the form of
    the last note's first reading or None for none asked, the notes short-form-before-full
    reports) rows, over a document listing `entries`: the form read and the notes reported;
    and the same form in the web copy. A module binds them to its own test names."""
    ids = [row[0] for row in rows]

    @pytest.mark.parametrize(("name", "first", "notes", "form", "reported"), rows, ids=ids)
    def read_and_reported(
        name: str, first: list[str], notes: list[str], form: str | None, reported: list[int]
    ) -> None:
        readings = last_note_readings([*first, *notes])
        if form is not None:
            assert readings and readings[0][0] == form, name
        assert sorted(short_form_findings([*first, *notes], entries)) == reported, name

    @pytest.mark.parametrize(("name", "first", "notes", "form", "reported"), rows, ids=ids)
    def web(
        name: str, first: list[str], notes: list[str], form: str | None, reported: list[int]
    ) -> None:
        readings = last_note_readings([web_copy(n) for n in [*first, *notes]])
        if form is not None:
            assert readings and readings[0][0] == form, name

    return read_and_reported, web


def short_form_findings(notes: list[str], entries: list[str], heading: str = "Works cited") -> list:
    """The notes short-form-before-full (C105) reports in a Markdown document of these notes
    and a list of these entries under `heading`."""
    body = "Body text." + "".join(f" Text.[^{i}]" for i in range(1, len(notes) + 1)) + "\n\n"
    body += "".join(f"[^{i}]: {n}\n" for i, n in enumerate(notes, 1))
    text = body + f"\n## {heading}\n\n" + "\n\n".join(entries) + "\n"
    return [f.data.get("note") for f in lint_text(text, "C105", name="m.md").findings]
