"""marker-placement: a space before a marker, a marker against the document's placement,
stacked markers."""

from __future__ import annotations

from citecheck.model import Severity
from tests.helpers import SAMPLE, lint_text


def markdown(body: str, notes: int) -> str:
    definitions = "\n".join(f"[^{n}]: Cliff, 1974, p{n}." for n in range(1, notes + 1))
    return f"{body}\n\n{definitions}\n"


def placement_findings(text: str, name: str = "a.md") -> list[tuple[str, str, Severity]]:
    result = lint_text(text, "marker-placement", name=name)
    return [(f.span.slice(text), f.data["kind"], f.severity) for f in result.findings]


AFTER = "One.[^1] Two.[^2] Three, four,[^3] and five.[^4]"


def test_a_space_before_a_marker_is_reported() -> None:
    text = markdown("Many people, [^1] were there.", 1)
    assert placement_findings(text) == [("[^1]", "space", Severity.WARNING)]


def test_a_space_before_a_superscript_marker_in_plain_text_is_reported() -> None:
    text = "It was destroyed. ¹ Then.\n\n1 Cliff, 1974.\n"
    assert placement_findings(text, "a.txt") == [("¹", "space", Severity.WARNING)]


def test_a_bracket_marker_may_be_spaced() -> None:
    text = "It was destroyed [1]. Then more [2].\n\n1 Cliff, 1974.\n2 Cliff, 1975.\n"
    assert [kind for _, kind, _ in placement_findings(text, "a.txt")] == []


def test_a_marker_before_the_full_stop_departs_from_markers_after_it() -> None:
    text = markdown(AFTER + " And six[^5].", 5)
    assert placement_findings(text) == [("[^5]", "punctuation", Severity.WARNING)]
    message = lint_text(text, "marker-placement", name="a.md").findings[0].message
    assert "before the punctuation" in message and "after it" in message


def test_markers_consistently_before_punctuation_are_a_house_style() -> None:
    text = markdown("One[^1]. Two[^2]. Three[^3], and four[^4].", 4)
    assert placement_findings(text) == []


def test_too_few_markers_give_no_dominant_placement() -> None:
    text = markdown("One.[^1] Two[^2].", 2)
    assert placement_findings(text) == []


def test_a_marker_inside_the_closing_quote_departs_from_markers_outside() -> None:
    body = 'He said "one."[^1] And "two."[^2] And "three."[^3] And "four[^4]".'
    assert placement_findings(markdown(body, 4)) == [("[^4]", "quote", Severity.WARNING)]


def test_stacked_markers_are_info() -> None:
    text = markdown(AFTER + " Six.[^5][^6]", 6)
    assert placement_findings(text) == [("[^6]", "stacked", Severity.INFO)]


def test_the_sample_places_every_marker_the_same_way() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert placement_findings(text, "sample.txt") == []
