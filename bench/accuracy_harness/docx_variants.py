"""Word files with typed notes, built from the plain-text rendering of an article (issue 15).

An author who types notes in Word writes each marker as a raised number and the notes as
a "Notes" list at the end. `docx_of` builds that file with python-docx from a `Document`
(the rendered text and its exact marker offsets): one Word paragraph per blank-line
paragraph, a line break for a single newline, each marker's digits in a superscript run.
Read back by citecheck, its text is the plain-text rendering itself, so both must give the
same findings; the markers come from the superscript runs, not from guessing.

Styles: `direct` sets superscript on the run; `style` applies a character style whose
properties raise the text (as Word's "Footnote Reference" style does); `raised_numbers`
also raises each note's number in the list (compared with the `superscript` text variant).
"""

from __future__ import annotations

import io
from collections import Counter
from typing import Any

from citecheck.engine import LintOptions, lint_source
from citecheck.readers import read_bytes
from citecheck.reporters.extraction import extraction_view

from .scoring import FOOTNOTE_CODES, Counts, Reading, score_clean, score_seeded
from .seeds import choose_targets, seed
from .truth import Document, compose

STYLES = ("direct", "style", "raised_numbers")
# The text variant each style reads like.
TEXT_VARIANT = {"direct": "plain", "style": "plain", "raised_numbers": "superscript"}
RAISED_STYLE = "Typed Note Number"
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def docx_of(document: Document, style: str = "direct") -> bytes:
    """The Word file an author would type for this document (python-docx, test-only)."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    word = docx.Document()
    raised_style = None
    if style == "style":
        raised_style = word.styles.add_style(RAISED_STYLE, WD_STYLE_TYPE.CHARACTER)
        raised_style.font.superscript = True
    raised: dict[int, int] = {m.offset: len(str(m.number)) for m in document.markers}
    if style == "raised_numbers":
        for note in document.notes:
            digits = document.text[note.offset : note.end].translate(_SUPERSCRIPT_DIGITS)
            raised[note.offset] = len(digits) - len(digits.lstrip("0123456789"))
    text = document.text.rstrip("\n")
    start = 0
    while start <= len(text):
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        _paragraph(word, text, start, end, raised, raised_style)
        start = end + 2
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _paragraph(
    word: Any, text: str, start: int, end: int, raised: dict[int, int], raised_style: Any
) -> None:
    paragraph = word.add_paragraph()
    cut = start
    for offset in sorted(o for o in raised if start <= o < end):
        _plain_run(paragraph, text[cut:offset])
        # Typed raised: "¹²" of the text variant is "12" in a superscript run.
        digits = text[offset : offset + raised[offset]].translate(_SUPERSCRIPT_DIGITS)
        run = paragraph.add_run(digits)
        if raised_style is not None:
            run.style = raised_style
        else:
            run.font.superscript = True
        cut = offset + raised[offset]
    _plain_run(paragraph, text[cut:end])


def _plain_run(paragraph: Any, text: str) -> None:
    if text:  # python-docx writes "\n" as <w:br/> and "\t" as <w:tab/>
        paragraph.add_run(text)


def reading_of(name: str, data: bytes) -> tuple[Reading, list[tuple[str, str]]]:
    """citecheck's reading of one file (as `scoring.read`, any format) and the (code,
    message) of every default rule's finding: what a user is told, not where."""
    result = lint_source(read_bytes(name, data), LintOptions())
    assert result.manuscript is not None
    view = extraction_view(result.manuscript)
    reading = Reading(
        markers=tuple((m["number"], m["offset"]) for m in view["markers"]),
        notes=tuple((n["number"], n["line"]) for n in view["notes"]),
        findings=tuple(
            (f.code, f.data.get("note"), f.location.line if f.location else 0)
            for f in result.findings
            if f.code in FOOTNOTE_CODES
        ),
    )
    return reading, sorted((f.code, f.message) for f in result.findings)


def evaluate_docx(rendered: Any, index: int, styles: tuple[str, ...] = STYLES) -> dict[str, Any]:
    """For one rendered article: per style, the footnote counts of its DOCX files (clean and
    seeded) and how many of them give exactly the findings of their plain text."""
    out: dict[str, Any] = {}
    for style in styles:
        document = compose(rendered, TEXT_VARIANT[style])
        targets = choose_targets(document, index)
        documents = [(None, document)]
        documents.extend((kind, seed(document, kind, number)) for kind, number in targets.items())
        counts = Counts()
        differing = []
        for kind, each in documents:
            text_document = each if kind is None else each.document
            reading, as_docx = reading_of("article.docx", docx_of(text_document, style))
            if kind is None:
                counts.add(score_clean(text_document, reading)[0])
            else:
                counts.add(score_seeded(each.expectation, reading)[0])
            _, as_text = reading_of("article.txt", text_document.text.encode("utf-8"))
            if as_text != as_docx:
                differing.append({"document": kind or "clean", **_difference(as_text, as_docx)})
        out[style] = {
            "counts": counts.as_dict(),
            "documents": len(documents),
            "identical": len(documents) - len(differing),
            "differing": differing,
        }
    return out


def _difference(text: list[tuple[str, str]], docx: list[tuple[str, str]]) -> dict[str, Any]:
    a, b = Counter(text), Counter(docx)
    return {"only_text": sorted((a - b).elements()), "only_docx": sorted((b - a).elements())}
