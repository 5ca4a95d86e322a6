"""Counts to figures: precision, recall, seeded recall, false findings; tables; worst list."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .article import total
from .scoring import Counts
from .seeds import KINDS
from .sets import EXTRA_SETS
from .truth import VARIANTS

WORST_SHOWN = 10


def ratio(part: int, whole: int) -> float:
    """part/whole, 1.0 for nothing to find (no marker predicted is no false marker)."""
    return part / whole if whole else 1.0


def figures(counts: Counts, articles: int) -> dict[str, Any]:
    false = counts.false_clean + counts.false_seeded
    detected = sum(counts.detected.values())
    return {
        "articles": articles,
        "marker_precision": ratio(counts.marker_matched, counts.marker_predicted),
        "marker_recall": ratio(counts.marker_matched, counts.marker_true),
        "note_precision": ratio(counts.note_matched, counts.note_predicted),
        "note_recall": ratio(counts.note_matched, counts.note_true),
        # clean documents whose markers and notes were all read right
        "exact_documents": ratio(counts.exact_documents, counts.clean_documents),
        "seeded_recall": {
            kind: ratio(counts.detected[kind], counts.seeded[kind]) for kind in KINDS
        },
        # reported defects against every footnote finding on a seeded document
        "seeded_precision": ratio(detected, detected + counts.false_seeded),
        "false_findings": false,
        "false_findings_clean": counts.false_clean,
        "false_findings_seeded": counts.false_seeded,
        "false_findings_per_20_articles": 20 * false / articles if articles else 0.0,
        "counts": counts.as_dict(),
    }


def summed(articles: Iterable[dict[str, Any]], variants: tuple[str, ...] = VARIANTS) -> Counts:
    counts = Counts()
    for article in articles:
        counts.add(total(article, variants))
    return counts


def badness(article: dict[str, Any]) -> int:
    """Every error counted once: markers and notes missed or invented, defects missed,
    false findings."""
    c = total(article)
    missed_seeds = sum(c.seeded.values()) - sum(c.detected.values())
    return (
        (c.marker_true - c.marker_matched)
        + (c.marker_predicted - c.marker_matched)
        + (c.note_true - c.note_matched)
        + (c.note_predicted - c.note_matched)
        + missed_seeds
        + c.false_clean
        + c.false_seeded
    )


def build_report(articles: list[dict[str, Any]]) -> dict[str, Any]:
    halves = {half: [a for a in articles if a["half"] == half] for half in ("tune", "check")}
    ranked = sorted(articles, key=lambda a: (-badness(a), a["name"]))
    return {
        "overall": figures(summed(articles), len(articles)),
        "halves": {h: figures(summed(group), len(group)) for h, group in halves.items()},
        "variants": {v: figures(summed(articles, (v,)), len(articles)) for v in VARIANTS},
        # each extra set overall and per variant, gated on its own (sets.py)
        "sets": {
            name: figures(summed(articles, variants), len(articles))
            for name, (variants, _) in EXTRA_SETS.items()
        },
        "set_variants": {
            v: figures(summed(articles, (v,)), len(articles))
            for variants, _ in EXTRA_SETS.values()
            for v in variants
        },
        "worst": [
            {"name": a["name"], "half": a["half"], "errors": badness(a)}
            for a in ranked[:WORST_SHOWN]
            if badness(a)
        ],
        "articles": [
            {**a, "figures": figures(total(a), 1), "errors_total": badness(a)} for a in articles
        ],
    }


_COLUMNS = (
    "set", "articles", "marker P", "marker R", "note P", "note R", "exact",
    "note deleted", "marker deleted", "note duplicated", "markers swapped",
    "seeded P", "false findings", "per 20 articles",
)  # fmt: skip


def _row(label: str, f: dict[str, Any]) -> str:
    seeded = [f"{f['seeded_recall'][kind]:.3f}" for kind in KINDS]
    cells = [
        label,
        str(f["articles"]),
        f"{f['marker_precision']:.3f}",
        f"{f['marker_recall']:.3f}",
        f"{f['note_precision']:.3f}",
        f"{f['note_recall']:.3f}",
        f"{f['exact_documents']:.2f}",
        *seeded,
        f"{f['seeded_precision']:.3f}",
        str(f["false_findings"]),
        f"{f['false_findings_per_20_articles']:.1f}",
    ]
    return "| " + " | ".join(cells) + " |"


def markdown_table(report: dict[str, Any]) -> str:
    lines = [
        "| " + " | ".join(_COLUMNS) + " |",
        "|" + "---|" * len(_COLUMNS),
        _row("all", report["overall"]),
    ]
    lines.extend(_row(f"{half} half", f) for half, f in report["halves"].items() if f["articles"])
    lines.extend(_row(f"variant {variant}", f) for variant, f in report["variants"].items())
    lines.extend(_row(f"set {name}", f) for name, f in report.get("sets", {}).items())
    lines.extend(_row(f"variant {v}", f) for v, f in report.get("set_variants", {}).items())
    if report["worst"]:
        lines.append("")
        lines.append("Worst articles (errors of every kind, all variants and seeds):")
        lines.append("")
        lines.extend(
            f"{k}. {w['name']} ({w['half']}): {w['errors']}"
            for k, w in enumerate(report["worst"], 1)
        )
    return "\n".join(lines)
