"""A translation or an original given beside a work in a Greek note: "(ελλ. μτφρ.: Ζ.
Μπερτελιέ, *Το κράτος …*, μτφρ. …, Αθήνα: Οδυσσέας, 1979, σ. 131)" (Greek translation),
"(γερμ. πρωτότυπο: *Staat und …*, Frankfurt/M.: Suhrkamp 1978)" (German original), a
translator's "[Σ.τ.Μ.: Ελλ. μτφρ. *Η …*, μτφρ. …, Αθήνα: Τόπος, 2017, σ. 21.]".

Greek notes give the edition the reader can find beside the one cited, after a language's
abbreviation ("ελλ.", "γερμ.", "αγγλ.", "γαλλ." …) and "μτφρ." (translation) or
"πρωτότυπο" (original). It is a work of its own, with its own title, imprint and year, and
its writer only as written: a transliterated name when one is given ("Ζ. Μπερτελιέ"), none
when the translation or the original is named by its title alone (the writer is not
carried over: a translation's title page may name him otherwise). Read only after the cue,
and only with details that date it: a marked title and a year, or a plain title (a web
copy) with an imprint right after it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.extract.citation_patterns import NAME_WORD
from citecheck.extract.note_details import read_details
from citecheck.extract.note_greek_prose_works import WORK_WINDOW, imprint_follows, shows_person
from citecheck.extract.note_parts import build_citation
from citecheck.extract.note_patterns import GIVEN_PERSON, PLAIN_TITLE_END
from citecheck.extract.note_work import read_at
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A language's abbreviation (or its adjective) and "translation", "edition" or "original",
# opening a bracket (perhaps after the translator's "Σ.τ.Μ.:") or the segment; a colon may
# follow.
# matches "(ελλ. μτφρ.: ", "(γερμ. πρωτότυπο: ", "[Σ.τ.Μ.: Ελλ. μτφρ. ", "(ελληνική
# μετάφραση: ", "(αγγλ. έκδ.: ", "(στα ελληνικά: " (in Greek), "(πρωτότυπο: " (the original,
# its colon needed); not "(πρωτότυπο 1923)", "(μτφρ. Κ. Λαμπράκη" (the translator of the work
# itself), "(πρωτ. 1923)" (the original's year: `FIRST_EDITION`), "ελλ. μτφρ." inside prose
# with no bracket before it ("η ελλ. μτφρ. είναι …")
_CUE = lazy_compile(
    r"""(?:^|[(\[])\s*(?:Σ\.\s?τ\.\s?[ΜΕ]\.\s*:\s*)?
        (?:(?i:(?:ελλ|ελλην|γερμ|αγγλ|γαλλ|ιταλ|ισπ|ρωσ|πορτ|ολλ)\.
              |(?:ελληνική|γερμανική|αγγλική|γαλλική|ιταλική|ισπανική|ρωσική)
              |(?:ελληνικό|γερμανικό|αγγλικό|γαλλικό|ιταλικό|ισπανικό|ρωσικό))
           \s+(?i:μτφρ\.|μτφ\.|μετάφρ\.|μετάφραση|έκδ\.|εκδ\.|έκδοση|πρωτότυπο|πρωτ\.)\s*:?
          |(?i:στα\s+(?:ελληνικά|γερμανικά|αγγλικά|γαλλικά|ιταλικά|ισπανικά|ρωσικά)
              |(?:το\s+)?πρωτότυπο)\s*:)
        \s+""",
    re.VERBOSE,
)

# A person with given names or initials, then a comma: the translation's writer as written.
# matches "Ζ. Μπερτελιέ, " before "*Το κράτος …*"; not "*Staat und …*"
_PERSON_COMMA = lazy_compile(rf"(?P<person>{GIVEN_PERSON}),\s")

# A surname, alone or after given names no list knows, then a comma and a title: a marked
# one, or a plain one (a web copy) followed by its translator ("μτφρ."). A translator's note
# names the translation by the writer's name as the Greek edition spells it, a foreign one
# transliterated, or by the surname alone, the full name having been given with the
# original: "[Ελλ. μτφρ.: Χέιλ, *Οι δρόμοι του αλατιού*, μτφρ. Ν. Λάμπρου, Αθήνα 2003 —
# Σ.τ.Μ.]", "[ελλ. μτφρ.: Ρόμπερτ Χέιλ, *…*, …]". Bounded runs.
# matches "Χέιλ, *Οι δρόμοι", "Ρόμπερτ Χέιλ, *Οι", "Χέιλ, «Το λιμάνι»", "Χέιλ, Οι δρόμοι του
# αλατιού, μτφρ.";
# not "Κέδρος, Αθήνα 1974" (a publisher and an imprint), "Χέιλ, Οι δρόμοι, Αθήνα 2003" (no
# translator after the plain title), "Ρ. Κουν, *…*" (given names: `_PERSON_COMMA`)
_SURNAME_TITLE = lazy_compile(
    rf"""(?:{NAME_WORD}\s++){{0,2}}{NAME_WORD},\s++(?:[*_«“"]|[^\W\d_][^,;:()\[\]*_«“"]{{2,120}}?,\s++(?:μτφρ|μτφ|μετάφρ)\.)"""
)

# A title's opening mark.
_MARKS = '«“"„*_'

# How many cues one segment tries.
_TRIES = 3


def translation_works(s: str, start: int, end: int, note: int) -> list[NoteCitation]:
    """The translations and originals given after their cue in the segment `s` (which
    starts at `start` in the note)."""
    if not any(word in s for word in ("μτφ", "μετάφρ", "πρωτ", "έκδ", "εκδ", "ικά:")):
        return []  # cheap test first: a cue's words
    found: list[NoteCitation] = []
    for tries, cue in enumerate(_CUE.finditer(s)):
        if tries >= _TRIES:
            break
        if _translator_only(s, cue):
            continue  # "(ελλ. μτφρ.: Ρ. Κουν, Κέδρος, Αθήνα 1974)": its translator, no title
        work = _work_at(s, cue.end(), start, end, note)
        if work is not None:
            found.append(work)
    return found


# A cue that names a translation (not an original or an edition): the person after it may be
# the translator. matches "μτφρ.", "μτφ.", "μετάφρ.", "μετάφραση"; not "πρωτότυπο", "έκδ."
_TRANSLATION_WORD = lazy_compile(r"(?i:μτφρ|μτφ|μετάφρ)")

# Articles that open a title, never a person's name: "Die Maschine", "Η Μηχανή", "The Salt".
_ARTICLES = frozenset(
    {"die", "der", "das", "ein", "eine", "the", "a", "an", "la", "le", "les", "il", "lo",
     "el", "ο", "η", "το", "οι", "τα", "τη", "την", "του", "της", "των"}
)  # fmt: skip


def _translator_only(s: str, cue: re.Match[str]) -> bool:
    """After a translation's cue, a person and then at once an imprint ("Ρ. Κουν, Κέδρος,
    Αθήνα 1974", "Ρόζα Κουν, εκδ. Κέδρος, Αθήνα 1974", "Ρ. Κουν, Αθήνα: Κέδρος, 1974") or a
    publisher and a year ("Ρ. Κουν, Κέδρος, 1974"): Greek practice names the translation by
    its translator and imprint; the publisher is no title and the translator no writer."""
    if _TRANSLATION_WORD.search(cue.group(0)) is None:
        return False  # "(γερμ. πρωτότυπο: Die Maschine, Stuttgart: …)": the original's title
    at = cue.end()
    person = _PERSON_COMMA.match(s, at)
    if person is None:
        return False
    name = person.group("person")
    if name.split()[0].casefold() in _ARTICLES or not shows_person(name, after_colon=True):
        return False
    after = person.end("person")
    return imprint_follows(s, after) or _PUBLISHER_YEAR.match(s, after) is not None


# One capitalised word (a publisher) and a year, closing the bracket.
# matches ", Κέδρος, 1974)", ", Kranich 1974)"; not ", Το κράτος, 1974" (two words)
_PUBLISHER_YEAR = lazy_compile(r",\s*+[^\W\d_][\w-]*+,?\s*+(?:1[5-9]\d\d|20\d\d)\s*+[)\]]")


def _work_at(s: str, at: int, start: int, end: int, note: int) -> NoteCitation | None:
    stop = _bracket_end(s, at, min(len(s), at + WORK_WINDOW))
    part = s[at:stop]
    person = _PERSON_COMMA.match(part)
    if (
        person is not None
        and shows_person(person.group("person"), after_colon=True)
        and person.group("person").split()[0].casefold() not in _ARTICLES
    ):  # "Die Maschine, Stuttgart: Klett, 1970": a title, no person
        read = read_at(part, 0, start + at, start + stop, note)
        if read is not None and read.authors and read.title and read.year:
            return read
        # else a plain title that looks like a person ("Die Maschine, Stuttgart: …")
    if _SURNAME_TITLE.match(part) is not None and part.split(",")[0].casefold() not in _ARTICLES:
        read = read_at(part, 0, start + at, start + stop, note)
        if read is not None and len(read.authors) == 1 and read.title and read.year:
            return read
    if part[:1] in _MARKS:
        read = read_at(part, 0, start + at, start + stop, note)
        if read is None or read.authors or not read.title or not read.year:
            return None
        return read
    return _plain_title(part, start + at, note)


def _plain_title(part: str, offset: int, note: int) -> NoteCitation | None:
    """A web copy's plain title with an imprint right after it."""
    stop = PLAIN_TITLE_END.search(part)
    if stop is None:
        return None
    title = part[: stop.start()].strip(" ,.")
    if len(title.split()) < 2 or not title[:1].isupper():
        return None
    if not imprint_follows(part, stop.start()):
        return None
    details = read_details(part[stop.start() :])
    if not details.year:
        return None
    return build_citation(
        part,
        0,
        offset,
        offset + len(part),
        note,
        "full",
        (),
        title,
        "plain",
        details,
        ["plain title", "a translation or an original, no author written"],
    )


def _bracket_end(s: str, at: int, limit: int) -> int:
    """Where the bracket the cue opened closes (or `limit`: the segment's end, or as far as
    a work's details stand)."""
    depth = 0
    for i in range(at, limit):
        if s[i] in "([":
            depth += 1
        elif s[i] in ")]":
            if depth == 0:
                return i
            depth -= 1
    return limit


def with_translations(
    s: str, start: int, works: list[NoteCitation], translated: list[NoteCitation]
) -> list[NoteCitation]:
    """The segment's works with the translations and originals given beside them: a reading
    of the translation itself is replaced, and a work whose details ran on into the
    translation's takes its year from its own ("Παρίσι: Maspero, 1974, σ. 112 (ελλ. μτφρ.:
    …, 1979, …)" is of 1974)."""
    kept = []
    for work in works:
        if any(_same_or_inside(work, t) for t in translated):
            continue
        inside = next(
            (t for t in translated if work.span.start < t.span.start < work.span.end), None
        )
        if inside is not None and work.year == inside.year:
            own = s[work.span.start - start : inside.span.start - start]
            title_at = own.find(work.title) if work.title else -1
            details = read_details(own[title_at + len(work.title) :] if title_at >= 0 else own)
            if details.year and details.year != work.year:
                work = replace(work, year=details.year)
        kept.append(work)
    return sorted([*kept, *translated], key=lambda work: work.span.start)


def _same_or_inside(one: NoteCitation, translation: NoteCitation) -> bool:
    """A reading of the translation itself (its title, or starting inside it)."""
    inside = translation.span.start <= one.span.start < translation.span.end
    return inside or one.title == translation.title
