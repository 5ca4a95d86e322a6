"""Quotation rules: quotations left open, nested in the wrong marks, or quoted unsourced.

They read `Manuscript.quotations`, which the extractor builds once (see
`citecheck.extract.quotations`); nothing here looks at quotation marks itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

from citecheck.model import Finding, Manuscript, Quotation, Related, Section, Severity, Span
from citecheck.rules.base import CheckContext, Rule

# The closing mark for each opening mark.
CLOSER = {"“": "”", '"': '"', "”": "”", "‘": "’", "'": "'", "„": "“", "‚": "‘"}
CLOSER.update({"«": "»", "»": "«", "‹": "›", "›": "‹"})

# The marks a nested quotation takes, by the style of the quotation around it.
INNER_MARKS = {"double": "‘ ’", "single": "“ ”", "guillemet": "“ ”", "low-high": "‚ ‘"}

# Quotations shorter than this many words need no source of their own (scare quotes,
# titles, single terms).
MIN_QUOTED_WORDS = 8

EXCERPT = 40  # characters of quoted text shown in a message


def _excerpt(text: str, span: Span, *, tail: bool = False) -> str:
    words = " ".join(span.slice(text).split())
    if len(words) <= EXCERPT:
        return words
    return "…" + words[-EXCERPT:].lstrip() if tail else words[:EXCERPT].rstrip() + "…"


def _marker_numbers(manuscript: Manuscript) -> dict[int, str]:
    return {marker.span.start: marker.name for marker in manuscript.markers}


def _unbalanced_quote(ctx: CheckContext) -> Iterable[Finding]:
    manuscript = ctx.manuscript
    text, quotations = manuscript.text, manuscript.quotations
    markers = _marker_numbers(manuscript)
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
        yield _unclosed(quotation, index, quotations, text, markers)


def _unclosed(
    quotation: Quotation,
    index: int,
    quotations: tuple[Quotation, ...],
    text: str,
    markers: dict[int, str],
) -> Finding:
    assert quotation.opening is not None
    mark = text[quotation.opening.start]
    closer = CLOSER.get(mark, mark)
    inner = quotation.inner
    marker = markers.get(quotation.span.end)
    where = f"before note marker {marker}" if marker else "at the end of its paragraph"
    ending = _excerpt(text, inner, tail=True)
    message = (
        f"the quotation opened here ({mark}{_excerpt(text, inner)}) is never closed; it seems "
        f"to end {where} (“{ending}”): add {closer} where it ends"
    )
    same_style = [
        q for q in quotations if q.parent == index and q.style == quotation.style and q.opening
    ]
    if same_style:
        nested = same_style[0]
        message += (
            f"; the quotation inside it ({_excerpt(text, nested.span)}) uses the same marks: "
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
            "nested_same_style": bool(same_style),
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
            f"the quotation {_excerpt(manuscript.text, inner.span)} inside a quotation uses the "
            f"same marks as the quotation around it; the document otherwise alternates them: "
            f"write it with {marks}",
            inner.span,
            data={"style": inner.style, "alternating": alternating, "same": same},
        )


# A name and a verb of saying, or the reverse: an attribution in the text.
# matches "as Serge wrote", "Trotsky argued", "said Lenin"; not "the state argued"
ATTRIBUTION = re.compile(
    r"""(?P<before>\b[A-Z][\w’'-]+)\s+(?:wrote|writes|said|says|argued|argues|noted|notes
        |observed|observes|declared|declares|explained|explains|remarked|put\s+it)\b
      | \b(?:said|says|wrote|writes|declared)\s+(?P<after>[A-Z][\w’'-]+)""",
    re.VERBOSE,
)


def _uncited_quotation(ctx: CheckContext) -> Iterable[Finding]:
    manuscript = ctx.manuscript
    text = manuscript.text
    body = [p.span for p in manuscript.source.paragraphs if p.section is Section.BODY]
    cited_names = _cited_names(manuscript)
    sourced = sorted(
        [m.span.start for m in manuscript.markers] + [c.span.start for c in manuscript.citations]
    )

    def has_source(span: Span) -> bool:
        at = bisect_left(sourced, span.start)
        return at < len(sourced) and sourced[at] < span.end

    for quotation in manuscript.quotations:
        if quotation.depth or quotation.block or not quotation.closed:
            continue  # quotations inside a block quotation are judged with the block
        if quotation.section is not Section.BODY:
            continue
        words = len(quotation.inner.slice(text).split())
        if words < MIN_QUOTED_WORDS:
            continue
        paragraph = next((p for p in body if p.contains(quotation.span.start)), None)
        if paragraph is None or has_source(paragraph):
            continue
        if _attributed(paragraph.slice(text), cited_names):
            continue
        yield UNCITED_QUOTATION.finding(
            f"the quotation {_excerpt(text, quotation.span)} has no note, citation or "
            "attribution in its paragraph: say whose words they are and where they are from",
            quotation.span,
            data={"words": words},
        )
    for run in _block_quotations(manuscript.source.masked, body):
        before = [p for p in body if p.end <= run.start][-1:]
        after = [p for p in body if p.start >= run.end][:1]
        if any(has_source(span) for span in (run, *before, *after)):
            continue
        if any(_attributed(span.slice(text), cited_names) for span in before):
            continue
        yield UNCITED_QUOTATION.finding(
            f"the block quotation {_excerpt(text, run)} has no note or citation in it or "
            "beside it: say whose words they are and where they are from",
            Span(run.start, min(run.end, run.start + 1)),
            data={"block": True},
        )


def _block_quotations(masked: str, body: list[Span]) -> list[Span]:
    """Runs of Markdown block-quotation paragraphs ("> ..."), as single spans."""
    runs: list[Span] = []
    for span in body:
        if not masked.startswith(">", span.start):
            continue
        if runs and not masked[runs[-1].end : span.start].strip():
            runs[-1] = Span(runs[-1].start, span.end)
        else:
            runs.append(span)
    return runs


def _cited_names(manuscript: Manuscript) -> frozenset[str]:
    names = {a.surname.lower() for c in manuscript.citations for a in c.authors}
    for note in manuscript.notes:
        names.update(w.lower() for w in re.findall(r"[A-Z][\w’'-]+", manuscript.note_text(note)))
    return frozenset(names)


def _attributed(paragraph: str, cited_names: frozenset[str]) -> bool:
    for match in ATTRIBUTION.finditer(paragraph):
        name = (match.group("before") or match.group("after") or "").lower()
        if name in cited_names:
            return True
    return False


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

UNCITED_QUOTATION = Rule(
    code="Q103",
    name="uncited-quotation",
    severity=Severity.INFO,
    summary="A long quotation has no note, citation or attribution (opt-in).",
    doc="""What it does: finds outer quotations of at least 8 words in the body, and
Markdown block quotations, whose paragraph holds no note marker and no citation, and no
attribution ("as Serge wrote") naming a person cited elsewhere. Off by default until its
precision is measured on a corpus (docs/quotations.md).
Why it matters: a quotation is a claim about a source; the reader needs to find it.
Example: “We are motivated exclusively by a desire to defend the democratic republic.” in
a paragraph with no note.
Fix: add a note or a citation, or name the speaker and cite the work elsewhere.""",
    check=_uncited_quotation,
    default=False,
)

RULES: tuple[Rule, ...] = (UNBALANCED_QUOTE, NESTED_QUOTE_STYLE, UNCITED_QUOTATION)
