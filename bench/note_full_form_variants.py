"""Full forms by construction over real documents: is each shape read, and read whole? (issue 11)

    .venv/bin/python bench/note_full_form_variants.py [--half tune|check] [--works N]
        [--misses] [--only-shape NAME ...] [--jobs N]

For each work a truth article cites in full with its first author's given names, a title and
a year, and that the reader reads there with its author and title (at most N works per
article, chosen by a seeded random; `note_short_form_variants.read_works`), a new last note is
appended to the article citing that work in full in one of the shapes style guides and
journals give a first citation (SHAPES below):

- English: Chicago notes (17th ed., 14.18-14.28: a book, a chapter "in" an edited volume, a
  journal article with volume and issue, a translator, an editor, an edition, a reprint, a
  DOI, a web page with its access date), a Chicago author-date reference (15.9) and a
  bibliography entry (14.18) written into a note, MLA 9 ("Surname, Given. *Title*.
  Publisher, Year."), APA 7 ("Surname, G. (Year). *Title*. Publisher."), Harvard
  ("Surname, G. Year. *Title*. Place: Publisher."), inverted names, initials, two and three
  authors, "et al.", "ed."/"eds.", a "See"/"Cf."/"For a discussion, see" lead-in, the
  citation after a sentence of prose, two works parted by ";";
- German (DIN 1505-2 / ISO 690 "Surname, Given: Title. Place: Publisher, Year", the
  humanities' "Given Surname: Title. Place Year, S. 41", author-date "(Year):", "(Hg.)",
  "in:", "übers. v.") and Greek ("Αθήνα: Κριτική 2000, σ. 12", "εκδ.", surname first
  "Surname Given,", «…», "τχ.", "(επιμ.)", "μτφ.", "Βλ."): the same tune-half works with
  the function words of those conventions around them.

The truth holds no imprint, so the place and publisher (and a journal, a volume's title and
its editor, a translator, co-authors) come from fixed lists per language, picked by a seeded
random: they are constructed, not the work's real imprint, and the co-authors are invented
(the works-cited entry lists them too). The title is the truth's, italic for a book and
quoted for an article or chapter as the shape writes it; the year is the truth's.

The article is read as Markdown and as its web copy (`note_accuracy.web_copy`), with a
works-cited list built as `note_seeding` builds it. For each shape and rendering:

- read: the new note gives a reading that fits the work as `note_scoring.fits` counts it
  (its first author, and its year or its title);
- read full: that reading's form is "full";
- no false finding: no short-form-before-full, missing-reference or inconsistent-reference
  on the new note;
- no imprint as author: no surname read in the new note is a word of the constructed
  place, publisher or journal.

Negatives by construction: appended notes that cite no work (a place and a year, a publisher
and a year, a journal and its volume, a quantity, a URL alone, a person in prose with a
year, in each language) must give no note reading, no author-year citation and no finding.

The articles' text stays in ../shared; nothing here is tuned by article.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from note_accuracy import CORPUS, TRUTH, half, web_copy  # noqa: E402
from note_scoring import fits, key  # noqa: E402
from note_seeding import Work, lint_seen, works_cited, works_of  # noqa: E402
from note_short_form_variants import Cited, read_works  # noqa: E402

from citecheck.extract import build_manuscript  # noqa: E402
from citecheck.readers import read_bytes  # noqa: E402

SEED = 13
WORKS_PER_ARTICLE = 2
LABEL = "ffv"  # the appended note's label
RULES = ("short-form-before-full", "missing-reference", "inconsistent-reference")


@dataclass(frozen=True)
class Imprint:
    """A constructed imprint and the other invented parts a full form may give."""

    place: str
    publisher: str
    journal: str
    # the words that must never be read as a surname
    words: frozenset[str]


def _imprint(place: str, publisher: str, journal: str) -> Imprint:
    words = frozenset(key(w) for w in re.findall(r"\w+", f"{place} {publisher} {journal}"))
    return Imprint(place, publisher, journal, words)


IMPRINTS: dict[str, tuple[Imprint, ...]] = {
    "en": (
        _imprint("London", "Verso", "Radical Philosophy"),
        _imprint("New York", "Monthly Review Press", "Science & Society"),
        _imprint("Chicago", "University of Chicago Press", "Historical Materialism"),
        _imprint("Durham", "Duke University Press", "New German Critique"),
        _imprint("Cambridge, MA", "MIT Press", "Telos"),
        _imprint("Oxford", "Clarendon Press", "Past & Present"),
    ),
    "de": (
        _imprint("Frankfurt am Main", "Suhrkamp", "Merkur"),
        _imprint("Berlin", "Dietz", "Leviathan"),
        _imprint("Hamburg", "Junius", "Konkret"),
        _imprint("Wien", "Passagen", "Prokla"),
    ),
    "el": (
        _imprint("Αθήνα", "Κριτική", "Θέσεις"),
        _imprint("Αθήνα", "Θεμέλιο", "Ουτοπία"),
        _imprint("Θεσσαλονίκη", "Επίκεντρο", "Μαρξιστική Σκέψη"),
    ),
}
# Invented persons: co-authors, an editor, a translator.
COAUTHORS = (("Ada", "Quill"), ("Milo", "Varga"), ("Ines", "Dorrance"))
EDITOR = "Paul Oster"
TRANSLATOR = "Ruth Calder"
GREEK_TRANSLATOR = "Ν. Ραφαηλίδου"
CONTAINER = "Essays on the Long Century"


@dataclass(frozen=True)
class Full:
    """A work cited in full in its article, with what a constructed full form of it needs."""

    cited: Cited
    en: Imprint
    de: Imprint
    el: Imprint

    @property
    def given(self) -> str:
        return self.cited.given

    @property
    def surname(self) -> str:
        return self.cited.surname

    @property
    def title(self) -> str:
        return self.cited.work.title.strip(" ,.;")

    @property
    def year(self) -> int:
        return self.cited.work.year

    @property
    def given_stop(self) -> str:
        """The given names and the full stop after them, one stop after an initial."""
        return self.given if self.given.endswith(".") else f"{self.given}."

    @property
    def initials(self) -> str:
        return " ".join(f"{w[0]}." for w in re.split(r"[\s.]+", self.given) if w)

    @property
    def name(self) -> str:
        return f"{self.given} {self.surname}"

    def book(self) -> str:
        return f"*{self.title}*"

    def book_stop(self) -> str:
        """The marked title as a sentence, no stop after its own "?" or "!"."""
        return self.book() + ("" if self.title[-1:] in "?!" else ".")

    def quoted(self, comma: str = ",") -> str:
        """An article's title in quotes, the comma inside them (Chicago 6.9) unless the
        title ends in its own mark."""
        mark = "" if self.title[-1:] in "?!" else comma
        return f"“{self.title}{mark}”"

    def imprint(self, language: str = "en") -> str:
        i = getattr(self, language)
        return f"{i.place}: {i.publisher}, {self.year}"


def _coauthors(n: int) -> str:
    return ", ".join(f"{g} {s}" for g, s in COAUTHORS[:n])


# A shape: the work (and another work for two-work shapes) -> the new note's text, or None
# (the shape does not apply), and how many invented co-authors it adds.
Shape = Callable[[Full, Full | None], str | None]

SHAPES: dict[str, Shape] = {
    # Chicago notes (17th ed., 14.18-14.28)
    "Chicago book, 41.": lambda f, o: f"{f.name}, {f.book()} ({f.imprint()}), 41.",
    "Chicago book, no page": lambda f, o: f"{f.name}, {f.book()} ({f.imprint()}).",
    "Chicago book, 41-43.": lambda f, o: f"{f.name}, {f.book()} ({f.imprint()}), 41–43.",
    "Chicago book (Place, Year)": lambda f, o: (
        f"{f.name}, {f.book()} ({f.en.place}, {f.year}), 41."
    ),
    "Chicago book (Publisher, Year)": lambda f, o: (
        f"{f.name}, {f.book()} ({f.en.publisher}, {f.year}), 41."
    ),
    "Chicago chapter in": lambda f, o: (
        f"{f.name}, {f.quoted()} in *{CONTAINER}*, ed. {EDITOR} ({f.imprint()}), 41–58."
    ),
    "Chicago article, vol. and no.": lambda f, o: (
        f"{f.name}, {f.quoted()} *{f.en.journal}* 12, no. 3 ({f.year}): 41–58."
    ),
    "Chicago article, season": lambda f, o: (
        f"{f.name}, {f.quoted()} *{f.en.journal}* 12, no. 3 (Spring {f.year}): 41."
    ),
    "Chicago translator": lambda f, o: (
        f"{f.name}, {f.book()}, trans. {TRANSLATOR} ({f.imprint()}), 41."
    ),
    "Chicago editor of the work": lambda f, o: (
        f"{f.name}, {f.book()}, ed. {EDITOR} ({f.imprint()}), 41."
    ),
    "Chicago edition": lambda f, o: f"{f.name}, {f.book()}, 2nd ed. ({f.imprint()}), 41.",
    "Chicago reprint (1951; repr.)": lambda f, o: (
        f"{f.name}, {f.book()} ({f.year - 30}; repr., {f.imprint()}), 41."
    ),
    "author-date reprint [1951] Year": lambda f, o: (
        f"{f.surname}, {f.given_stop} [{f.year - 30}] {f.year}. {f.book_stop()} "
        f"{f.en.place}: {f.en.publisher}."
    ),
    "Chicago article, DOI": lambda f, o: (
        f"{f.name}, {f.quoted()} *{f.en.journal}* 12, no. 3 ({f.year}): 41–58, "
        f"https://doi.org/10.1234/cq.{f.year}.41."
    ),
    "Chicago web page, accessed": lambda f, o: (
        f"{f.name}, {f.quoted()} *{f.en.journal}*, March 3, {f.year}, accessed May 5, "
        f"{f.year + 1}, https://example.org/essays/{f.year}/41."
    ),
    "Chicago author-date in a note": lambda f, o: (
        f"{f.surname}, {f.given_stop} {f.year}. {f.book_stop()} {f.en.place}: {f.en.publisher}."
    ),
    "Chicago bibliography entry in a note": lambda f, o: (
        f"{f.surname}, {f.given_stop} {f.book_stop()} {f.en.place}: {f.en.publisher}, {f.year}."
    ),
    "MLA: Surname, Given. Title. Publisher, Year.": lambda f, o: (
        f"{f.surname}, {f.given_stop} {f.book_stop()} {f.en.publisher}, {f.year}."
    ),
    "APA: Surname, G. (Year). Title. Publisher.": lambda f, o: (
        f"{f.surname}, {f.initials} ({f.year}). {f.book_stop()} {f.en.publisher}."
    ),
    "Harvard: Surname, G. Year. Title. Place: Publisher.": lambda f, o: (
        f"{f.surname}, {f.initials} {f.year}. {f.book_stop()} {f.en.place}: {f.en.publisher}."
    ),
    "names inverted": lambda f, o: f"{f.surname}, {f.given}, {f.book()} ({f.imprint()}), 41.",
    "initials only": lambda f, o: f"{f.initials} {f.surname}, {f.book()} ({f.imprint()}), 41.",
    "two authors": lambda f, o: f"{f.name} and {_coauthors(1)}, {f.book()} ({f.imprint()}), 41.",
    "three authors": lambda f, o: (
        f"{f.name}, {_coauthors(1)}, and {COAUTHORS[1][0]} {COAUTHORS[1][1]}, {f.book()} "
        f"({f.imprint()}), 41."
    ),
    "et al.": lambda f, o: f"{f.name} et al., {f.book()} ({f.imprint()}), 41.",
    "ed.": lambda f, o: f"{f.name}, ed., {f.book()} ({f.imprint()}), 41.",
    "eds.": lambda f, o: f"{f.name} and {_coauthors(1)}, eds., {f.book()} ({f.imprint()}), 41.",
    "See …": lambda f, o: f"See {f.name}, {f.book()} ({f.imprint()}), 41.",
    "Cf. …": lambda f, o: f"Cf. {f.name}, {f.book()} ({f.imprint()}), 41.",
    "For a discussion, see …": lambda f, o: (
        f"For a discussion, see {f.name}, {f.book()} ({f.imprint()}), 41."
    ),
    "after a sentence of prose": lambda f, o: (
        f"The argument is an old one. {f.name}, {f.book()} ({f.imprint()}), 41."
    ),
    "prose; see …": lambda f, o: (
        f"The argument is an old one; see {f.name}, {f.book()} ({f.imprint()}), 41."
    ),
    "two works parted by ;": lambda f, o: (
        f"{f.name}, {f.book()} ({f.imprint()}), 41; {o.name}, {o.book()} ({o.imprint()}), 7."
        if o
        else None
    ),
    "two works, this one second": lambda f, o: (
        f"{o.name}, {o.book()} ({o.imprint()}), 7; {f.name}, {f.book()} ({f.imprint()}), 41."
        if o
        else None
    ),
    # German notes
    "de: DIN: Surname, Given: Title. Place: Publisher, Year, S. 41.": lambda f, o: (
        f"{f.surname}, {f.given}: {f.book_stop()} {f.imprint('de')}, S. 41."
    ),
    "de: Given Surname: Title. Place Year, S. 41.": lambda f, o: (
        f"{f.name}: {f.book_stop()} {f.de.place} {f.year}, S. 41."
    ),
    "de: Given Surname: Title, Place: Publisher Year, S. 41.": lambda f, o: (
        f"{f.name}: {f.book()}, {f.de.place}: {f.de.publisher} {f.year}, S. 41."
    ),
    "de: Surname, Given (Year): Title. Place: Publisher, S. 41.": lambda f, o: (
        f"{f.surname}, {f.given} ({f.year}): {f.book_stop()} {f.de.place}: {f.de.publisher}, S. 41."
    ),
    "de: Vgl. Given Surname, Title, Place Year, S. 41 f.": lambda f, o: (
        f"Vgl. {f.name}, {f.book()}, {f.de.place} {f.year}, S. 41 f."
    ),
    "de: Surname, Given (Hg.): Title. Place: Publisher, Year.": lambda f, o: (
        f"{f.surname}, {f.given} (Hg.): {f.book_stop()} {f.imprint('de')}."
    ),
    "de: Given Surname: „Title“, in: Journal 12 (Year), S. 41–58.": lambda f, o: (
        f"{f.name}: „{f.title}“, in: *{f.de.journal}* 12 ({f.year}), S. 41–58."
    ),
    "de: „Title“, in: Editor (Hg.): Volume, Place Year, S. 41.": lambda f, o: (
        f"{f.name}: „{f.title}“, in: {EDITOR} (Hg.): *{CONTAINER}*, {f.de.place} {f.year}, S. 41."
    ),
    "de: Title, übers. v. …, Place Year, S. 41.": lambda f, o: (
        f"{f.name}: {f.book()}, übers. v. {TRANSLATOR}, {f.de.place} {f.year}, S. 41."
    ),
    "de: Surname, Given/Surname, Given: Title. Place: Publisher, Year.": lambda f, o: (
        f"{f.surname}, {f.given}/{COAUTHORS[0][1]}, {COAUTHORS[0][0]}: {f.book_stop()} "
        f"{f.imprint('de')}."
    ),
    # Greek notes
    "el: Given Surname, Title, Αθήνα: Κριτική Year, σ. 41.": lambda f, o: (
        f"{f.name}, {f.book()}, {f.el.place}: {f.el.publisher} {f.year}, σ. 41."
    ),
    "el: Given Surname, Title, εκδ. Κριτική, Αθήνα Year, σ. 41.": lambda f, o: (
        f"{f.name}, {f.book()}, εκδ. {f.el.publisher}, {f.el.place} {f.year}, σ. 41."
    ),
    "el: Surname Given, Title, Αθήνα: Κριτική, Year, σ. 41.": lambda f, o: (
        f"{f.surname} {f.given}, {f.book()}, {f.imprint('el')}, σ. 41."
    ),
    "el: Surname G., Title, Αθήνα: Κριτική Year.": lambda f, o: (
        f"{f.surname} {f.initials}, {f.book()}, {f.el.place}: {f.el.publisher} {f.year}."
    ),
    "el: Given Surname, «Title», Journal, τχ. 12, Year, σσ. 41-58.": lambda f, o: (
        f"{f.name}, «{f.title}», *{f.el.journal}*, τχ. 12, {f.year}, σσ. 41-58."
    ),
    "el: Βλ. Given Surname, Title, Αθήνα: Κριτική Year, σ. 41.": lambda f, o: (
        f"Βλ. {f.name}, {f.book()}, {f.el.place}: {f.el.publisher} {f.year}, σ. 41."
    ),
    "el: Given Surname (επιμ.), Title, Αθήνα: Κριτική Year.": lambda f, o: (
        f"{f.name} (επιμ.), {f.book()}, {f.el.place}: {f.el.publisher} {f.year}."
    ),
    "el: Title, μτφ. …, Αθήνα: Κριτική Year, σ. 41.": lambda f, o: (
        f"{f.name}, {f.book()}, μτφ. {GREEK_TRANSLATOR}, {f.el.place}: {f.el.publisher} "
        f"{f.year}, σ. 41."
    ),
}

# Shapes that name invented co-authors: how many (the works-cited entry lists them too).
COAUTHORED = {
    "two authors": 1,
    "three authors": 2,
    "et al.": 3,
    "eds.": 1,
    "de: Surname, Given/Surname, Given: Title. Place: Publisher, Year.": 1,
}

# Notes that cite no work: no note reading, no author-year citation, no finding.
NEGATIVES: dict[str, Callable[[Full], str]] = {
    "a place and a year": lambda f: f"{f.en.place}, {f.year}.",
    "a place, publisher and year": lambda f: f"{f.en.place}: {f.en.publisher}, {f.year}.",
    "a publisher and a year": lambda f: f"{f.en.publisher}, {f.year}.",
    "a journal and its volume": lambda f: f"*{f.en.journal}* 12, no. 3 ({f.year}): 41.",
    "a quantity": lambda f: f"Some 41,000 workers struck in {f.year}.",
    "a URL alone": lambda f: f"https://example.org/archive/{f.year}/strike.html.",
    "a person in prose with a year": lambda f: f"{f.surname} returned to Paris in {f.year}.",
    "a person and a place in prose": lambda f: (
        f"{f.name} spoke in {f.en.place} in {f.year}, to some 400 people."
    ),
    "de: a place and a year, S. 41": lambda f: f"{f.de.place} {f.year}, S. 41.",
    "de: a publisher and a year": lambda f: f"{f.de.publisher}, {f.year}.",
    "el: a place and a year, σ. 12": lambda f: f"{f.el.place} {f.year}, σ. 12.",
    "el: a place, publisher and year": lambda f: f"{f.el.place}: {f.el.publisher} {f.year}.",
}


# Cues `note_short_form_variants` may take for given names ("Vgl. Chris Cutrone, …").
CUES = frozenset({"Vgl.", "Siehe", "Βλ.", "See", "Cf."})


def read_fulls(path: Path, rng: random.Random, per_article: int) -> tuple[dict, list[Full]]:
    """The works of the article read in full there whose full form gives the first author's
    given names, at most `per_article`, each with constructed imprints."""
    truth, every = read_works(path, rng, 10_000)  # all of them, shuffled
    fulls = [
        Full(c, rng.choice(IMPRINTS["en"]), rng.choice(IMPRINTS["de"]), rng.choice(IMPRINTS["el"]))
        for c in every
        if c.given and c.work.year and c.given.split()[0] not in CUES
    ]
    return truth, fulls[:per_article]


def document(article: str, note: str, works: list[Work], web: bool) -> str:
    text = article.rstrip("\n") + f"\n\n[^{LABEL}]: {note}\n"
    return (web_copy(text) if web else text) + works_cited(works)


def listed(truth: dict, full: Full, coauthors: int) -> list[Work]:
    """The works-cited list's works; the shape's invented co-authors join the work's entry."""
    works = works_of(truth, listed=True)
    if not coauthors:
        return works
    added = tuple(s for _, s in COAUTHORS[:coauthors])
    work = full.cited.work
    return [
        replace(w, authors=(w.authors[0], *added))
        if w.authors and key(w.authors[0]) == key(work.authors[0]) and w.title == work.title
        else w
        for w in works
    ]


@dataclass(frozen=True)
class _Person:
    surname: str


@dataclass(frozen=True)
class _Read:
    """A reading as `note_seeding.lint_seen` gives it, in the shape `note_scoring.fits`
    takes (surnames as their keys, which `key` leaves as they are)."""

    form: str
    authors: tuple[_Person, ...]
    title: str
    year: str

    @classmethod
    def of(cls, reading: tuple) -> _Read:
        form, keys, title, year, _matched = reading
        return cls(form, tuple(_Person(k) for k in keys), title or "", year or "")


def _author_year_in_note(doc: str) -> list[str]:
    """The author-year citations the manuscript reads in the new note."""
    source = read_bytes("seeded.md", doc.encode("utf-8"))
    number = next((n.number for n in source.notes if n.label == LABEL), None)
    manuscript = build_manuscript(source, figures=False)
    return [c.text for c in manuscript.citations if c.note == number]


def measure_article(job: tuple[str, int, bool, tuple[str, ...]]) -> tuple[dict, dict, list[str]]:
    """One article's cases: (shape, rendering) -> counts, negatives likewise, miss lines."""
    name, per_article, misses, only = job
    path = TRUTH / name
    truth, fulls = read_fulls(path, random.Random(f"{SEED}:{name}"), per_article)
    article = (CORPUS / truth["article"]).read_text(encoding="utf-8")
    tally: dict[tuple[str, str], Counter[str]] = {}
    negatives: dict[tuple[str, str], Counter[str]] = {}
    lines: list[str] = []
    for i, f in enumerate(fulls):
        other = next(
            (o for o in fulls[i + 1 :] + fulls[:i] if key(o.surname) != key(f.surname)), None
        )
        work = f.cited.work
        expected = {"authors": list(work.authors), "title": work.title, "year": work.year}
        for web in (False, True):
            rendering = "web" if web else "markdown"
            for shape, make in SHAPES.items():
                note = make(f, other)
                if note is None or (only and shape not in only):
                    continue
                row = tally.setdefault((shape, rendering), Counter())
                row["cases"] += 1
                works = listed(truth, f, COAUTHORED.get(shape, 0))
                findings, seen, readings = lint_seen(document(article, note, works, web))
                read = [_Read.of(r) for r in readings.get(LABEL, [])]
                fit = next((c for c in read if fits(expected, c)), None)
                row["read"] += fit is not None
                row["read full"] += fit is not None and fit.form == "full"
                false = [r for r, lab in findings if lab == LABEL and r in RULES]
                row["no false finding"] += not false
                imprint = getattr(f, _language(shape))
                wrong = [a.surname for c in read for a in c.authors if a.surname in imprint.words]
                row["no imprint as author"] += not wrong
                if misses and (fit is None or fit.form != "full" or false or wrong):
                    lines.append(
                        f"{shape} ({rendering}) {truth['article']}: {note!r} "
                        f"read={fit is not None} false={false} imprint-as-author={wrong}"
                    )
                    lines.append(f"    {seen.get(LABEL, [])}")
            for neg, make_negative in NEGATIVES.items():
                if only and neg not in only:
                    continue
                row = negatives.setdefault((neg, rendering), Counter())
                row["cases"] += 1
                doc = document(article, make_negative(f), works_of(truth, listed=True), web)
                findings, seen, readings = lint_seen(doc)
                author_year = _author_year_in_note(doc)
                row["no reading"] += not readings.get(LABEL)
                row["no author-year"] += not author_year
                false = [r for r, lab in findings if lab == LABEL and r in RULES]
                row["no finding"] += not false
                if misses and (readings.get(LABEL) or author_year or false):
                    lines.append(
                        f"negative {neg} ({rendering}) {truth['article']}: "
                        f"{make_negative(f)!r} author-year={author_year}"
                    )
                    lines.append(f"    {seen.get(LABEL, [])}")
    return tally, negatives, lines, len(fulls)


def measure(half_name: str, per_article: int, misses: bool, only: set[str], jobs: int) -> None:
    files = [p.name for p in sorted(TRUTH.glob("*.json")) if half(p.name) == half_name]
    tasks = [(name, per_article, misses, tuple(sorted(only))) for name in files]
    if jobs > 1:
        with Pool(jobs) as pool:
            results = pool.map(measure_article, tasks)
    else:
        results = [measure_article(t) for t in tasks]
    tally: dict[tuple[str, str], Counter[str]] = {}
    negatives: dict[tuple[str, str], Counter[str]] = {}
    works = 0
    for article_tally, article_negatives, lines, count in results:
        works += count
        for target, part in ((tally, article_tally), (negatives, article_negatives)):
            for k, counts in part.items():
                target.setdefault(k, Counter()).update(counts)
        for line in lines:
            print(line)
    print(f"{works} works read in full of {len(files)} {half_name}-half articles")
    print_tables(tally, negatives)


COLUMNS = ("read", "read full", "no false finding", "no imprint as author")
NEGATIVE_COLUMNS = ("no reading", "no author-year", "no finding")


def print_tables(
    tally: dict[tuple[str, str], Counter[str]], negatives: dict[tuple[str, str], Counter[str]]
) -> None:
    print("\n| shape | rendering | cases | " + " | ".join(COLUMNS) + " |")
    print("|---|---|---|" + "---|" * len(COLUMNS))
    for shape in SHAPES:
        for rendering in ("markdown", "web"):
            row = tally.get((shape, rendering))
            if row and row["cases"]:
                n = row["cases"]
                cells = " | ".join(f"{row[c]} ({row[c] / n:.2f})" for c in COLUMNS)
                print(f"| {shape} | {rendering} | {n} | {cells} |")
    for language in ("en", "de", "el"):
        for rendering in ("markdown", "web"):
            rows = [
                r
                for (shape, rend), r in tally.items()
                if rend == rendering and _language(shape) == language
            ]
            n = sum(r["cases"] for r in rows)
            if n:
                cells = " | ".join(f"{sum(r[c] for r in rows) / n:.3f}" for c in COLUMNS)
                print(f"| all {language} | {rendering} | {n} | {cells} |")
    print("\n| negative | rendering | cases | " + " | ".join(NEGATIVE_COLUMNS) + " |")
    print("|---|---|---|" + "---|" * len(NEGATIVE_COLUMNS))
    for name in NEGATIVES:
        for rendering in ("markdown", "web"):
            row = negatives.get((name, rendering))
            if row and row["cases"]:
                n = row["cases"]
                cells = " | ".join(f"{row[c]} ({row[c] / n:.2f})" for c in NEGATIVE_COLUMNS)
                print(f"| {name} | {rendering} | {n} | {cells} |")


def _language(shape: str) -> str:
    return shape[:2] if shape[:3] in ("de:", "el:") else "en"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("tune", "check"), default="tune")
    parser.add_argument("--works", type=int, default=WORKS_PER_ARTICLE, metavar="N")
    parser.add_argument("--misses", action="store_true", help="print each case that fails")
    parser.add_argument("--only-shape", nargs="+", default=[], metavar="NAME")
    parser.add_argument("--jobs", type=int, default=1, metavar="N")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"note_full_form_variants: {CORPUS} not found (the shared corpus)", file=sys.stderr)
        return 2
    if args.half == "check" and args.misses:
        print("note_full_form_variants: the check half is counted, never listed", file=sys.stderr)
        return 2
    measure(args.half, args.works, args.misses, set(args.only_shape), args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
