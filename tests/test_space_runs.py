"""Long runs of white space in a note (a blanked link target, a pasted data: address) are
read cut short and mapped back (citecheck/extract/space_runs.py): the same works are read,
with spans and texts in the note as written. Growth is measured in bench/complexity.py
(note-space-run-opening, note-data-address), not here."""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import note_citations_in
from citecheck.extract.note_lone_names import EarlierWorks
from citecheck.extract.space_runs import shortened
from citecheck.model import Note, Span


def test_a_text_without_long_runs_is_not_copied() -> None:
    assert shortened("Marx, *Capital*, 4.") is None
    assert shortened("a" + " " * 32 + "b") is None  # 32 is not long


def test_a_long_run_keeps_its_ends_and_two_line_breaks() -> None:
    text = "Zur" + " " * 20 + "\n" + " " * 20 + "\n\n" + " " * 20 + "Kritik"
    short = shortened(text)
    assert short is not None
    assert short.text == "Zur" + " " * 8 + "\n\n" + " " * 8 + "Kritik"
    assert all(text[o] == c for o, c in zip(short.origin, short.text, strict=False))
    kritik = short.text.index("Kritik")
    assert short.span_back(kritik, kritik + 6) == (text.index("Kritik"), len(text))
    assert short.span_back(0, len(short.text)) == (0, len(text))


def note_of(text: str) -> Note:
    return Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)), "1")


@pytest.mark.parametrize(
    "before, after",
    [
        ("Zur Kritik vgl. Dastel, ", "*Der Blechhahn* (Kornfeld: Hallweg, 2003), S. 4."),
        ("Ilse Varga, *The Grain Ledger* (London: Foxley, 1998), 41 <", ">; Reiner, 7."),
        ("See Tomas Reiner, “Quiet Harbours,” *Sea Review* 4 (2004): 7", "."),
    ],
)
def test_a_note_with_a_long_run_reads_what_it_reads_with_a_short_one(
    before: str, after: str
) -> None:
    """The same readings, whatever the run's length; each span starts where the note's
    citation does, and its text is the one the short run gives, runs apart."""
    short_text = before + " " * 20 + after  # not cut short: 32 and fewer are kept
    long_text = before + " " * 5000 + after
    short = note_citations_in(short_text, note_of(short_text), EarlierWorks())
    long = note_citations_in(long_text, note_of(long_text), EarlierWorks())
    assert short, "the row must read something"
    assert [(c.form, [a.surname for a in c.authors], c.title.strip(), c.year) for c in long] == [
        (c.form, [a.surname for a in c.authors], c.title.strip(), c.year) for c in short
    ]
    for citation, same in zip(long, short, strict=True):
        assert " ".join(citation.text.split()) == " ".join(same.text.split())
        written = long_text[citation.span.start : citation.span.end]
        assert " ".join(written.split())[:20] == " ".join(same.text.split())[:20]
