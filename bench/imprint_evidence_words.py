"""What the document's own imprints teach the author-year reader (issue 11), and what it
would cost: `extract/imprint_evidence.py` on the annotated articles.

    .venv/bin/python bench/imprint_evidence_words.py [--words]

For each annotated article (tune and check halves, never the held-out set): the words its
notes use as a place or a publisher that `imprint_words` does not list ("new words"), how
many of those are surnames the truth annotates in that article (each one a citation the
evidence could lose) and how many of them the document's own authors exempt, and the
author-year citations the evidence removes, in the notes and in the body. `--words` lists
the new words and the removed citations' names.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from note_accuracy import CORPUS, TRUTH, half  # noqa: E402

from citecheck.extract import build_manuscript  # noqa: E402
from citecheck.extract.citations import find_citations  # noqa: E402
from citecheck.extract.imprint_evidence import imprint_evidence  # noqa: E402
from citecheck.extract.imprint_words import IMPRINT_WORDS, fold  # noqa: E402
from citecheck.extract.note_citations import claimed_spans, note_writers  # noqa: E402
from citecheck.readers import read_manuscript  # noqa: E402


def truth_surnames(truth: dict) -> set[str]:
    return {
        fold(a.split()[-1])
        for note in truth["notes"]
        for c in note["citations"]
        for a in c.get("authors") or []
        if a.split()
    }


def measure(path: Path, words: bool) -> dict[str, int]:
    truth = json.loads(path.read_text(encoding="utf-8"))
    source = read_manuscript(CORPUS / truth["article"])
    built = build_manuscript(source, figures=False)
    evidence = imprint_evidence(source.masked, built.note_citations, built.references_in_text)
    new = evidence.imprints - IMPRINT_WORDS
    annotated = truth_surnames(truth)
    at_risk = new & annotated
    without = find_citations(
        source,
        claimed_spans(built.note_citations, source),
        note_writers(built.note_citations),
    )
    kept = {c.span for c in built.citations}
    removed = [c for c in without if c.span not in kept]
    if words and (new or removed):
        print(f"--- {path.stem} ({half(path.name)})")
        print(f"  new words  {sorted(new)}")
        for c in removed:
            where = f"n{c.note}" if c.note is not None else "body"
            print(f"  removed    {where} {c.text!r}")
    return {
        "articles": 1,
        "new words": len(new),
        "new words that are annotated surnames": len(at_risk),
        "of them exempted as the document's authors": len(at_risk & evidence.authors),
        "removed in notes": sum(1 for c in removed if c.note is not None),
        "removed in the body": sum(1 for c in removed if c.note is None),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", action="store_true", help="list new words and removals")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"imprint_evidence_words: {CORPUS} not found (the shared corpus)", file=sys.stderr)
        return 0
    totals: dict[str, dict[str, int]] = {}
    for path in sorted(TRUTH.glob("*.json")):
        row = measure(path, args.words)
        for part in (half(path.name), "overall"):
            total = totals.setdefault(part, {})
            for key, value in row.items():
                total[key] = total.get(key, 0) + value
    keys = list(next(iter(totals.values())))
    print("| half | " + " | ".join(keys) + " |")
    print("|---" * (len(keys) + 1) + "|")
    for part in ("tune", "check", "overall"):
        if part in totals:
            print(f"| {part} | " + " | ".join(str(totals[part][k]) for k in keys) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
