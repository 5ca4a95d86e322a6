"""Does a right reading still find its entry, however an unseen note words it? (issue 11)

    .venv/bin/python bench/note_match_robustness.py [--set annotated|written] [--misses]

Look-only. For every truth citation the reader reads right (the annotated set, both halves,
or the written documents' TUNE half), the list is built from the truth as the seeding
harness builds it (`note_seeding.works_cited`: "Surname and Surname, *Title*, Year.") and
the READING is varied the way an unseen note could give the same work: its title cut at
its colon or a comma, run on into its container, its leading article dropped or added, a
second author dropped or added, no year or another edition's year, a translated title; and
its first author written with a particle, as a body, or transliterated otherwise (both
sides renamed). A variant the truth's scoring counts wrong is not owed a match and is left
out (except the renamings, whose truth is renamed with them).

Held: the reading matches its own entry among the article's entries. Kept apart: with its
entry taken out, the reading matches none of the article's other entries, nor a distractor
put in their place: the writer's other book (another year, the same year, two years
apart), another writer of that surname, a title sharing only its first word. A looser
matcher that hides a removed entry shows here.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import note_accuracy  # noqa: E402
import note_match_variants as variants  # noqa: E402
from note_scoring import fits  # noqa: E402
from note_seeding import Work  # noqa: E402

from citecheck.bibliography.names import fold  # noqa: E402
from citecheck.bibliography.note_matching import match_note_citations  # noqa: E402
from citecheck.model import Author, NoteCitation, Reference  # noqa: E402

ARTICLES = ("the", "a", "an")

# A variant: (reading, truth, work) -> (reading, truth, work) as the other note gives them.
Variant = Callable[[NoteCitation, dict, Work], tuple[NoteCitation, dict, Work] | None]


def _author(surname: str) -> Author:
    return Author(surname, fold(surname))


def _titled(change: Callable[[str], str | None], *, full_only: bool = False) -> Variant:
    def variant(c: NoteCitation, t: dict, w: Work):
        if not c.title or (full_only and c.form != "full"):
            return None
        new = change(c.title)
        return (dataclasses.replace(c, title=new), t, w) if new and new != c.title else None

    return variant


def _cut(mark: str) -> Callable[[str], str | None]:
    def cut(title: str) -> str | None:
        head = title.split(mark, 1)[0].strip(" ,")
        return head if mark in title and len(head) >= 4 else None

    return cut


def _article(title: str) -> str | None:
    first, _, rest = title.partition(" ")
    if first.lower() in ARTICLES and rest:
        return rest[:1].upper() + rest[1:]
    return "The " + title


def _year(shift: int) -> Variant:
    def variant(c: NoteCitation, t: dict, w: Work):
        if not c.year or not c.title:
            return None
        return dataclasses.replace(c, year=str(int(c.year) + shift)), t, w

    return variant


def _renamed(listed: str, read: str) -> Variant:
    """The first author renamed in the truth, the list and the reading alike, the reading
    writing the name otherwise (a particle, a body's name, a transliteration)."""

    def variant(c: NoteCitation, t: dict, w: Work):
        if not c.authors:
            return None
        truth = {**t, "authors": [listed, *t["authors"][1:]]}
        work = dataclasses.replace(w, authors=(listed, *w.authors[1:]))
        cited = dataclasses.replace(c, authors=(_author(read), *c.authors[1:]))
        return cited, truth, work

    return variant


VARIANTS: dict[str, Variant] = {
    "title cut at its colon (subtitle missing)": _titled(variants._main_title),
    "title cut at a comma": _titled(_cut(",")),
    "title cut at a full stop (ISO 690 subtitle)": _titled(_cut(". ")),
    "title cut at its subtitle, another year (+2)": lambda c, t, w: (
        _year(2)(dataclasses.replace(c, title=cut), t, w)
        if c.title and (cut := variants._main_title(c.title) or _cut(". ")(c.title))
        else None
    ),
    "title run on into its container": _titled(
        lambda s: f"{s}, in Collected Essays on Politics", full_only=True
    ),
    "title run on into a subtitle": _titled(
        lambda s: None if variants._main_title(s) else f"{s}: Essays and Interventions",
        full_only=True,
    ),
    "title run on into the imprint": _titled(lambda s: f"{s} (London", full_only=True),
    "leading article dropped or added": _titled(_article),
    "second author dropped": lambda c, t, w: (
        (dataclasses.replace(c, authors=c.authors[:1]), t, w) if len(c.authors) > 1 else None
    ),
    "second author added": lambda c, t, w: (
        (dataclasses.replace(c, authors=(*c.authors, _author("Roe"))), t, w)
        if len(c.authors) == 1
        else None
    ),
    "no year": lambda c, t, w: (dataclasses.replace(c, year=""), t, w) if c.year else None,
    "another edition's year (+3)": _year(3),
    "another edition's year (-12)": _year(-12),
    "a translated title, the year right": lambda c, t, w: (
        (dataclasses.replace(c, title="The Lessons of an Unnamed Season"), t, w)
        if c.title and c.year
        else None
    ),
    "particle dropped (de Gaulle / Gaulle)": _renamed("de Gaulle", "Gaulle"),
    "particle kept (Van der Linden / van der Linden)": _renamed("Van der Linden", "van der Linden"),
    "particle dropped (Van der Linden / Linden)": _renamed("Van der Linden", "Linden"),
    "a body's name (Partito Socialista Italiano)": _renamed(
        "Partito Socialista Italiano", "Partito socialista italiano"
    ),
    "diacritics (Žižek / Zizek)": _renamed("Žižek", "Zizek"),
    "transliteration (Trotskii / Trotsky)": _renamed("Trotskii", "Trotsky"),
    "transliteration (Trotsky / Trotzki)": _renamed("Trotsky", "Trotzki"),
}
# The renamings rename the truth too; whether the reading is right is asked of it as read.
RENAMINGS = frozenset(
    name for name in VARIANTS if name.startswith(("particle", "a body's", "diacritics", "transl"))
)

DISTRACTORS: dict[str, Callable[[Work, str], str]] = {
    "the writer's other book": lambda w, o: variants._line(
        variants._names(w.authors), o, str(w.year + 3)
    ),
    "the writer's other book, same year": lambda w, o: variants._line(
        variants._names(w.authors), o, str(w.year)
    ),
    "the writer's other book, two years apart": lambda w, o: variants._line(
        variants._names(w.authors), o, str(w.year + 2)
    ),
    "another writer of the surname": lambda w, o: variants._line(
        "Eleanor " + w.authors[0], o, str(w.year - 7)
    ),
    "a title sharing only its first word": lambda w, o: variants._line(
        variants._names(w.authors), _first_word(w.title) + " and the Quiet Harbours", str(w.year)
    ),
}


def _first_word(title: str) -> str:
    """The title's first word of substance, its marks aside: "Adorno:" -> "Adorno"."""
    words = [w.strip(",:;.?!„“”\"'") for w in title.split()]
    words = [w for w in words if w]
    return words[1] if len(words) > 1 and words[0].lower() in ARTICLES else words[0]


def measure(files: list[Path], misses: bool) -> None:
    tried: Counter[str] = Counter()
    held: Counter[str] = Counter()
    tried_apart: Counter[str] = Counter()
    apart: Counter[str] = Counter()
    all_pairs = [p for f in files for p in variants.pairs(f)]
    pool = sorted({w.title for *_, ws, _ in all_pairs for w in ws if w.title and w.year})
    names = ["as read", *VARIANTS]
    for i, (citation, _, work, works, truth) in enumerate(all_pairs):
        others = variants._others(work, works)
        other = variants._other_title(work, pool, i)
        for name in names:
            made = (
                (citation, truth, work)
                if name == "as read"
                else VARIANTS[name](citation, truth, work)
            )
            if made is None:
                continue
            if not (fits(truth, citation) if name in RENAMINGS else fits(made[1], made[0])):
                continue
            cited, _, listed = made
            tried[name] += 1
            entry = variants.parsed(variants.entry_line(listed))
            found = _matched(cited, [*others, entry] if entry else others)
            if entry is not None and found == entry:
                held[name] += 1
            elif misses:
                got = found.title if found else None
                print(f"{name}: {cited.label!r} {cited.title!r} vs {listed.title!r} -> {got!r}")
            for kind, make in DISTRACTORS.items():
                if kind.startswith("a title sharing") and (
                    cited.form != "full" or len(cited.title.split()) < 2
                ):
                    continue  # a short title may be any title's first word (Chicago 14.32)
                wrong = variants.parsed(make(listed, other))
                if wrong is None:
                    continue
                tried_apart[name] += 1
                found = _matched(cited, [*others, wrong])
                if found is None:
                    apart[name] += 1
                elif misses:
                    print(f"taken for {kind}: {name}: {cited.label!r} -> {found.title!r}")
    print(f"{len(all_pairs)} citations read right of {len(files)} documents")
    print("\n| the reading, as an unseen note could give it | cases | held | kept apart |")
    print("|---|---|---|---|")
    for name in names:
        if tried[name]:
            print(f"| {name} | {tried[name]} | {held[name]} | {apart[name]}/{tried_apart[name]} |")
    print(
        f"| all | {sum(tried.values())} | {sum(held.values())} "
        f"| {sum(apart.values())}/{sum(tried_apart.values())} |"
    )


def _matched(cited: NoteCitation, references: list[Reference]) -> Reference | None:
    found = match_note_citations([cited], references)
    return found[0].reference if found else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=("annotated", "written"), default="annotated")
    parser.add_argument("--misses", action="store_true", help="print each variant that fails")
    args = parser.parse_args()
    if args.set == "written":
        note_accuracy.use_written()
        variants.CORPUS = note_accuracy.CORPUS
        truth_dir = note_accuracy.WRITTEN
        files = [
            p for p in sorted(truth_dir.glob("*.json")) if note_accuracy.half(p.name) == "tune"
        ]  # the check half is never read here
    else:
        files = sorted(note_accuracy.TRUTH.glob("*.json"))
    measure(files, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
