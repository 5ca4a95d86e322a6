"""short-form-before-full for a surname and pages inside a longer note (Chicago's shortest
short form, legitimate when one work of the writer is cited): "see Ambler, 188–96; Kessel,
op. cit., 302", "Whitcombe, 3–11. Cf. …". Reported when the bibliography lists a first
author of that surname and no earlier note (nor the note before it) names the surname.
Negatives: places and publishers before years or numbers that run on, divisions, months,
quantities, decimals, prose, Ibid., a surname named before. Writers and works invented.
"""

from __future__ import annotations

import pytest

from citecheck.rules.note_surname_segments import surname_segments
from tests.test_note_citation_rules import findings, manuscript

LISTED = (
    "\n## Works cited\n\n"
    "Ambler, Rosa. *The Brussels Congress*. London: Harrow, 1988.\n\n"
    "Kessel, Ambrose. *Häfen und Docks*. Leeds: Marrow, 1990.\n\n"
    "Whitcombe, Ida. *After the Adversary*. Bristol: Fenn, 2001.\n\n"
    "London, Jack. *The Iron Heel*. New York: Macmillan, 1908.\n\n"
    "Berlin, Ilse. *Three Rooms*. Bonn: Kranich, 1997.\n\n"
    "Marx, Tomas. *Notes on Rent*. Bonn: Kranich, 1981.\n\n"
    "Chapter, Olga. *A Lesser Index*. Leeds: Marrow, 1993.\n\n"
    "Fees, Arne. *Ledger*. Leeds: Marrow, 1994.\n"
)
FULL_AMBLER = "Rosa Ambler, *The Brussels Congress* (London: Harrow, 1988), 3."


def _reported(*notes: str) -> list[tuple[int, str]]:
    found = findings(manuscript(*notes, works_cited=LISTED), "short-form-before-full")
    return [(f.data["note"], f.data["citation"]) for f in found]


# a note with a surname-and-pages part, and the finding expected in it (or none)
POSITIVES = [
    (
        "On the Brussels meeting, see Ambler, 188–96; Kessel, op. cit., 302.",
        ["see Ambler, 188–96", "Kessel, op. cit., 302"],
    ),
    ("Whitcombe, 3–11. Cf. the classic essay on the subject, which she does not discuss.", None),
    ("A remark on the congress. Ambler, pp. 40–42.", None),
    ("Vgl. die Debatte; Whitcombe, 17 f.", None),
    ("Zur Debatte vgl. Ambler, S. 45–47.", None),
    ("Για τη συζήτηση· Βλ. Ambler, σσ. 4-6.", None),
    ("See Ambler, 45, and Kessel, 302.", ["See Ambler, 45", "Kessel, 302"]),
    ("Ambler, 2:45; Kessel, 12 n. 3.", ["Ambler, 2:45", "Kessel, 12 n. 3"]),
    # a plain title that is the head of the writer's listed title
    ("Zur Debatte; Kessel, Häfen, S. 4.", ["Kessel, Häfen, S. 4"]),
    ("Vgl. die Debatte; Kessel, Häfen und Docks, S. 7–9.", None),
    # in brackets in the note's prose
    ("The docks were quiet (Kessel, 45), as the others say.", ["(Kessel, 45)"]),
]


@pytest.mark.parametrize(("note", "expected"), POSITIVES)
def test_a_surname_and_pages_part_is_a_short_form(note: str, expected: list[str] | None) -> None:
    found = [citation for _, citation in _reported("A remark.", note)]
    if expected is None:
        assert len(found) == 1 and found[0].split(",")[0].split()[-1] in note
    else:
        assert [c.rstrip(".") for c in found] == expected


NEGATIVES = [
    "On the strike, see London, 1999; the reports of the week after.",
    "The edition appeared in Berlin, 3 vols. Cf. the later reprint.",
    "Marx, 1848 and after, is the usual frame of the debate.",
    "Ibid., 45; see also the discussion above.",
    "A remark. Chapter, 3; the rest of the book.",
    "The rise was steep. Fees, 40 percent; the rest in kind.",
    "The ratio. Marx, 3.5 per cent of the total.",
    "A remark on Ambler's view. Ambler, 188–96; and the others.",
    "See Tamsin, 12; the rest of the letters.",  # not a listed writer
    "Kessel, Paris, S. 4; the rest.",  # not the head of Kessel's title: a place
    "Kessel, Gallimard, 1999; the rest.",
    "As Kessel notes (Kessel, 45), the rest.",  # named before in the note
    "The year (Berlin, 1999) and the rest.",
]


@pytest.mark.parametrize("note", NEGATIVES)
def test_no_short_form_in_other_parts(note: str) -> None:
    assert _reported("A remark.", note) == []


def test_a_surname_named_before_is_no_first_citation() -> None:
    note = "On the Brussels meeting, see Ambler, 188–96; the rest later."
    assert _reported(FULL_AMBLER, note) == []
    assert _reported("A remark.", note) == [(2, "see Ambler, 188–96")]


@pytest.mark.parametrize(
    "text",
    [
        "London, 1999.",
        "Berlin, 3 vols.",
        "Marx, 3.5 per cent.",
        "Fees, 40 percent; more.",
        "March, 12; more.",
        "Chapter, 3; more.",
        "Ibid., 45; more.",
        "Marx, 1848 and after.",
        "Smith, *Title*, 4.",
        "Article 12; more.",
        "Ambler, 45, 1999; more.",
        "Berlin, S. 4 und 5.",
    ],
)
def test_no_part_is_read_in_these(text: str) -> None:
    assert list(surname_segments(text, 0, len(text), [])) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ambler, 188–96; more.",
        "Whitcombe, 3–11. Cf. more.",
        "More. See also Ambler, p. 4.",
        "Vgl. Ambler, S. 4.",
        "Βλ. Ambler, σ. 4· more.",
        "More, and Ambler und Kessel, 4.",
    ],
)
def test_a_part_is_read_in_these(text: str) -> None:
    assert len(list(surname_segments(text, 0, len(text), []))) == 1
