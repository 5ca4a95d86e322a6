"""How `note_accuracy.py` scores the note-citation reader against the hand-made truth set.

Matching (per note, predictions taken in order, each paired with the first unpaired truth
citation it fits):

- authors fit when the first truth author's surname key (folded, last word: "Stedman
  Jones" -> "jones") is among the predicted surnames' keys; a truth citation with no
  author fits only a prediction with none;
- a prediction fits when the authors fit and the year is right (the year or the original
  year), or the title is right (rapidfuzz ratio >= 80 or partial ratio >= 90 on folded
  text); a truth citation with an author but neither year nor title ("Slater, 73--74")
  needs the author only; one with no author needs the title;
- an `idem` truth with no author (its annotator left the writer to the note before) fits a
  prediction whose title or year is right, whatever writer it carries: "idem" names the
  writer of the work before, so a reading that carries that writer is not wrong;
- truth `mention`s are optional: a prediction paired with one counts neither way;
- truth citations with no author and no title (Ibid., a bare URL) are counted apart: an
  Ibid.-like truth is found by a prediction of the same form in the same note.

The form each paired citation was read with is counted against its truth form (`forms`:
(truth form, read form) -> count, mentions left out): a reader metric on every citation
that says how well full forms are told from short ones (`short_full_accuracy`).

A place, publisher or journal read as an author: a predicted surname that no truth
citation of the note has as an author and that stands in the note right before a year
("Durham, 2012"), right after "(" or right before ":" (an imprint's place).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from rapidfuzz import fuzz

APART_FORMS = {"ibid", "idem", "op-cit", "loc-cit"}


def key(surname: str) -> str:
    words = surname.split()
    last = words[-1] if words else ""
    decomposed = unicodedata.normalize("NFKD", last)
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c)).lower()


def folded_title(title: str) -> str:
    decomposed = unicodedata.normalize("NFKD", title.lower())
    kept = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.split())


def title_fits(truth: str | None, predicted: str) -> bool:
    if not truth or not predicted:
        return False
    a, b = folded_title(truth), folded_title(predicted)
    return fuzz.ratio(a, b) >= 80 or (min(len(a), len(b)) >= 4 and fuzz.partial_ratio(a, b) >= 90)


def fits(truth: dict, predicted) -> bool:
    truth_keys = [key(a) for a in truth["authors"]]
    predicted_keys = {key(a.surname) for a in predicted.authors}
    carried = truth.get("form") == "idem" and not truth_keys  # the writer is the note before's
    if truth_keys:
        if truth_keys[0] not in predicted_keys:
            return False
    elif predicted_keys and not carried:
        return False
    years = {str(y) for y in (truth.get("year"), truth.get("original_year")) if y}
    year_ok = bool(predicted.year) and predicted.year in years
    title_ok = title_fits(truth.get("title"), predicted.title)
    if carried:
        return title_ok or year_ok
    if not truth_keys:
        return title_ok
    if not truth.get("title") and not truth.get("year"):
        return True
    return year_ok or title_ok


def scored(truth: dict) -> bool:
    return truth["form"] != "mention" and bool(truth["authors"] or truth.get("title"))


def apart(truth: dict) -> bool:
    return truth["form"] != "mention" and not (truth["authors"] or truth.get("title"))


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    scored_truth: int = 0
    apart_truth: int = 0
    apart_found: int = 0
    apart_false: int = 0
    places_as_authors: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    # (truth form, read form) -> citations paired so
    forms: dict[tuple[str, str], int] = field(default_factory=dict)
    misformed: list[str] = field(default_factory=list)  # read with another form than the truth's
    # the citations read with the other form, by why: "short read full: a year"
    misread_by: dict[str, int] = field(default_factory=dict)

    def add(self, other: Score) -> None:
        for name in ("true_positive", "false_positive", "scored_truth", "apart_truth"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("apart_found", "apart_false", "places_as_authors"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.wrong += other.wrong
        self.missed += other.missed
        self.places += other.places
        self.misformed += other.misformed
        for pair, count in other.forms.items():
            self.forms[pair] = self.forms.get(pair, 0) + count
        for why, count in other.misread_by.items():
            self.misread_by[why] = self.misread_by.get(why, 0) + count

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.scored_truth if self.scored_truth else 1.0

    def short_full_accuracy(self) -> float:
        """Of the paired citations that are full or short in the truth, the share read with
        their form (an op. cit. or Ibid. read for one counts as wrong)."""
        told = [(t, r, n) for (t, r), n in self.forms.items() if t in ("full", "short")]
        total = sum(n for _, _, n in told)
        return sum(n for t, r, n in told if t == r) / total if total else 1.0


# A word standing where a place or a journal stands: before a year, after "(", before ":".
_PLACE_SLOTS = (
    r"{w}\s*,?\s*(?:1[5-9]\d\d|20\d\d)(?!\d)",
    r"\(\s*{w}\b",
    r"{w}\s*:",
)


def place_like(surname: str, note_text: str) -> bool:
    word = re.escape(surname.split()[-1]) if surname.split() else ""
    return bool(word) and any(re.search(slot.format(w=word), note_text) for slot in _PLACE_SLOTS)


def score_note(label: str, truths: list[dict], predictions: list, note_text: str) -> Score:
    score = Score()
    score.scored_truth = sum(1 for t in truths if scored(t))
    score.apart_truth = sum(1 for t in truths if apart(t))
    used: set[int] = set()
    truth_keys = {key(a) for t in truths for a in t["authors"]}
    for p in predictions:
        for a in p.authors:
            if key(a.surname) not in truth_keys and place_like(a.surname, note_text):
                score.places_as_authors += 1
                score.places.append(f"[{label}] {a.surname!r} read as an author")
        if not p.authors and not p.title:
            twin = next(
                (
                    i
                    for i, t in enumerate(truths)
                    if i not in used and apart(t) and _same_kind(t, p)
                ),
                None,
            )
            if twin is None:
                score.apart_false += 1
            else:
                used.add(twin)
                score.apart_found += 1
            continue
        pair = next(
            (i for i, t in enumerate(truths) if i not in used and not apart(t) and fits(t, p)),
            None,
        )
        if pair is None:
            score.false_positive += 1
            score.wrong.append(f"[{label}] {p.form} {[a.surname for a in p.authors]} {p.title!r}")
            continue
        used.add(pair)
        if truths[pair]["form"] != "mention":
            score.true_positive += 1
            told = (truths[pair]["form"], p.form)
            score.forms[told] = score.forms.get(told, 0) + 1
            if told in (("short", "full"), ("full", "short")):
                why = f"{told[0]} read {told[1]}: {form_evidence(p)}"
                score.misread_by[why] = score.misread_by.get(why, 0) + 1
            if told[0] != told[1]:
                names = [a.surname for a in p.authors]
                score.misformed.append(f"[{label}] {told[0]} read {told[1]} {names} {p.title!r}")
    for i, t in enumerate(truths):
        if i not in used and scored(t):
            score.missed.append(f"[{label}] {t['form']} {t['authors']} {t['title']!r}")
    return score


def _same_kind(truth: dict, predicted) -> bool:
    if truth["form"] in APART_FORMS or predicted.form in APART_FORMS:
        return truth["form"] == predicted.form
    return True


# Why the document's other notes made a reading short (note_forms.settle_forms).
SETTLED = (
    "given before, now without details",
    "short forms here have given names",
)


def form_evidence(citation) -> str:
    """What made the reader call a citation full (the strongest first) or short."""
    unsure = citation.unsure
    if citation.form != "full":
        return next((why for why in SETTLED if why in unsure), "no publication details read")
    if citation.place or citation.publisher:
        return "an imprint"
    if "details read on" in unsure:
        return "details read on"
    if citation.container and citation.year:
        return "a container and a year"
    if citation.year and "year beside the title" in unsure:
        return "a year beside the title"
    if citation.year:
        return "a year"
    if citation.url:
        return "an address"
    if "no publication details" in unsure:
        return "given names"
    if citation.container:
        return "a container"
    return "other (online, forthcoming, prose)"
