"""The document's dominant citation punctuation, and the citations that depart from it.

Three things are compared, each over the citations where it applies: the separator
between names and year ("Cliff, 1974" or "Cliff 1974"), the separator before a locator
("…1974, p20", "…1974 p20", "…1974: 20") and the page prefix ("p20", "p. 20"). Narrative
citations ("Cliff (1974)") and keyed ones are a different form and are left out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from citecheck.model import Citation

# A dominant form needs this many citations and this share of those that could differ.
MIN_AGREEING = 3
MIN_SHARE = 0.6

# A page prefix and what follows it.
# matches "p20" (p, ""), "pp. 118-19" (pp, ". "); not "ch. 3", "118"
PAGE_PREFIX = re.compile(r"^(?P<letters>pp?)(?P<mark>\.?\s?)(?=\d)")

Aspect = Callable[[Citation], str | None]


def _name_separator(citation: Citation) -> str | None:
    return citation.name_separator or None


def _locator_separator(citation: Citation) -> str | None:
    return citation.locator_separator if citation.locator else None


def _page_mark(citation: Citation) -> str | None:
    match = PAGE_PREFIX.match(citation.locator)
    return match.group("mark") if match else None


ASPECTS: tuple[tuple[str, Aspect], ...] = (
    ("name_separator", _name_separator),
    ("locator_separator", _locator_separator),
    ("page_mark", _page_mark),
)


def dominant_forms(citations: Sequence[Citation]) -> dict[str, str]:
    """Aspect name -> the form most citations use, when enough of them agree."""
    forms: dict[str, str] = {}
    for name, aspect in ASPECTS:
        counts = Counter(v for v in map(aspect, citations) if v is not None)
        if not counts:
            continue
        form, count = counts.most_common(1)[0]
        if count >= MIN_AGREEING and count / sum(counts.values()) >= MIN_SHARE:
            forms[name] = form
    return forms


def deviations(citations: Sequence[Citation]) -> Iterable[tuple[Citation, str, dict[str, Any]]]:
    """(citation, the citation rewritten in the dominant form, data) for each departure."""
    bare = [c for c in citations if c.form == "bare"]
    forms = dominant_forms(bare)
    for citation in bare:
        differs = {
            name: (value, forms[name])
            for name, aspect in ASPECTS
            if name in forms and (value := aspect(citation)) is not None and value != forms[name]
        }
        if differs:
            data: dict[str, Any] = {
                "citation": citation.text,
                "note": citation.note,
                "differs": sorted(differs),
                "pattern": citation.pattern,
            }
            yield citation, rewrite(citation, forms), data


def rewrite(citation: Citation, forms: dict[str, str]) -> str:
    """ "Harman 2009, p176" -> "Harman, 2009, p176" under the forms ", " / ", " / ""."""
    year = citation.year + citation.suffix
    names_end = citation.text.find(citation.name_separator + year)
    names = citation.text[:names_end] if names_end > 0 else citation.label.rsplit(",", 1)[0]
    text = names + forms.get("name_separator", citation.name_separator) + year
    if citation.locator:
        locator = citation.locator
        if "page_mark" in forms:
            locator = PAGE_PREFIX.sub(lambda m: m.group("letters") + forms["page_mark"], locator)
        text += forms.get("locator_separator", citation.locator_separator) + locator
    return text
