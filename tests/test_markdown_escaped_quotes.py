"""Markdown's backslash-escaped quotation marks are read as the marks they print.

Converters write `\\"` for a straight quotation mark in Markdown ("Douglas Fox,
\\"IBM Reveals …,\\" *Popular Mechanics*, December 17, 2009."), and CommonMark prints the
mark alone. The reader kept the backslash, so a note's title in such marks was read as
nothing and the quotation rules reported unbalanced quotes. The Markdown reader now shows
each escaped mark in the masked text as printed, offsets unchanged: the backslash is
blanked before an opening mark and the mark moves into its place before a closing one, so
each keeps the side it stands on. An escaped emphasis mark stays escaped, and an escaped
backslash before a mark leaves the mark alone, and so does a site generator's shortcode
(its quoted arguments escape marks as strings do: '{{% figure caption="… „Club\\" in …" %}}').

Found in one of the real documents read whole for issue 11 (a converter's output); the
rows here are invented. Half are negatives.
"""

from __future__ import annotations

import pytest

from citecheck.readers.markdown import read_markdown, unescaped_quotes
from tests.helpers import lint_text

# (case, text, the masked text)
MASKED = [
    ("an opening and a closing mark", 'Fox, \\"IBM Reveals,\\" *Popular*', 'Fox,  "IBM Reveals,"  *Popular*'),
    ("at the line's start", '\\"No,\\" he said.', ' "No,"  he said.'),
    ("after a bracket", '(\\"No\\")', '( "No" )'),
    ("negative: an escaped emphasis mark", "a \\*not emphasis\\*", "a \\*not emphasis\\*"),
    ("negative: an escaped backslash before a mark", 'C:\\\\"x', 'C:\\\\"x'),
    ("negative: an escaped apostrophe inside a word", "Chevalier d\\'Éon", "Chevalier d\\'Éon"),
    ("negative: a shortcode's string", '{{% figure caption="a „Club\\" in Leeds (1921)" %}}', '{{% figure caption="a „Club\\" in Leeds (1921)" %}}'),
    ("negative: marks not escaped", 'Fox, "IBM," *Popular*', 'Fox, "IBM," *Popular*'),
]  # fmt: skip


@pytest.mark.parametrize(("case", "text", "masked"), MASKED, ids=[r[0] for r in MASKED])
def test_escaped_marks_as_printed(case: str, text: str, masked: str) -> None:
    assert unescaped_quotes(text) == masked
    assert len(unescaped_quotes(text)) == len(text)


def test_an_escaped_mark_in_code_stays_blanked() -> None:
    source = read_markdown("m.md", 'Text with `\\"code\\"` in it.\n')
    assert '"' not in source.masked


def test_a_note_title_in_escaped_marks_is_read_and_no_quote_is_unbalanced() -> None:
    note = (
        'Douglas Fox, \\"IBM Reveals the Biggest Brain,\\" *Popular Mechanics*, December 17, 2009.'
    )
    report = lint_text(f'He said \\"no\\" and left.[^1]\n\n[^1]: {note}\n', name="m.md")
    assert [c.title for c in report.manuscript.note_citations] == ["IBM Reveals the Biggest Brain"]
    assert not [f for f in report.findings if f.rule == "unbalanced-quote"]
