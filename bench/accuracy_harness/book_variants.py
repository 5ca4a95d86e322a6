"""Books: 10 Platypus articles as chapters, notes numbered from 1 again in each (issue 15).

Two layouts of the same book: `trailing` (each chapter's notes under its own "Notes"
heading after its text) and `after_paragraph` (each note as a ``[n] text`` block right
after the paragraph that first cites it, as Gutenberg sets them). Chapter headings change
style from book to book ("Chapter 3", "CHAPTER III", "Lecture 3"). Markers stay glued
digits, as in the article variants. The truth is exact (every offset is laid out, not
guessed). Each kind of seeded defect of `seeds.py` is put, one copy of the book at a time,
in 3 chapters drawn with a fixed seed; a finding about it must also name that chapter
(`data["part"]`).

Books are made within each half (tune, check) from the articles in name order, so the
halves stay apart.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from citecheck.engine import LintOptions, lint_source
from citecheck.readers import read_bytes
from citecheck.reporters.extraction import extraction_view

from . import gate
from .article import half_of
from .pieces import Pieces
from .pool import map_jobs
from .render import Rendered, make_parser, render_article
from .report import _row, figures
from .scoring import FOOTNOTE_CODES, RULES, Counts, Reading, score_clean, score_seeded
from .seeds import EXPECTED_CODE, KINDS, SEED, Expectation
from .truth import located

LAYOUTS = ("trailing", "after_paragraph")
BOOK_SIZE = 10
BOOK_SEED_OFFSET = 15_000  # books draw from their own stream of the fixed SEED
SEEDS_PER_KIND = 3  # seeded copies of each book per kind of defect, in 3 chapters
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def heading(style: int, chapter: int) -> tuple[str, str]:
    """(the heading line, the part name a finding must give) for chapter `chapter` (1-based)."""
    if style == 0:
        return f"Chapter {chapter}", f"chapter {chapter}"
    if style == 1:
        return f"CHAPTER {_ROMAN[chapter - 1]}", f"chapter {_ROMAN[chapter - 1]}"
    return f"Lecture {chapter}", f"lecture {chapter}"


@dataclass(frozen=True)
class Book:
    """One laid-out book: text, markers (number, offset, chapter), notes (number, start,
    end, chapter) and the part name of each chapter."""

    text: str
    markers: tuple[tuple[int, int, int], ...]
    notes: tuple[tuple[int, int, int, int], ...]
    names: tuple[str, ...]
    layout: str


def compose_book(chapters: list[Rendered], style: int, layout: str) -> Book:
    out = Pieces()
    markers: list[tuple[int, int, int]] = []
    notes: list[tuple[int, int, int, int]] = []
    names = []
    for c, rendered in enumerate(chapters):
        line, name = heading(style, c + 1)
        names.append(name)
        out.add(("\n\n\n" if c else "") + line + "\n\n")
        texts = dict(rendered.notes)
        if layout == "trailing":
            base = out.add(rendered.body)
            markers.extend((n, base + offset, c) for n, offset in rendered.markers)
            out.add("\n\nNotes")
            for number, note in rendered.notes:
                out.add("\n\n")
                paragraph = f"{number} {note}".rstrip()
                start = out.add(paragraph)
                notes.append((number, start, start + len(paragraph), c))
            continue
        placed: set[int] = set()
        blocks = rendered.body.split("\n\n")
        position = 0  # offset of the block in the body
        for b, block in enumerate(blocks):
            base = out.add(("\n\n" if b else "") + block) + (2 if b else 0)
            due = []
            for n, offset in rendered.markers:
                if position <= offset < position + len(block):
                    markers.append((n, base + offset - position, c))
                    if n not in placed and n in texts:
                        placed.add(n)
                        due.append(n)
            for n in due:
                out.add("\n\n")
                paragraph = f"[{n}] {texts[n]}".rstrip()
                start = out.add(paragraph)
                notes.append((n, start, start + len(paragraph), c))
            position += len(block) + 2
        for n, note in rendered.notes:  # notes no marker cites: at the chapter's end
            if n not in placed:
                out.add("\n\n")
                paragraph = f"[{n}] {note}".rstrip()
                start = out.add(paragraph)
                notes.append((n, start, start + len(paragraph), c))
    out.add("\n")
    return Book("".join(out.pieces), tuple(markers), tuple(notes), tuple(names), layout)


# --- seeded defects, per chapter ---------------------------------------------------------


@dataclass(frozen=True)
class Target:
    kind: str
    chapter: int
    number: int


def choose_targets(book: Book, book_index: int) -> list[Target]:
    """SEEDS_PER_KIND targets per kind, each in its own chapter, drawn with the fixed seed
    (as `seeds.py` does); each target makes one seeded copy of the book."""
    rng = random.Random(SEED + BOOK_SEED_OFFSET + book_index)
    targets = []
    for kind in KINDS:
        chapters = list(range(len(book.names)))
        rng.shuffle(chapters)
        chosen = 0
        for c in chapters:
            pool = _pool(book, kind, c)
            if pool and chosen < SEEDS_PER_KIND:
                targets.append(Target(kind, c, rng.choice(pool)))
                chosen += 1
    return targets


def _pool(book: Book, kind: str, chapter: int) -> list[int]:
    markers = [(n, o) for n, o, c in book.markers if c == chapter]
    noted = {n for n, _, _, c in book.notes if c == chapter}
    counts = Counter(n for n, _ in markers)
    starts = {o for _, o in markers}
    ends = {o + len(str(n)) for n, o in markers}
    single = {
        n for n, o in markers if counts[n] == 1 and o not in ends and o + len(str(n)) not in starts
    }
    once = sorted(single & noted)
    if kind == "markers_swapped":
        return [n for n in once if n + 1 in single and n + 1 in noted]
    if kind == "note_duplicated":
        return sorted(noted)
    return once


def seed_book(book: Book, target: Target) -> tuple[Book, Expectation, str]:
    """The book with the defect, what must be reported, and the part it must name."""
    kind, c, n = target.kind, target.chapter, target.number
    (marker,) = [o for m, o, ch in book.markers if ch == c and m == n]
    note = next(x for x in book.notes if x[3] == c and x[0] == n)
    if kind == "note_deleted":
        if book.text.startswith("\n\n", note[2]):
            seeded = _edit(book, note[1], note[2] + 2, "")
        else:
            seeded = _edit(book, note[1] - 2, note[2], "")
        line = book.text.count("\n", 0, marker) + 1
        return seeded, Expectation(kind, "N101", frozenset({n}), line), book.names[c]
    if kind == "marker_deleted":
        seeded = _edit(book, marker, marker + len(str(n)), "")
    elif kind == "note_duplicated":
        copy = "\n\n" + book.text[note[1] : note[2]]
        seeded = _edit(book, note[2], note[2], copy)
        start = note[2] + 2
        notes = sorted([*seeded.notes, (n, start, start + note[2] - note[1], c)], key=_at)
        seeded = Book(seeded.text, seeded.markers, tuple(notes), book.names, book.layout)
    else:
        (second,) = [o for m, o, ch in book.markers if ch == c and m == n + 1]
        seeded = _swap(book, marker, second, n, c)
    expected = frozenset({n, n + 1}) if kind == "markers_swapped" else frozenset({n})
    return seeded, Expectation(kind, EXPECTED_CODE[kind], expected), book.names[c]


def _at(note: tuple[int, int, int, int]) -> int:
    return note[1]


def _edit(book: Book, start: int, end: int, insert: str) -> Book:
    shift = len(insert) - (end - start)

    def moved(offset: int) -> int:
        return offset + shift if offset >= end else offset

    markers = tuple((n, moved(o), c) for n, o, c in book.markers if not start <= o < end)
    notes = tuple((n, moved(s), moved(e), c) for n, s, e, c in book.notes if not start <= s < end)
    text = book.text[:start] + insert + book.text[end:]
    return Book(text, markers, notes, book.names, book.layout)


def _swap(book: Book, first: int, second: int, n: int, chapter: int) -> Book:
    a, b = str(n), str(n + 1)
    text = book.text
    swapped = text[:first] + b + text[first + len(a) : second] + a + text[second + len(b) :]
    grow = len(b) - len(a)

    def moved(offset: int) -> int:
        return offset + grow if first < offset <= second else offset

    def renumbered(m: int, o: int, c: int) -> int:
        if c == chapter and o == first:
            return n + 1
        return n if c == chapter and o == second else m

    markers = tuple((renumbered(m, o, c), moved(o), c) for m, o, c in book.markers)
    notes = tuple((x, moved(s), moved(e), c) for x, s, e, c in book.notes)
    return Book(swapped, markers, notes, book.names, book.layout)


# --- reading and scoring -----------------------------------------------------------------


def read_book(book: Book) -> tuple[Reading, list[tuple[str, int | None, int, str | None]]]:
    """citecheck's reading, and its findings with the part each names."""
    source = read_bytes("book.txt", book.text.encode("utf-8"))
    result = lint_source(source, LintOptions(select=FOOTNOTE_CODES), RULES)
    assert result.manuscript is not None
    view = extraction_view(result.manuscript)
    named = [
        (f.code, f.data.get("note"), f.location.line if f.location else 0, f.data.get("part"))
        for f in result.findings
        if f.code in FOOTNOTE_CODES
    ]
    reading = Reading(
        markers=tuple((m["number"], m["offset"]) for m in view["markers"]),
        notes=tuple((n["number"], n["line"]) for n in view["notes"]),
        findings=tuple(finding[:3] for finding in named),
    )
    return reading, named


def truth_document(book: Book) -> Any:
    return located(
        book.text,
        tuple((n, o) for n, o, _ in book.markers),
        [(n, s, e) for n, s, e, _ in book.notes],
        book.layout,
    )


def evaluate_book(paths: list[str], book_index: int, half: str) -> dict[str, Any]:
    parser = make_parser()
    chapters = [render_article(Path(p).read_text(encoding="utf-8"), parser) for p in paths]
    style = book_index % 3
    layouts: dict[str, Any] = {}
    errors: dict[str, Any] = {}
    targets: list[Target] | None = None
    for layout in LAYOUTS:
        book = compose_book(chapters, style, layout)
        if targets is None:
            targets = choose_targets(book, book_index)
        reading, _ = read_book(book)
        counts, found = score_clean(truth_document(book), reading)
        named: Counter[str] = Counter()
        for target in targets:
            seeded, expectation, part = seed_book(book, target)
            reading, findings = read_book(seeded)
            seeded_counts, unexplained = score_seeded(expectation, reading)
            counts.add(seeded_counts)
            named[target.kind] += any(
                code == expectation.code
                and note in expectation.notes
                and (expectation.line is None or line == expectation.line)
                and (name or "").lower() == part.lower()
                for code, note, line, name in findings
            )
            if not seeded_counts.detected[target.kind]:
                found.setdefault("seeded_missed", []).append(
                    f"{target.kind} {target.number} of {part}"
                )
            if unexplained:
                found.setdefault("unexplained", []).extend(
                    [target.kind, *finding] for finding in unexplained
                )
        layouts[layout] = {**counts.as_dict(), "named": dict(named)}
        errors[layout] = {key: value[:10] for key, value in found.items() if value}
    return {
        "book": book_index,
        "half": half,
        "chapters": [Path(p).name for p in paths],
        "layouts": layouts,
        "errors": errors,
    }


def books_of(paths: list[Path], half: str | None) -> list[tuple[list[str], int, str]]:
    """(chapter paths, book index, half): the articles of each half in name order, by tens."""
    jobs = []
    for which in ("tune", "check"):
        if half is not None and which != half:
            continue
        members = [str(p) for p in paths if half_of(p.name) == which]
        for k in range(0, len(members), BOOK_SIZE):
            index = k // BOOK_SIZE + (0 if which == "tune" else 100)
            jobs.append((members[k : k + BOOK_SIZE], index, which))
    return jobs


def run(paths: list[Path], half: str | None, workers: int) -> list[dict[str, Any]]:
    return map_jobs(evaluate_book, books_of(paths, half), workers)


def summary(books: list[dict[str, Any]]) -> dict[str, Any]:
    """Figures for every layout and half, with the share of seeded findings naming the
    right chapter (per kind)."""
    rows: dict[str, Any] = {}
    sets = [("all", books, LAYOUTS)]
    sets += [
        (f"{h} half", [b for b in books if b["half"] == h], LAYOUTS) for h in ("tune", "check")
    ]
    sets += [(f"layout {layout}", books, (layout,)) for layout in LAYOUTS]
    for label, group, layouts in sets:
        if not group:
            continue
        counts = Counts()
        named: Counter[str] = Counter()
        for book in group:
            for layout in layouts:
                data = dict(book["layouts"][layout])
                named.update(data.pop("named"))
                counts.add(Counts.from_dict(data))
        articles = sum(len(book["chapters"]) for book in group)
        row = figures(counts, articles)
        row["named_recall"] = {
            kind: named[kind] / counts.seeded[kind] if counts.seeded[kind] else 1.0
            for kind in KINDS
        }
        row["books"] = len(group)
        rows[label] = row
    return rows


def markdown_table(rows: dict[str, Any]) -> str:
    header = (
        "| set | chapters | marker P | marker R | note P | note R | exact | note deleted "
        "| marker deleted | note duplicated | markers swapped | seeded P | false findings "
        "| per 20 articles |\n" + "|---" * 14 + "|"
    )
    lines = [header]
    lines.extend(_row(f"books {label}", row) for label, row in rows.items())
    lines.append("")
    lines.append("Seeded findings that name the right chapter (`data.part`):")
    lines.append("")
    lines.append("| set | " + " | ".join(KINDS) + " |")
    lines.append("|---" * (len(KINDS) + 1) + "|")
    for label, row in rows.items():
        cells = [f"{row['named_recall'][kind]:.3f}" for kind in KINDS]
        lines.append(f"| books {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


# The book figures that must reach their threshold in bench/accuracy_thresholds.toml
# (keys `book_…`).
def gate_failures(rows: dict[str, Any], thresholds: dict[str, float]) -> list[str]:
    """The text gate's checks on the books' overall row, from the `book_` thresholds, and
    the share of seeded findings that name the right chapter."""
    overall = rows.get("all")
    if overall is None:
        return []
    prefix = "book_"
    own = {k[len(prefix) :]: v for k, v in thresholds.items() if k.startswith(prefix)}
    failures = [prefix + failure for failure in gate.gate_failures(overall, own)]
    limit = own.get("named_recall")
    for kind, value in overall["named_recall"].items():
        if limit is not None and value < limit:
            failures.append(f"book_named_recall[{kind}] {value:.4f} < {limit}")
    return failures
