"""One article end to end: render, lay out each variant, seed, read with citecheck, score."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from .render import make_parser, render_article
from .scoring import Counts, read, score_clean, score_seeded
from .seeds import choose_targets, seed
from .sets import EXTRA_SETS
from .truth import VARIANTS, compose

# How many of each kind of error the report keeps per article and variant.
KEEP_ERRORS = 10


def half_of(name: str) -> str:
    """`tune` or `check`, by the parity of the file name's SHA-256: fixed, not chosen."""
    return "tune" if hashlib.sha256(name.encode("utf-8")).digest()[-1] % 2 == 0 else "check"


def evaluate_article(path: str, index: int) -> dict[str, Any]:
    """Counts per variant for one article, and its errors (a few of each) for the report."""
    name = Path(path).name
    rendered = render_article(Path(path).read_text(encoding="utf-8"), make_parser())
    variants: dict[str, Any] = {}
    errors: dict[str, Any] = {}
    targets: dict[str, int] | None = None
    for variant in VARIANTS:
        document = compose(rendered, variant)
        if targets is None:
            targets = choose_targets(document, index)
        counts, found = score_clean(document, read(document))
        seeded_misses = []
        for kind, number in targets.items():
            seeded = seed(document, kind, number)
            seeded_counts, unexplained = score_seeded(seeded.expectation, read(seeded.document))
            counts.add(seeded_counts)
            if not seeded_counts.detected[kind]:
                seeded_misses.append(f"{kind} {number}")
            if unexplained:
                found.setdefault("unexplained", []).extend(
                    [kind, *finding] for finding in unexplained
                )
        found["seeded_missed"] = seeded_misses
        variants[variant] = counts.as_dict()
        errors[variant] = {key: value[:KEEP_ERRORS] for key, value in found.items() if value}
    for _, evaluate in EXTRA_SETS.values():
        more, more_errors = evaluate(rendered, targets or {}, KEEP_ERRORS)
        variants.update(more)
        errors.update(more_errors)
    return {
        "name": name,
        "index": index,
        "half": half_of(name),
        "targets": targets or {},
        "variants": variants,
        "errors": errors,
    }


def total(article: dict[str, Any], variants: tuple[str, ...] = VARIANTS) -> Counts:
    counts = Counts()
    for variant in variants:
        counts.add(Counts.from_dict(article["variants"][variant]))
    return counts
