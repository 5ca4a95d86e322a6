"""Greek notes' back-references and stand-ins for a writer, read by their grammar.

- "Ό.π." ("όπου παραπάνω", where above) is op. cit., as the truth schema records every
  back-reference: as written. Standing alone at a note's or a work's start ("Ό.π., σελ.
  47", "Ό.π. (σημ. 6), σ. 90") it names no writer, as a bare "Op. cit." or "Loc. cit." does;
  after a name it is that writer's work cited before.
- A writer named in prose before "ό.π." takes any article: the nominative ("ο Δ.
  Σωτηρόπουλος (ό.π., σ. 12)"), the genitive of a part or a reading of the work ("το κεφ. 3
  του Μπερτελιέ, ό.π.", "η ανάλυση του Νικολαΐδη (ό.π., σ. 4)"), the accusative; a few words
  of prose may stand between the writer and a bracketed "ό.π." ("ο Φωτεινός στον επίλογό
  του (ό.π., σελ. 402)").
- "Ο ίδιος" / "της ίδιας" / "του ιδίου" (the same writer) before a work's title is that
  work's writer, as German "ders." is: the work is read as after a name, and its writer is
  the one before (`note_german.carry_same_writer`). Latin "Idem" before a title keeps its
  form, as written, with the work's title.
"""

from __future__ import annotations

import re
import unicodedata

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_greek import GREEK_CAPITALS
from citecheck.extract.note_lone_names import EarlierWorks
from citecheck.extract.note_names import surnames
from citecheck.extract.note_patterns import OP_CIT, PAGES
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

# "Ό.π." or "Op. cit." / "Loc. cit." opening a work, before a comma, a bracket, a page or
# the end: a back-reference that names no writer.
# matches "Ό.π.," "ό.π." at the end, "Ο.π. (σημ. 6)", "ό. π., σ. 12", "Όπ. π.,", "Op. cit.,
# p. 5", "Loc. cit."; not "ό.π. την ανάλυση" (prose after it), "Ο. Παπαδόπουλος" (an
# initial), "όπως", "Op. cit" inside "Op. citation", "op. cit." in lower case (a note with
# no capital is one the reader skips: `note_citations.cites_nothing`)
_BARE_OP_CIT = lazy_compile(
    r"""[*_]{0,2}(?:[ΌόΟο]π?\.\s?π\.|(?:(?P<op>Op|OP)|(?P<loc>Loc|LOC))\.?\s+(?i:cit)\.)[*_]{0,2}
        (?=\s*(?:[,(;]|$|(?:σελ|σσ|σ|p|pp|S)\.))""",
    re.VERBOSE,
)


def bare_op_cit(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    """The op. cit. (or loc. cit.) at `k` that names no writer, with its page; None when
    none opens the work there."""
    found = _BARE_OP_CIT.match(s, k)
    if found is None:
        return None
    rest = s[found.end() :]
    # "Ό.π. (σημ. 6), σελ. 90": the note it points back to is no page
    rest = _NOTE_POINTER.sub("", rest, count=1)
    pages = PAGES.search(" " + rest.rstrip(" .;"))
    return NoteCitation(
        text=s[k:],
        span=Span(start + k, end),
        note=note,
        form="loc-cit" if found.group("loc") else "op-cit",
        pages=pages.group("pages").strip() if pages else "",
    )


# The number of the note a back-reference points to, in brackets.
# matches " (σημ. 6)", "(σημ. 12)", " (βλ. σημ. 3)", " (n. 4)", " (note 4)"; not " (1978)"
_NOTE_POINTER = lazy_compile(r"^\s*\((?:βλ\.\s*)?(?:σημ|n|note|Anm)\.?\s*\d{1,4}\)")

_GREEK_LOWER = "α-ωάέήίόύώϊϋΐΰ"

# A writer named in Greek prose after an article of any case, then "ό.π." after a comma or
# in brackets, or in brackets after a few words of prose: the writer's work cited before.
# matches "ο Δ. Σωτηρόπουλος (" and "η Παπαδάκη, " before "ό.π.", "του Μπερτελιέ, " in "το
# κεφ. 3 του Μπερτελιέ, ό.π.", "ο Φωτεινός στον επίλογό του (" before "ό.π.", "του
# Westerkamp (" before "ό.π."; not "ο Σωτηρόπουλος έγραψε" (no "ό.π." after), "το Κεφάλαιο,
# ό.π." (a neuter article: a title, not a person), "ο σωτήρας, ό.π." (lower case), "του
# Μαρξ στην Αθήνα (ό.π.)" (a capital among the words: a place, not the writer's prose),
# "ο Φωτεινός στον επίλογό του, ό.π." (words then a comma: the comma may end a clause)
WRITER_BEFORE_OP_CIT = lazy_compile(
    rf"""(?<![^\s(])(?P<article>ο|η|οι|του|της|των|τον|την|τους|τις)\s+
        (?P<names>(?:[{GREEK_CAPITALS}][βγδζθκλμνξπρστφχψ]?\.\s?){{0,3}}
                  (?:[{GREEK_CAPITALS}][{_GREEK_LOWER}ς]+|[A-Z][a-zà-ÿ]+)
                  (?:-[{UPPER}][^\W\d_]+)?)
        (?:\s*,\s*|\s*\(\s*|(?:\s+[{_GREEK_LOWER}]+){{1,5}}\s*\(\s*)(?=[όο]π?\.\s?π\.)""",
    re.VERBOSE,
)

# A Greek phrase for "the same writer" before a comma and a work: nominative, genitive ("by
# the same", as bibliographies write it) or accusative (after "βλ."), in either accent.
# matches "Ο ίδιος, ", "ο ίδιος, ", "της ίδιας, ", "Του ιδίου, ", "των ίδιων, ", "τον ίδιο, ";
# not "Ο ίδιος ο Μαρξ" (no comma: prose), "Στο ίδιο, " (Ibid.), "του ίδιου του Μαρξ"
_SAME_WRITER_PHRASE = lazy_compile(
    r"""(?i:ο\s+ίδιος|η\s+ίδια|οι\s+ίδιοι|του\s+(?:ιδίου|ίδιου)|της\s+(?:ιδίας|ίδιας)
          |των\s+(?:ιδίων|ίδιων)|τον\s+ίδιο|την\s+ίδια|τους\s+ίδιους)(?=\s*,\s)""",
    re.VERBOSE,
)

# "Βλ." (see) or "πρβλ." (compare) inside a sentence, perhaps with "και"/"επίσης" (also),
# right before a "same writer" phrase: Greek notes point to another work of the writer just
# cited this way ("Για τη συνέχεια βλ. της ίδιας, *…*, Αθήνα: Νήσος, 2008": see by the same,
# as Chicago's "see also idem" before a title).
# matches "βλ. " before "του ιδίου, ", "βλ. και " before "της ίδιας, ", "πρβλ. επίσης ";
# not "βλ. " before "το ίδιο" (ibid.), "βλ. " before "τον Μαρξ"
_CUE_BEFORE_SAME_WRITER = lazy_compile(
    r"""(?<![^\s(])(?i:βλ\.|βλέπε|πρβλ\.)(?:\s+(?:και|επίσης|ακόμη|σχετικά))?\s+
        (?=(?i:ο\s+ίδιος|η\s+ίδια|οι\s+ίδιοι|του\s+(?:ιδίου|ίδιου)|της\s+(?:ιδίας|ίδιας)
              |των\s+(?:ιδίων|ίδιων)|τον\s+ίδιο|την\s+ίδια|τους\s+ίδιους)\s*,\s)""",
    re.VERBOSE,
)


def cued_same_writer_at(s: str, k: int) -> int | None:
    """Where a "same writer" phrase stands after a cue inside the segment `s` (from `k`), or
    None: the work after it is the writer's just cited (`same_writer_phrase_stand_in`)."""
    if "ίδι" not in s and "ιδί" not in s:
        return None  # cheap test first
    found = _CUE_BEFORE_SAME_WRITER.search(s, k)
    return found.end() if found is not None else None


# "Idem" / "Id." (Latin: the same writer) before a comma and a work.
# matches "Idem, ", "idem, ", "*Idem*, ", "Id., "; not "Identity, ", "Idem." (the end)
_IDEM_BEFORE_WORK = lazy_compile(r"[*_]{0,2}(?:(?i:idem)|Id\.)[*_]{0,2}(?=\s*,\s)")


def same_writer_phrase_stand_in(s: str, k: int) -> tuple[str, bool] | None:
    """`s` with the "same writer" phrase at `k` written as a name of the same length, so that
    the work after it is read as after any writer's name, and whether the phrase is Latin
    "Idem" (its form kept); None when none stands there."""
    found = _SAME_WRITER_PHRASE.match(s, k)
    latin = found is None
    if found is None:
        found = _IDEM_BEFORE_WORK.match(s, k)
    if found is None:
        return None
    width = found.end() - k
    return s[:k] + "X" + "x" * (width - 1) + s[found.end() :], latin


# Why an op. cit. is kept only when an earlier note cites its writer: a word in the genitive
# or accusative may be a place's or a title's ("ο πληθυσμός της Αθήνας, ό.π.").
OBLIQUE_WRITER = "a writer in the genitive or accusative before ό.π."


def prose_op_cit(s: str, start: int, end: int, note: int) -> NoteCitation | None:
    """The op. cit. of a writer named in Greek prose before "ό.π." in `s` (the segment, at
    `start` in the note), with its page; None when none stands there."""
    named = WRITER_BEFORE_OP_CIT.search(s) if "π." in s else None
    if named is None:
        return None
    op = OP_CIT.match(s, named.end())
    pages = PAGES.search(" " + s[op.end() :].rstrip(" .;)")) if op else None
    oblique = named.group("article") not in ("ο", "η", "οι")
    return NoteCitation(
        text=s[named.start("names") :],
        span=Span(start + named.start("names"), end),
        note=note,
        form="op-cit",
        authors=tuple(surnames(named.group("names"))),
        pages=pages.group("pages").strip() if pages else "",
        unsure=OBLIQUE_WRITER if oblique else "",
    )


def writer_cited_before(citation: NoteCitation, earlier: EarlierWorks) -> bool:
    """False for an op. cit. whose writer stands in the genitive or accusative when no
    earlier note cites a writer of that name in any case ("Νικολαΐδη" is "Νικολαΐδης",
    "Παπαδοπούλου" "Παπαδόπουλος"); True for every other reading."""
    if OBLIQUE_WRITER not in citation.unsure or not citation.authors:
        return True
    oblique = _folded(citation.authors[0].surname)
    return any(_same_stem(_folded(writer), oblique) for writer in earlier.writers)


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _same_stem(nominative: str, oblique: str) -> bool:
    """A Greek surname and its genitive or accusative: the nominative's final "ς" dropped
    ("Νικολαΐδης" - "Νικολαΐδη", "Καλλιγάς" - "Καλλιγά", "Παπαδόπουλος" - "Παπαδόπουλο"),
    or "-ος" made "-ου" ("Παπαδοπούλου"); a woman's surname and a foreign one do not change."""
    stem = nominative[:-1] if nominative.endswith(("ς", "σ")) else nominative
    return oblique in (nominative, stem) or (stem.endswith("ο") and oblique == stem[:-1] + "ου")
