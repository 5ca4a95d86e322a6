"""Several works in one note, by construction over real documents: is each read? (issue 11)

    .venv/bin/python bench/note_several_works.py [--half tune|check] [--combos N]
        [--apart] [--misses] [--only-joiner TEXT ...]

For pairs and triples of works that a truth article cites in full and that the reader reads
there with its author and title (`note_short_form_variants.read_works`; at most N pairs and
N triples per article, chosen by a seeded random, each of distinct first authors), new
notes are appended to the article that cite them together. Each work is written as the
article wrote it: its own note's Markdown text, cut to the citation (the truth citation's
`text` found in the note, emphasis marks allowed between its characters; a work whose text
is not found so is left out), its last full stop and a leading cue ("See", "Vgl.")
dropped. Only the works whose cut citation, alone in an appended note, is read as its work
(with no other reading and no finding, in both renderings) are joined: what is measured is
the joining, not the cut. The works are joined in the ways notes join works (JOINERS: "; ",
"; see also ", ", and ", German "; vgl. auch ", " sowie ", Greek " · ", " και ", a sentence
of prose between, …); a triple is "A; B<joiner>C". The article is read as Markdown and as
its web copy (`note_accuracy.web_copy`), with a
works-cited list built as `note_seeding` builds it. For each joiner and rendering:

- all read: every work of the note is read (as `note_scoring` counts: its first author's
  surname, and its year or title right), each reading paired with one work;
- no false reading: every reading of the note pairs with one of its works;
- no false finding: no short-form-before-full, missing-reference or inconsistent-reference
  on the note (every work is in the list and given in full before).

Negatives by construction: a work followed by a joiner and something that is no work (a
place and year, a place and publisher, a journal and volume, a page range, a person in
prose) must add no reading and no finding.

By default all the notes of one combination and rendering are appended to one document
(one lint per document: the bench runs in about a minute); `--apart` appends each note to
a document of its own (slower; the figures it gives are the ones to report).

The articles' text stays in ../shared; nothing here is tuned by article.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from note_accuracy import CORPUS, TRUTH, half, web_copy  # noqa: E402
from note_scoring import key, title_fits  # noqa: E402
from note_seeding import Reading, lint_seen, note_spans, works_cited, works_of  # noqa: E402
from note_short_form_variants import Cited, _full_truth, read_works  # noqa: E402

SEED = 13
COMBOS = 2  # pairs and triples per article
RULES = ("short-form-before-full", "missing-reference", "inconsistent-reference")

# How notes join works: English (Chicago 14.21: "; " between works, a cue before the next),
# German ("vgl. auch", "sowie", "ferner", "und"), Greek ("·" the ano teleia, "βλ. επίσης",
# "και"), and a sentence of prose between.
JOINERS: tuple[str, ...] = (
    "; ",
    "; see also ",
    "; cf. ",
    ". See also ",
    ". See ",
    ", and ",
    " and ",
    "; and ",
    ", as well as ",
    ". Also ",
    "; for a critique, see ",
    " – ",
    "; vgl. auch ",
    " sowie ",
    "; ferner ",
    " und ",
    ". Siehe auch ",
    " · ",
    "· βλ. επίσης ",
    " και ",
    "; βλ. ",
    ". On this question, see ",
    ". The argument is taken further in ",
)

# Things that are no work, after a joiner: no reading, no finding.
NOT_WORKS: tuple[str, ...] = (
    "Paris, 1968",
    "London: Verso, 2001",
    "New Left Review 12 (2001): 41–43",
    "pp. 41–43",
    "Halvard Brekke disagrees with this reading",
    "Berlin 1968",
    "S. 41–43",
    "Αθήνα 1980",
)
NEGATIVE_JOINERS = ("; ", "; see also ", " and ", ". See ", " sowie ", " και ", "; vgl. auch ")


@dataclass(frozen=True)
class Piece:
    """A work and its citation as its own note wrote it."""

    cited: Cited
    text: str  # Markdown, without its last full stop


def _markup_pattern(text: str) -> re.Pattern[str]:
    """The truth text with emphasis marks and escapes allowed between its characters."""
    return re.compile(r"[*_\\]*".join(re.escape(ch) for ch in text))


# A cue the note's own citation opened with: the joiner is the cue now.
# matches "See ", "See also ", "Cf. ", "Vgl. ", "Siehe ", "Βλ. "; not "Seeley"
_LEADING_CUE = re.compile(r"^(?:See(?:\s+also)?|Cf\.|Vgl\.|Siehe|Βλ\.)\s+")


def cut(note: str, text: str) -> str | None:
    """The citation's Markdown in its note, balanced in its emphasis marks, or None."""
    found = _markup_pattern(text).search(note)
    if found is None:
        return None
    start, end = found.span()
    while start > 0 and note[start - 1] in "*_":
        start -= 1
    while end < len(note) and note[end] in "*_":
        end += 1
    piece = _LEADING_CUE.sub("", note[start:end].strip().rstrip(".,;:").strip())
    if piece.count("*") % 2 or piece.count("_") % 2 or not piece:
        return None
    return piece


def pieces(path: Path) -> tuple[dict, str, list[Piece]]:
    truth, cited = read_works(path, random.Random(0), 1000)
    article = (CORPUS / truth["article"]).read_text(encoding="utf-8")
    spans = note_spans(article)
    found: list[Piece] = []
    for c in cited:
        t, label = _full_truth(truth, c.work)
        if t is None or label not in spans:
            continue
        start, end = spans[label]
        text = cut(article[start:end], t["text"])
        if text:
            found.append(Piece(c, text))
    found.sort(key=lambda p: p.cited.work.labels)
    return truth, article, [p for p in found if _read_alone(p, found, article, truth)]


def _read_alone(piece: Piece, found: list[Piece], article: str, truth: dict) -> bool:
    """Whether the piece, alone in an appended note, is read as its work with no other
    reading and no finding, in both renderings (cached per article: one lint each)."""
    cache = _ALONE.setdefault(truth["article"], {})
    if not cache:
        notes = {f"swa{i}": f"{p.text}." for i, p in enumerate(found)}
        for web in (False, True):
            findings, _seen, readings = lint_seen(document(article, notes, truth, web))
            for i, p in enumerate(found):
                label = f"swa{i}"
                read, false = paired((p,), readings.get(label, []))
                bad = [r for r, lab in findings if lab == label and r in RULES]
                cache[p.text] = cache.get(p.text, True) and read == 1 and not false and not bad
    return cache.get(piece.text, False)


_ALONE: dict[str, dict[str, bool]] = {}


def combos(found: list[Piece], rng: random.Random, count: int) -> list[tuple[Piece, ...]]:
    """Up to `count` pairs and `count` triples of works of distinct first authors."""
    chosen: list[tuple[Piece, ...]] = []
    for size in (2, 3):
        for _ in range(count):
            for _attempt in range(20):
                if len(found) < size:
                    break
                group = tuple(rng.sample(found, size))
                authors = {key(p.cited.surname) for p in group}
                if len(authors) == size and group not in chosen:
                    chosen.append(group)
                    break
    return chosen


def joined(group: tuple[Piece, ...], joiner: str) -> str:
    texts = [p.text for p in group]
    head = "; ".join(texts[:-1])
    return f"{head}{joiner}{texts[-1]}."


def _fits(piece: Piece, reading: Reading) -> bool:
    _form, keys, title, year, _matched = reading
    work = piece.cited.work
    if key(work.authors[0]) not in keys:
        return False
    return (bool(year) and year == str(work.year)) or title_fits(work.title, title or "")


def paired(group: tuple[Piece, ...], readings: list[Reading]) -> tuple[int, int]:
    """(works read, readings paired with no work), pairing in order as note_scoring does."""
    used: set[int] = set()
    false = 0
    for reading in readings:
        match = next((i for i, p in enumerate(group) if i not in used and _fits(p, reading)), None)
        if match is None:
            false += 1
        else:
            used.add(match)
    return len(used), false


def document(article: str, notes: dict[str, str], truth: dict, web: bool) -> str:
    text = article.rstrip("\n") + "\n" + "".join(f"\n[^{lab}]: {n}\n" for lab, n in notes.items())
    return (web_copy(text) if web else text) + works_cited(works_of(truth, listed=True))


def _lint_notes(
    article: str, notes: dict[str, str], truth: dict, web: bool, apart: bool
) -> tuple[list, dict, dict]:
    if not apart:
        return lint_seen(document(article, notes, truth, web))
    findings: list = []
    seen: dict = {}
    readings: dict = {}
    for label, note in notes.items():
        f, s, r = lint_seen(document(article, {label: note}, truth, web))
        findings += [(rule, lab) for rule, lab in f if lab == label]
        seen[label] = s.get(label, [])
        readings[label] = r.get(label, [])
    return findings, seen, readings


def measure(
    half_name: str, count: int, apart: bool, misses: bool, only: set[str]
) -> dict[tuple[str, str], Counter[str]]:
    tally: dict[tuple[str, str], Counter[str]] = {}
    joiners = [j for j in JOINERS if not only or j.strip() in only or j in only]
    files = [p for p in sorted(TRUTH.glob("*.json")) if half(p.name) == half_name]
    groups = 0
    for path in files:
        truth, article, found = pieces(path)
        for group in combos(found, random.Random(f"{SEED}:{path.name}"), count):
            groups += 1
            notes = {f"swv{i}": joined(group, j) for i, j in enumerate(joiners)}
            negatives = {
                f"swn{i}x{k}": f"{group[0].text}{j}{x}."
                for i, j in enumerate(NEGATIVE_JOINERS)
                for k, x in enumerate(NOT_WORKS)
                if len(group) == 2 and not only
            }
            for web in (False, True):
                rendering = "web" if web else "markdown"
                findings, seen, readings = _lint_notes(
                    article, notes | negatives, truth, web, apart
                )
                for i, j in enumerate(joiners):
                    label = f"swv{i}"
                    row = tally.setdefault((repr(j), rendering), Counter())
                    row["cases"] += 1
                    read, false = paired(group, readings.get(label, []))
                    row["all read"] += read == len(group)
                    row["works"] += len(group)
                    row["works read"] += read
                    row["no false reading"] += not false
                    bad = [r for r, lab in findings if lab == label and r in RULES]
                    row["no false finding"] += not bad
                    if misses and (read < len(group) or false or bad):
                        print(f"{j!r} ({rendering}) {truth['article']}: {notes[label]!r}")
                        print(f"    read={read}/{len(group)} false={false} findings={bad}")
                        for line in seen.get(label, []):
                            print("   ", line)
                for label, note in negatives.items():
                    i, k = (int(n) for n in label[3:].split("x"))
                    row = tally.setdefault((f"negative {NOT_WORKS[k]!r}", rendering), Counter())
                    row["cases"] += 1
                    read, false = paired(group[:1], readings.get(label, []))
                    row["all read"] += read == 1
                    row["works"] += 1
                    row["works read"] += read
                    row["no false reading"] += not false
                    bad = [r for r, lab in findings if lab == label and r in RULES]
                    row["no false finding"] += not bad
                    if misses and (false or bad):
                        print(f"negative ({rendering}) {truth['article']}: {note!r}")
                        for line in seen.get(label, []):
                            print("   ", line)
    print(f"{groups} pairs and triples of {len(files)} {half_name}-half articles")
    print_table(tally)
    return tally


COLUMNS = ("all read", "works read", "no false reading", "no false finding")


def print_table(tally: dict[tuple[str, str], Counter[str]]) -> None:
    print("\n| joiner | rendering | notes | " + " | ".join(COLUMNS) + " |")
    print("|---|---|---|" + "---|" * len(COLUMNS))
    for (joiner, rendering), row in tally.items():
        n = row["cases"]
        cells = [f"{row['all read']} ({row['all read'] / n:.2f})"]
        cells.append(f"{row['works read']}/{row['works']} ({row['works read'] / row['works']:.2f})")
        cells += [f"{row[c]} ({row[c] / n:.2f})" for c in COLUMNS[2:]]
        print(f"| {joiner} | {rendering} | {n} | " + " | ".join(cells) + " |")
    for rendering in ("markdown", "web"):
        rows = [r for (j, rend), r in tally.items() if rend == rendering and "negative" not in j]
        n = sum(r["cases"] for r in rows)
        if n:
            works = sum(r["works"] for r in rows)
            cells = [f"{sum(r['all read'] for r in rows) / n:.3f}"]
            cells.append(f"{sum(r['works read'] for r in rows) / works:.3f}")
            cells += [f"{sum(r[c] for r in rows) / n:.3f}" for c in COLUMNS[2:]]
            print(f"| all joiners | {rendering} | {n} | " + " | ".join(cells) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("tune", "check"), default="tune")
    parser.add_argument("--combos", type=int, default=COMBOS, metavar="N")
    parser.add_argument("--apart", action="store_true", help="one document per note")
    parser.add_argument("--misses", action="store_true", help="print each case that fails")
    parser.add_argument("--only-joiner", nargs="+", default=[], metavar="TEXT")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"note_several_works: {CORPUS} not found (the shared corpus)", file=sys.stderr)
        return 2
    if args.half == "check" and args.misses:
        print("note_several_works: the check half is counted, never listed", file=sys.stderr)
        return 2
    measure(args.half, args.combos, args.apart, args.misses, set(args.only_joiner))
    return 0


if __name__ == "__main__":
    sys.exit(main())
