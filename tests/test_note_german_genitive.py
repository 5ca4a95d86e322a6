"""inconsistent-reference and a German writer named in the genitive before the title (issue
11, round 19).

German prose names a work by its writer in the genitive, the name with an "-s" and no comma
right before the title: "Vgl. Georg Wendls *Die Salzbuch*, Berlin 1963" is Wendl's book.
The reader takes "Wendls" for the surname; against "Wendl" in another note or in the list it
was a false "make them agree". The negatives: the "-s" before a colon or a comma (a
citation's own name, "Wendls: *…*"), another spelling ("Wendel"), a name that only ends in
"s" ("Wendls" against "Wend"), which must still be reported. Every writer and title is
invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import lint_text

FIRST = "Georg Wendl: *Die Salzbuch*, Berlin 1963, S. 30."
ENTRY = "Wendl, Georg: *Die Salzbuch*, Berlin 1963."

# (the second note, whether it is reported after FIRST, whether reported against ENTRY)
ROWS = [
    ("Vgl. Georg Wendls *Die Salzbuch*, Berlin 1963, S. 31.", False, False),
    ("Vgl. Georg Wendls „Die Salzbuch“, Berlin 1963, S. 31.", False, False),
    ("So schon Wendls »Die Salzbuch«, Berlin 1963, S. 31.", False, False),
    ("Georg Wendls: *Die Salzbuch*, Berlin 1963, S. 31.", True, True),
    ("Georg Wendls, *Die Salzbuch*, Berlin 1963, S. 31.", True, True),
    ("Vgl. Georg Wendel *Die Salzbuch*, Berlin 1963, S. 31.", True, True),
    ("Vgl. Georg Wednl: *Die Salzbuch*, Berlin 1963, S. 31.", True, True),
]


def _notes_reported(notes: list[str], entries: list[str]) -> list[object]:
    markers = "".join(f"[^{i}]" for i in range(1, len(notes) + 1))
    defined = "".join(f"[^{i}]: {n}\n" for i, n in enumerate(notes, 1))
    listed = "\n\n## Literatur\n\n" + "\n\n".join(entries) + "\n" if entries else ""
    result = lint_text(f"Text.{markers}\n\n{defined}{listed}", "C107", name="m.md")
    return [f.data.get("note") for f in result.findings]


@pytest.mark.parametrize(("note", "between", "listed"), ROWS, ids=lambda v: str(v)[:40])
def test_genitive_before_the_title(note: str, between: bool, listed: bool) -> None:
    assert _notes_reported([FIRST, note], []) == ([2] if between else [])
    assert _notes_reported([note], [ENTRY]) == ([1] if listed else [])


def test_a_name_ending_in_s_is_no_genitive_of_a_shorter_one() -> None:
    notes = ["Georg Wend: *Die Salzbuch*, Berlin 1963, S. 30.", ROWS[0][0]]
    assert _notes_reported(notes, []) == [2]
