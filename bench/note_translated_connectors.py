"""How the note-citation reader holds when English notes are translated (issue 11).

    .venv/bin/python bench/note_translated_connectors.py [--gate]
    .venv/bin/python bench/note_translated_connectors.py --misses --language german

Many German and Greek articles are translations of English ones: their notes keep the
works as the original cites them (writers, titles, "London: Verso, 2009") but the words
around them are the translator's: "Vgl." for "See", "S." for "p.", "Ebd." for "Ibid.",
"hg. v." for "edited by", "in:" before a collection, „…“ or «…» for “…”, "und" or "και"
between writers. This bench gives the annotated English articles (tune and check halves)
the connecting words of a German or a Greek translation, in their notes only, and leaves
their truth as it is: the same works are cited. A reader that reads the works by their
shape loses little; one that knows the English connecting words only loses the rest.

The words are rewritten outside titles (emphasis and quotations are left alone, but their
quotation marks are the translation's). The table gives recall and precision as written
and translated, per rendering and half. `--misses` lists the tune half's notes only: the
check half is measured, never read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import note_accuracy  # noqa: E402
from accuracy_harness.note_gate import gate_failures, load_thresholds, print_verdict  # noqa: E402
from note_lexical_novelty import language, note_texts  # noqa: E402
from note_scoring import Score  # noqa: E402

# English connecting word -> what a German or a Greek translator writes, in this order (a
# longer phrase before its first word). Each is matched as a whole word.
CONNECTORS: dict[str, tuple[tuple[str, str], ...]] = {
    "german": (
        (r"See also", "Siehe auch"),
        (r"see also", "siehe auch"),
        (r"See", "Vgl."),
        (r"see", "vgl."),
        (r"Cf\.", "Vgl."),
        (r"cf\.", "vgl."),
        (r"Quoted in", "Zit. n."),
        (r"quoted in", "zit. n."),
        (r"Ibid\.?", "Ebd."),
        (r"ibid\.?", "ebd."),
        (r"Op\. cit\.", "A. a. O."),
        (r"op\. cit\.", "a. a. O."),
        (r"[Ii]dem", "ders."),
        (r"pp\.", "S."),
        (r"p\.", "S."),
        (r"edited by", "hg. v."),
        (r"eds?\.", "Hg."),
        (r"translated by", "übersetzt von"),
        (r"trans\.", "übers."),
        (r"[Vv]ols?\.", "Bd."),
        (r"no\.", "Nr."),
        (r"n\.d\.", "o. J."),
        (r"accessed", "abgerufen am"),
        (r"and", "und"),
        (r"in(?= (?:[*“\"]|$))", "in:"),  # before a title (a chunk ends where one starts)
    ),
    "greek": (
        (r"See also", "Βλ. επίσης"),
        (r"see also", "βλ. επίσης"),
        (r"See", "Βλ."),
        (r"see", "βλ."),
        (r"Cf\.", "Πρβλ."),
        (r"cf\.", "πρβλ."),
        (r"Quoted in", "Παρατίθεται στο"),
        (r"quoted in", "παρατίθεται στο"),
        (r"Ibid\.?", "Ό.π."),
        (r"ibid\.?", "ό.π."),
        (r"Op\. cit\.", "Ό.π."),
        (r"op\. cit\.", "ό.π."),
        (r"[Ii]dem", "ο ίδιος"),
        (r"pp\.", "σσ."),
        (r"p\.", "σ."),
        (r"edited by", "επιμέλεια"),
        (r"eds?\.", "επιμ."),
        (r"translated by", "μετάφραση"),
        (r"trans\.", "μτφρ."),
        (r"[Vv]ols?\.", "τόμ."),
        (r"no\.", "αρ."),
        (r"n\.d\.", "χ.χ."),
        (r"accessed", "ανακτήθηκε"),
        (r"and", "και"),
        (r"in(?= (?:[*“\"]|$))", "στο"),
    ),
}
QUOTES = {"german": ("„", "“"), "greek": ("«", "»")}

# What the rewriting leaves alone: titles, "*…*", "“…”" and '"…"' (their quotation marks
# become the translation's), and addresses.
_TITLE = re.compile(r'\*[^*\n]+\*|“[^”\n]*”|"[^"\n]*"|\S*(?:://|www\.)\S*')


def translator(language_name: str) -> Callable[[str], str]:
    """A rewriting of one note's text into the connecting words of `language_name`."""
    table = CONNECTORS[language_name]
    words = re.compile(
        "|".join(f"(?P<w{i}>(?<![\\w.]){pattern}(?!\\w))" for i, (pattern, _) in enumerate(table))
    )
    opening, closing = QUOTES[language_name]

    def connectors(prose: str) -> str:
        return words.sub(lambda m: table[int(m.lastgroup[1:])][1], prose)

    def title(match: re.Match) -> str:
        found = match.group()
        if found[0] in '“"' and len(found) >= 2:
            return opening + found[1:-1] + closing
        return found

    def rewrite(text: str) -> str:
        out, at = [], 0
        for match in _TITLE.finditer(text):
            out.append(connectors(text[at : match.start()]))
            out.append(title(match))
            at = match.end()
        out.append(connectors(text[at:]))
        return "".join(out)

    return rewrite


def _english(truth: dict) -> bool:
    return language(note_texts(truth)) == "english"


def measure(
    only_half: str | None = None, misses_of: str | None = None
) -> dict[tuple[str, str, str], Score]:
    """(rendering, half, "as written"/language) -> score; with `misses_of`, the tune half's
    notes with a miss in that translation are printed."""
    table: dict[tuple[str, str, str], Score] = {}
    variants: list[tuple[str, Callable[[str], str] | None]] = [("as written", None)]
    variants += [(name, translator(name)) for name in CONNECTORS]
    for path in note_accuracy.truth_files():
        part = note_accuracy.half(path.name)
        if only_half not in (None, part):
            continue
        truth = json.loads(path.read_text(encoding="utf-8"))
        if not _english(truth):
            continue
        for rendering in ("markdown", "web"):
            for variant, rewrite in variants:
                listed = misses_of == variant and part == "tune"
                score = note_accuracy.score_article(truth, rendering, listed, rewrite=rewrite)
                table.setdefault((rendering, part, variant), Score()).add(score)
    return table


def print_table(table: dict[tuple[str, str, str], Score]) -> None:
    print(
        "| rendering | half | notes | precision | recall | found/truth "
        "| recall lost | places as authors |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for (rendering, part, variant), score in sorted(
        table.items(), key=lambda item: (item[0][0], item[0][1] != "tune", item[0][2])
    ):
        lost = table[(rendering, part, "as written")].recall - score.recall
        print(
            f"| {rendering} | {part} | {variant} | {score.precision:.3f} | {score.recall:.3f} "
            f"| {score.true_positive}/{score.scored_truth} | {lost:.3f} "
            f"| {score.places_as_authors} |"
        )


def translation_failures(
    table: dict[tuple[str, str, str], Score], thresholds: dict[str, float]
) -> list[str]:
    """The note gate's precision and places on the translated rows, and at most
    `translated_recall_drop` of recall lost to the translation, per rendering and half."""
    bars = {k: v for k, v in thresholds.items() if k in ("precision", "places_as_authors")}
    limit = thresholds.get("translated_recall_drop")
    failures = []
    for (rendering, part, variant), score in sorted(table.items()):
        if variant == "as written":
            continue
        row = {(rendering, f"{part}, {variant}"): score}
        failures += [f"translated notes, {line}" for line in gate_failures(row, bars)]
        drop = table[(rendering, part, "as written")].recall - score.recall
        if limit is not None and drop > limit:
            failures.append(
                f"{rendering} {part}: recall falls {drop:.3f} > {limit} in {variant} notes"
            )
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("tune", "check"), help="one half only")
    parser.add_argument("--only", nargs="+", default=[], metavar="STEM", help="these articles")
    parser.add_argument(
        "--misses",
        action="store_true",
        help="print the tune half's notes with a miss in the translation --language names",
    )
    parser.add_argument("--language", choices=tuple(CONNECTORS), help="with --misses")
    parser.add_argument(
        "--gate",
        action="store_true",
        help="exit 1 when a translated row is on the wrong side of "
        "bench/note_accuracy_thresholds.toml",
    )
    args = parser.parse_args()
    if args.misses and (args.language is None or args.half == "check"):
        parser.error("--misses needs --language and lists the tune half only")
    note_accuracy.ONLY.update(args.only)
    if not note_accuracy.CORPUS.is_dir():
        print(f"note_translated_connectors: {note_accuracy.CORPUS} not found", file=sys.stderr)
        return 2
    table = measure(args.half, args.language if args.misses else None)
    print_table(table)
    if args.gate:
        failures = translation_failures(table, load_thresholds())
        return print_verdict(failures, "note-citation thresholds met in translated notes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
