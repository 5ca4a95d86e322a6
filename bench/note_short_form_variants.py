"""Short forms by construction over real documents: is each shape read, and found? (issue 11)

    .venv/bin/python bench/note_short_form_variants.py [--half tune|check] [--works N]
        [--misses] [--only-shape NAME ...]

For each work a truth article cites in full (author, title, year) and that the reader reads
there with its author and title (at most N works per article, chosen by a seeded random),
a new last note is appended to the article holding a short form of that work in one of the
shapes Chicago (17th ed., 14.29-14.36) and journals write ("Surname, *Short Title*, 41.",
"Surname, op. cit., 41", "Surname (*Title*, 41)", …: SHAPES below; and the shapes German and
Greek notes give them: "S. 41", "a.a.O.", „…“, the year in the short form, "σ. 41", "ό.π.",
«…»). The short title is the
main title's first words (at most four, a leading article dropped, no trailing "of" or
"and"); a book's is italic, an article's or chapter's quoted, as the reader saw the full
form. The article is read as Markdown and as its web copy (`note_accuracy.web_copy`), with a
works-cited list built as `note_seeding` builds it. For each shape and rendering:

- read: the new note gives a reading of the work (its first author; its title, where the
  shape writes one), and read short: with a short form's form (short, op-cit, loc-cit);
- no false finding: with the full form where it stands, no short-form-before-full,
  missing-reference or inconsistent-reference on the new note;
- found when deleted: with every note citing the work emptied (as `note_seeding` empties the
  full form's note; the work's other short forms go too, so that the new note is its first
  short form; for "op. cit." and "loc. cit.", which name the author alone, every note citing
  the author), short-form-before-full is reported on the new note.

Negatives by construction: appended notes that are no short form of a cited work ("Paris,
41.", "See chapter 3, 41.", "Surname's argument, 41, is weak.", a person then a number in
prose, a quantity) must give no reading and no finding.

The articles' text stays in ../shared; nothing here is tuned by article.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from note_accuracy import CORPUS, TRUTH, half, notes_by_label, web_copy  # noqa: E402
from note_scoring import fits, key, title_fits  # noqa: E402
from note_seeding import Work, lint_seen, note_spans, works_cited, works_of  # noqa: E402

from citecheck.extract.note_citations import note_citations_in  # noqa: E402
from citecheck.extract.note_lone_names import EarlierWorks  # noqa: E402

SEED = 11
WORKS_PER_ARTICLE = 4
LABEL = "sfv"  # the appended note's label
RULES = ("short-form-before-full", "missing-reference", "inconsistent-reference")
SHORT_FORMS = ("short", "op-cit", "loc-cit")
ARTICLES = ("the", "a", "an")
# Words a short title does not end on (Chicago 14.32: the key words of the main title).
TRAILING = {"of", "and", "the", "a", "an", "in", "on", "to", "for", "at", "by", "with", "or"}
# Where a main title ends: "Khrushchev Lied: The Evidence", "What Is to Be Done? Burning …".
# matches ": ", "? ", " -- "; not "2:1"
_SUBTITLE = re.compile(r"(?<=\w)[:.]\s+|(?<=[?!])\s+|\s[—–]\s|\s--\s")


@dataclass(frozen=True)
class Cited:
    """A work cited in full and read so: its truth, its short title and how it is marked."""

    work: Work
    surname: str  # the first author's surname as the truth writes it
    given: str  # the given names the full form writes before it ("" when none)
    short_title: str
    quoted: bool  # an article or a chapter (the full form's title in quotes)


def short_title(title: str) -> str:
    main = _SUBTITLE.split(title)[0].strip(" ,.;")
    words = main.split()
    if len(words) > 1 and words[0].lower() in ARTICLES:
        words = words[1:]
    words = words[:4]
    while len(words) > 1 and words[-1].lower().strip(",") in TRAILING:
        words = words[:-1]
    return " ".join(words).strip(" ,;")


def _names(authors: tuple[str, ...]) -> str:
    if len(authors) > 2:
        return ", ".join(authors[:-1]) + ", and " + authors[-1]
    return " and ".join(authors)


def _t(c: Cited, page: str = ", 41") -> str:
    """The short title, marked as the full form marked it, then what follows it: a quoted
    title takes the comma inside its quotes (Chicago 6.9)."""
    if c.quoted:
        tail = page[0] if page[:1] in ",." else ""
        return f"“{c.short_title}{tail}”{page[len(tail) :]}"
    return f"*{c.short_title}*{page}"


# A shape: the work -> the new note's text, or None (the shape does not apply to it).
Shape = Callable[[Cited, Cited | None], str | None]

SHAPES: dict[str, Shape] = {
    "Surname, Short Title, 41.": lambda c, o: f"{c.surname}, {_t(c)}.",
    "title only, 41.": lambda c, o: f"{_t(c)}.",
    "Surname, Title, vol. 2, 41.": lambda c, o: f"{c.surname}, {_t(c, ', vol. 2, 41')}.",
    "Surname and Surname, Title, 41.": lambda c, o: (
        f"{_names(c.work.authors)}, {_t(c)}." if len(c.work.authors) > 1 else None
    ),
    "Surname et al., Title, 41.": lambda c, o: (
        f"{c.surname} et al., {_t(c)}." if len(c.work.authors) > 1 else None
    ),
    "Surname, Title, 41-43.": lambda c, o: f"{c.surname}, {_t(c, ', 41-43')}.",
    "Surname, Title, 41–43. (en dash)": lambda c, o: f"{c.surname}, {_t(c, ', 41–43')}.",
    "Surname, Title, pp. 41f.": lambda c, o: f"{c.surname}, {_t(c, ', pp. 41f')}.",
    "Surname, Title, p. 41.": lambda c, o: f"{c.surname}, {_t(c, ', p. 41')}.",
    "See Surname, Title, 41.": lambda c, o: f"See {c.surname}, {_t(c)}.",
    "Surname, Title, 41; Other, Title2, 7.": lambda c, o: (
        f"{c.surname}, {_t(c)}; {o.surname}, {_t(o, ', 7')}." if o else None
    ),
    "Surname, ‘Title’, 41. (single quotes)": lambda c, o: f"{c.surname}, ‘{c.short_title}’, 41.",
    "Surname, Title, chap. 3.": lambda c, o: f"{c.surname}, {_t(c, ', chap. 3')}.",
    "Surname, Title, 41n12. (a note)": lambda c, o: f"{c.surname}, {_t(c, ', 41n12')}.",
    "Surname, op. cit., 41.": lambda c, o: f"{c.surname}, op. cit., 41.",
    "Surname, loc. cit.": lambda c, o: f"{c.surname}, loc. cit.",
    "Surname (Title, 41).": lambda c, o: f"{c.surname} ({_t(c)}).",
    "Surname, Title, 41, emphasis added.": lambda c, o: (
        f"{c.surname}, {_t(c, ', 41, emphasis added')}."
    ),
    "Surname's Title, 41.": lambda c, o: f"{c.surname}’s {_t(c)}.",
    # more shapes journals print
    "Given Surname, Title, 41.": lambda c, o: (
        f"{c.given} {c.surname}, {_t(c)}." if c.given else None
    ),
    'Surname, "Title," 41. (straight quotes)': lambda c, o: f'{c.surname}, "{c.short_title}," 41.',
    "Cf. Surname, Title, 41.": lambda c, o: f"Cf. {c.surname}, {_t(c)}.",
    "Surname, Title, 41, 45.": lambda c, o: f"{c.surname}, {_t(c, ', 41, 45')}.",
    "Surname, Title, 41, quoted in Other, Title2, 7.": lambda c, o: (
        f"{c.surname}, {_t(c)}, quoted in {o.surname}, {_t(o, ', 7')}." if o else None
    ),
    "As Surname argues (Title, 41), prose.": lambda c, o: (
        f"As {c.surname} argues ({_t(c)}), the point holds."
    ),
    # German notes: "S." pages, a colon after the name, „…“ quotes, "a.a.O.", "Vgl.", the
    # year in the short form
    "de: Surname, Title, S. 41.": lambda c, o: f"{c.surname}, {_t(c, ', S. 41')}.",
    "de: Surname: Title, S. 41.": lambda c, o: f"{c.surname}: {_t(c, ', S. 41')}.",
    "de: Given Surname: Title, S. 41.": lambda c, o: (
        f"{c.given} {c.surname}: {_t(c, ', S. 41')}." if c.given else None
    ),
    "de: Surname, Title, S. 41 ff.": lambda c, o: f"{c.surname}, {_t(c, ', S. 41 ff')}.",
    "de: Vgl. Surname, Title, S. 41f.": lambda c, o: f"Vgl. {c.surname}, {_t(c, ', S. 41f')}.",
    "de: Surname, „Title“, S. 41.": lambda c, o: f"{c.surname}, „{c.short_title}“, S. 41.",
    "de: Given Surname, „Title“, S. 41.": lambda c, o: (
        f"{c.given} {c.surname}, „{c.short_title}“, S. 41." if c.given else None
    ),
    "de: Surname, a.a.O., S. 41.": lambda c, o: f"{c.surname}, a.a.O., S. 41.",
    "de: Surname, Title (Year), S. 41.": lambda c, o: (
        f"{c.surname}, {_t(c, f' ({c.work.year}), S. 41')}."
    ),
    # Greek notes: "σ."/"σσ." pages, «…» quotes, "ό.π.", "Βλ."
    "el: Surname, Title, σ. 41.": lambda c, o: f"{c.surname}, {_t(c, ', σ. 41')}.",
    "el: Given Surname, Title, σ. 41.": lambda c, o: (
        f"{c.given} {c.surname}, {_t(c, ', σ. 41')}." if c.given else None
    ),
    "el: Surname, «Title», σ. 41.": lambda c, o: f"{c.surname}, «{c.short_title}», σ. 41.",
    "el: Given Surname, «Title», σ. 41.": lambda c, o: (
        f"{c.given} {c.surname}, «{c.short_title}», σ. 41." if c.given else None
    ),
    "el: Βλ. Surname, Title, σσ. 41-43.": lambda c, o: f"Βλ. {c.surname}, {_t(c, ', σσ. 41-43')}.",
    "el: Surname, ό.π., σ. 41.": lambda c, o: f"{c.surname}, ό.π., σ. 41.",
}

# Notes that are no short form of a cited work: no reading, no finding.
NEGATIVES: dict[str, Callable[[Cited], str]] = {
    "Paris, 41.": lambda c: "Paris, 41.",
    "See chapter 3, 41.": lambda c: "See chapter 3, 41.",
    "Surname's argument, 41, is weak.": lambda c: f"{c.surname}’s argument, 41, is weak.",
    "a person then a number in prose": lambda c: (
        f"On this {c.surname} wrote little, 41 pages in all."
    ),
    "a quantity": lambda c: "Some 41,000 workers struck that year.",
    "a person counting": lambda c: f"{c.surname} counted 41 strikes in 1905.",
    "de: Paris, S. 41.": lambda c: "Paris, S. 41.",
    "el: Αθήνα, σ. 41.": lambda c: "Αθήνα, σ. 41.",
}

WITHOUT_TITLE = (
    "Surname, op. cit., 41.",
    "Surname, loc. cit.",
    "de: Surname, a.a.O., S. 41.",
    "el: Surname, ό.π., σ. 41.",
)
WITHOUT_AUTHOR = ("title only, 41.",)


def read_works(path: Path, rng: random.Random, per_article: int) -> tuple[dict, list[Cited]]:
    """The works of the article cited in full and read there with author and title."""
    truth = json.loads(path.read_text(encoding="utf-8"))
    masked, notes = notes_by_label(CORPUS / truth["article"])
    found: list[Cited] = []
    earlier = EarlierWorks()
    readings = {
        label: list(note_citations_in(masked, note, earlier)) for label, note in notes.items()
    }
    for work in works_of(truth):
        t, label = _full_truth(truth, work)
        if t is None or label not in readings:
            continue
        read = next(
            (
                c
                for c in readings[label]
                if fits(t, c) and c.authors and c.title and title_fits(work.title, c.title)
            ),
            None,
        )
        title = short_title(work.title)
        if read is None or not title or not re.search(r"\w", title):
            continue
        given = _given_names(t["text"], work.authors[0])
        found.append(Cited(work, work.authors[0], given, title, read.title_style == "quoted"))
    return truth, rng.sample(found, min(per_article, len(found)))


# Given names, then the surname, at the citation's start: "Ervand Abrahamian, …".
# matches "Ervand", "E. H." before their surname; not a cue ("See") or a lower-case word
_GIVEN = re.compile(r"^(?P<given>(?:[A-Z][\w.'’-]*\s+){1,3})")


def _given_names(text: str, surname: str) -> str:
    found = _GIVEN.match(text)
    if not found or not text[found.end() :].startswith(surname):
        return ""
    given = found.group("given").strip()
    return "" if given.split()[0] in ("See", "Cf.", "In", "Quoted") else given


def _full_truth(truth: dict, work: Work) -> tuple[dict | None, str]:
    for entry in truth["notes"]:
        for c in entry["citations"]:
            if c["form"] == "full" and c["authors"] and c["authors"][0] == work.authors[0]:
                if c.get("title") and title_fits(work.title, c["title"]):
                    return c, entry["label"]
    return None, ""


def document(article: str, note: str, truth: dict, web: bool) -> str:
    text = article.rstrip("\n") + f"\n\n[^{LABEL}]: {note}\n"
    return (web_copy(text) if web else text) + works_cited(works_of(truth, listed=True))


def emptied(doc: str, labels: tuple[str, ...]) -> str:
    """The document with each of the notes emptied as note_seeding empties a full form's."""
    spans = note_spans(doc)
    for start, end in sorted((spans[lab] for lab in labels if lab in spans), reverse=True):
        doc = doc[:start] + "A comment." + doc[end:]
    return doc


def _citing(truth: dict, cited: Cited, shape: str) -> tuple[str, ...]:
    """The notes to empty: those citing the work; for an "op. cit." or "loc. cit.", which
    names the author alone, every note citing that author (another of the author's works
    given in full before is what it may refer to: no finding is then right)."""
    if shape not in WITHOUT_TITLE:
        return cited.work.labels
    return tuple(
        n["label"]
        for n in truth["notes"]
        if any(c["authors"] and key(c["authors"][0]) == key(cited.surname) for c in n["citations"])
    )


def _reads_work(readings: list, cited: Cited, shape: str) -> tuple[bool, bool]:
    """(read, read short) of the work in the new note's readings."""
    for form, keys, title, _year, _matched in readings:
        if shape not in WITHOUT_AUTHOR and (not keys or keys[0] != key(cited.surname)):
            continue
        if shape not in WITHOUT_TITLE and not title_fits(cited.short_title, title or ""):
            continue
        return True, form in SHORT_FORMS
    return False, False


def measure(half_name: str, per_article: int, misses: bool, only: set[str]) -> None:
    tally: dict[tuple[str, str], Counter[str]] = {}
    negatives: dict[tuple[str, str], Counter[str]] = {}
    files = [p for p in sorted(TRUTH.glob("*.json")) if half(p.name) == half_name]
    works = 0
    for path in files:
        rng = random.Random(f"{SEED}:{path.name}")
        truth, cited = read_works(path, rng, per_article)
        article = (CORPUS / truth["article"]).read_text(encoding="utf-8")
        works += len(cited)
        for i, c in enumerate(cited):
            other = next(
                (o for o in cited[i + 1 :] + cited[:i] if key(o.surname) != key(c.surname)), None
            )
            for web in (False, True):
                rendering = "web" if web else "markdown"
                for shape, make in SHAPES.items():
                    note = make(c, other)
                    if note is None or (only and shape not in only):
                        continue
                    row = tally.setdefault((shape, rendering), Counter())
                    row["cases"] += 1
                    doc = document(article, note, truth, web)
                    findings, seen, readings = lint_seen(doc)
                    read, read_short = _reads_work(readings.get(LABEL, []), c, shape)
                    row["read"] += read
                    row["read short"] += read_short
                    false = [r for r, lab in findings if lab == LABEL and r in RULES]
                    row["no false finding"] += not false
                    gone = emptied(doc, _citing(truth, c, shape))
                    found = ("short-form-before-full", LABEL) in lint_seen(gone)[0]
                    row["found when deleted"] += found
                    if misses and not (read_short and not false and found):
                        print(
                            f"{shape} ({rendering}) {truth['article']}: {note!r} "
                            f"read={read} short={read_short} false={false} found={found}"
                        )
                        print("   ", seen.get(LABEL, []))
                for name, make_negative in NEGATIVES.items():
                    if only and name not in only:
                        continue
                    row = negatives.setdefault((name, rendering), Counter())
                    row["cases"] += 1
                    note = make_negative(c)
                    findings, seen, readings = lint_seen(document(article, note, truth, web))
                    row["no reading"] += not readings.get(LABEL)
                    false = [r for r, lab in findings if lab == LABEL and r in RULES]
                    row["no finding"] += not false
                    if misses and (readings.get(LABEL) or false):
                        print(f"negative {name} ({rendering}) {truth['article']}: {note!r}")
                        print("   ", seen.get(LABEL, []))
    print(f"{works} works read in full of {len(files)} {half_name}-half articles")
    columns = ("read", "read short", "no false finding", "found when deleted")
    print("\n| shape | rendering | cases | " + " | ".join(columns) + " |")
    print("|---|---|---|" + "---|" * len(columns))
    for (shape, rendering), row in tally.items():
        n = row["cases"]
        cells = " | ".join(f"{row[c]} ({row[c] / n:.2f})" for c in columns)
        print(f"| {shape} | {rendering} | {n} | {cells} |")
    for rendering in ("markdown", "web"):
        rows = [r for (_, rend), r in tally.items() if rend == rendering]
        n = sum(r["cases"] for r in rows)
        if n:
            cells = " | ".join(f"{sum(r[c] for r in rows) / n:.3f}" for c in columns)
            print(f"| all | {rendering} | {n} | {cells} |")
    print("\n| negative | rendering | cases | no reading | no finding |")
    print("|---|---|---|---|---|")
    for (name, rendering), row in negatives.items():
        n = row["cases"]
        print(
            f"| {name} | {rendering} | {n} | {row['no reading']} ({row['no reading'] / n:.2f}) "
            f"| {row['no finding']} ({row['no finding'] / n:.2f}) |"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("tune", "check"), default="tune")
    parser.add_argument("--works", type=int, default=WORKS_PER_ARTICLE, metavar="N")
    parser.add_argument("--misses", action="store_true", help="print each case that fails")
    parser.add_argument("--only-shape", nargs="+", default=[], metavar="NAME")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"note_short_form_variants: {CORPUS} not found (the shared corpus)", file=sys.stderr)
        return 2
    if args.half == "check" and args.misses:
        print("note_short_form_variants: the check half is counted, never listed", file=sys.stderr)
        return 2
    measure(args.half, args.works, args.misses, set(args.only_shape))
    return 0


if __name__ == "__main__":
    sys.exit(main())
