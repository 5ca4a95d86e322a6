"""Issue 11: a details-less reading's own address is no detail read on.

"Hazel Vell, “Harbour Lights,” 23–24. Available at: https://…" gives the writer's given
names, a title and a page; the reader takes the address in the next sentence for the
reading's own (its `url`) and still finds no publication detail. The pass that reads a
short form's details on into later sentences took that same address for a detail again
and called the citation full ("details read on"), so it was never settled as the short
form it is: neither after its full form nor, its full form missing, by the document's
habit of writing short forms with given names. Synthetic notes; half the rows are
negatives (details that are the work's own: a periodical, an imprint, a reprint's year
before the address; no page)."""

from __future__ import annotations

import pytest

from tests.helpers import lint_text
from tests.test_note_citation_rules import manuscript

FULL = "Hazel Vell, “Harbour Lights,” *Northern Review* 4 (1999): 1–30."
# another work, given in full and then again with given names: the document's habit
OTHER = [
    "Ruth Bell, *The Iron Calendar* (London: Harwood, 1977), 3.",
    "Ruth Bell, *The Iron Calendar*, 5.",
    "Anton Weyrich, *Sea Roads* (Leeds: Dale Press, 1921), 7.",
]

# (name, the last note, its form after the full form, its form without it, reported then)
CASES = [
    (
        "quoted title, pages, 'Available at:'",
        "Hazel Vell, “Harbour Lights,” 23–24. Available at: https://example.org/2019/05/harbour.",
        "short",
        "short",
        True,
    ),
    (
        "italic title, a page, 'Online at'",
        "Hazel Vell, *Harbour Lights*, 23. Online at https://example.org/2019/05/harbour.",
        "short",
        "short",
        True,
    ),
    (
        "a page, the address bare in the next sentence",
        "Hazel Vell, “Harbour Lights,” 23. Available at: https://example.org/harbour.",
        "short",
        "short",
        True,
    ),
    (
        "negative: a periodical named after the title",
        "Hazel Vell, “Harbour Lights,” *Northern Review*, 23. Available at: https://example.org/h.",
        "full",
        "full",
        False,
    ),
    (
        "negative: an imprint before the address",
        "Hazel Vell, “Harbour Lights.” London: Verso, 1999. Available at: https://example.org/h.",
        "full",
        "full",
        False,
    ),
    (
        "negative: a reprint's year before the address",
        "Hazel Vell, “Harbour Lights,” 23. Reprinted 1999. Available at: https://example.org/h.",
        "full",
        "full",
        False,
    ),
    (
        "negative: no page, first: a work named whole online",
        "Hazel Vell, “Harbour Lights.” Available at: https://example.org/2019/05/harbour.",
        "short",
        "full",
        False,
    ),
]


def _last(notes: list[str]) -> tuple[list[str], list[str]]:
    result = lint_text(manuscript(*notes), name="m.md")
    last = max(c.note for c in result.manuscript.note_citations)
    forms = [c.form for c in result.manuscript.note_citations if c.note == last]
    rules = [f.rule for f in result.findings if f.data.get("note") == last]
    return forms, rules


@pytest.mark.parametrize(
    ("note", "after", "alone", "reported"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_read_with_and_without_its_full_form(
    note: str, after: str, alone: str, reported: bool
) -> None:
    forms, rules = _last([*OTHER, FULL, note])
    assert forms == [after]
    assert "short-form-before-full" not in rules
    forms, rules = _last([*OTHER, note])
    assert forms == [alone]
    assert ("short-form-before-full" in rules) is reported


def test_a_settled_reason_is_written_once() -> None:
    result = lint_text(manuscript(*OTHER, FULL, CASES[0][1]), name="m.md")
    unsure = result.manuscript.note_citations[-1].unsure.split("; ")
    assert len(unsure) == len(set(unsure))


def test_the_table_holds_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for name, *_ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives
