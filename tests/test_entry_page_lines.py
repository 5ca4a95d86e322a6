"""A works-cited line that holds only a page range is the end of the entry before, wrapped
onto its own line or paragraph ("In: *Inlet Zeitschrift* 9 (1990)," then "S. 5–19."):
no entry by a writer "S". Half the rows are entries that must still be read, titles with
digits among them.

Invented writers and titles.
"""

from __future__ import annotations

import pytest

from citecheck.bibliography.entry_shapes import read_entry
from citecheck.extract import build_manuscript
from citecheck.readers import read_bytes

# (kind, line, (first surname, title, year) or None)
LINES = [
    ("a German page range", "S. 5–19.", None),
    ("a German page range with a hyphen", "S. 5-19.", None),
    ("a short form's page", "Kolb, 45.", None),
    ("a short form's page range", "Kolb, 45–47.", None),
    ("a page range and its year", "S. 5–19 (1990).", None),
    ("an entry with its title and year", "Kolb, Tom. *Die stille Stadt*. Kassel: Lenz, 1990.", ("Kolb", "Die stille Stadt", "1990")),
    ("an entry whose title is a number, with a year", "Orwin, *1948*, 1950.", ("Orwin", "1948", "1950")),
    ("a plain title that is a number, with a year", "Orwin, 1948, 1950.", ("Orwin", "1948", "1950")),
    ("a title holding a volume number", "Lenz, Werke 45.", ("Lenz", "Werke 45", "")),
    ("a DIN entry", "Kolb, Tom: Die stille Stadt. Kassel 1990.", ("Kolb", "Die stille Stadt", "1990")),
    ("an author-date entry", "Kolb, Tom. 1990. Die stille Stadt. Kassel: Lenz.", ("Kolb", "Die stille Stadt", "1990")),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "line", "expected"), LINES, ids=[row[0] for row in LINES])
def test_page_lines(kind: str, line: str, expected: tuple[str, str, str] | None) -> None:
    reading = read_entry(line)
    got = None if reading is None else (reading.authors[0], reading.title, reading.year)
    assert got == expected


def test_a_wrapped_page_range_adds_no_entry() -> None:
    text = (
        "Body.[^1]\n\n[^1]: Kolb, *Die stille Stadt*, S. 4.\n\n## Literatur\n\n"
        "Kolb, Tom: Die stille Stadt. In: Inlet Zeitschrift 9 (1990),\n\nS. 5–19.\n"
    )
    built = build_manuscript(read_bytes("m.md", text.encode("utf-8")), figures=False)
    assert [r.key for r in built.references_in_text] == ["kolb1990"]


def test_the_rows_hold_both_ways() -> None:
    silent = sum(1 for row in LINES if row[2] is None)
    assert 2 * silent >= len(LINES) - 1 and 2 * (len(LINES) - silent) >= len(LINES)
