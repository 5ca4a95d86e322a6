"""Suppression directives: used, unused, without a reason, invalid, regions, file-level."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.engine import LintOptions, lint_paths
from citecheck.model import Comment, Span
from citecheck.suppression import parse_directive, scan_comments

# Marker 3 has no note (missing-note, N101); note 2 stops mid-sentence (incomplete-note, N105).
BODY = "Text one.1 Text two.2 Text three.3\n\n"
NOTES = "1 A finished note.\n\n2 For the interview, see\n"


def lint(tmp_path: Path, text: str, name: str = "ms.txt", **options) -> list[tuple[str, int]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = lint_paths([str(path)], LintOptions(**options))
    return [(f.rule, f.location.line) for f in result.files[0].findings]


def rules(found: list[tuple[str, int]]) -> list[str]:
    return [rule for rule, _ in found]


def test_without_directives_both_findings_are_reported(tmp_path: Path) -> None:
    assert rules(lint(tmp_path, BODY + NOTES)) == ["missing-note", "incomplete-note"]


def test_ignore_applies_to_the_next_paragraph_only(tmp_path: Path) -> None:
    text = (
        "<!-- citecheck: ignore missing-note -- note 3 was cut by the publisher -->\n"
        + BODY
        + "Text four.4\n\n"
        + NOTES
    )
    # marker 3 (line 2) is covered; marker 4 in the paragraph after it is not
    assert lint(tmp_path, text) == [("missing-note", 4), ("incomplete-note", 8)]


def test_ignore_by_code_prefix(tmp_path: Path) -> None:
    text = BODY + NOTES.replace("2 For", "<!-- citecheck: ignore N10 -- cut off -->\n2 For")
    found = lint(tmp_path, text)
    assert rules(found) == ["missing-note"]


def test_a_directive_paragraph_is_neither_a_note_nor_body_text(tmp_path: Path) -> None:
    # The directive stands between the notes and holds digits; notes 1 and 2 are still one
    # run (no orphan or missing notes appear) and "12" in it is not a marker.
    directive = "<!-- citecheck: ignore incomplete-note -- source 12 ends here. 12 -->\n\n"
    text = BODY + "1 A finished note.\n\n" + directive + "2 For the interview, see\n"
    path = tmp_path / "ms.txt"
    path.write_text(text, encoding="utf-8")
    file = lint_paths([str(path)], LintOptions()).files[0]
    assert [n.number for n in file.manuscript.notes] == [1, 2]
    assert [m.number for m in file.manuscript.markers] == [1, 2, 3]
    assert [f.rule for f in file.findings] == ["missing-note"]
    assert file.manuscript.text == text  # the directive stays in the text for display


def test_suppression_without_a_reason_still_suppresses_and_is_reported(tmp_path: Path) -> None:
    text = BODY + NOTES.replace("2 For", "<!-- citecheck: ignore incomplete-note -->\n2 For")
    found = lint(tmp_path, text)
    assert rules(found) == ["missing-note", "suppression-without-reason"]
    assert ("suppression-without-reason", 5) in found
    empty_reason = text.replace("incomplete-note -->", "incomplete-note -- -->")
    assert "suppression-without-reason" in rules(lint(tmp_path, empty_reason))


def test_unused_suppression_is_reported(tmp_path: Path) -> None:
    text = "<!-- citecheck: ignore orphan-note, N101 -- stale -->\n" + BODY + NOTES
    found = lint(tmp_path, text)
    assert rules(found) == ["unused-suppression", "incomplete-note"]
    assert ("unused-suppression", 1) in found


def test_unused_codes_of_rules_that_did_not_run_are_not_reported(tmp_path: Path) -> None:
    text = BODY + NOTES.replace("2 For", "<!-- citecheck: ignore N105 -- cut -->\n2 For")
    assert rules(lint(tmp_path, text, ignore=("N105",))) == ["missing-note"]
    assert rules(lint(tmp_path, text, per_file_ignores=(("ms.txt", ("N105",)),))) == [
        "missing-note"
    ]


def test_a_suppression_rule_can_be_ignored_itself(tmp_path: Path) -> None:
    text = "<!-- citecheck: ignore orphan-note -- stale -->\n" + BODY + NOTES
    assert "unused-suppression" not in rules(lint(tmp_path, text, ignore=("S102",)))


def test_off_and_on_region(tmp_path: Path) -> None:
    text = (
        "<!-- citecheck: off -- quoted from the 1991 edition as printed -->\n"
        + BODY
        + "<!-- citecheck: on -->\n\n"
        + NOTES
    )
    # marker 3's finding falls in the region, note 2's after it
    assert rules(lint(tmp_path, text)) == ["incomplete-note"]


def test_off_without_on_runs_to_the_end_and_on_without_off_is_invalid(tmp_path: Path) -> None:
    text = BODY + "<!-- citecheck: off -- the notes are a facsimile -->\n\n" + NOTES
    assert rules(lint(tmp_path, text)) == ["missing-note"]
    stray = "<!-- citecheck: on -->\n" + BODY + NOTES
    assert ("invalid-suppression", 1) in lint(tmp_path, stray)


def test_ignore_file_covers_the_whole_file(tmp_path: Path) -> None:
    text = BODY + NOTES + "\n<!-- citecheck: ignore-file incomplete-note -- drafts -->\n"
    assert rules(lint(tmp_path, text)) == ["missing-note"]


def test_the_narrowest_directive_is_used_and_a_redundant_broad_one_reported(
    tmp_path: Path,
) -> None:
    text = (
        "<!-- citecheck: ignore-file N105 -- a draft -->\n\n"
        + BODY
        + NOTES.replace("2 For", "<!-- citecheck: ignore N105 -- cut off -->\n2 For")
    )
    assert rules(lint(tmp_path, text)) == ["unused-suppression", "missing-note"]


@pytest.mark.parametrize(
    "directive",
    [
        "<!-- citecheck: ignroe N105 -- typo -->",
        "<!-- citecheck: ignore N999 -- no such rule -->",
        "<!-- citecheck: -->",
    ],
)
def test_invalid_directives_are_errors(tmp_path: Path, directive: str) -> None:
    found = lint(tmp_path, directive + "\n" + BODY + NOTES)
    assert ("invalid-suppression", 1) in found


def test_ordinary_comments_are_not_directives() -> None:
    assert parse_directive(Comment("TODO check note 3", Span(0, 1))) == (None, None)
    assert scan_comments("<!-- a note to self -->\n50% citecheck: rise\n") == ()


def test_latex_line_comments_are_directives(tmp_path: Path) -> None:
    text = BODY + NOTES.replace("2 For", "% citecheck: ignore N105 -- cut off\n2 For")
    assert rules(lint(tmp_path, text)) == ["missing-note"]
    found = scan_comments("a\n  % citecheck: off -- x\nb\n")
    assert [c.text for c in found] == ["citecheck: off -- x"]


def test_markdown_reader_comments_are_read_as_directives(tmp_path: Path) -> None:
    text = (
        "Text one.[^1] Text two.[^2]\n\n"
        "<!-- citecheck: ignore incomplete-note -- the interview is unpublished -->\n"
        "[^2]: For the interview, see\n\n"
        "[^1]: A finished note.\n"
    )
    assert rules(lint(tmp_path, text, name="ms.md")) == []
    unused = text.replace("[^2]: For the interview, see", "[^2]: A finished one.")
    assert rules(lint(tmp_path, unused, name="ms.md")) == ["unused-suppression"]
