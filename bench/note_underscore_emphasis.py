"""Underscore emphasis must read as asterisk emphasis (issue 11, round 16).

    .venv/bin/python bench/note_underscore_emphasis.py [--gate]

Markdown marks italics with `*…*` or `_…_` alike, and the articles kept apart mark their
titles with underscores while the annotated ones use asterisks. This bench rewrites each
asterisk pair of the annotated articles' notes as underscores (a pair inside another left
alone) and measures the Markdown rendering again. The reader must find as many citations
and make no more false readings: `--gate` exits 1 otherwise. Before round 16 the rewrite
lost 11 of 1,169 found and added 2 false readings.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import note_accuracy  # noqa: E402
from accuracy_harness.note_gate import print_verdict  # noqa: E402
from note_scoring import Score  # noqa: E402

# An asterisk pair with no underscore or asterisk inside (one line): "*Capital*" -> "_Capital_".
_STAR_PAIR = re.compile(r"(?<![*\w])\*(?![\s*])([^*_\n]+?)(?<!\s)\*(?![*\w])")


def underscored(text: str) -> str:
    return _STAR_PAIR.sub(r"_\1_", text)


def measure() -> dict[str, Score]:
    scores = {"as written": Score(), "underscores": Score()}
    for path in note_accuracy.truth_files():
        truth = json.loads(path.read_text(encoding="utf-8"))
        scores["as written"].add(note_accuracy.score_article(truth, "markdown"))
        scores["underscores"].add(
            note_accuracy.score_article(truth, "markdown", rewrite=underscored)
        )
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gate", action="store_true", help="exit 1 when the rewrite loses")
    args = parser.parse_args()
    if not note_accuracy.CORPUS.is_dir():
        print(f"note_underscore_emphasis: {note_accuracy.CORPUS} not found; nothing measured")
        return 0
    scores = measure()
    print("| notes | precision | recall | found/truth | false |")
    print("|---|---|---|---|---|")
    for name, s in scores.items():
        print(
            f"| {name} | {s.precision:.3f} | {s.recall:.3f} | "
            f"{s.true_positive}/{s.scored_truth} | {s.false_positive} |"
        )
    written, rewritten = scores["as written"], scores["underscores"]
    failures = []
    if rewritten.true_positive < written.true_positive:
        failures.append(f"underscores found {rewritten.true_positive} < {written.true_positive}")
    if rewritten.false_positive > written.false_positive:
        failures.append(f"underscores false {rewritten.false_positive} > {written.false_positive}")
    if not args.gate:
        return 0
    return print_verdict(failures, "underscore emphasis reads as asterisks")


if __name__ == "__main__":
    raise SystemExit(main())
