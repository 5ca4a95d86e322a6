"""Quotations in the model, and the quotation rules on small manuscripts and the sample."""

from __future__ import annotations

from citecheck.engine import LintOptions, selected_rules
from citecheck.extract import build_manuscript
from citecheck.model import Quotation
from tests.helpers import SAMPLE, lint_text, source_of


def quotations_of(text: str, name: str = "a.txt") -> tuple[Quotation, ...]:
    return build_manuscript(source_of(text, name), figures=False).quotations


def test_a_quotation_carries_its_marks_style_depth_and_parent() -> None:
    text = "He wrote “the ‘old guard’ of the revolution” once."
    outer, inner = quotations_of(text)
    assert (outer.style, outer.depth, outer.parent, outer.closed) == ("double", 0, None, True)
    assert (inner.style, inner.depth, inner.parent, inner.closed) == ("single", 1, 0, True)
    assert outer.span.slice(text) == "“the ‘old guard’ of the revolution”"
    assert outer.inner.slice(text) == "the ‘old guard’ of the revolution"
    assert inner.opening is not None and inner.opening.slice(text) == "‘"


def test_styles_of_guillemets_and_low_high_marks() -> None:
    styles = [q.style for q in quotations_of("« oui » et „ja“ und ‚so‘ and ‹ non ›")]
    assert styles == ["guillemet", "low-high", "low-high-single", "single-guillemet"]


def test_an_unclosed_quotation_seems_to_end_at_the_next_marker() -> None:
    text = "He said “Did you bring anything to read?1 Then.\n\n1 Reed, 1919."
    (quotation,) = quotations_of(text)
    assert not quotation.closed and quotation.closing is None
    assert quotation.span.slice(text) == "“Did you bring anything to read?"


def test_a_markdown_block_quotation_is_marked_block() -> None:
    text = "Intro.\n\n> He said “yes” then.\n\nAfter “no” here.\n"
    block, inline = quotations_of(text, "a.md")
    assert block.block and not inline.block


def test_a_quotation_over_paragraphs_is_continued_not_unclosed() -> None:
    text = "“One paragraph.\n\n“Two paragraph.\n\n“Last.”"
    first, second, last = quotations_of(text)
    assert first.continued and second.continued and first.closed
    assert last.closing is not None and not last.continued


def test_a_lone_straight_single_quote_is_an_apostrophe() -> None:
    assert quotations_of("the 'Allo of it, and the rock 'n' roll") == ()


def test_sample_reports_exactly_the_four_unclosed_quotations() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    result = lint_text(text, "Q101", "Q102", name="sample.txt")
    found = [(f.rule, f.location.line) for f in result.findings if f.location]
    assert found == [("unbalanced-quote", line) for line in (39, 47, 71, 143)]
    by_line = {f.location.line: f for f in result.findings if f.location}
    assert "before note marker 31" in by_line[71].message
    assert "before note marker 13" in by_line[39].message
    assert by_line[47].data["nested_same_style"] is True
    assert "‘ ’" in by_line[47].message
    assert text[by_line[39].span.start : by_line[39].span.start + 7] == "“sheer "


def repaired_sample() -> str:
    text = SAMPLE.read_text(encoding="utf-8")
    repairs = [
        ("a socialist revolution.13", "a socialist revolution.”13"),
        ("“the creation of “order”, which “legalises", "“the creation of ‘order’, which legalises"),
        ("anything to read?31", "anything to read?”31"),
        ("lies in our time.47", "lies in our time.”47"),
    ]
    for old, new in repairs:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def test_a_repaired_sample_has_no_quotation_or_placement_finding() -> None:
    result = lint_text(repaired_sample(), "Q101", "Q102", "P", name="sample.txt")
    assert [f.message for f in result.findings] == []


def test_nested_quote_style_reports_a_same_style_nesting_where_the_document_alternates() -> None:
    text = (
        "He wrote “the ‘old guard’ of the party” and “the ‘new guard’ too”.\n\n"
        "Then “the creation of “order” as such” came.\n"
    )
    result = lint_text(text, "nested-quote-style")
    assert [f.span.slice(text) for f in result.findings] == ["“order”"]
    assert "‘ ’" in result.findings[0].message


def test_nested_quote_style_is_silent_when_the_document_alternates_throughout() -> None:
    text = "He wrote “the ‘old guard’ of the party” and “the ‘new guard’ too”.\n"
    assert lint_text(text, "nested-quote-style").findings == ()


def test_nested_quote_style_is_silent_without_a_house_style_to_depart_from() -> None:
    text = "Then “the creation of “order” as such” came.\n"
    assert lint_text(text, "nested-quote-style").findings == ()


LONG = "“We are motivated exclusively by a desire to defend the democratic republic.”"


def test_uncited_quotation_is_off_by_default_and_info() -> None:
    chosen = {rule.name for rule in selected_rules(LintOptions())}
    assert "uncited-quotation" not in chosen
    result = lint_text(f"They declared {LONG} Nobody believed it.\n", "uncited-quotation")
    assert [(f.rule, f.severity.label) for f in result.findings] == [("uncited-quotation", "info")]


def test_uncited_quotation_accepts_a_marker_a_citation_or_a_cited_speaker() -> None:
    marked = f"They declared {LONG}1\n\n1 Orwell, 1938, p12.\n"
    cited = f"They declared {LONG} (Orwell, 1938)\n"
    attributed = f"As Orwell wrote, {LONG}\n\nHe says more (Orwell, 1938).\n"
    short = "They declared “a desire for peace” once.\n"
    for text in (marked, cited, attributed, short):
        assert lint_text(text, "uncited-quotation").findings == (), text


def test_uncited_quotation_wants_the_speaker_cited_elsewhere() -> None:
    text = f"As Orwell wrote, {LONG}\n"
    assert len(lint_text(text, "uncited-quotation").findings) == 1


def test_uncited_quotation_reports_a_markdown_block_quotation_with_no_source_beside_it() -> None:
    block = "> The passport system tied the peasant to the collective farm for good.\n"
    bare = f"He describes it:\n\n{block}\nThen the war came.\n"
    result = lint_text(bare, "uncited-quotation", name="a.md")
    assert [f.data.get("block") for f in result.findings] == [True]
    sourced = f"He describes it:[^1]\n\n{block}\nThen the war came.\n\n[^1]: Serge, 1937.\n"
    assert lint_text(sourced, "uncited-quotation", name="a.md").findings == ()
