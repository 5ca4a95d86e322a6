"""Seeded-defect recall of the quotation and marker-placement rules on the Platypus corpus.

Run: .venv/bin/python bench/quote_accuracy.py [--seeds N] [--min-recall R]   (make quote-accuracy)

Three kinds of defect are put into clean places of the corpus's Markdown articles, one at a
time, with a fixed random seed, and each seeded copy is linted again:

- close:  the closing mark of an outer quotation is deleted (the paragraph had no finding);
- before: a marker that follows a full stop or comma is moved before it, in an article
          whose markers mostly follow the punctuation;
- space:  a space is put before a marker that had none.

A seed is found when unbalanced-quote (close) or marker-placement (before, space) reports
something at the seeded place that the clean article did not report. Recall per kind is
printed; the exit code is 1 when one is below --min-recall (default 0.95).
The corpus is read from ../shared/corpus/platypus (or $CITECHECK_SHARED/corpus/platypus).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from citecheck.engine import LintOptions, lint_source
from citecheck.extract import build_manuscript
from citecheck.model import Finding, Manuscript, Span
from citecheck.readers import read_bytes
from citecheck.rules.marker_placement import placements

ROOT = Path(__file__).resolve().parent.parent
SEED = 16  # the number: fixed, so every run seeds the same defects
KINDS = ("close", "before", "space")
OPTIONS = LintOptions(select=("unbalanced-quote", "marker-placement"))


@dataclass(frozen=True)
class Seed:
    kind: str
    path: str
    text: str  # the article with the defect in it
    where: Span  # where a finding must start, in the seeded text


def corpus() -> Path:
    shared = os.environ.get("CITECHECK_SHARED")
    root = Path(shared) if shared else ROOT.parent / "shared"
    return root / "corpus" / "platypus"


def manuscript_of(path: str, text: str) -> Manuscript:
    return build_manuscript(read_bytes(path, text.encode("utf-8")), figures=False)


def findings_of(path: str, text: str) -> list[Finding]:
    return list(lint_source(read_bytes(path, text.encode("utf-8")), OPTIONS).findings)


def close_seeds(path: str, text: str, manuscript: Manuscript, clean: list[Finding]) -> list[Seed]:
    """Delete the closing mark of an outer quotation in a paragraph with no finding."""
    flagged = [f.span.start for f in clean if f.rule == "unbalanced-quote"]
    seeds = []
    for quotation in manuscript.quotations:
        if quotation.depth or not quotation.closed or quotation.continued:
            continue
        assert quotation.opening is not None and quotation.closing is not None
        paragraph = next(
            p.span for p in manuscript.source.paragraphs if p.span.contains(quotation.span.start)
        )
        if quotation.closing.end > paragraph.end or any(paragraph.contains(f) for f in flagged):
            continue
        cut = quotation.closing.start
        seeded = text[:cut] + text[cut + 1 :]
        seeds.append(Seed("close", path, seeded, Span(paragraph.start, paragraph.end - 1)))
    return seeds


def marker_seeds(path: str, text: str, manuscript: Manuscript) -> list[Seed]:
    """Move a marker before its full stop or comma, or put a space before it."""
    found = placements(manuscript)
    after = sum(1 for p in found if p.punctuation == "after")
    before = sum(1 for p in found if p.punctuation == "before")
    seeds = []
    for placement in found:
        marker = placement.marker
        start, end = marker.span.start, marker.span.end
        if placement.spaced or placement.stacked_on is not None or marker.form == "bracket":
            continue
        seeded = text[:start] + " " + text[start:]
        seeds.append(Seed("space", path, seeded, Span(start + 1, end + 1)))
        # "before" needs a document that puts markers after punctuation (4 agreeing, so
        # that 3 still agree once one is moved).
        if text[start - 1] in ".," and after - 1 >= 3 and after - 1 >= 2 * (before + 1):
            label = text[start:end]
            seeded = text[: start - 1] + label + text[start - 1] + text[end:]
            seeds.append(Seed("before", path, seeded, Span(start - 1, end - 1)))
    return seeds


def is_found(seed: Seed) -> bool:
    rule = "unbalanced-quote" if seed.kind == "close" else "marker-placement"
    for finding in findings_of(seed.path, seed.text):
        if finding.rule != rule:
            continue
        if seed.kind == "close" and seed.where.start <= finding.span.start <= seed.where.end:
            return True
        if seed.kind != "close" and finding.span.start == seed.where.start:
            return True
    return False


def all_seeds() -> dict[str, list[Seed]]:
    seeds: dict[str, list[Seed]] = {kind: [] for kind in KINDS}
    for file in sorted(corpus().glob("*.md")):
        text = file.read_text(encoding="utf-8")
        manuscript = manuscript_of(file.name, text)
        clean = findings_of(file.name, text)
        for seed in close_seeds(file.name, text, manuscript, clean):
            seeds["close"].append(seed)
        for seed in marker_seeds(file.name, text, manuscript):
            seeds[seed.kind].append(seed)
    return seeds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=200, help="defects per kind (default 200)")
    parser.add_argument("--min-recall", type=float, default=0.95)
    parser.add_argument("--show-missed", action="store_true", help="print each missed seed")
    args = parser.parse_args(argv)
    if not corpus().is_dir():
        print(f"quote_accuracy: the corpus is not at {corpus()}", file=sys.stderr)
        return 2
    rng = random.Random(SEED)
    candidates = all_seeds()
    failed = False
    print(f"{'kind':<8} {'seeded':>6} {'found':>6} {'recall':>7}  (candidates)")
    for kind in KINDS:
        pool = candidates[kind]
        chosen = rng.sample(pool, min(args.seeds, len(pool)))
        found = [seed for seed in chosen if is_found(seed)]
        recall = len(found) / len(chosen) if chosen else 0.0
        failed |= recall < args.min_recall
        print(f"{kind:<8} {len(chosen):>6} {len(found):>6} {recall:>7.3f}  ({len(pool)})")
        if args.show_missed:
            report_missed(chosen, found, describe)
    return 1 if failed else 0


def describe(seed: Seed) -> str:
    start = max(0, seed.where.start - 60)
    return f"{seed.path}: {seed.text[start : seed.where.start + 20]!r}"


def report_missed(chosen: list[Seed], found: list[Seed], show: Callable[[Seed], str]) -> None:
    hits = {id(seed) for seed in found}
    for seed in chosen:
        if id(seed) not in hits:
            print("  missed", seed.kind, show(seed))


if __name__ == "__main__":
    sys.exit(main())
