"""The Markdown reader, and real manuscripts by other authors as hard cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.engine import LintOptions, lint_paths
from citecheck.model import Section
from tests.helpers import codes_of, lint_text, source_of
from tests.shared_data import real_document


def test_footnote_references_and_definitions() -> None:
    text = "---\ntitle: x\ndate: 2017-06-05\n---\n\nText[^1] and more.[^2]\n\n[^1]: First.\n\n[^2]: Second\n    continued.\n"
    source = source_of(text, "a.md")
    assert [m.number for m in source.markers or ()] == [1, 2]
    assert [n.number for n in source.notes] == [1, 2]
    assert source.notes[1].text_span.slice(source.text) == "Second\n    continued."
    assert "2017" not in source.masked  # front matter is not prose


def test_named_labels_are_numbered_by_first_use() -> None:
    source = source_of("A[^b] then[^a].\n\n[^a]: Note a.\n\n[^b]: Note b.\n", "a.md")
    numbers = {
        source.notes[i].text_span.slice(source.text): source.notes[i].number for i in range(2)
    }
    assert [m.number for m in source.markers or ()] == [1, 2]
    assert numbers == {"Note a.": 2, "Note b.": 1}


def test_code_comments_and_links_are_masked_and_comments_kept() -> None:
    text = (
        "<!-- citecheck: ignore missing-note -- quoted -->\n\n"
        "See `x[^9]` and [site](https://example.org/p2) and <www.example.org/a/1132/>.[^1]\n\n"
        "```\n[^7]\n```\n\n[^1]: Note.\n"
    )
    source = source_of(text, "a.md")
    assert [m.number for m in source.markers or ()] == [1]
    assert [c.text for c in source.comments] == ["citecheck: ignore missing-note -- quoted"]
    assert "example.org" not in source.masked and "1132" not in source.masked


def test_references_heading_in_markdown() -> None:
    source = source_of(
        "Text.[^1]\n\n# References\n\nCliff, T. 1974. State Capitalism.\n\n[^1]: N.\n", "a.md"
    )
    sections = [p.section for p in source.paragraphs]
    assert sections == [Section.BODY, Section.HEADING, Section.REFERENCES, Section.NOTES]


def test_missing_and_orphan_notes_in_markdown() -> None:
    text = "A[^1] B[^2].\n\n[^1]: One.\n\n[^3]: Three.\n"
    result = lint_text(text, "N", name="a.md")
    assert codes_of(result) == [("missing-note", 2), ("orphan-note", 3)]


def test_consecutive_ibid_notes_are_not_repeated_notes() -> None:
    text = "A[^1] B[^2] C[^3].\n\n[^1]: Marx, 1986.\n\n[^2]: *Ibid.*\n\n[^3]: *Ibid.*\n"
    assert codes_of(lint_text(text, "repeated-note", name="a.md")) == []


@pytest.mark.parametrize(
    ("manuscript", "markers", "notes"),
    [
        ("platypus-last-illusions/manuscript.md", 36, 36),
        ("pandoc-citations-test/manuscript.md", 3, 3),
        ("amrex-joss-paper/manuscript.md", 0, 0),
        ("fewkes-passamaquoddy-pg17997/manuscript.txt", 33, 33),
    ],
)
def test_real_manuscripts_have_no_footnote_findings(
    manuscript: str, markers: int, notes: int
) -> None:
    result = lint_paths([str(real_document(manuscript))], LintOptions(select=("N", "I")))
    [file] = result.files
    assert (file.stats["markers"], file.stats["notes"]) == (markers, notes)
    assert [f.code for f in file.findings] == []


def test_multi_paragraph_gutenberg_footnote_is_one_note() -> None:
    path = real_document("fewkes-passamaquoddy-pg17997", "manuscript.txt")
    source = source_of(Path(path).read_text(encoding="utf-8"))
    note_13 = next(n for n in source.notes if n.number == 13)
    assert "smoke-hole" in note_13.text_span.slice(source.text)  # from its third paragraph


def test_markdown_order_is_not_checked_and_messages_name_the_label() -> None:
    text = "A[^a] B[^2] C[^b] D[^3] E[^x].\n\n[^a]: A.\n\n[^2]: Two.\n\n[^b]: B.\n\n[^3]: Three.\n\n[^zz]: Unused.\n"
    result = lint_text(text, "N", name="a.md")
    assert [(f.rule, f.message.split(" ")[1]) for f in result.findings] == [
        ("missing-note", "[^x]"),
        ("orphan-note", "[^zz]"),
    ]


# Inline link destinations as CommonMark 0.31 (6.3) writes them: none of it shows on the page,
# so none of it is prose (a note's "Vell, [*T*]( https://… ), 44" is a short form, not a
# full form with its address). The negatives are not links, and their words stay.
_MASKED_DESTINATIONS = [
    ("spaces around the address", "[*Harbour*]( https://example.org/p2 )"),
    ("an address in angle brackets, with a space", "[*Harbour*](<https://example.org/p 2>)"),
    ("balanced brackets in the address", "[*Harbour*](https://example.org/wiki/Harbour_(p2))"),
    ("a title in double quotes", '[*Harbour*](https://example.org/p2 "Harbour p2")'),
    ("a title in single quotes", "[*Harbour*](https://example.org/p2 'Harbour p2')"),
    ("a title in brackets", "[*Harbour*](https://example.org/p2 (Harbour p2))"),
    ("the address on the next line", "[*Harbour*](\nhttps://example.org/p2)"),
]
_KEPT_WORDS = [
    ("negative: a space between the text and the bracket", "[*Harbour*] (example.org p2)"),
    ("negative: words after the address, no title's marks", "[*Harbour*](example.org see p2)"),
    ("negative: an empty destination's bracket, then prose", "[*Harbour*]() (see p2)"),
    ("negative: an unclosed angle bracket", "[*Harbour*](<example.org p2"),
    ("negative: an unbalanced bracket in the address", "[*Harbour*](example.org/(p2"),
    ("negative: a bracketed year after a title, not a link", "*Harbour* (p2 1990)"),
    ("negative: a line end inside an angle address", "[*Harbour*](<example.org\np2>)"),
]


@pytest.mark.parametrize(
    "written", [w for _, w in _MASKED_DESTINATIONS], ids=[n for n, _ in _MASKED_DESTINATIONS]
)
def test_an_inline_links_destination_and_title_are_masked(written: str) -> None:
    source = source_of(f"See {written}, 44.[^1]\n\n[^1]: Note.\n", "a.md")
    assert "p2" not in source.masked and "example" not in source.masked
    # the link's words and its two brackets stay, and nothing of the destination is left
    assert "".join(source.masked.split()).startswith("See[*Harbour*](),44.")


@pytest.mark.parametrize("written", [w for _, w in _KEPT_WORDS], ids=[n for n, _ in _KEPT_WORDS])
def test_what_is_no_inline_link_keeps_its_words(written: str) -> None:
    source = source_of(f"See {written}, 44.[^1]\n\n[^1]: Note.\n", "a.md")
    assert "p2" in source.masked


def test_the_link_table_holds_as_many_negatives_as_positives() -> None:
    assert len(_KEPT_WORDS) >= len(_MASKED_DESTINATIONS)


# Reference links (CommonMark 4.7, 6.3): a defined label's brackets and the definition line
# do not show on the page; the link's words do. An undefined label is no link.
_REFERENCE_DOCUMENT = (
    "See [*Harbour*][hl], 44.[^1] Also [Harbour][] and [hl], and [sic] and [Other][x].\n\n"
    "[^1]: Vell, [*Harbour*][hl], 44.\n\n"
    '[hl]: https://example.org/p2 "Harbour p2"\n'
    "[Harbour]: <https://example.org/p 2>\n"
)


def test_reference_links_show_their_words_only() -> None:
    source = source_of(_REFERENCE_DOCUMENT, "a.md")
    assert "p2" not in source.masked and "example" not in source.masked
    assert "[hl]" not in source.masked and "[]" not in source.masked
    printed = " ".join(source.masked.split())
    assert "See *Harbour* , 44.[^1] Also Harbour and hl , and [sic]" in printed
    assert "Vell, *Harbour* , 44." in printed


@pytest.mark.parametrize(
    "kept", ["[sic]", "[Other][x]", "[^1]"], ids=["undefined", "undefined label", "a footnote"]
)
def test_what_is_no_reference_link_keeps_its_brackets(kept: str) -> None:
    assert kept in source_of(_REFERENCE_DOCUMENT, "a.md").masked


def test_a_note_with_a_reference_link_reads_its_short_form() -> None:
    from citecheck.extract.note_citations import find_note_citations

    text = (
        "Text.[^1] More.[^2]\n\n[^1]: Ann Vell, *The Harbour* (London: Dale, 1990), 3.\n\n"
        "[^2]: Vell, [*Harbour Lights*][hl], 44.\n\n[hl]: https://example.org/hl\n"
    )
    last = find_note_citations(source_of(text, "a.md"))[-1]
    assert (last.form, last.title, last.url) == ("short", "Harbour Lights", "")
