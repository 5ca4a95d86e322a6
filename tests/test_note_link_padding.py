"""A masked link leaves a run of spaces as long as its tag in a note (offsets are kept). The
note reader must read around such a run the same whatever its length, and in time linear in
it: `&lt;<a href="…">…</a>&gt;` once reached patterns that backtracked over the run
(`bench/complexity.py`, probe note-escaped-link, measures the time)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.extract.note_citations import note_citations_in
from citecheck.model import Note, Span
from citecheck.readers import read_manuscript


def readings(tmp_path: Path, note: str) -> list[tuple[list[str], str, str, str]]:
    path = tmp_path / "doc.md"
    path.write_text(f"Body.[^1]\n\n[^1]: {note}\n", encoding="utf-8")
    source = read_manuscript(path)
    (found,) = source.notes
    text = found.text_span.slice(source.masked)
    copy = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)))
    return [
        ([a.surname for a in c.authors], c.year, c.title, c.pages)
        for c in note_citations_in(text, copy)
    ]


def link(length: int) -> str:
    return '&lt;<a href="https://example.org/' + "a" * length + '">page</a>&gt;'


NOTES = [
    # (kind, note with {link}, what is read)
    (
        "an article, its pages, then the escaped link",
        'Ann Cole, "Salt Roads," *Tide* 3 (2001): 5, {link}.',
        [(["Cole"], "2001", "Salt Roads", "5")],
    ),
    (
        "the link, then 'quoted in' a second work",
        "Ann Cole, *Salt Roads* (Leeds: Dale, 1977), {link}, quoted in Ben Roe, *Weirs* "
        "(York: Ouse, 1980), 12.",
        [(["Cole"], "1977", "Salt Roads", ""), (["Roe"], "1980", "Weirs", "12")],
    ),
    # negatives: the run is no page number, no author, no work
    ("a link alone", "{link}.", []),
    ("prose, then the link", "The page is lost; see {link}.", []),
]


@pytest.mark.parametrize(("kind", "note", "expected"), NOTES, ids=[n[0] for n in NOTES])
def test_reading_does_not_depend_on_the_padding(tmp_path, kind, note, expected):
    short = readings(tmp_path, note.format(link=link(10)))
    long = readings(tmp_path, note.format(link=link(5000)))
    assert [r[:3] for r in short] == [e[:3] for e in expected]
    assert long == short
