"""Resolution rules: what OpenLibrary said about each cited work, as findings.

They read `ctx.resolutions` (filled only by `--resolve`) and never touch the network.
Messages say what OpenLibrary records, never what exists: its data is crowd-edited and
covers only the editions it happens to hold.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from citecheck.model import Finding, Related, Resolution, Severity
from citecheck.rules.base import CheckContext, Rule


def _with_status(ctx: CheckContext, status: str) -> Iterable[Resolution]:
    for resolution in ctx.resolutions or ():
        if resolution.status == status and resolution.spans:
            yield resolution


def _finding(rule: Rule, resolution: Resolution, message: str, **data: Any) -> Finding:
    """At the work's first citation; the other places it is cited are related locations."""
    first, *others = resolution.spans
    return rule.finding(
        message,
        first,
        data={"citation": resolution.citation, "reference": resolution.reference_key, **data},
        related=tuple(Related(f"{resolution.citation} is also cited here", s) for s in others),
    )


def _unresolved(ctx: CheckContext) -> Iterable[Finding]:
    for r in _with_status(ctx, "unresolved"):
        yield _finding(
            UNRESOLVED,
            r,
            f"OpenLibrary has no record of {r.citation}: check the author, year and title",
            cited={"authors": list(r.cited_authors), "year": r.cited_year},
        )


def _mismatch(ctx: CheckContext) -> Iterable[Finding]:
    for r in _with_status(ctx, "mismatch"):
        found = f"“{r.title}” ({', '.join(r.authors[:3]) or 'no author recorded'})"
        yield _finding(
            MISMATCH,
            r,
            f"{r.citation} differs from what OpenLibrary records for {found}: {r.detail}",
            problems=list(r.problems),
            cited={"authors": list(r.cited_authors), "year": r.cited_year},
            found={
                "work": r.work_key,
                "authors": list(r.authors),
                "first_year": r.first_year,
                "years": list(r.years),
                "spellings": [list(pair) for pair in r.spellings],
            },
        )


def _ambiguous(ctx: CheckContext) -> Iterable[Finding]:
    for r in _with_status(ctx, "ambiguous"):
        yield _finding(
            AMBIGUOUS,
            r,
            f"{r.citation} matches {len(r.candidates)} works in OpenLibrary: "
            "give the title in the bibliography to tell them apart",
            candidates=list(r.candidates),
        )


def _unavailable(ctx: CheckContext) -> Iterable[Finding]:
    for r in _with_status(ctx, "unavailable"):
        yield _finding(
            UNAVAILABLE,
            r,
            f"{r.citation} was not checked against OpenLibrary: {r.detail}",
            reason=r.detail,
        )


UNRESOLVED = Rule(
    code="R101",
    name="unresolved-reference",
    severity=Severity.WARNING,
    summary="OpenLibrary has no record of a cited work.",
    doc="""What it does: with --resolve, looks each cited work up in OpenLibrary (by its
bibliography entry's title and authors, else by the citation's surname and year) and
reports the works it finds no record of.
Why it matters: a work no catalogue knows is often a wrong year, a misspelt author or a
garbled title. OpenLibrary is not complete, so this is a prompt to check, not proof.
Example: "(Cliff, 1794)" where the bibliography has Cliff's 1974 book.
Fix: correct the citation or the entry; ignore the finding for works OpenLibrary lacks.""",
    check=_unresolved,
)

MISMATCH = Rule(
    code="R102",
    name="reference-mismatch",
    severity=Severity.WARNING,
    summary="A cited author spelling or year is inconsistent with OpenLibrary's editions.",
    doc="""What it does: with --resolve, compares the cited authors and year with the work
OpenLibrary matched: a surname OpenLibrary spells differently (or does not list), or a year
earlier than every edition it records. A later edition's year is fine.
Why it matters: a misspelt name or an impossible year sends readers to the wrong book.
Example: "(Herbet, 1962)" for Dune, which OpenLibrary records as Frank Herbert, first
edition 1965. The finding's data has what was cited and what was found.
Fix: correct the spelling or the year, or ignore it where OpenLibrary lacks early editions.""",
    check=_mismatch,
)

AMBIGUOUS = Rule(
    code="R103",
    name="ambiguous-resolution",
    severity=Severity.INFO,
    summary="A citation matches several different works in OpenLibrary.",
    doc="""What it does: with --resolve, reports citations that fit more than one work
(by different authors, or by the same author in the same year), listing the candidates.
Duplicate records of one book are merged first and never count as ambiguity.
Why it matters: the reader cannot tell which work is meant.
Example: "(Herbert, 1965)" with no bibliography entry when two works fit.
Fix: add a bibliography entry with the title, or a year suffix (1965a, 1965b).""",
    check=_ambiguous,
)

UNAVAILABLE = Rule(
    code="R104",
    name="resolution-unavailable",
    severity=Severity.INFO,
    summary="A cited work could not be checked (offline and not cached, or the service failed).",
    doc="""What it does: with --resolve, reports works that were not checked because
--offline found no cached answer, or OpenLibrary failed (timeouts, 5xx after retries, 403).
Why it matters: nothing was verified for these works; the run itself is not affected.
Example: `citecheck lint --resolve --offline` on a new manuscript.
Fix: run again online (the answers are cached for later offline runs).""",
    check=_unavailable,
)

RULES: tuple[Rule, ...] = (UNRESOLVED, MISMATCH, AMBIGUOUS, UNAVAILABLE)
