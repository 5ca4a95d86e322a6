"""Issue 11, short-form-before-full: full or short decided over the whole document.

Synthetic Chicago documents (no corpus text): short forms written with the author's given
names ("Ervand Abrahamian, *Iran Between Two Revolutions*, 41."), with their full form
present and with it deleted, beside the half negatives that look like them (a first
citation without details in a document whose full forms all lack them, a complete form
given again, another work of the same author, a year in a title, a work named whole, a
citation with a container or with details in the next sentence). Each row gives the form
of every work read and the notes `short-form-before-full` reports."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from citecheck.extract.note_citations import find_note_citations
from citecheck.readers import read_bytes
from tests.test_note_citation_rules import findings, manuscript

LEWIN = "Moshe Lewin, *Lenin's Last Struggle* (Ann Arbor: University of Michigan Press, 2005), 3."
ADORNO = "Theodor W. Adorno, *Negative Dialectics* (New York: Continuum, 1973), 5."
ANDERSON = "Perry Anderson, *Considerations on Western Marxism* (London: NLB, 1976), 12."
# three works in full with their details: the document's way of writing full forms
DETAILED = [LEWIN, ADORNO, ANDERSON]
IRAN = "Ervand Abrahamian, *Iran Between Two Revolutions* (Princeton: PUP, 1982), 23."
FURR = "Grover Furr, *Khrushchev Lied: The Evidence* (Kettering: Erythros, 2011), 5."
BRUMAIRE = "Karl Marx, *The Eighteenth Brumaire of Louis Bonaparte* (New York: IP, 1963), 15."
# the same works with no details at all: a document that cites "Author, *Title*." only
BARE = [
    "Moshe Lewin, *Lenin's Last Struggle*.",
    "Perry Anderson, *Considerations on Western Marxism*.",
    "Ervand Abrahamian, *Iran Between Two Revolutions*.",
]

FULL3 = ["full"] * 3

# (class, notes, form of each work read in order, notes reported by short-form-before-full)
CASES = [
    (
        "deleted: given names, the full title and a page",
        [*DETAILED, "Ervand Abrahamian, *Iran Between Two Revolutions*, 41."],
        [*FULL3, "short"],
        [4],
    ),
    (
        "deleted: given names, a short title",
        [*DETAILED, "Ervand Abrahamian, *Iran*, 41."],
        [*FULL3, "short"],
        [4],
    ),
    (
        "deleted: initials",
        [*DETAILED, "E. Abrahamian, *Iran Between Two Revolutions*, 41."],
        [*FULL3, "short"],
        [4],
    ),
    (
        "deleted: a quoted article title",
        [*DETAILED, 'Gabriel Kolko, "The Soviet Question," 41.'],
        [*FULL3, "short"],
        [4],
    ),
    (
        "deleted: a page, then a remark on it",
        [*DETAILED, "Gabriel Kolko, *The Politics of War*, 41, emphasis added."],
        [*FULL3, "short"],
        [4],
    ),
    (
        "deleted: a volume and a page",
        [*DETAILED, "Leon Trotsky, *History of the Russian Revolution*, vol. 1, 45."],
        [*FULL3, "short"],
        [4],
    ),
    (
        "deleted: a chapter with its book in short",
        [
            *DETAILED,
            "Max Horkheimer, “Traditional and Critical Theory,” in *Critical Theory*, 188.",
        ],
        [*FULL3, "short"],
        [4],
    ),
    (
        "deleted: a page and a remark in brackets",
        [*DETAILED, "Gabriel Kolko, *The Politics of War*, 41 (translation modified)."],
        [*FULL3, "short"],
        [4],
    ),
    (
        "deleted: a page, then the quotation after a colon",
        [*DETAILED, "Gabriel Kolko, *The Politics of War*, 41: “the war was about markets.”"],
        [*FULL3, "short"],
        [4],
    ),
    (
        "deleted: op. cit. with given names",
        [*DETAILED, "Ervand Abrahamian, op. cit., 41."],
        [*FULL3, "op-cit"],
        [4],
    ),
    (
        "deleted: two short forms, reported once at the first",
        [*DETAILED, "Ervand Abrahamian, *Iran*, 41.", "Ervand Abrahamian, *Iran*, 45."],
        [*FULL3, "short", "short"],
        [4],
    ),
    (
        "present: a short title with given names",
        [IRAN, *DETAILED, "Ervand Abrahamian, *Iran*, 41."],
        ["full", *FULL3, "short"],
        [],
    ),
    (
        "present: the full title again, with a page",
        [IRAN, *DETAILED, "Ervand Abrahamian, *Iran Between Two Revolutions*, 41."],
        ["full", *FULL3, "short"],
        [],
    ),
    (
        "present: the subtitle dropped",
        [FURR, *DETAILED, "Grover Furr, *Khrushchev Lied*, 41."],
        ["full", *FULL3, "short"],
        [],
    ),
    (
        "present: the initial article dropped",
        [BRUMAIRE, *DETAILED, "Karl Marx, *Eighteenth Brumaire*, 12."],
        ["full", *FULL3, "short"],
        [],
    ),
    (
        "present: initials for the given names",
        [IRAN, *DETAILED, "E. Abrahamian, *Iran*, 41."],
        ["full", *FULL3, "short"],
        [],
    ),
    (
        "present: a chapter's book given in full before",
        [
            "Max Horkheimer, *Critical Theory: Selected Essays* (New York: Continuum, 1972), 3.",
            *DETAILED,
            "Max Horkheimer, “Traditional and Critical Theory,” in *Critical Theory*, 188.",
        ],
        ["full", *FULL3, "short"],
        [],
    ),
    (
        "present: the main title's head noun after its modifier",
        [
            "Karl Marx and Friedrich Engels, *The Communist Manifesto* (London: Penguin, 2002), 5.",
            *DETAILED,
            "Karl Marx and Friedrich Engels, *Manifesto*, 41.",
        ],
        ["full", *FULL3, "short"],
        [],
    ),
    (
        "half negative: a title's last word after 'and' names another work",
        [
            "Karl Marx, *Wage Labour and Capital* (London: Lawrence, 1933), 5.",
            *DETAILED,
            "Karl Marx, *Capital*, 41.",
        ],
        ["full", *FULL3, "short"],
        [5],
    ),
    (
        "half negative: a title's last word after 'of' is not its head",
        [
            "Ervand Abrahamian, *A History of Modern Iran* (Cambridge: CUP, 2008), 5.",
            *DETAILED,
            "Ervand Abrahamian, *Iran*, 41.",
        ],
        ["full", *FULL3, "short"],
        [5],
    ),
    (
        "half negative: a short form of another work, with a year in its note",
        [
            *DETAILED,
            "Ervand Abrahamian, *A History of Modern Iran*, 45. The revolution came in 1979.",
            "Ervand Abrahamian, *Iran*, 41.",
        ],
        [*FULL3, "short", "short"],
        [4, 5],
    ),
    (
        "half negative: another work of the author is not its full form",
        [ADORNO, LEWIN, ANDERSON, "Theodor W. Adorno, *Minima Moralia*, 12."],
        [*FULL3, "short"],
        [4],
    ),
    (
        "half negative: a year in the title is no publication detail",
        [*DETAILED, "Karl Marx, *The Class Struggles in France, 1848 to 1850*, 45."],
        [*FULL3, "short"],
        [4],
    ),
    (
        "negative: a document whose full forms all lack details",
        [*BARE, "Theodor W. Adorno, *Negative Dialectics*, 5."],
        [*FULL3, "full"],
        [],
    ),
    (
        "negative: most full forms lack details, one has them",
        [*BARE[:2], ADORNO, "Ervand Abrahamian, *Iran Between Two Revolutions*, 41."],
        [*FULL3, "full"],
        [],
    ),
    (
        "negative: too few full forms to show the document's way",
        [LEWIN, "Thomas Paine, *Common Sense*, 12."],
        ["full", "full"],
        [],
    ),
    (
        "negative: a complete form given again",
        [IRAN, *DETAILED, IRAN],
        ["full", *FULL3, "full"],
        [],
    ),
    (
        "negative: no page, a work named whole",
        [*DETAILED, "Leon Trotsky, *Results and Prospects*."],
        [*FULL3, "full"],
        [],
    ),
    (
        "negative: a container after the title",
        [*DETAILED, 'Paul Hart, "Symbols and Power," *Journal of Crisis Management*, 41.'],
        [*FULL3, "full"],
        [],
    ),
    (
        "negative: the details in the next sentence",
        [*DETAILED, "Karl Marx, *Capital*. Vol. 1 (London: Penguin, 1990), 344."],
        [*FULL3, "full"],
        [],
    ),
    (
        "negative: a stray year after the title",
        [*DETAILED, "Barbara Clements, *Bolshevik Women* 1989), 105."],
        [*FULL3, "full"],
        [],
    ),
    (
        "negative: prose after 'in'",
        [*DETAILED, "Gabriel Kolko, *The Politics of War*, in which he argues, 41."],
        [*FULL3, "full"],
        [],
    ),
    (
        "negative: a translator named",
        [*DETAILED, "Theodor W. Adorno, *Minima Moralia*, trans. E. F. N. Jephcott, 45."],
        [*FULL3, "full"],
        [],
    ),
    (
        "deleted: the note's own words after the page",
        [*DETAILED, "Gabriel Kolko, *The Politics of War*, 41, where he argues the point."],
        [*FULL3, "short"],
        [4],
    ),
    (
        "negative: prose and no page",
        [*DETAILED, "Gabriel Kolko, *The Politics of War*, which the war proved wrong."],
        [*FULL3, "full"],
        [],
    ),
    (
        "negative: a year after the page",
        [*DETAILED, "Gabriel Kolko, *The Politics of War*, 41, first published in 1968."],
        [*FULL3, "full"],
        [],
    ),
]


def document_forms(notes: list[str]) -> list[str]:
    source = read_bytes("m.md", manuscript(*notes).encode("utf-8"))
    return [c.form for c in find_note_citations(source)]


def reported(notes: list[str]) -> list[int]:
    return [f.data["note"] for f in findings(manuscript(*notes), "short-form-before-full")]


def form_table_tests(cases: list[tuple]) -> tuple[Callable, Callable]:
    """The two tests a table of named documents owes (name, notes, forms, notes reported):
    each document's forms and short-form-before-full findings, and as many negatives as
    positives. A module binds them to its own test names, so pytest collects them there."""

    @pytest.mark.parametrize(
        ("notes", "forms", "notes_reported"), [c[1:] for c in cases], ids=[c[0] for c in cases]
    )
    def forms_and_findings(notes: list[str], forms: list[str], notes_reported: list[int]) -> None:
        assert (document_forms(notes), reported(notes)) == (forms, notes_reported)

    def balance() -> None:
        negatives = sum(1 for name, *_ in cases if name.startswith("negative"))
        assert negatives >= len(cases) - negatives

    return forms_and_findings, balance


def web(notes: list[str]) -> list[str]:
    """The notes as a web page copies them: no emphasis, so titles are plain."""
    return [n.replace("*", "") for n in notes]


@pytest.mark.parametrize(
    ("notes", "forms", "notes_reported"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_forms_and_findings(notes: list[str], forms: list[str], notes_reported: list[int]) -> None:
    assert (document_forms(notes), reported(notes)) == (forms, notes_reported)


# The rows whose titles stay titles without their emphasis (one plain title after the
# names: no second title, no container, no year inside it).
WEB_CASES = [
    c
    for c in CASES
    if c[0].startswith(("deleted: given names", "present: a short", "negative: a document"))
]


@pytest.mark.parametrize(
    ("notes", "forms", "notes_reported"),
    [c[1:] for c in WEB_CASES],
    ids=[c[0] for c in WEB_CASES],
)
def test_forms_and_findings_in_a_web_copy(
    notes: list[str], forms: list[str], notes_reported: list[int]
) -> None:
    assert (document_forms(web(notes)), reported(web(notes))) == (forms, notes_reported)


def test_a_web_title_run_into_its_year_stays_full() -> None:
    # the emphasis that ended the title is gone: the title runs on to "1989)"
    notes = [*web(DETAILED), "See Barbara Clements, Bolshevik Women 1989), 105."]
    assert (document_forms(notes), reported(notes)) == ([*FULL3, "full"], [])


def test_the_table_holds_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for name, *_ in CASES if "negative" in name or name.startswith("present"))
    assert negatives >= len(CASES) - negatives


WILLSHER_LISTED = (
    "\n## Works cited\n\n"
    "Willsher, Kim. “Paris Protest.” *The Guardian*, November 24, 2018.\n\n"
    "London, Jack. *The Iron Heel*. New York: Macmillan, 1908.\n"
)
WILLSHER = "Kim Willsher, “Paris Protest,” *The Guardian*, November 24, 2018."


def lone_reported(*notes: str, works_cited: str = WILLSHER_LISTED) -> list[int]:
    text = manuscript(*notes, works_cited=works_cited)
    return [f.data["note"] for f in findings(text, "short-form-before-full")]


def test_a_note_of_one_listed_surname_never_named_before_is_a_short_form() -> None:
    assert lone_reported(*DETAILED, "Willsher.") == [4]
    assert lone_reported(*DETAILED, "See Willsher.", "Willsher.") == [4]  # once


def test_a_note_of_one_surname_after_its_full_form_or_unlisted_is_no_finding() -> None:
    assert lone_reported(WILLSHER, *DETAILED, "Willsher.") == []
    # named before, even unread: that note may be its full form
    assert lone_reported("On Willsher's reporting, see below.", "Willsher.") == []
    # no entry of that writer: a word alone is as likely a place or prose
    assert lone_reported(*DETAILED, "Indeed.") == []
    assert lone_reported(*DETAILED, "Willsher.", works_cited="") == []


def test_a_work_given_in_full_outside_the_notes_is_no_finding() -> None:
    # an unnumbered note above the notes gives the book with its imprint
    short = "Ervand Abrahamian, *Iran Between Two Revolutions*, 41."
    above = (
        "All citations of *Iran Between Two Revolutions* are to the Princeton edition, 1982.\n\n"
    )
    assert reported([*DETAILED, short]) == [4]
    assert findings(above + manuscript(*DETAILED, short), "short-form-before-full") == []
    # named there without a year, it is no full form
    named = "*Iran Between Two Revolutions* is cited below.\n\n"
    assert len(findings(named + manuscript(*DETAILED, short), "short-form-before-full")) == 1
