"""Where footnote markers stand: after a space, against the document's punctuation habit,
or stacked.

The rule reads the markers and quotations from the model and looks at the characters
around each marker itself: the marker reader says where a marker is, not how it sits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from citecheck.model import Finding, Manuscript, Marker, Severity
from citecheck.rules.base import CheckContext, Rule

# A dominant placement needs this many markers and this share of those that could differ,
# as C104 asks of citations.
MIN_AGREEING = 3
MIN_SHARE = 0.6

STOPS = ".,;:"  # a marker goes on one side of these; ? and ! end quoted questions too
TERMINALS = ".,;:!?…"
FORMS_WITHOUT_SPACE_RULE = frozenset({"bracket"})  # "[12]" is spaced by convention


@dataclass(frozen=True)
class Placement:
    """How one marker sits: a space before it, and which side of punctuation and quotes."""

    marker: Marker
    spaced: bool
    punctuation: str | None  # "after" (".1"), "before" ("1.") or None
    quote: str | None  # "after" ("”1"), "before" ("1”") or None
    stacked_on: Marker | None


def placements(manuscript: Manuscript) -> list[Placement]:
    text = manuscript.text
    closings = {q.closing.start for q in manuscript.quotations if q.closing is not None}
    result = []
    previous: Marker | None = None
    for marker in manuscript.markers:
        start, end = marker.span.start, marker.span.end
        before = text[start - 1] if start > 0 else ""
        spaced = before in " \t" and start > 1 and not text[start - 2].isspace()
        left = start - 1
        while spaced and left > 0 and text[left] in " \t":
            left -= 1
        prior = text[left] if left >= 0 else ""
        after = text[end] if end < len(text) else ""
        stacked = previous if previous is not None and _touching(text, previous, marker) else None
        punctuation = quote = None
        if prior in TERMINALS or (left in closings and text[left - 1 : left] in TERMINALS):
            punctuation = "after"
        elif after in STOPS and stacked is None:
            punctuation = "before"
        if left in closings:
            quote = "after"
        elif end in closings:
            quote = "before"
        if stacked is not None:
            punctuation = quote = None  # judged by the first marker of the stack
        result.append(Placement(marker, spaced, punctuation, quote, stacked))
        previous = marker
    return result


def _touching(text: str, first: Marker, second: Marker) -> bool:
    """Two markers side by side, or parted only by a comma: "[^3][^4]", "³,⁴"."""
    between = text[first.span.end : second.span.start]
    return len(between) <= 2 and between.strip(", ") == ""


def _dominant(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    value, count = counts.most_common(1)[0]
    if count >= MIN_AGREEING and count / sum(counts.values()) >= MIN_SHARE:
        return value
    return None


def _marker_placement(ctx: CheckContext) -> Iterable[Finding]:
    found = placements(ctx.manuscript)
    punctuation = _dominant(p.punctuation for p in found)
    quote = _dominant(p.quote for p in found)
    for placement in found:
        marker = placement.marker
        name = marker.name
        if placement.stacked_on is not None:
            yield MARKER_PLACEMENT.finding(
                f"marker {name} is stacked on marker {placement.stacked_on.name}: one note "
                "can cite several works",
                marker.span,
                severity=Severity.INFO,
                data={"kind": "stacked", "note": marker.number},
            )
            continue
        problems = _problems(placement, punctuation, quote)
        if problems:
            yield MARKER_PLACEMENT.finding(
                f"marker {name}: " + "; ".join(message for _, message in problems),
                marker.span,
                data={
                    "kind": problems[0][0],
                    "kinds": [kind for kind, _ in problems],
                    "note": marker.number,
                },
            )


def _problems(
    placement: Placement, punctuation: str | None, quote: str | None
) -> list[tuple[str, str]]:
    """(kind, message) for each way the marker departs from the document's placement."""
    problems = []
    if placement.spaced and placement.marker.form not in FORMS_WITHOUT_SPACE_RULE:
        problems.append(("space", "a space stands before it: remove the space"))
    if punctuation and placement.punctuation and placement.punctuation != punctuation:
        problems.append(
            (
                "punctuation",
                f"it stands {placement.punctuation} the punctuation, where the document puts "
                f"markers {punctuation} it",
            )
        )
    if quote and placement.quote and placement.quote != quote:
        problems.append(
            (
                "quote",
                f"it stands {placement.quote} the closing quote, where the document puts "
                f"markers {quote} it",
            )
        )
    return problems


MARKER_PLACEMENT = Rule(
    code="P101",
    name="marker-placement",
    severity=Severity.WARNING,
    summary="A note marker is spaced, or placed against the document's punctuation habit.",
    doc="""What it does: reports a note marker with a space before it ("destroyed. 58",
"people, [^21]"); a marker on the other side of the full stop, comma or closing quote from
where the document's other markers stand (it needs three markers agreeing, as C104 does
for citations); and, as info, a marker stacked on another ("[^3][^4]"). Bracketed
numbers ("[12]") are spaced by convention and are not reported for the space.
Why it matters: a spaced marker floats away from the words it sources, and a house style
places every marker the same way (Chicago: after all punctuation but the dash).
Example: "…were purged[^11]." in a document that writes "…were purged.[^12]".
Fix: move the marker to the dominant side and remove the space; merge stacked notes into
one note citing several works.""",
    check=_marker_placement,
)

RULES: tuple[Rule, ...] = (MARKER_PLACEMENT,)
