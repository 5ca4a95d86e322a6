"""uncited-quotation: a long quotation, or a block quotation, with no source beside it.

Off by default: on the Platypus corpus most of what it finds is speech in interviews and
the reviewed book quoted in its review (docs/quotations.md).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from citecheck.lazy_regex import lazy_compile
from citecheck.model import Finding, Manuscript, Section, Severity, Span
from citecheck.rules.base import CheckContext, Rule
from citecheck.rules.quotations import excerpt

# Quotations shorter than this many words need no source of their own (scare quotes,
# titles, single terms).
MIN_QUOTED_WORDS = 8

# A name and a verb of saying, or the reverse: an attribution in the text.
# matches "as Serge wrote", "Trotsky argued", "said Lenin"; not "the state argued"
ATTRIBUTION = lazy_compile(
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
            f"the quotation {excerpt(text, quotation.span)} has no note, citation or "
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
            f"the block quotation {excerpt(text, run)} has no note or citation in it or "
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

RULES: tuple[Rule, ...] = (UNCITED_QUOTATION,)
