"""The LaTeX reader: footnotes in place, comments, math and the preamble masked."""

from __future__ import annotations

from citecheck.model import Section
from citecheck.readers import read_manuscript
from tests.helpers import source_of
from tests.shared_data import real_document

DOCUMENT = r"""\documentclass{article}
\usepackage{natbib} % 2014 style
\begin{document}
\section{Introduction}
In 2009 it grew by 50\%.\footnote{See \url{https://example.org/a2}, {nested} text.} Math $x^{12}$ stays out.
% citecheck: ignore orphan-note -- why
\section*{References}
Cliff, T. 1974. State Capitalism.
\end{document}
"""


def test_footnotes_are_markers_and_notes() -> None:
    source = source_of(DOCUMENT, "paper.tex")
    [note] = source.notes
    [marker] = source.markers or ()
    assert note.number == marker.number == 1
    assert note.text_span.slice(source.text) == r"See \url{https://example.org/a2}, {nested} text."
    assert marker.span.slice(source.text) == r"\footnote"


def test_body_paragraphs_are_cut_around_footnotes() -> None:
    source = source_of(DOCUMENT, "paper.tex")
    body = [p.span.slice(source.text) for p in source.paragraphs if p.section is Section.BODY]
    assert all("example.org" not in chunk for chunk in body)
    assert any("Math" in chunk for chunk in body)


def test_preamble_comments_and_math_are_masked_and_comments_kept() -> None:
    source = source_of(DOCUMENT, "paper.tex")
    assert "2014" not in source.masked and "x^{12}" not in source.masked
    assert "citecheck: ignore orphan-note -- why" in [c.text for c in source.comments]
    assert r"50\%" in source.masked  # an escaped percent is not a comment


def test_references_section() -> None:
    source = source_of(DOCUMENT, "paper.tex")
    assert [p.section for p in source.paragraphs if "Cliff" in p.span.slice(source.text)] == [
        Section.REFERENCES
    ]


def test_real_paper_has_twenty_footnotes_in_order() -> None:
    source = read_manuscript(real_document("skimage-peerj-paper", "manuscript.tex"))
    assert [n.number for n in source.notes] == list(range(1, 21))
    assert [m.number for m in source.markers or ()] == list(range(1, 21))


def test_code_is_masked() -> None:
    text = (
        "\\begin{document}\nLoad \\texttt{data.coins} and \\verb|x[256]|.\n\n"
        "\\begin{pyverbatim}\nimage = np.arange(256)\n\\end{pyverbatim}\n\nWords 400 stay.\n\\end{document}\n"
    )
    source = source_of(text, "paper.tex")
    assert "256" not in source.masked and "coins" not in source.masked
    assert "Words 400 stay." in source.masked
