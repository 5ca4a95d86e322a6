"""Issue 11, round 15: "Idem" opening another work of the writer just cited (Chicago
14.34): "Idem, “Title,” *Journal*, no. 14 (1983): 21–40.", "Cf. idem, *Title* (Place:
Publisher, Year)." and its journal given as "ibid." ("Idem, “Title,” ibid., no. 14
(1983)"). The work keeps the form `idem`, no author (the note names none), and its own
title and year.

Constructed notes (invented writers, titles and journals). The readings are the last
note's, as (form, surnames, title, year); each row is read as Markdown and as a web copy
(emphasis gone). Half the rows are negatives: "Idem" with a page only (the work before
again, read as before: no title), a place, a publisher and a year or page after "Idem",
words beginning "idem-" ("identity"), "idem" inside prose; none gives a title or an
author."""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, last_note_readings

PRYCE = 'Harold Pryce, "Reform and War," *Socialist Quarterly*, no. 12 (1982): 3–19.'
LEFT = "The Left and the War"

CASES: list[tuple[str, list[str], list[Reading]]] = [
    (
        "idem, a quoted title and ibid. as the journal, after a cue",
        [PRYCE, f'Cf. idem, "{LEFT}," ibid., no. 14 (1983): 21–40.'],
        [("idem", (), LEFT, "1983")],
    ),
    (
        "Idem, a quoted title and ibid. as the journal",
        [PRYCE, f'Idem, "{LEFT}," ibid., no. 14 (1983): 21–40.'],
        [("idem", (), LEFT, "1983")],
    ),
    (
        "Idem, a quoted title in a named journal",
        [PRYCE, f'Idem, "{LEFT}," *Socialist Quarterly*, no. 14 (1983): 21–40.'],
        [("idem", (), LEFT, "1983")],
    ),
    (
        "Idem, a book title and its imprint",
        [PRYCE, f"Idem, *{LEFT}* (Leeds: Harrogate Press, 1984), 41."],
        [("idem", (), LEFT, "1984")],
    ),
    (
        "see idem, a book title and its imprint",
        [PRYCE, f"See idem, *{LEFT}* (Leeds: Harrogate Press, 1984)."],
        [("idem", (), LEFT, "1984")],
    ),
    # negatives
    (
        "negative: Idem and a page (the work before again)",
        [PRYCE, "Idem, 41."],
        [("idem", (), "", "")],
    ),
    (
        "negative: Idem, a place and a year",
        [PRYCE, "Idem, London, 1983."],
        [("idem", (), "", "")],
    ),
    (
        "negative: Idem, a publisher and a page",
        [PRYCE, "Idem, Verso, 12."],
        [("idem", (), "", "")],
    ),
    (
        "negative: a word beginning idem- after a cue",
        [PRYCE, 'Cf. identity, "the strike," in the same pages, 12.'],
        [],
    ),
    (
        "negative: idem in prose, not after a cue",
        [PRYCE, "He said idem of the strike in 1983, at Leeds."],
        [],
    ),
    (
        "negative: Ibid. with a page stays Ibid.",
        [PRYCE, "Ibid., 14."],
        [("ibid", (), "", "")],
    ),
]


@pytest.mark.parametrize("web", [False, True], ids=["markdown", "web"])
@pytest.mark.parametrize(("kind", "notes", "expected"), CASES, ids=[c[0] for c in CASES])
def test_idem_with_a_title(kind: str, notes: list[str], expected: list[Reading], web: bool) -> None:
    rendered = [n.replace("*", "") for n in notes] if web else notes
    assert last_note_readings(rendered) == expected
