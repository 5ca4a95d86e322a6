"""Note numbers in the thousands (issue 17): a plain-text notes list of 1,200 notes once
ended at note 999, which swallowed every later note (`\\d{1,3}`). Numbers of up to five
digits are read now; one in the thousands is taken only where the sequence of notes has
reached it, so a year at a line's start ("1917 was …") stays prose."""

from __future__ import annotations

from citecheck.engine import LintOptions, lint_source
from citecheck.readers import read_bytes
from citecheck.readers.note_lines import note_start, opens_a_list


def _word(i: int) -> str:
    word = ""
    while i:
        i, digit = divmod(i, 26)
        word += "abcdefghijklmnopqrstuvwxyz"[digit]
    return word


def _numbered(count: int) -> str:
    body = " ".join(f"A claim.{i}" for i in range(1, count + 1))
    notes = "\n".join(f"{i} A note on {_word(i)}." for i in range(1, count + 1))
    return f"{body}\n\nNotes\n\n{notes}\n"


def _notes(text: str) -> list[tuple[int, str]]:
    source = read_bytes("m.txt", text.encode())
    return [(n.number, n.text_span.slice(source.text)) for n in source.notes]


def test_a_notes_list_of_1200_notes_is_read_to_its_last_note() -> None:
    source = read_bytes("m.txt", _numbered(1200).encode())
    assert [n.number for n in source.notes] == list(range(1, 1201))
    assert source.notes[998].text_span.slice(source.text) == "A note on lmb."  # not 201 notes


def test_1200_glued_markers_match_their_notes() -> None:
    result = lint_source(read_bytes("m.txt", _numbered(1200).encode()), LintOptions())
    assert [m.number for m in result.manuscript.markers] == list(range(1, 1201))
    rules = {f.rule for f in result.findings}
    assert not rules & {"orphan-note", "missing-note", "marker-order"}


def test_five_digit_note_numbers_are_read() -> None:
    text = "Body.\n\nNotes\n\n" + "\n".join(f"{i} A note." for i in range(1, 10_011))
    numbers = [number for number, _ in _notes(text)]
    assert numbers == list(range(1, 10_011))
    start = note_start("12345 See Cliff.", 0, 16)
    assert start is not None and start.number == 12345
    assert note_start("123456 See Cliff.", 0, 17) is None  # six digits: no note number


def test_a_number_in_the_thousands_opens_no_list() -> None:
    assert not opens_a_list(note_start("1917 was the year of revolution.", 0, 32))
    assert opens_a_list(note_start("17 Cliff, 1974.", 0, 15))
    assert _notes("Body.\n\nNotes\n\n1917 was the year of revolution.\n") == []


def test_a_year_at_a_line_start_inside_a_short_list_stays_in_its_note() -> None:
    text = "Body.1 More.2\n\nNotes\n\n1 Cliff, *State Capitalism*, as of\n1974 was the year.\n2 Harman.\n"
    assert _notes(text) == [
        (1, "Cliff, *State Capitalism*, as of\n1974 was the year."),
        (2, "Harman."),
    ]


def test_a_year_after_the_last_note_is_no_note() -> None:
    text = "Body.1 More.2\n\nNotes\n\n1 Cliff.\n\n2 Harman.\n\n2015 The author lives in Leeds.\n"
    assert [number for number, _ in _notes(text)] == [1, 2]
