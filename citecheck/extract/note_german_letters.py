"""Letters as German notes cite them: "Brief von Theodor W. Adorno an Herbert Marcuse,
Frankfurt, 19. Juni 1969, in: „Frankfurter Schule und Studentenbewegung“, Bd. 2, S. 652",
and again with "a.a.O." (op. cit.) for the collection cited before.

As for an English letter (`note_prose.LETTER`), the writer is the author; in a published
collection the collection is the work, dated by its own year where one is given, else by
the letter's. The addressee is no author.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.extract.note_details import read_details
from citecheck.extract.note_german import GERMAN_DATE
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_patterns import (
    GIVEN_PERSON,
    MARKED_TITLE,
    OP_CIT,
    PAGES,
    PERSON,
    URL,
)
from citecheck.extract.note_rest import full_form_to_end
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A letter by its writer and addressee, a place perhaps, and its date.
# matches "Brief von Theodor W. Adorno an Herbert Marcuse, Frankfurt, 19. Juni 1969",
# "Schreiben von Max Horkheimer an Friedrich Pollock vom 21.03.1936", "den Brief von Engels an
# Bloch vom 21./22. September 1890" (after "Vgl."); not "Brief an
# Horkheimer vom 21.03.1936" (its writer is named before it: `note_citations`), "Brief von
# Adorno" (no addressee or date)
_LETTER = lazy_compile(
    rf"""(?:(?i:den|dem|im|einem|einen)\s+)?(?i:brief|schreiben|postkarte|telegramm)\s+von\s+
        (?P<writer>{PERSON})
        \s+an\s+(?P<addressee>{PERSON})
        (?:,\s+(?P<place>[A-Z][\w/.-]*(?:\s+[A-Z][\w/.-]*)?))?,?\s+(?:vom\s+)?{GERMAN_DATE}""",
    re.VERBOSE,
)

# The same with no "Brief von": the writer with given names, "an", the addressee (no
# article: "Frankfurt an der Oder" is a place), then the date.
# matches "Theodor W. Adorno an Herbert Marcuse, 19. Juni 1969", "Karl Marx an Engels,
# 3.4.1868"; not "Frankfurt an der Oder, 3. April 1920", "Adorno an Horkheimer" (no given
# name), "Theodor W. Adorno an Herbert Marcuse" (no date)
_BARE_LETTER = lazy_compile(
    rf"""(?P<writer>{GIVEN_PERSON})
        \s+an\s+(?!(?i:der|den|dem|die|das)\s)(?P<addressee>{PERSON})
        (?:,\s+(?P<place>[A-Z][\w/.-]*(?:\s+[A-Z][\w/.-]*)?))?,?\s+(?:vom\s+)?{GERMAN_DATE}""",
    re.VERBOSE,
)

# The collection a letter is published in, after its date.
# matches " in: ", ", in ", ", In: "; not ", a.a.O."
_IN = lazy_compile(r"\s*,?\s*(?i:in):?\s+")

# A collection named plainly after "in:": its writer or editor and a colon, then the title
# up to the first comma or full stop, before a place or a volume.
# matches "Theodor W. Adorno: Briefe, Frankfurt", "Lena Kramer (Hg.): Briefwechsel. Berlin";
# not "Briefe, Frankfurt" (no writer before a colon), "Frankfurt: Suhrkamp 1994" (a place
# and a publisher: no given name)
_PLAIN_BOOK = lazy_compile(
    rf"""{GIVEN_PERSON}(?:\s*+\((?:Hg|Hgg|Hrsg)\.\))?:\s++
        (?P<title>[A-ZÄÖÜ][^,;.:()\d]{{1,120}}?)(?=[,.]\s)""",
    re.VERBOSE,
)

# "a.a.O." (op. cit.) after the letter's date: the collection cited before.
# matches ", a.a.O. S.624", " a.a.O.", ", aaO"; not ", in: …"
_OP_CIT_NEXT = lazy_compile(r"[\s,]*(?=a\.\s?a\.\s?O\.|aaO(?![\w-])|op\.\s+cit)")


def german_letter(s: str, k: int, offset: int, note: int) -> NoteCitation | None:
    """The letter a German note cites at `k` of segment `s` (at `offset` in the note)."""
    if "an " not in s:
        return None  # cheap test first: most segments name no letter
    letter = _LETTER.match(s, k) or _BARE_LETTER.match(s, k)
    if letter is None or not plausible_names(letter.group("writer")):
        return None
    writer = tuple(surnames(letter.group("writer")))
    year = letter.group("year")
    after = letter.end()
    cited = full_form_to_end(
        s,
        k,
        offset,
        note,
        authors=writer,
        year=year,
        unsure="a letter, no title",
    )
    if (op := _OP_CIT_NEXT.match(s, after)) is not None and OP_CIT.match(s, op.end()):
        pages = PAGES.search(" " + s[op.end() :].rstrip(" .;"))
        unsure = "a letter in the collection cited before"
        page = pages.group("pages").strip() if pages else ""
        return replace(cited, form="op-cit", pages=page, unsure=unsure)
    into = _IN.match(s, after)
    title = MARKED_TITLE.match(s, into.end()) if into else None
    if title is None and into is not None and (book := _PLAIN_BOOK.match(s, into.end())):
        # "…, in: Theodor W. Adorno: Briefe, Frankfurt a. M. 1994, S. 3": the collection,
        # its title plain after its editor's or writer's colon, dated by its imprint
        details = read_details(s[book.end("title") :])
        return replace(
            cited,
            title=book.group("title").strip(),
            title_style="plain",
            year=details.year or year,
            pages=details.pages,
            unsure="a letter in a collection; plain title",
        )
    if title is None:
        url = URL.search(s, after)
        return replace(cited, url=url.group(0).rstrip(".,;") if url else "")
    details = read_details(s[title.end() :])
    return replace(
        cited,
        title=next(g for g in title.groups() if g).strip(" ,."),
        title_style="quoted" if s[title.start()] in "“\"‘'" else "italic",
        year=details.year or year,
        pages=details.pages,
        unsure="a letter in a collection",
    )
