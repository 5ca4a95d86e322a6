"""Citation rules: each citation against the bibliography, and the citations' punctuation."""

from __future__ import annotations

from collections.abc import Iterable

from citecheck.bibliography import all_citations, usable_references
from citecheck.bibliography.matching import AMBIGUOUS, MATCHED, MISSING, manuscript_matches
from citecheck.bibliography.titles_with_years import DatedTitles
from citecheck.extract.citation_style import deviations
from citecheck.model import Finding, Location, Reference, Severity, Span
from citecheck.rules.base import CheckContext, Rule
from citecheck.rules.note_citations import (
    cited_by_notes,
    missing_in_notes,
    note_format_deviations,
    note_matches,
)
from citecheck.rules.note_other_years import OtherYears
from citecheck.rules.pandoc_handles import bare_handles, is_handle


def _missing_reference(ctx: CheckContext) -> Iterable[Finding]:
    other_years: OtherYears | None = None
    handles = bare_handles(ctx.manuscript)
    titles: DatedTitles | None = None
    for match in manuscript_matches(ctx.manuscript):
        if match.status != MISSING or match.citation.key == "*":
            continue
        if is_handle(match.citation, handles):
            continue  # "Souza (@petesouza)" in a document with no pandoc citations
        if match.citation.form == "narrative":
            titles = titles or DatedTitles(ctx.manuscript, usable_references(ctx.manuscript))
            if titles.names(match.citation):
                continue  # "The Long Harbour (1999)": a title and its year, italics lost
        citation = match.citation
        if not citation.key and ctx.manuscript.note_citations:
            # "Weyrich 1867, 90" after a full form "(1867; repr., …, 1976)" listed 1976
            other_years = other_years or OtherYears(note_matches(ctx.manuscript))
            if other_years.cited_by(citation.authors, citation.year, citation.note):
                continue
        label = f"@{citation.key}" if citation.key else citation.label
        data = {"citation": citation.text, "note": citation.note}
        if citation.key:
            data["key"] = citation.key
        message = f"citation `{label}` has no entry in the bibliography"
        suggestion = None
        if match.suggestion is not None:
            suggestion = _label(match.suggestion, keyed=citation.key is not None)
            data["suggestion"] = suggestion
            data["suggestion_key"] = match.suggestion.key
            message += f"; did you mean `{suggestion}`?"
            if citation.key and citation.key.casefold() == match.suggestion.key.casefold():
                message += " (keys match in exact case)"
        yield MISSING_REFERENCE.finding(message, citation.span, data=data, suggestion=suggestion)
    yield from missing_in_notes(ctx.manuscript, MISSING_REFERENCE)


def _ambiguous_citation(ctx: CheckContext) -> Iterable[Finding]:
    for match in manuscript_matches(ctx.manuscript):
        if match.status != AMBIGUOUS:
            continue
        labels = [_label(r, keyed=False) for r in match.references]
        keys = [r.key for r in match.references]
        yield AMBIGUOUS_CITATION.finding(
            f"citation `{match.citation.label}` fits {len(keys)} entries "
            f"({', '.join(keys)}): add the year's letter, e.g. `{labels[0]}`",
            match.citation.span,
            data={"citation": match.citation.text, "candidates": keys, "note": match.citation.note},
        )


def _uncited_reference(ctx: CheckContext) -> Iterable[Finding]:
    manuscript = ctx.manuscript
    citations = all_citations(manuscript)
    if not (citations or manuscript.note_citations) or any(
        c.key == "*" for c in citations if c.form == "nocite"
    ):
        return  # no citations found (an unknown style) or a nocite of `*`: nothing to say
    matches = manuscript_matches(manuscript)
    cited = {r.key for m in matches if m.status in (MATCHED, AMBIGUOUS) for r in m.references}
    cited.update(c.key for c in citations if c.form == "nocite" and c.key)  # listed, not cited
    cited |= cited_by_notes(manuscript)  # a work cited in full in a note is cited
    for reference in usable_references(manuscript):
        if reference.key in cited:
            continue
        yield UNCITED_REFERENCE.finding(
            f"the entry `{reference.key}` ({_label(reference, keyed=False)}) is never cited: "
            "cite it or remove it",
            reference.span or Span(0, 0),
            data={"key": reference.key},
            **_foreign_location(reference),
        )


def _foreign_location(reference: Reference) -> dict[str, object]:
    """A .bib entry is located in its own file; a reference-list entry by its span."""
    if reference.span is not None:
        return {}
    line = reference.line
    return {"path": reference.source, "location": Location(line, 1, line, 1)}


def _label(reference: Reference, *, keyed: bool) -> str:
    if keyed or not reference.authors:
        return f"@{reference.key}" if keyed else reference.key
    return reference.label


def _citation_format(ctx: CheckContext) -> Iterable[Finding]:
    for citation, expected, data in deviations(ctx.manuscript.citations):
        yield CITATION_FORMAT.finding(
            f"citation `{citation.text}` is punctuated unlike the others: write `{expected}`",
            citation.span,
            data=data,
            suggestion=expected,
        )
    yield from note_format_deviations(ctx.manuscript, CITATION_FORMAT)


MISSING_REFERENCE = Rule(
    code="C101",
    name="missing-reference",
    severity=Severity.ERROR,
    summary="A citation has no entry in the bibliography.",
    doc="""What it does: matches every citation to the bibliography (the --bib files, or the
manuscript's own reference list) by surnames and year, or by key for pandoc and LaTeX
citations, and reports those that match nothing. Keys match in exact case, as in pandoc
and biber: `@smith2020` does not match `Smith2020`, which is then the suggestion. A close
entry is suggested. Works cited in full or short in notes, with an author, are matched by
surname, title and year (docs/note-citations.md).
Why it matters: the reader cannot find the work cited.
Example: "Cliff, 1975" when the bibliography has only "Cliff, 1974".
Fix: correct the citation (the suggestion is usually right) or add the entry.""",
    check=_missing_reference,
)

AMBIGUOUS_CITATION = Rule(
    code="C102",
    name="ambiguous-citation",
    severity=Severity.WARNING,
    summary="A citation fits more than one entry.",
    doc="""What it does: finds citations that fit several entries, usually the same author
and year without the letter that tells them apart.
Why it matters: the reader cannot tell which work is meant.
Example: "Lenin, 1965" when the bibliography has Lenin 1965a and Lenin 1965b.
Fix: add the letter ("Lenin, 1965a"), or give the entries distinct years or letters.""",
    check=_ambiguous_citation,
)

UNCITED_REFERENCE = Rule(
    code="C103",
    name="uncited-reference",
    severity=Severity.WARNING,
    summary="A bibliography entry is never cited.",
    doc="""What it does: finds entries of the bibliography that no citation matches. An entry
listed by LaTeX's \\nocite{key} or pandoc's `nocite: "@key"` counts as cited. It says
nothing when no citation at all was found, or when \\nocite{*} or `nocite: "@*"` cites
everything.
Why it matters: most styles list only works cited; an uncited entry often means a
citation was lost or mistyped.
Example: the .bib has `orr2015` but no note cites "Orr, 2015".
Fix: cite the entry where it belongs, or remove it.""",
    check=_uncited_reference,
    needs_every_manuscript=True,  # an entry another chapter cites is not uncited
)

CITATION_FORMAT = Rule(
    code="C104",
    name="citation-format",
    severity=Severity.WARNING,
    summary="A citation is punctuated unlike the document's dominant form.",
    doc="""What it does: learns the document's usual punctuation of author-year citations
(the comma after the names, the separator before a page, "p7" or "p. 7") and reports
citations that differ from it. It needs at least three citations agreeing. In notes
written out in full, it also compares how pages are written ("p. 13" or "13").
Why it matters: house styles want one form; a stray form is usually a typing slip.
Example: "Cliff, 1974 p20" where the rest write "Cliff, 1974, p20".
Fix: write the citation in the dominant form (given as the suggestion).""",
    check=_citation_format,
)

RULES: tuple[Rule, ...] = (
    MISSING_REFERENCE,
    AMBIGUOUS_CITATION,
    UNCITED_REFERENCE,
    CITATION_FORMAT,
)
