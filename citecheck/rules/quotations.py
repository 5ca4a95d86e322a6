"""Quotation rules: quotations left open, or nested in the wrong marks.

They read `Manuscript.quotations`, which the extractor builds once (see
`citecheck.extract.quotations`); nothing here looks at quotation marks itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from citecheck.model import Finding, Manuscript, Quotation, Related, Severity, Span
from citecheck.rules.base import CheckContext, Rule

# The closing mark for each opening mark.
CLOSER = {"“": "”", '"': '"', "”": "”", "‘": "’", "'": "'", "„": "“", "‚": "‘"}
CLOSER.update({"«": "»", "»": "«", "‹": "›", "›": "‹"})

# The marks a nested quotation takes, by the style of the quotation around it.
INNER_MARKS = {"double": "‘ ’", "single": "“ ”", "guillemet": "“ ”", "low-high": "‚ ‘"}

EXCERPT = 40  # characters of quoted text shown in a message


def excerpt(text: str, span: Span, *, tail: bool = False) -> str:
    words = _collapsed_end(text, span, tail=tail)
    if len(words) <= EXCERPT:
        return words
    return "…" + words[-EXCERPT:].lstrip() if tail else words[:EXCERPT].rstrip() + "…"


def _collapsed_end(text: str, span: Span, *, tail: bool) -> str:
    """The span's white space collapsed, or, where that is longer than an excerpt, enough of
    its head (or tail) to cut one from: a window of the span collapses to a prefix (or
    suffix) of the whole, so a quotation that runs to the end of a long paragraph is not
    split whole once per finding."""
    window = 4 * EXCERPT
    while True:
        if span.end - span.start <= window:
            return " ".join(span.slice(text).split())
        if tail:
            part = " ".join(text[span.end - window : span.end].split())
        else:
            part = " ".join(text[span.start : span.start + window].split())
        if len(part) > EXCERPT:
            return part
        window *= 4  # mostly white space: look further


def _marker_numbers(manuscript: Manuscript) -> dict[int, str]:
    return {marker.span.start: marker.name for marker in manuscript.markers}


def _unbalanced_quote(ctx: CheckContext) -> Iterable[Finding]:
    manuscript = ctx.manuscript
    text, quotations = manuscript.text, manuscript.quotations
    markers = _marker_numbers(manuscript)
    # Each quotation's first opened child in its own style, found in one pass (not a scan
    # of every quotation per unclosed one).
    same_style: dict[int, Quotation] = {}
    for quotation in quotations:
        parent = quotation.parent
        if parent is not None and parent not in same_style and quotation.opening:
            if quotation.style == quotations[parent].style:
                same_style[parent] = quotation
    for index, quotation in enumerate(quotations):
        if quotation.closed:
            continue
        if quotation.opening is None:
            mark = text[quotation.span.start]
            yield UNBALANCED_QUOTE.finding(
                f"the closing quote {mark} has no opening quote in its paragraph: "
                "add the opening quote where the quotation starts, or remove this one",
                quotation.span,
                data={"mark": mark, "style": quotation.style, "kind": "unopened"},
            )
            continue
        yield _unclosed(quotation, same_style.get(index), text, markers)


def _unclosed(
    quotation: Quotation,
    nested: Quotation | None,
    text: str,
    markers: dict[int, str],
) -> Finding:
    assert quotation.opening is not None
    mark = text[quotation.opening.start]
    closer = CLOSER.get(mark, mark)
    inner = quotation.inner
    marker = markers.get(quotation.span.end)
    where = f"before note marker {marker}" if marker else "at the end of its paragraph"
    ending = excerpt(text, inner, tail=True)
    message = (
        f"the quotation opened here ({mark}{excerpt(text, inner)}) is never closed; it seems "
        f"to end {where} (“{ending}”): add {closer} where it ends"
    )
    if nested is not None:
        message += (
            f"; the quotation inside it ({excerpt(text, nested.span)}) uses the same marks: "
            f"a quotation within a quotation takes {INNER_MARKS.get(quotation.style, '‘ ’')}"
        )
    end = Span(max(inner.start, quotation.span.end - 1), quotation.span.end)
    return UNBALANCED_QUOTE.finding(
        message,
        quotation.opening,
        data={
            "mark": mark,
            "closer": closer,
            "style": quotation.style,
            "kind": "unclosed",
            "ends_before_marker": marker,
            "end": quotation.span.end,
            "nested_same_style": nested is not None,
        },
        related=(Related("the quotation seems to end here", end),),
    )


def _nested_quote_style(ctx: CheckContext) -> Iterable[Finding]:
    manuscript = ctx.manuscript
    quotations = manuscript.quotations
    pairs = [
        (quotations[q.parent], q)
        for q in quotations
        if q.parent is not None and q.closed and q.opening and quotations[q.parent].closed
    ]
    counts = Counter(outer.style == inner.style for outer, inner in pairs)
    alternating, same = counts[False], counts[True]
    if not same or alternating < same:
        return  # the document does not alternate: no house style to depart from
    for outer, inner in pairs:
        if outer.style != inner.style:
            continue
        marks = INNER_MARKS.get(outer.style, "‘ ’")
        yield NESTED_QUOTE_STYLE.finding(
            f"the quotation {excerpt(manuscript.text, inner.span)} inside a quotation uses the "
            f"same marks as the quotation around it; the document otherwise alternates them: "
            f"write it with {marks}",
            inner.span,
            data={"style": inner.style, "alternating": alternating, "same": same},
        )


UNBALANCED_QUOTE = Rule(
    code="Q101",
    name="unbalanced-quote",
    severity=Severity.WARNING,
    summary="A quotation mark is opened and not closed, or closed and not opened.",
    doc="""What it does: reads every quotation of a paragraph from its marks (curly, straight,
« », „ “) and reports one that is never closed, pointing at its opening mark and saying where
it seems to end (the next note marker, else the paragraph's end), and a closing mark that
nothing opened. Apostrophes (workers’, ’30s, rock ’n’ roll, O’Brien) and primes (5' 10")
are not quotes; a quotation running over several paragraphs, each opening again and only
the last closing, is not unclosed.
Why it matters: the reader cannot tell where the source's words stop and the author's begin.
Example: Indeed, the “sheer magnitude of the ‘purges’ proved their sham nature….13
Fix: add the closing mark where the quotation ends (before the note marker).""",
    check=_unbalanced_quote,
)

NESTED_QUOTE_STYLE = Rule(
    code="Q102",
    name="nested-quote-style",
    severity=Severity.WARNING,
    summary="A quotation inside a quotation uses the same marks, where the document alternates.",
    doc="""What it does: finds a closed quotation inside another that uses the same marks
(double in double, single in single), in a document whose other nested quotations
alternate them. A quotation left unclosed is reported by unbalanced-quote instead.
Why it matters: the inner closing mark reads as the end of the outer quotation.
Example: “the creation of “order”, which legalises this oppression” where the document
elsewhere writes “the ‘old guard’ of the revolution”.
Fix: write the inner quotation with the other marks: ‘order’.""",
    check=_nested_quote_style,
)

RULES: tuple[Rule, ...] = (UNBALANCED_QUOTE, NESTED_QUOTE_STYLE)
