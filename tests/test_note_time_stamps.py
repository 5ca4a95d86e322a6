"""Issue 11, the nineteenth round: a recording's time stamp is its locator, cited as a page
is (Chicago 14.265): "*Pages Against the Wall*, at 47 min.", "*…*, 1:02:45", "*…*, episode
41, at about 31:10" are short forms of the film or podcast by its title
(`note_title_locators`).

Constructed notes (invented titles; no corpus text), each after a note giving the work in
full. The negatives: a time of day in prose, a running time in a sentence, a year after
the title, a title and "minutes later", an episode with no title before it, a clock time
after a place.
"""

from __future__ import annotations

import pytest

from tests.note_tables import last_note_readings, work

FILM = "Pages Against the Wall"
FULL = f"*{FILM}*, directed by Tom Rudd (London: Dale Films, 2019)."

CASES = [
    ("minutes after 'at'", f"*{FILM}*, at 47 min.", [work("", FILM, form="short")]),
    ("hours, minutes and seconds", f"*{FILM}*, 1:02:45.", [work("", FILM, form="short")]),
    ("an episode, then 'at about' a time", f"*{FILM}*, episode 4, at about 31:10.",
     [work("", FILM, form="short")]),
    ("minutes written out", f"*{FILM}*, at 47 minutes.", [work("", FILM, form="short")]),
    ("negative: a time of day in prose", "The meeting began, as always, at 12:30.", []),
    ("negative: a running time in a sentence", f"*{FILM}* ran for 47 minutes.", []),
    ("negative: minutes, then prose", f"*{FILM}*, 47 minutes later, the lights went out.", []),
    ("negative: an episode with no title", "Episode 4, at about 31:10.", []),
    ("negative: a place and a clock time", "Leeds, at 12:30.", []),
]  # fmt: skip


@pytest.mark.parametrize(("note", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reading_after_the_full_form(note: str, expected: list) -> None:
    assert last_note_readings([FULL, note]) == expected


def test_balance() -> None:
    negatives = sum(1 for name, *_ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives


# The plain title a web copy gives, of a work an earlier note cited (`note_lone_names`
# PLAIN_SHORT_NOTE's time stamp): read as the Markdown's marked one is.
PLAIN_CASES = [
    ("a plain title and minutes", f"{FILM}, at 47 min.", [work("", FILM, form="short")]),
    ("a plain title, an episode and a time", f"{FILM}, episode 4, at about 31:10.",
     [work("", FILM, form="short")]),
    ("negative: a plain title never cited before", "Harbour Nights, at 47 min.", []),
    ("negative: a plain title and a running time in prose", f"{FILM} ran 47 minutes.", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("note", "expected"), [c[1:] for c in PLAIN_CASES], ids=[c[0] for c in PLAIN_CASES]
)
def test_a_plain_title_after_its_full_form(note: str, expected: list) -> None:
    assert last_note_readings([FULL.replace("*", ""), note]) == expected
