"""The hard cases of issue 10, one test per case: a clean text and a text with a defect.

Each case is a body with glued markers as a browser copies them, and its notes. The clean
version must give exactly the expected markers and no footnote finding; the defect version
(a note deleted, duplicated, …) must give the finding that defect calls for. Then the
negatives: numbers that are never markers.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from citecheck.extract.markers import find_markers
from tests.helpers import codes_of, lint_text, source_of

FOOTNOTE_RULES = ("N101", "N102", "N103", "N104")


def lead_in(last: int) -> str:
    """Sentences carrying markers 1..last, so that a case can start at a high number."""
    return " ".join(f"Claim number {k} stands.{k}" for k in range(1, last + 1))


def notes(numbers: list[int] | range, sep: str = "\n\n") -> str:
    return sep.join(f"{n} Author, Title, 1999, p{n}." for n in numbers)


def article(body: str, numbers: list[int] | range, sep: str = "\n\n") -> str:
    return f"{body}\n\nNotes\n\n{notes(numbers, sep)}\n"


@dataclass(frozen=True)
class Case:
    clean: str
    markers: list[int]  # the markers of the clean text, in order
    defect: str
    finding: tuple[str, int]  # (rule name, note number) the defect must give


def _deleted(upto: int, missing: int) -> list[int]:
    return [n for n in range(1, upto + 1) if n != missing]


CASES = {
    "before a colon (employment.1: Heartfield)": Case(
        article("Against employment.1: Heartfield did not. He left.2", range(1, 3)),
        [1, 2],
        article("Against employment.1: Heartfield did not. He left.2", [2]),
        ("missing-note", 1),
    ),
    "before an em dash (Streets62—and)": Case(
        article(lead_in(61) + " Down the Streets62—and back. Then.63", range(1, 64)),
        [*range(1, 64)],
        article(lead_in(61) + " Down the Streets62—and back. Then.63", _deleted(63, 62)),
        ("missing-note", 62),
    ),
    "after a closing quote, before a comma (in”30, e)": Case(
        article(lead_in(29) + " He said “not in”30, even so. End.31", range(1, 32)),
        [*range(1, 32)],
        article(lead_in(29) + " He said “not in”30, even so. End.31", _deleted(31, 30)),
        ("missing-note", 30),
    ),
    "before a glued capital (SWP.17But)": Case(
        article(lead_in(16) + " It was the SWP.17But not for long. End.18", range(1, 19)),
        [*range(1, 19)],
        article(lead_in(16) + " It was the SWP.17But not for long. End.18", _deleted(18, 17)),
        ("missing-note", 17),
    ),
    "before an opening bracket": Case(
        article("He spoke.1[Applause] Then he left.2", range(1, 3)),
        [1, 2],
        article("He spoke.1[Applause] Then he left.2", [1]),
        ("missing-note", 2),
    ),
    "before a no-break space": Case(
        article("The end came.1\u00a0Then it was over.2", range(1, 3)),
        [1, 2],
        article("The end came.1\u00a0Then it was over.2", [2]),
        ("missing-note", 1),
    ),
    "before a slash": Case(
        article("Reform.1/Revolution was the question.2", range(1, 3)),
        [1, 2],
        article("Reform.1/Revolution was the question.2", [2]),
        ("missing-note", 1),
    ),
    "glued to a letter, note deleted (cracks23)": Case(
        article(lead_in(22) + " It shows the cracks23 in the wall. End.24", range(1, 25)),
        [*range(1, 25)],
        article(lead_in(22) + " It shows the cracks23 in the wall. End.24", _deleted(24, 23)),
        ("missing-note", 23),
    ),
    "stacked (opponents.78)": Case(
        article(lead_in(6) + " He fought his opponents.78 Then he won.9", range(1, 10)),
        [*range(1, 10)],
        article(lead_in(6) + " He fought his opponents.78 Then he won.9", _deleted(9, 8)),
        ("missing-note", 8),
    ),
    "after a space (destroyed. 58)": Case(
        article(lead_in(57) + " The city was destroyed. 58 Then.59", range(1, 60)),
        [*range(1, 60)],
        article(lead_in(57) + " The city was destroyed. 58 Then.59", _deleted(59, 58)),
        ("missing-note", 58),
    ),
    "one note a line, a duplicate number": Case(
        article("One.1 Two.2 Three.3", range(1, 4), sep="\n"),
        [1, 2, 3],
        "One.1 Two.2 Three.3\n\nNotes\n\n1 A.\n2 B.\n2 B again.\n3 C.\n",
        ("duplicate-note", 2),
    ),
    "notes numbered with superscripts": Case(
        "One.1 Two.2 Three.3\n\nNotes\n\n¹ Singleton, 1999.\n\n² Cliff.\n\n³ Hallas.\n",
        [1, 2, 3],
        "One.1 Two.2 Three.3\n\nNotes\n\n¹ Singleton, 1999.\n\n³ Hallas.\n",
        ("missing-note", 2),
    ),
    "numbering restarts per chapter": Case(
        "Chapter One\n\nFirst.1 Second.2\n\nNotes\n\n1 A.\n\n2 B.\n\n"
        "Chapter Two\n\nThird.1 Fourth.2 Fifth.3\n\nNotes\n\n1 C.\n\n2 D.\n\n3 E.\n",
        [1, 2, 1, 2, 3],
        "Chapter One\n\nFirst.1 Second.2\n\nNotes\n\n1 A.\n\n2 B.\n\n"
        "Chapter Two\n\nThird.1 Fourth.2 Fifth.3\n\nNotes\n\n1 C.\n\n3 E.\n",
        ("missing-note", 2),
    ),
    "an index at the back": Case(
        article("Banjos were common.1 So were fiddles.2", range(1, 3))
        + "\nIndex\n\nBanjo, 20, 26\n\nCello,3, 7.8\n\nViolin,4 14\n",
        [1, 2],
        article("Banjos were common.1 So were fiddles.2", [1])
        + "\nIndex\n\nBanjo, 20, 26\n\nCello,3, 7.8\n\nViolin,4 14\n",
        ("missing-note", 2),
    ),
}


def footnote_findings(text: str) -> list[tuple[str, object]]:
    return codes_of(lint_text(text, *FOOTNOTE_RULES))


@pytest.mark.parametrize("name", list(CASES))
def test_hard_case(name: str) -> None:
    case = CASES[name]
    assert [m.number for m in find_markers(source_of(case.clean))] == case.markers
    assert footnote_findings(case.clean) == []
    assert footnote_findings(case.defect) == [case.finding]


@pytest.mark.parametrize(
    "body",
    [
        "In 1917 the party took power. By 1921.5 percent had left.",
        "See p.45 and pp.118-119 of the report, and p. 7 too.",
        "Some 30 million people died; 2,561,351 were held in 1950.",
        "Only 1.3 percent were Bolsheviks and 8.3 of them stayed.",
        "Read it at https://example.org/page2 or www.site.org/n5 today.",
        "It appeared in London: Verso, 2010, and Paris: Gallimard,2012 later.",
        "In the 1930s and the ’40s the 12th Army marched at 10:30 (John 3:4).",
        "The G7 met at Cop26 with MI5 and the B52s.",
        "Between 1914-18 some 12–15 divisions, a ratio of 1/2, were lost.",
    ],
)
def test_numbers_that_are_not_markers(body: str) -> None:
    text = article(body + " It ended.1", range(1, 2))
    assert [m.number for m in find_markers(source_of(text))] == [1]


def test_a_marker_does_not_need_its_note() -> None:
    # The same text with and without note 23: the marker is read either way.
    body = lead_in(22) + " It shows the cracks23 in the wall."
    with_note = find_markers(source_of(article(body, range(1, 24))))
    without = find_markers(source_of(article(body, range(1, 23))))
    assert [m.number for m in with_note] == [m.number for m in without] == [*range(1, 24)]


@pytest.mark.parametrize(
    "text",
    [
        "Body.1\n\nNotes\n\n 1 Indented note.\n",
        "Body.1\n\nNotes\n\n1 A note\u2029with a paragraph separator.\n",
        "Body.1\n\nNotes\n\n1\u2029\n",
    ],
)
def test_awkward_notes_are_read_without_a_traceback(text: str) -> None:
    source = source_of(text)
    assert [n.number for n in source.notes] == [1]
    assert footnote_findings(text) == []


def test_bio_after_one_note_a_line_stays_body() -> None:
    text = article("One.1 Two.2", range(1, 3), sep="\n") + "\nJane Doe teaches in Leeds.\n"
    source = source_of(text)
    assert [n.number for n in source.notes] == [1, 2]
    assert "Jane Doe" not in source.notes[-1].span.slice(source.text)


def test_a_citation_alone_in_a_note_is_read_and_its_missing_comma_reported() -> None:
    # Issue 10, item 4: "Harman 1967." is all the note says; "Harman 1967, and…" is not.
    text = (
        "Body.1 More.2 Again.3 Last.4 End.5\n\nNotes\n\n1 Harman 1967.\n\n2 Cliff, 1974.\n\n"
        "3 Hallas, 1988.\n\n4 Binns, 1976.\n\n5 Harman 1967 and more words here.\n"
    )
    findings = lint_text(text, "C104").findings
    assert [f.span.slice(text) for f in findings] == ["Harman 1967"]
    assert findings[0].span.start == text.index("1 Harman 1967.") + 2


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Horkheimer, September 19391\n\nLooking back.2 More.3", [1, 2, 3]),
        ("One.1 Two.2 Said on Twitter in 20073 and 2015.4 Then.5", [1, 2, 3, 4, 5]),
        ("One.1 Two.2 In 2007 and 20153 people came. Then.3", [1, 2, 3]),
    ],
)
def test_a_marker_glued_to_a_year(body: str, expected: list[int]) -> None:
    text = article(body, range(1, 6))
    assert [m.number for m in find_markers(source_of(text))] == expected


ONE_LIST_PER_BOOK = (
    "Chapter One\n\nFirst.1 Second.2\n\nChapter Two\n\nThird.1 Fourth.2 Fifth.3\n\n"
    "Notes\n\nChapter One\n\n1 A.\n\n2 B.\n\nChapter Two\n\n1 C.\n\n2 D.\n\n3 E.\n"
)


def test_one_notes_list_restarting_per_chapter_is_read_as_parts() -> None:
    source = source_of(ONE_LIST_PER_BOOK)
    assert [(n.part, n.number) for n in source.notes] == [(0, 1), (0, 2), (1, 1), (1, 2), (1, 3)]
    markers = find_markers(source)
    assert [(m.part, m.number) for m in markers] == [(0, 1), (0, 2), (1, 1), (1, 2), (1, 3)]
    assert footnote_findings(ONE_LIST_PER_BOOK) == []
    defect = ONE_LIST_PER_BOOK.replace("\n\n2 D.", "")
    assert footnote_findings(defect) == [("missing-note", 2)]
