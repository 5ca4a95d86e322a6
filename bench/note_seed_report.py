"""The seeded-defect table and what the rules saw where a case was missed (issue 11).

`note_seeding.py` builds the cases; this module runs them through the lint, prints the table
and, on request, each missed case with the notes involved (`--seed-misses`) or the misses and
false findings counted by what the rules saw (`--seed-causes`, counts only).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from pathlib import Path

from accuracy_harness.note_gate import Seeded
from note_scoring import fits, key, title_fits
from note_seeding import (
    CASES,
    KINDS,
    OPTIONS,
    RULE_OF,
    SEED,
    Case,
    Reading,
    _true_finding,
    cases,
    lint_seen,
    note_spans,
    works_cited,
    works_of,
)

from citecheck.bibliography import usable_references
from citecheck.bibliography.note_matching import match_note_citations
from citecheck.engine import lint_source
from citecheck.model import NoteCitation, Reference
from citecheck.readers import read_bytes


def print_seeded(
    truth_paths: list[Path],
    corpus: Path,
    half: Callable[[str], str],
    misses: bool = False,
    only_half: str | None = None,
    per_kind: int = CASES,
    rendering: Callable[[str], str] | None = None,
    causes: dict[tuple[str, str, str], int] | None = None,
) -> dict[str, Seeded]:
    """The seeded-defect table, and its overall row of each kind for the gate. With
    `misses`, each missed case (the seed, the notes involved and what the rules saw in
    them) and each false finding on a clean document first, of
    `only_half`'s articles when given. With `per_kind` other than CASES (0: every case),
    only `only_half`'s articles are seeded (a wider look at the tune half). `rendering`
    turns the article into another rendering first (the web copy: no emphasis, no link
    targets), to see how the rules fare on readings unlike the Markdown's. `causes`, when
    given, counts the missed cases by half, kind and what the rules saw (miss_cause): counts
    only, no case is listed."""
    tally: dict[tuple[str, str], list[int]] = {}
    clean_ok: dict[tuple[str, str], list[int]] = {}
    for path in truth_paths:
        truth = json.loads(path.read_text(encoding="utf-8"))
        article = (corpus / truth["article"]).read_text(encoding="utf-8")
        if rendering is not None:
            article = rendering(article)
        part = half(path.name)
        if per_kind != CASES and only_half not in (None, part):
            continue
        base = article + works_cited(works_of(truth, listed=True))
        findings, seen, _ = lint_seen(base)
        false = [(r, lab) for r, lab in findings if not _true_finding(truth, r, lab)]
        clean = {rule for rule, _ in false}
        if causes is not None:
            for why in {false_cause(base, rule, label, truth) for rule, label in false}:
                causes[(part, "clean document", why)] = (
                    causes.get((part, "clean document", why), 0) + 1
                )
        listed = misses and only_half in (None, part)
        if listed:
            for rule, label in false:
                if rule in RULE_OF.values():
                    print(f"seeded: {truth['article']} clean document: false {rule} in n{label}")
                    _print_seen(base, label, seen)
        for kind in KINDS:
            for where in (part, "overall"):
                clean_ok.setdefault((kind, where), []).append(RULE_OF[kind] not in clean)
        # one generator per article: a change to one article's truth leaves the others' cases
        rng = random.Random(f"{SEED}/{path.name}")
        for case in cases(article, truth, rng, per_kind):
            findings, seen, readings = lint_seen(case.seeded)
            hit = case.found(findings)
            if causes is not None and not hit:
                why = miss_cause(case, findings, readings)
                causes.setdefault((part, case.kind, why), 0)
                causes[(part, case.kind, why)] += 1
            if listed and not hit:
                print(f"seeded: {truth['article']} {case.kind} missed: {case.what}")
                for label in case.labels[:3]:
                    _print_seen(case.seeded, label, seen)
            for where in (part, "overall"):
                tally.setdefault((case.kind, where), []).append(hit)
    print()
    print("| seeded defect | half | found / cases | recall | articles with no false finding |")
    print("|---|---|---|---|---|")
    for kind in KINDS:
        for where in ("tune", "check", "overall"):
            hits = tally.get((kind, where), [])
            clean = clean_ok.get((kind, where), [])
            if not clean:
                continue
            # no case of a kind in a half (an article offers none): no recall to print
            recall = f"{sum(hits) / len(hits):.3f}" if hits else "–"
            rate = sum(clean) / len(clean) if clean else float("nan")
            print(
                f"| {kind} | {where} | {sum(hits)}/{len(hits)} | {recall} "
                f"| {sum(clean)}/{len(clean)} ({rate:.3f}) |"
            )
    return {
        kind: Seeded(
            sum(tally.get((kind, "overall"), [])),
            len(tally.get((kind, "overall"), [])),
            sum(clean_ok.get((kind, "overall"), [])),
            len(clean_ok.get((kind, "overall"), [])),
        )
        for kind in KINDS
    }


def miss_cause(case: Case, findings: list, readings: dict[str, list[Reading]]) -> str:
    """What the rules saw where a seeded case was missed, in a few words: whether the reader
    read the work at all in the notes involved, and if it did, what the rules made of it."""
    work = case.work
    if work is None:
        return "unknown"
    surname = key(work.authors[0])
    labels = case.labels[:1] if case.kind == "short-form-before-full" else case.labels
    mine = [
        r
        for label in labels
        for r in readings.get(label, [])
        if any(_near(surname, k) for k in r[1]) or title_fits(work.title, r[2])
    ]
    if not mine:
        return "reader: no reading of the work in its note"
    if case.kind == "short-form-before-full":
        if all(r[0] == "full" for r in mine):
            return "reader: the short form read as a full form"
        return "rule: an earlier note taken for its full form"
    if case.kind == "missing-reference":
        own = [r for r in mine if title_fits(work.title, r[2]) or not r[2]]
        if not own:
            return "reader: the work not read (another work of its author is)"
        mine = own
        if not any(any(_near(surname, k) for k in r[1]) for r in mine):
            return "reader: the work read without its author"
        kinds = sorted({r[4] for r in mine if r[4]}) or ["no entry, yet no finding"]
        return f"rule: matched {' / '.join(kinds)}"
    if any(rule == "missing-reference" and lab in labels for rule, lab in findings):
        return "rule: matched no entry (missing-reference instead)"
    if case.kind == "year" and not any(r[3] for r in mine):
        return "reader: no year read"
    return "rule: matched, the difference not seen"


def false_cause(text: str, rule: str, label: str, truth: dict) -> str:
    """What a false finding on a clean document is, in a few words (an article counts once
    per kind of cause): for a note citation that matched no entry, whether the truth has it
    as a mention (named in prose, so not in the built list), as a citation (the matching
    failed), or not at all (the reader misread it)."""
    if rule != "missing-reference":
        return f"false {rule}"
    source = read_bytes("seeded.md", text.encode("utf-8"))
    manuscript = lint_source(source, OPTIONS).manuscript
    labels = {n.number: (n.label or str(n.number)) for n in source.notes}
    truths = [c for n in truth["notes"] if n["label"] == label for c in n["citations"]]
    kinds = set()
    for match in match_note_citations(
        manuscript.note_citations,
        usable_references(manuscript),
        manuscript.notes,
        manuscript.source.text,
    ):
        citation = match.citation
        if match.status != "missing" or labels.get(citation.note) != label:
            continue
        if not citation.authors:
            continue
        twin = next((t for t in truths if fits(t, citation)), None)
        if twin is None:
            kinds.add(
                "a note citation the truth does not have (misread: "
                + _misread_why(citation, truths, usable_references(manuscript))
                + ")"
            )
        elif twin["form"] == "mention":
            kinds.add("a mention read as a citation")
        else:
            kinds.add(
                "a citation the truth has, matched no entry ("
                + _unmatched_why(citation, twin, usable_references(manuscript))
                + ")"
            )
    return "false missing-reference: " + (" / ".join(sorted(kinds)) or "an author-year citation")


def _misread_why(
    citation: NoteCitation, truths: list[dict], references: Sequence[Reference]
) -> str:
    """What a misreading is, in a few words: whether its name is a writer the note's truth
    has, and whether an entry of another writer has its title (the work listed, its
    writer misread) or its year."""
    surname = key(citation.authors[0].surname)
    named = any(_near(surname, key(a)) for t in truths for a in t["authors"])
    others = [r for r in references if not _of_writer(r, surname)]
    titled = bool(citation.title) and any(
        r.title and title_fits(r.title, citation.title) for r in others
    )
    return (
        ("a writer of the note" if named else "no writer of the note")
        + f", {_gives(citation)}"
        + ("; another writer's entry has its title" if titled else "")
    )


def _of_writer(reference: Reference, surname: str) -> bool:
    """The entry's first writer is the one of that surname key (a slip or two aside)."""
    return bool(reference.authors) and _near(surname, key(reference.authors[0].surname))


def _gives(citation: NoteCitation) -> str:
    """What a reading gives: its form, a title or none, a year or none."""
    return f"{citation.form}, {'titled' if citation.title else 'no title'}, " + (
        "a year" if citation.year else "no year"
    )


def _unmatched_why(citation: NoteCitation, twin: dict, references: Sequence[Reference]) -> str:
    """Why a right reading found no entry, in a few words: what the reading gives (its form,
    a title, a year) and how the entries of its author differ (their number, the year, the
    title), so that the cause can be counted where the notes may not be read."""
    surname = key(citation.authors[0].surname)
    own = [r for r in references if _of_writer(r, surname)]
    gives = _gives(citation)
    if not own:
        listed = "listed" if twin.get("title") or twin.get("year") else "not listable"
        return f"{gives}; no entry of its author ({listed} in the truth)"
    same_year = any(r.year and r.year == citation.year for r in own)
    title_fit = any(r.title and citation.title and title_fits(r.title, citation.title) for r in own)
    return (
        f"{gives}; {len(own)} of its author's, "
        + ("the year agrees" if same_year else "no year agrees")
        + ", "
        + ("a title fits" if title_fit else "no title fits")
    )


def _near(a: str, b: str) -> bool:
    """Two surname keys within two slips (a misspelt name is still the work's)."""
    from rapidfuzz.distance import OSA

    return OSA.distance(a, b) <= 2


def print_causes(causes: dict[tuple[str, str, str], int]) -> None:
    print()
    print("| half | seeded defect | what the rules saw | missed cases |")
    print("|---|---|---|---|")
    for (part, kind, why), count in sorted(causes.items()):
        print(f"| {part} | {kind} | {why} | {count} |")


def _print_seen(text: str, label: str, seen: dict[str, list[str]]) -> None:
    """One note of a seeded document: its text and what the rules saw in it."""
    span = note_spans(text).get(label)
    shown = " ".join(text[span[0] : span[1]].split())[:400] if span else "(no such note)"
    print(f"    n{label}: {shown!r}")
    for line in seen.get(label, []):
        print(f"      {line}")
