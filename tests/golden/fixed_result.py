"""One fixed, hand-built LintResult that every reporter's golden file is rendered from.

It holds each severity, a finding about another file (a .bib entry), related locations, a
suggestion, and the characters each format must escape: '%', CR and LF in a message, ','
and ':' in a path.
"""

from __future__ import annotations

from citecheck.engine import FileResult, LintResult
from citecheck.model import Finding, Location, Related, Severity, Span

MANUSCRIPT = "drafts/chapter 1, v2: final.txt"


def fixed_result() -> LintResult:
    first = FileResult(
        path=MANUSCRIPT,
        findings=(
            Finding(
                code="N101",
                rule="missing-note",
                severity=Severity.ERROR,
                message="note 3 is cited in the text but missing from the notes",
                span=Span(588, 589),
                data={"note": 3},
                location=Location(11, 589, 11, 590),
            ),
            Finding(
                code="N105",
                rule="incomplete-note",
                severity=Severity.WARNING,
                message="note 30 stops mid-sentence (“…in January 1918—”):\r\n"
                "finish the sentence; 100% of readers notice",
                span=Span(9000, 9163),
                data={"note": 30, "ending": "in January 1918—"},
                suggestion="finish the note",
                location=Location(282, 1, 282, 164),
            ),
            Finding(
                code="N106",
                rule="repeated-note",
                severity=Severity.INFO,
                message="note 22 repeats note 21 word for word; “Ibid.” may be meant",
                span=Span(8000, 8020),
                data={"note": 22, "previous": 21},
                related=(
                    Related(
                        "note 21 says the same here",
                        Span(7900, 7920),
                        None,
                        Location(264, 1, 264, 21),
                    ),
                ),
                location=Location(266, 1, 266, 21),
            ),
            Finding(
                code="N103",
                rule="duplicate-note",
                severity=Severity.ERROR,
                message="there are two notes numbered 14: renumber or merge them",
                span=Span(0, 2),
                path="refs/library.bib",
                location=Location(7, 3, 7, 12),
            ),
        ),
        stats={"markers": 57, "notes": 54, "citations": 50, "references": 31, "figures": 0},
    )
    second = FileResult(
        path="clean.txt",
        findings=(),
        stats={"markers": 2, "notes": 2, "citations": 0, "references": 0, "figures": 0},
    )
    return LintResult((first, second))
