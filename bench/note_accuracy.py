"""Measure the note-citation reader against the hand-made truth set (issue 11).

    .venv/bin/python bench/note_accuracy.py [--verbose] [--misses [--half tune]] [--no-seeds]
        [--only STEM ...] [--seed-misses [--half tune] [--seed-cases N]]
        [--form-misses] [--held] [--note-reader-only] [--written]

Each annotated article's notes are read twice: as Markdown (titles in `*…*`) and as a web
page gives them when copied (emphasis markers and link targets stripped). The scoring is
defined in `note_scoring.py`. A second table counts, of the citations found, the form
each was read with against its truth form (full or short): the reader's form decision
measured on every citation, not only on the seeded cases of short-form-before-full.
The tool's readings of a note are counted: the note reader's, and the author-date
citations the author-year reader reads in the note outside them (`note_author_year.py`;
`--note-reader-only` counts the note reader's alone, as the harness did before).
The articles are split into a tune half and a check half by
a hash of the file name (never by hand). The reader was tuned on the tune half only until
1 December 2026; since then the check half is looked at too, and the articles kept apart
are those of `truth/note_citations_held/` (`--held`), annotated blind and seen in counts
only. `--written` measures the documents of `truth/note_citations_written/`, written and
annotated blind to the reader by the project (no corpus text), in pairs of one register,
one in each half; their check half is never listed.
Seeded defects (`note_seeding.py`) are measured on every article, with a fixed seed.
`--held` measures the articles kept apart in `truth/note_citations_held/` instead, in
counts only (no listing of notes): their first-sight figures, before they join the set.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from accuracy_harness.note_gate import (  # noqa: E402
    gate_failures,
    load_thresholds,
    print_verdict,
    seeded_failures,
)
from note_author_year import author_year_readings  # noqa: E402
from note_scoring import Score, score_note  # noqa: E402

from citecheck.bibliography import references_in_text  # noqa: E402
from citecheck.extract.imprint_evidence import (  # noqa: E402
    ImprintEvidence,
    imprint_evidence,
    joined,
)
from citecheck.extract.note_citations import note_citations_in  # noqa: E402
from citecheck.extract.note_forms import settle_forms  # noqa: E402
from citecheck.extract.note_lone_names import EarlierWorks  # noqa: E402
from citecheck.extract.works_cited import works_cited_entries  # noqa: E402
from citecheck.model import Note, Span  # noqa: E402
from citecheck.readers import read_manuscript  # noqa: E402

TRUTH = ROOT / "bench" / "truth" / "note_citations"
HELD = ROOT / "bench" / "truth" / "note_citations_held"
# documents the project wrote blind to the reader, each beside its truth, whose half is
# chosen by its writer (`--written`)
WRITTEN = ROOT / "bench" / "truth" / "note_citations_written"
CORPUS = ROOT.parent / "shared" / "corpus" / "platypus"

# Markdown a web page does not show: links' targets, emphasis markers, escapes.
# matches "[text](http://x)" (keeps "text"), "*Title*" (keeps "Title"), "\\*"; not "x*y"
_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\([^)]*\)")
_ANGLE_URL = re.compile(r"<(?P<url>[a-z]+://[^>]+)>")
_EMPHASIS = re.compile(r"\*{1,3}(?=\S)(?P<inner>[^*]+?)(?<=\S)\*{1,3}|(?<!\w)_(?P<u>[^_]+?)_(?!\w)")
_ESCAPE = re.compile(r"\\(?P<char>[\\*_\[\]()#.!-])")


def web_copy(markdown: str) -> str:
    text = _LINK.sub(lambda m: m.group("text"), markdown)
    text = _ANGLE_URL.sub(lambda m: m.group("url"), text)
    text = _EMPHASIS.sub(lambda m: m.group("inner") or m.group("u"), text)
    return _ESCAPE.sub(lambda m: m.group("char"), text)


# --written: each truth file's half as its writer chose it (a pair of documents of one
# register, one in each half), by file name
CHOSEN_HALF: dict[str, str] = {}


def half(name: str) -> str:
    """ "tune" or "check": the writer's choice for a written document, otherwise fixed by
    the file name's hash."""
    if name in CHOSEN_HALF:
        return CHOSEN_HALF[name]
    return "tune" if hashlib.sha256(name.encode()).digest()[0] % 2 == 0 else "check"


def written_thresholds() -> dict[str, float]:
    """The gate's figures for the written documents: the `written_` keys of the thresholds."""
    prefix = "written_"
    loaded = load_thresholds()
    return {
        key.removeprefix(prefix): value for key, value in loaded.items() if key.startswith(prefix)
    }


def use_written() -> None:
    """Measure the written documents: they are their own corpus, halved as chosen."""
    global TRUTH, CORPUS
    TRUTH = CORPUS = WRITTEN
    for path in WRITTEN.glob("*.json"):
        chosen = json.loads(path.read_text(encoding="utf-8")).get("half")
        CHOSEN_HALF[path.name] = chosen if chosen in ("tune", "check") else "check"


ONLY: set[str] = set()  # --only: article stems to measure (empty: all)
# --note-reader-only: the note reader's readings alone, not the author-year reader's in notes
NOTE_READER_ONLY: list[bool] = [False]


def truth_files() -> list[Path]:
    return sorted(p for p in TRUTH.glob("*.json") if not ONLY or p.stem in ONLY)


def notes_by_label(path: Path) -> tuple[str, dict[str, Note]]:
    source = read_manuscript(path)
    return source.masked, {(n.label or str(n.number)): n for n in source.notes}


def listed_evidence(path: Path) -> ImprintEvidence:
    """What the article's own reference list says of imprints and authors, as
    `build_manuscript` reads it."""
    source = read_manuscript(path)
    listed = works_cited_entries(source, references_in_text(source))
    return imprint_evidence(source.masked, (), listed)


def print_note_misses(heading: str, text: str, note_score: Score, predictions: list) -> None:
    """One note with a missed or false citation: its text, what was read, what was missed."""
    print(f"--- {heading}")
    print(f"  text   {text.strip()[:600]!r}")
    for p in predictions:
        authors = [a.surname for a in p.authors]
        print(f"  read   {p.form} {authors} {p.title!r} {p.year} unsure={p.unsure!r}")
    for line in note_score.wrong:
        print(f"  false  {line}")
    for line in note_score.missed:
        print(f"  missed {line}")
    for line in note_score.places:
        print(f"  place  {line}")


def print_misformed(heading: str, text: str, note_score: Score) -> None:
    """One note with a citation found but read with another form than the truth's."""
    print(f"--- {heading}")
    print(f"  text   {text.strip()[:600]!r}")
    for line in note_score.misformed:
        print(f"  form   {line}")


def score_article(
    truth: dict,
    rendering: str,
    misses: bool = False,
    form_misses: bool = False,
    rewrite: Callable[[str], str] | None = None,
) -> Score:
    """`rewrite` changes each note's text before it is read (`note_lexical_novelty.py`)."""
    total = Score()
    masked, notes = notes_by_label(CORPUS / truth["article"])
    read: list[tuple[dict, str, list]] = []  # each note's truth entry, text and readings
    earlier = EarlierWorks()  # the works of the notes before, as find_note_citations keeps
    for entry in truth["notes"]:
        note = notes.get(entry["label"])
        if note is None:
            read.append((entry, "", []))
            continue
        text = note.text_span.slice(masked)
        if rewrite is not None:
            text = rewrite(text)
        if rendering == "web":
            text = web_copy(text)
        copy = Note(note.number, Span(0, len(text)), Span(0, 0), Span(0, len(text)), note.label)
        read.append((entry, text, list(note_citations_in(text, copy, earlier))))
    # forms are settled over the whole document, as `find_note_citations` does
    settled = iter(settle_forms([p for _, _, predictions in read for p in predictions]))
    read = [
        (entry, text, [next(settled) for _ in predictions]) for entry, text, predictions in read
    ]
    # the article's own imprint words and authors, as `build_manuscript` gathers them
    listed = listed_evidence(CORPUS / truth["article"])
    evidence = joined([listed, *(imprint_evidence(text, found) for _, text, found in read)])
    last_writer: tuple = ()  # of the note before: whom a "ders. 2015" names
    for entry, text, predictions in read:
        if text and not NOTE_READER_ONLY[0]:
            # the tool's readings: the author-date citations the author-year reader reads too
            copy = Note(0, Span(0, len(text)), Span(0, 0), Span(0, len(text)), entry["label"])
            dated = author_year_readings(text, copy, predictions, last_writer, evidence)
            predictions = sorted(predictions + dated, key=lambda c: c.span.start)
        last_writer = next((p.authors for p in reversed(predictions) if p.authors), ())
        note_score = score_note(entry["label"], entry["citations"], predictions, text)
        if misses and (note_score.wrong or note_score.missed or note_score.places):
            heading = f"{truth['article']} n{entry['label']} ({rendering})"
            print_note_misses(heading, text, note_score, predictions)
        if form_misses and note_score.misformed:
            heading = f"{truth['article']} n{entry['label']} ({rendering})"
            print_misformed(heading, text, note_score)
        total.add(note_score)
    return total


def measure(
    verbose: bool, misses: bool = False, only_half: str | None = None, form_misses: bool = False
) -> dict[tuple[str, str], Score]:
    table: dict[tuple[str, str], Score] = {}
    for path in truth_files():
        truth = json.loads(path.read_text(encoding="utf-8"))
        listed = misses and only_half in (None, half(path.name))
        forms_listed = form_misses and only_half in (None, half(path.name))
        for rendering in ("markdown", "web"):
            score = score_article(truth, rendering, listed, forms_listed)
            for part in (half(path.name), "overall"):
                table.setdefault((rendering, part), Score()).add(score)
            if verbose and (score.wrong or score.missed):
                print(f"--- {path.stem} ({rendering}, {half(path.name)})")
                for line in score.wrong:
                    print("  wrong ", line)
                for line in score.missed:
                    print("  missed", line)
    return table


def _rows(table: dict[tuple[str, str], Score]) -> Iterator[tuple[str, str, Score]]:
    """The table's rows in print order: each rendering's tune, check and overall halves."""
    for rendering in ("markdown", "web"):
        for part in ("tune", "check", "overall"):
            if (rendering, part) in table:
                yield rendering, part, table[(rendering, part)]


def print_table(table: dict[tuple[str, str], Score]) -> None:
    print(
        "| rendering | half | precision | recall | found/truth | false | places as authors "
        "| Ibid.-like found/truth (false) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for rendering, part, s in _rows(table):
        print(
            f"| {rendering} | {part} | {s.precision:.3f} | {s.recall:.3f} "
            f"| {s.true_positive}/{s.scored_truth} | {s.false_positive} "
            f"| {s.places_as_authors} | {s.apart_found}/{s.apart_truth} ({s.apart_false}) |"
        )


def print_form_table(table: dict[tuple[str, str], Score]) -> None:
    """Truth form x read form of the citations found, and the share read with their form."""
    print()
    print(
        "| rendering | half | full read full | full read short | short read short "
        "| short read full | other | short vs full accuracy |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for rendering, part, s in _rows(table):
        told = {pair: n for pair, n in s.forms.items() if pair[0] in ("full", "short")}
        cells = [told.get(pair, 0) for pair in _FORM_CELLS]
        other = sum(told.values()) - sum(cells)
        print(
            f"| {rendering} | {part} | {' | '.join(str(c) for c in cells)} | {other} "
            f"| {s.short_full_accuracy():.3f} |"
        )


def print_misread_by(table: dict[tuple[str, str], Score]) -> None:
    """The citations read with the other form, counted by what the reader took for details
    (a full form) or why it settled on a short one."""
    print()
    print("| rendering | half | read with the other form, by why |")
    print("|---|---|---|")
    for (rendering, part), s in sorted(table.items()):
        counts = sorted(s.misread_by.items(), key=lambda x: (-x[1], x[0]))
        why = "; ".join(f"{k} {n}" for k, n in counts)
        print(f"| {rendering} | {part} | {why or '-'} |")


_FORM_CELLS = (("full", "full"), ("full", "short"), ("short", "short"), ("short", "full"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list misses and false readings")
    parser.add_argument(
        "--misses", action="store_true", help="print each note with a missed or false citation"
    )
    parser.add_argument(
        "--half", choices=("tune", "check"), help="with --misses: list one half's notes only"
    )
    parser.add_argument(
        "--form-misses",
        action="store_true",
        help="print each note with a citation found but read with another form "
        "(with --half, of that half only)",
    )
    parser.add_argument("--no-seeds", action="store_true", help="skip the seeded defects")
    parser.add_argument(
        "--seed-misses",
        action="store_true",
        help="print each missed seeded case and false finding on a clean document (not the "
        "reader's note misses); with --half, of that half only",
    )
    parser.add_argument(
        "--seed-cases",
        type=int,
        default=None,
        metavar="N",
        help="seed N cases per kind and article (0: every case) instead of the measured 3; "
        "with --half, that half's articles only",
    )
    parser.add_argument(
        "--seed-causes",
        action="store_true",
        help="count the missed seeded cases of each half by what the rules saw (counts only)",
    )
    parser.add_argument(
        "--seed-web",
        action="store_true",
        help="seed the web copy of each article instead of its Markdown (a look only)",
    )
    parser.add_argument(
        "--only", nargs="+", default=[], metavar="STEM", help="measure these articles only"
    )
    parser.add_argument(
        "--gate",
        action="store_true",
        help="exit 1 when a figure is on the wrong side of bench/note_accuracy_thresholds.toml",
    )
    parser.add_argument(
        "--note-reader-only",
        action="store_true",
        help="count the note reader's readings only, not the author-year reader's in the notes "
        "(the measure before 1 December 2026's round 13)",
    )
    parser.add_argument(
        "--held",
        action="store_true",
        help="measure the held-out articles (truth/note_citations_held/), in counts only",
    )
    parser.add_argument(
        "--written",
        action="store_true",
        help="measure the documents written blind (truth/note_citations_written/); notes "
        "are listed (--misses and the like) for the tune half only",
    )
    args = parser.parse_args()
    if args.written:
        # --verbose lists every article's misses, whatever the half
        listing = args.misses or args.form_misses or args.seed_misses
        if args.held or args.verbose or (listing and args.half != "tune"):
            parser.error("--written lists the tune half's notes only (--half tune)")
        use_written()
    if args.held:
        if args.verbose or args.misses or args.form_misses or args.seed_misses or args.gate:
            parser.error("--held prints counts only (no --verbose, --misses, --gate)")
        global TRUTH
        TRUTH = HELD
    ONLY.update(args.only)
    NOTE_READER_ONLY[0] = args.note_reader_only
    if not CORPUS.is_dir():
        print(f"note_accuracy: {CORPUS} not found (the shared corpus)", file=sys.stderr)
        return 2
    halves = [half(p.name) for p in truth_files()]
    print(f"articles: {halves.count('tune')} tune, {halves.count('check')} check")
    if args.seed_cases is None:
        table = measure(args.verbose, args.misses, args.half, args.form_misses)
        print_table(table)
        print_form_table(table)
        print_misread_by(table)
        thresholds = written_thresholds() if args.written else load_thresholds()
        failures = gate_failures(table, thresholds) if args.gate else []
    if not args.no_seeds:
        from note_seed_report import CASES, print_causes, print_seeded

        misses = args.misses or args.seed_misses
        per_kind = CASES if args.seed_cases is None else args.seed_cases
        rendering = web_copy if args.seed_web else None
        causes: dict[tuple[str, str, str], int] | None = {} if args.seed_causes else None
        seeded = print_seeded(
            truth_files(), CORPUS, half, misses, args.half, per_kind, rendering, causes
        )
        if causes is not None:
            print_causes(causes)
        # the seeded bars hold over the measured cases of the Markdown copy only
        if args.gate and args.seed_cases is None and not args.seed_web:
            failures += seeded_failures(seeded, thresholds)
    if args.gate and args.seed_cases is None:
        met = "note-citation thresholds met" + (" on the written documents" * args.written)
        return print_verdict(failures, met)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
