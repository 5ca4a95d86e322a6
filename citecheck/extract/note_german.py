"""German conventions of notes that the English grammar reads once they are put in its terms.

German notes set titles in „…“ (also „…" or „…” when a word processor or a web page
changed the closing mark), in »…« and ‚…‘. The English grammar knows “…” and ‘…’; each
German pair is given the English marks, one character for one so that every offset stays,
and a citation's text is given its own marks back afterwards (`german_marks_back`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# The characters that open a German (or Swiss) quotation: a note without one is left as is.
GERMAN_OPENERS = frozenset("„»«‚")

# A German quotation with its closing mark, on one line.
# matches "„Resignation“", '„Resignation"', "„Resignation”", "»Geist der Utopie«",
# "«Geist der Utopie»", "‚Kritik‘"; not "„Resignation" (never closed), "“Critique”"
# (English: left as it is), "‚Lenin’s" (an apostrophe closes no single quotation)
_GERMAN_QUOTATION = lazy_compile(
    r"""„(?P<low>[^„“”"\n]{1,400})[“”"]
      |»(?P<right>[^»«\n]{1,400})«
      |«(?P<left>[^«»\n]{1,400})»
      |‚(?P<single>[^‚‘\n]{1,300})‘""",
    re.VERBOSE,
)


def english_marks(text: str) -> str:
    """`text` with each closed German quotation in English marks: „…“ and »…« become “…”,
    ‚…‘ becomes ‘…’ (same length, same offsets)."""
    if not GERMAN_OPENERS.intersection(text):
        return text
    return _GERMAN_QUOTATION.sub(_in_english, text)


def _in_english(match: re.Match[str]) -> str:
    single = match.group("single") is not None
    inner = next(g for g in match.groups() if g is not None)
    return f"‘{inner}’" if single else f"“{inner}”"


def german_marks_back(citation: NoteCitation, original: str, base: int) -> NoteCitation:
    """The citation with the marks of its text as the note wrote them (`original` is the
    note's text, which starts at `base`), where its text is the span's, character for
    character."""
    start, end = citation.span.start - base, citation.span.end - base
    own = original[start:end]
    if own == citation.text or len(own) != len(citation.text):
        return citation
    restored = "".join(
        written if written in _WRITTEN_MARKS and read in _READ_MARKS else read
        for read, written in zip(citation.text, own, strict=True)
    )
    return replace(citation, text=restored)


_WRITTEN_MARKS = frozenset('„“”"»«‚‘')  # what the note may have written
_READ_MARKS = frozenset("“”‘’")  # what `english_marks` put there


# A noun a German ordinal stands before: the full stop of "2. Aufl." or "19. Juni" ends no
# sentence.
# matches "Aufl.", "Auflage", "Juni", "Jahrgang", "Bd."; not "Aufbau", "Junior", "The"
_ORDINAL_NOUN = lazy_compile(
    r"""(?:Aufl(?:age|\.)|Ausg(?:abe|\.)|Band|Bd\.|Jahrgang|Jg\.|Heft|Kapitel|Kap\.
         |Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November
         |Dezember)(?![^\W\d_])""",
    re.VERBOSE,
)


def ordinal_stop(token: str, following: str) -> bool:
    """The full stop after `token` is a German ordinal's ("2. Aufl.", "5. Mai 1969"), given
    the text `following` it."""
    return token.isdigit() and len(token) <= 2 and _ORDINAL_NOUN.match(following) is not None
