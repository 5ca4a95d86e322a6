"""Issue 11, the nineteenth round: a short form that quotes or cites the one before it in
the same sentence, "Kessel, *Self-Management*, 77, quoted with approval by Vell, “Councils
Without Illusions,” 40." (Chicago 14.260 gives "quoted in"; notes write "quoted by" and
"cited by" too). The first short form had read on over the second; it is now cut before
"quoted by" as before "and", and the second is read as `note_prose_shorts` reads a short
form set in prose (`_JOINER`).

Constructed notes (invented writers and titles; no corpus text), each after the notes
giving both works in full. The negatives: "quoted by" before the press, before a place and
a paper, before a surname and no title or page, a participle without "by".
"""

from __future__ import annotations

import pytest

from tests.note_tables import last_note_readings, work

FULL = [
    "Ruth Kessel, *Self-Management and Its Enemies* (London: Verso, 1980), 3.",
    "Tomas Vell, “Councils Without Illusions,” *Harbour Review* 12 (1990): 30–50.",
]
KESSEL = work("Kessel", "Self-Management", form="short")
VELL = work("Vell", "Councils Without Illusions", form="short")

CASES = [
    ("quoted with approval by", "Kessel, *Self-Management*, 77, quoted with approval by Vell, "
     "“Councils Without Illusions,” 40.", [KESSEL, VELL]),
    ("quoted by", "Kessel, *Self-Management*, 77, quoted by Vell, “Councils Without "
     "Illusions,” 40.", [KESSEL, VELL]),
    ("cited by", "Kessel, *Self-Management*, 77, cited by Vell, “Councils Without "
     "Illusions,” 40.", [KESSEL, VELL]),
    ("negative: quoted by the press", "Kessel, *Self-Management*, 77, quoted by the press, "
     "40.", [KESSEL]),
    ("negative: quoted by a place and a paper", "Kessel, *Self-Management*, 77, quoted by "
     "Leeds, *Courier*, 40.", [KESSEL]),
    ("negative: quoted by a surname in conversation", "Kessel, *Self-Management*, 77, quoted "
     "by Vell in conversation.", [KESSEL]),
    ("negative: a participle without 'by'", "Kessel, *Self-Management*, 77, quoted often, "
     "40.", [KESSEL]),
]  # fmt: skip


@pytest.mark.parametrize(("note", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reading_after_the_full_forms(note: str, expected: list) -> None:
    assert last_note_readings([*FULL, note]) == expected


def test_balance() -> None:
    negatives = sum(1 for name, *_ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives
