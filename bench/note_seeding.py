"""Seeded defects for the note-citation rules (issue 11), measured through the whole lint.

None of the annotated articles has a works-cited list, so each gets one built from its
truth set: every distinct work cited in full with authors, title and year, rendered as a
reference line ("Lewin, *Lenin's Last Struggle*, 2005."). On that clean document and on
copies with one defect each (random.Random seeded by SEED and the article's file name, at
most CASES per kind and article):

- short-form-before-full: the note holding the only earlier full form of a work later
  cited in short form is emptied; found when C105 reports the short form's note;
- missing-reference: one entry is removed from the list; found when C101 reports a note
  the truth says cites that work;
- inconsistent-reference (author): the surname of a full form is misspelt in its note (two
  inner letters swapped, at the occurrence nearest before the work's title); found when C107
  reports that note;
- inconsistent-reference (year): the year of a full form is changed by one in its note (the
  first occurrence after the title); found when C107 reports that note.

A false finding is a finding of the kind's rule on the clean document that the truth does
not bear out (the real articles may hold real slips, so this errs against the rules). The
truth bears out an inconsistent-reference only where it writes one work's author two ways
itself (the documents written blind keep such slips on purpose).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from note_scoring import key, title_fits
from rapidfuzz import fuzz

from citecheck.bibliography import usable_references
from citecheck.bibliography.note_matching import match_note_citations
from citecheck.engine import LintOptions, lint_source
from citecheck.readers import read_bytes

SEED = 11
CASES = 3
KINDS = ("short-form-before-full", "missing-reference", "author", "year")
RULE_OF = {
    "short-form-before-full": "short-form-before-full",
    "missing-reference": "missing-reference",
    "author": "inconsistent-reference",
    "year": "inconsistent-reference",
}
OPTIONS = LintOptions(select=("C101", "C105", "C106", "C107"))


@dataclass(frozen=True)
class Work:
    authors: tuple[str, ...]
    title: str
    year: int
    labels: tuple[str, ...]  # notes citing it in any form


def works_of(truth: dict, *, listed: bool = False) -> list[Work]:
    """The distinct works cited in full with authors, title and year (the seedable ones);
    with `listed`, every work named with an author and a title or a year (the works-cited
    list: "Grigory Zinoviev, *Izvestiia TsK KPSS*, No. 5 (1989)" names no title but is a
    work the list must hold), and every work cited by its title with no author (an
    unsigned article, a symposium: a works-cited list gives it by its title, Chicago
    14.75)."""
    works: list[Work] = []
    for entry in truth["notes"]:
        for c in entry["citations"]:
            if c["form"] == "mention":
                continue
            if not c["authors"] and not (listed and c.get("title")):
                continue
            if not (c.get("title") or (listed and c.get("year"))):
                continue
            if not listed and (c["form"] != "full" or not c.get("year")):
                continue
            if any(_same(w, c) for w in works):
                continue
            labels = tuple(
                n["label"] for n in truth["notes"] for d in n["citations"] if _same_truth(c, d)
            )
            works.append(Work(tuple(c["authors"]), c["title"] or "", c.get("year") or 0, labels))
    # An author-date citation ("Mahler (2002), 30") of a work the notes give in full with its
    # title and that year is that work: the list holds it once, not again without a title.
    titled = {(key(w.authors[0]), w.year) for w in works if w.authors and w.title and w.year}
    return [
        w for w in works if w.title or not w.authors or (key(w.authors[0]), w.year) not in titled
    ]


def _same_truth(a: dict, b: dict) -> bool:
    if not a["authors"]:  # an unsigned work: by its title
        return (
            b["form"] != "mention" and not b["authors"] and title_fits(a["title"], b["title"] or "")
        )
    if b["form"] == "mention" or not b["authors"] or key(a["authors"][0]) != key(b["authors"][0]):
        return False
    if not a.get("title"):  # a work known by its author and year only
        return not b.get("title") and a.get("year") == b.get("year")
    return not b.get("title") or title_fits(a["title"], b["title"])


def _same(work: Work, c: dict) -> bool:
    """The same work: same first author, a fitting title (or none on both) and no other
    year."""
    if c.get("year") and work.year and c["year"] != work.year:
        return False
    if not work.authors or not c["authors"]:
        return not work.authors and not c["authors"] and title_fits(work.title, c["title"] or "")
    if key(work.authors[0]) != key(c["authors"][0]):
        return False
    if not work.title or not c.get("title"):
        return not work.title and not c.get("title")
    return title_fits(work.title, c["title"])


def works_cited(works: list[Work]) -> str:
    lines = []
    for work in works:
        names = " and ".join(work.authors)
        if len(work.authors) > 2:
            names = ", ".join(work.authors[:-1]) + " and " + work.authors[-1]
        year = f", {work.year}" if work.year else ""
        title = f", *{work.title}*" if work.title else ""
        lines.append(f"{names}{title}{year}.".removeprefix(", "))  # unsigned: by its title
    return "\n\n## Works cited\n\n" + "\n\n".join(lines) + "\n"


def lint(text: str) -> list:
    return lint_seen(text)[0]


# (form, surname keys, title, year) as read, and what it matched: "" (nothing), "an entry
# with a title", "an entry without a title", "an entry of another author"
Reading = tuple[str, tuple[str, ...], str, str, str]


def lint_seen(text: str) -> tuple[list, dict[str, list[str]], dict[str, list[Reading]]]:
    """The findings as (rule, note label), and what the rules saw: each note's citations as
    the reader read them and the findings in it, by note label, as lines (--seed-misses) and
    as readings (--seed-causes)."""
    source = read_bytes("seeded.md", text.encode("utf-8"))
    result = lint_source(source, OPTIONS)
    labels = {n.number: (n.label or str(n.number)) for n in source.notes}
    seen: dict[str, list[str]] = {}
    readings: dict[str, list[Reading]] = {}
    manuscript = result.manuscript
    matched = {
        m.citation.span: _entry_kind(m.citation, m.reference)
        for m in match_note_citations(
            manuscript.note_citations,
            usable_references(manuscript),
            manuscript.notes,
            manuscript.source.text,
        )
        if m.reference is not None
    }
    for c in manuscript.note_citations:
        names = [a.surname for a in c.authors]
        readings.setdefault(labels.get(c.note, ""), []).append(
            (c.form, tuple(key(n) for n in names), c.title, c.year, matched.get(c.span, ""))
        )
        seen.setdefault(labels.get(c.note, ""), []).append(
            f"read {c.form} {names} {c.title!r} {c.year!r} container={c.container!r}"
            f" unsure={c.unsure!r}"
        )
    for f in result.findings:
        seen.setdefault(labels.get(f.data.get("note"), ""), []).append(f"{f.rule}: {f.message}")
    findings = [(f.rule, labels.get(f.data.get("note"), "")) for f in result.findings]
    return findings, seen, readings


def _entry_kind(citation, reference) -> str:
    if citation.authors and reference.authors:
        if key(citation.authors[0].surname) != key(reference.authors[0].surname):
            return "an entry of another author"
    return "an entry with a title" if reference.title else "an entry without a title"


def note_spans(text: str) -> dict[str, tuple[int, int]]:
    source = read_bytes("seeded.md", text.encode("utf-8"))
    return {(n.label or str(n.number)): (n.text_span.start, n.text_span.end) for n in source.notes}


# A footnote definition in Markdown. matches "[^19]: Robert Pippin …" at a line's start;
# not "text[^19] more"
_DEFINITION = re.compile(r"^\s*(?:>\s*)*\[\^(?P<label>[^\]]+)\]:", re.MULTILINE)


def homes(text: str, spans: dict[str, tuple[int, int]]) -> dict[str, str]:
    """Each note label of the truth that the document's reader does not hold as a note,
    with the note whose text holds its definition: a `[^19]:` indented inside note 18's
    block quotation is read as part of note 18, and a finding on note 18 is on it."""
    found: dict[str, str] = {}
    for definition in _DEFINITION.finditer(text):
        label = definition.group("label")
        if label in spans:
            continue
        at = definition.start("label")
        holder = next((home for home, (a, b) in spans.items() if a <= at < b), None)
        if holder is not None:
            found[label] = holder
    return found


# An address in a note, where a year or a name is part of the address, not of the citation.
# matches "www.marxists.org/archive/luxemburg/1915/junius/", "](http://x.org/1915)"; not "1915"
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s)\]>]+|\]\([^)]*\)")

# A name's author-date just before a year: the year of another work (a container's editor).
# matches the "Horkheimer (" before "1985)"; not "(Frankfurt: Fischer, " nor "*Title* ("
_AUTHOR_DATE = re.compile(r"[A-Z][\w'-]+\s*\($")


def _replace_in_note(
    text: str, span: tuple[int, int], old: str, new: str, title: str = "", before: bool = True
) -> str | None:
    """The text with `old` replaced once in the note, where the citation gives it: a name at
    its last occurrence before the work's title ("John Reed's argument …: John Reed, “America
    …”" seeds the slip in the citation, not in the prose before it); a year at its first
    occurrence after the title that is no other name's author-date ("Horkheimer (1985),
    *Gesammelte Schriften* (Frankfurt: Fischer, 1985)" changes the imprint, and the
    author-date between with it), else the nearest before the title. An occurrence inside
    an address is never changed ("…/luxemburg/1915/junius/" is no year the reader can
    give), nor one inside the title itself (the author named in it: "An Open Letter from
    Raymond Lotta …"; the years of "Pierre Broué (1926--2005)"); with the title not found,
    the first occurrence outside an address."""
    start, end = span
    inside = text[start:end]
    addresses = [m.span() for m in _ADDRESS.finditer(inside)]
    places = [
        m.start()
        for m in re.finditer(re.escape(old), inside)
        if not any(a <= m.start() < b for a, b in addresses)
    ]
    title_span = _title_span(inside, title)
    if title_span is not None:  # never inside the title ("An Open Letter from Raymond Lotta")
        places = [p for p in places if not title_span[0] <= p < title_span[1]]
    if not places:
        return None
    at = places[0]
    if title_span is not None:
        earlier = [p for p in places if p < title_span[0]]
        after = [p for p in places if p >= title_span[1]]
        if before:
            at = earlier[-1] if earlier else at
        else:
            imprint = [p for p in after if not _AUTHOR_DATE.search(inside[max(0, p - 40) : p])]
            at = (imprint or after or earlier[-1:] or [at])[0]
            # the author-dates of the same year between the title and the imprint change
            # with it: the note gives the work's year wrong, not one of its two mentions
            for p in reversed([p for p in after if p < at]):
                inside = inside[:p] + new + inside[p + len(old) :]
    return text[:start] + inside[:at] + new + inside[at + len(old) :] + text[end:]


def _title_span(inside: str, title: str) -> tuple[int, int] | None:
    """Where the title stands in the note, across markup and punctuation ("Synopsis of
    *Capital*" for "Synopsis of Capital"): all its words, else its first three (the note
    may give it in part); None when they do not stand there."""
    words = re.findall(r"\w+", title)
    for some in (words, words[:3]):
        if not some:
            return None
        found = re.search(r"[\W_]*".join(map(re.escape, some)), inside, re.IGNORECASE)
        if found:
            return found.start(), found.end()
    return None


def _misspell(surname: str, taken: frozenset[str] = frozenset()) -> str:
    """Two neighbouring letters swapped near the middle ("Nettl" → "Ntetl"); where the middle
    pair is the same letter ("Riddell", "Cannon") the next differing pair, so that the name
    really changes; never into another author's name of the article (`taken`, keys), which
    would cite another person, not misspell one."""
    candidates = []
    if len(surname) >= 4:
        middle = len(surname) // 2
        for i in [*range(middle, len(surname)), *range(middle - 1, 0, -1)]:
            if surname[i - 1] != surname[i]:
                candidates.append(surname[: i - 1] + surname[i] + surname[i - 1] + surname[i + 1 :])
    candidates.append(surname + surname[-1])
    return next((c for c in candidates if key(c) not in taken), candidates[0])


@dataclass(frozen=True)
class Case:
    kind: str
    seeded: str  # the document with the defect
    found: Callable[[list], bool]  # from the findings as (rule, note label)
    what: str  # the seed, for --seed-misses
    labels: tuple[str, ...]  # the notes involved
    work: Work | None = None  # the work seeded, for --seed-causes


def _sample(rng: random.Random, items: list, per_kind: int) -> list:
    """`per_kind` of the items at random (all of them, shuffled, when 0)."""
    return rng.sample(items, len(items) if per_kind == 0 else min(per_kind, len(items)))


def cases(article: str, truth: dict, rng: random.Random, per_kind: int = CASES) -> list[Case]:
    works = works_of(truth)
    base = article + works_cited(works_of(truth, listed=True))
    spans = note_spans(base)
    found: list[Case] = []
    # short-form-before-full
    candidates = []
    for work in works:
        full = [lab for lab in work.labels if _form_in(truth, lab, work) == "full"]
        short = [lab for lab in work.labels if _form_in(truth, lab, work) == "short"]
        short = [lab for lab in short if _short_form_of(truth, lab, work, works)]
        if len(full) == 1 and short and full[0] in spans and short[0] in spans:
            if _order(truth, full[0]) > _order(truth, short[0]):
                continue
            if _given_in_other_note(truth, work, full[0], short[0]):
                continue  # not a defect: another note still gives the work in full
            candidates.append((full[0], short[0], work))
    for full_label, short_label, work in _sample(rng, candidates, per_kind):
        start, end = spans[full_label]
        seeded = base[:start] + "A comment." + base[end:]
        # the rule reports the work's first reference back: an op. cit. before the short
        # form is one (Chicago 14.36), where it can only be this work
        first = {short_label, *_back_references(truth, work, works, full_label, short_label)}
        found.append(
            Case(
                "short-form-before-full",
                seeded,
                _reported("short-form-before-full", first),
                f"n{full_label} emptied, short form in n{short_label}",
                (short_label, full_label),
                work,
            )
        )
    # missing-reference
    home = homes(base, spans)
    for work in _sample(rng, works, per_kind):
        line = works_cited([work]).split("\n\n## Works cited\n\n")[1].strip()
        seeded = base.replace("\n\n" + line, "", 1)
        found.append(
            Case(
                "missing-reference",
                seeded,
                _reported("missing-reference", {home.get(lab, lab) for lab in work.labels}),
                f"entry removed: {line!r}, cited in n{', n'.join(work.labels)}",
                tuple(dict.fromkeys(home.get(lab, lab) for lab in work.labels)),
                work,
            )
        )
    # author misspelt / year changed in one note
    authors = frozenset(
        key(a) for n in truth["notes"] for c in n["citations"] for a in c["authors"]
    )
    for kind in ("author", "year"):
        picks = [w for w in works if w.labels]
        for work in _sample(rng, picks, per_kind):
            # A work whose every citation is short (a chapter first cited with its container
            # in short form) has no full form to seed: no case.
            label = next((lab for lab in work.labels if _form_in(truth, lab, work) == "full"), None)
            if label is None or label not in spans:
                continue
            old = work.authors[0].split()[-1] if kind == "author" else str(work.year)
            new = _misspell(old, authors) if kind == "author" else str(work.year + 1)
            seeded = _replace_in_note(
                base, spans[label], old, new, work.title, before=kind == "author"
            )
            if seeded is not None:
                what = f"n{label}: {old!r} -> {new!r} ({work.title!r})"
                found.append(
                    Case(
                        kind,
                        seeded,
                        _reported("inconsistent-reference", {label}),
                        what,
                        (label,),
                        work,
                    )
                )
    return found


def _form_in(truth: dict, label: str, work: Work) -> str:
    for entry in truth["notes"]:
        if entry["label"] == label:
            for c in entry["citations"]:
                if c["authors"] and key(c["authors"][0]) == key(work.authors[0]):
                    if not c.get("title") or title_fits(work.title, c["title"]):
                        return c["form"]
    return ""


def _short_form_of(truth: dict, label: str, work: Work, works: list[Work]) -> bool:
    """True when the short form in note `label` refers to the work alone. One with no title
    names the work by its author: it refers to that author's only work ("Ehlers and Krafft,
    10."), not to any of several ("Marx, letter to Ruge." after two other works of Marx's
    given in full is neither of them); and one that gives a year instead ("Trotzki 1994, S.
    157f", "Lukács (1970), S. 284") is an author-date citation, which the works-cited list
    the harness builds completes: with its full form gone it is a first citation in
    author-year style, no short form before its full form."""
    for entry in truth["notes"]:
        if entry["label"] != label:
            continue
        for c in entry["citations"]:
            if (
                c["form"] != "short"
                or not c["authors"]
                or key(c["authors"][0]) != key(work.authors[0])
            ):
                continue
            if c.get("title"):
                return title_fits(work.title, c["title"])
            if c.get("year"):
                return False
            return sum(key(w.authors[0]) == key(work.authors[0]) for w in works) == 1
    return False


def _back_references(
    truth: dict, work: Work, works: list[Work], full_label: str, short_label: str
) -> list[str]:
    """The notes between the full form's and the short form's that refer back to the work
    by "op. cit." or "loc. cit." (Chicago 14.36): with its title, or with its writer's name
    alone when the writer has no other work in the notes ("Μαυρίδης, ό.π., σ. 61")."""
    only_work = sum(bool(w.authors) and key(w.authors[0]) == key(work.authors[0]) for w in works)
    labels = []
    for entry in truth["notes"][_order(truth, full_label) + 1 : _order(truth, short_label)]:
        for c in entry["citations"]:
            if c["form"] not in ("op-cit", "loc-cit") or not c["authors"]:
                continue
            if key(c["authors"][0]) != key(work.authors[0]):
                continue
            if title_fits(work.title, c["title"]) if c.get("title") else only_work == 1:
                labels.append(entry["label"])
    return labels


def _given_in_other_note(truth: dict, work: Work, full_label: str, short_label: str) -> bool:
    """True when a note before the short form, other than the full form's, gives the work
    in full within another citation: "Crutzen, “The ‘Anthropocene’,” *Earth System Science
    in the Anthropocene*, eds. Eckart Ehlers and Thomas Krafft (Berlin: Springer Verlag,
    2010)" gives the book Ehlers and Krafft edited, with its imprint. Emptying the full
    form's note then leaves a first citation: the case is no defect."""
    surname = work.authors[0].split()[-1]
    title = _MAIN.split(work.title)[0]
    for entry in truth["notes"][: _order(truth, short_label)]:
        if entry["label"] == full_label:
            continue
        for c in entry["citations"]:
            text = c.get("text") or ""
            if (
                c["form"] == "full"
                and surname in text
                and str(work.year) in text
                and _title_span(text, title) is not None
                and not (
                    c["authors"]
                    and key(c["authors"][0]) == key(work.authors[0])
                    and title_fits(work.title, c.get("title") or "")
                )
            ):
                return True
    return False


# Where a main title ends. matches ": " in "Earth System Science: Emerging Issues"; not "2:1"
_MAIN = re.compile(r"(?<=\w)[:?!]\s+")


def _order(truth: dict, label: str) -> int:
    return [n["label"] for n in truth["notes"]].index(label)


def _true_finding(truth: dict, rule: str, label: str) -> bool:
    """A finding the truth bears out: a short-form-before-full where note `label` holds a
    short form of a work no earlier note gives in full; a missing-reference where the note
    cites, with an author, a work the built list could not hold (no title and no year:
    "See Molyneux's review of …, available online at …"); an inconsistent-reference where
    the truth itself writes one work two ways (the author's slip a written document keeps
    on purpose: "Mancuso" in one note, "Mancusi" in another; not two years, which may be two
    editions). Other rules have no true finding on the clean document (its list is built from
    the notes)."""
    if rule == "inconsistent-reference":
        cited = [c for n in truth["notes"] if n["label"] == label for c in n["citations"]]
        return any(_written_otherwise(truth, c) for c in cited)
    if rule == "missing-reference":
        return any(
            c["form"] != "mention" and c["authors"] and not (c.get("title") or c.get("year"))
            for n in truth["notes"]
            if n["label"] == label
            for c in n["citations"]
        )
    if rule != "short-form-before-full":
        return False
    order = [n["label"] for n in truth["notes"]]
    if label not in order:
        return False
    at = order.index(label)
    for c in truth["notes"][at]["citations"]:
        if c["form"] not in ("short", "op-cit") or not c["authors"]:
            continue
        earlier = [
            d
            for n in truth["notes"][:at]
            for d in n["citations"]
            if d["form"] == "full" and _same_truth(c, d)
        ]
        if not earlier:
            return True
    return False


# How alike two spellings of one surname are (fuzz.ratio) to be a slip, not two writers.
_SLIP = 75


def _written_otherwise(truth: dict, citation: dict) -> bool:
    """True when another citation of the truth gives the same work (a fitting title) with its
    first author spelt otherwise."""
    if citation["form"] == "mention" or not citation["authors"] or not citation.get("title"):
        return False
    surname = key(citation["authors"][0])
    for note in truth["notes"]:
        for other in note["citations"]:
            if other is citation or other["form"] == "mention" or not other["authors"]:
                continue
            if not title_fits(citation["title"], other.get("title") or ""):
                continue
            spelt = key(other["authors"][0])
            if spelt != surname and fuzz.ratio(spelt, surname) >= _SLIP:
                return True
    return False


def _reported(rule: str, labels: set[str]) -> Callable[[list], bool]:
    return lambda findings: any(r == rule and lab in labels for r, lab in findings)
