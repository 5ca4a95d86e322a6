"""German conventions of notes that the English grammar reads once they are put in its terms.

German notes set titles in „…“ (also „…" or „…” when a word processor or a web page
changed the closing mark), in »…« and ‚…‘. The English grammar knows “…” and ‘…’; each
German pair is given the English marks, one character for one so that every offset stays,
and a citation's text is given its own marks back afterwards (`german_marks_back`). A pair
inside an English quotation becomes ‘…’, so that it does not close the title around it. The
French «…» is left alone: it stands inside English-quoted titles of French articles
("“Cohn-Bendit: « J'ai envie … »,”"), where it is part of the title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.extract.note_edition_cues import EDITION_CUE, EDITION_CUE_STARTS
from citecheck.extract.note_greek import GREEK_CAPITALS
from citecheck.extract.note_patterns import GERMAN_EDITION, GIVEN, NAME_WORD, PLACE_YEAR_IMPRINT
from citecheck.extract.note_translation_cues import ENGLISH_CUE, ENGLISH_CUE_STARTS
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation

# The characters that open a German quotation: a note without one is left as is.
GERMAN_OPENERS = frozenset("„»‚")

# A German quotation with its closing mark, on one line. A „…“ quotation may be long: a note
# quotes a paragraph before its source ("Lenin schrieb: „…“ (*Title*, 1916)"); its run
# holds no „, so each mark opens one scan (linear).
# matches "„Resignation“", '„Resignation"', "„Resignation”", "»Geist der Utopie«",
# "‚Kritik‘"; not "„Resignation" (never closed), "“Critique”" (English: left as it is),
# "«Gilets jaunes»" (French), "‚Lenin’s" (an apostrophe closes no single quotation), "»,
# περιοδικό «" (between two Greek «…»: »…« holds no space or comma at its ends)
_GERMAN_QUOTATION = lazy_compile(
    r"""„(?P<low>[^„“”"\n]{1,2000})[“”"]
      |»(?=[^\s,.;:])(?P<right>[^»«\n]{1,400})(?<=\S)«
      |‚(?P<single>[^‚‘\n]{1,300})‘""",
    re.VERBOSE,
)


def english_marks(text: str) -> str:
    """`text` with each closed German quotation in English marks: „…“ and »…« become “…”,
    ‚…‘ becomes ‘…’ (same length, same offsets); inside an English quotation both become
    ‘…’ ("“Die »Kritik« der …”" keeps its title whole)."""
    if not GERMAN_OPENERS.intersection(text):
        return text
    pieces: list[str] = []
    last = straight = curly_open = curly_closed = 0
    for match in _GERMAN_QUOTATION.finditer(text):
        # the English marks before the pair, its own marks left out (counted as it goes:
        # linear in the note)
        straight += text.count('"', last, match.start())
        curly_open += text.count("“", last, match.start())
        curly_closed += text.count("”", last, match.start())
        inside = straight % 2 == 1 or curly_open > curly_closed
        inner = next(g for g in match.groups() if g is not None)
        single = match.group("single") is not None or inside
        pieces += [text[last : match.start()], f"‘{inner}’" if single else f"“{inner}”"]
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


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
    """The full stop after `token` is a German ordinal's ("2. Aufl.", "5. Mai 1969"), the
    "o." (ohne: without) of "o. O." and "o. J." or the "a." of "Frankfurt a. M.", given the
    text `following` it."""
    if token == "o":
        return _WITHOUT.match(following) is not None
    if token == "a":
        return _ON_RIVER.match(following) is not None
    return token.isdigit() and len(token) <= 2 and _ORDINAL_NOUN.match(following) is not None


# What "o." (ohne: without) stands before in an imprint: "o. O." (no place), "o. J." (no
# year).
# matches "O.", "J. 1924"; not "Oskar", "Jena"
_WITHOUT = lazy_compile(r"[OJ]\.")

# What "a." (am, an der) stands before in a place: "Frankfurt a. M.", "Frankfurt a. d. O.".
# matches "M. 1991", "d. O."; not "Marx", "Main"
_ON_RIVER = lazy_compile(r"(?:d\.\s?)?[A-Z]\.")


# A German year: a four-digit year not inside a longer number.
_YEAR = r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)"

# A book or journal after "in:" with its volume, issue or number: the container of a part
# cited in German, which places the work even without an imprint ("„Resignation“ in:
# Gesammelte Schriften, Bd. 10/2, S. 797").
# matches " in: Gesammelte Schriften, Bd. 10/2", ", In: Werke Bd. 3", " in: MEW 23, S. 12",
# " in: Leviathan, H. 3"; not " in Gesammelte Schriften, Bd. 3" (no colon: an English short
# container), " in: Frankfurt" (no volume), " in: ders.: Werke" (the writer's own: read on)
_VOLUME_CONTAINER = lazy_compile(
    r"""[\s,.]*(?i:in):\s+(?P<name>[A-Z][^,;:()\d]{0,80}?)\s*,?\s*
        (?:(?:Bd|Band|Vol|Jg|H|Heft|Nr)\.?\s*[\dIVX]
          |(?<=[A-Z]{2})\s*\d{1,3}(?!\d)\s*[,:])""",
    re.VERBOSE,
)

# An imprint outside brackets, as German and some English notes write it: the place, a
# colon, the publisher and the year with no comma needed before it.
# matches ", Frankfurt am Main: Suhrkamp 1977", ". Oxford: Blackwell 1990", ", Berlin: Dietz
# Verlag, 1984", ", Berlin: Edition Tiamat 1996" (before " [1967]", the original's), Greek
# ", Αθήνα: Θεμέλιο 1991", ", Berlin u. a.: Springer 1999" (the first of several places);
# not ": Suhrkamp 1977" (no place), ", Marx: Kapital 1867" (a
# title's year is read as a title's when no comma or full stop opens the imprint: see below),
# ", 1977"
_OPEN_IMPRINT = lazy_compile(
    rf"""(?:^|[,.])\s*(?P<place>[A-Z{GREEK_CAPITALS}][\w/.-]*(?:\s+[A-Z{GREEK_CAPITALS}][\w/.-]*
           |\s+(?:am|an\s+der|im|upon)\s+[A-Z][\w.-]*)?(?:\s+u\.\s?a\.)?)\s*:\s*
        (?P<publisher>[A-Z{GREEK_CAPITALS}][\w&.'’-]*(?:\s+[\w&.'’-]+){{0,4}}?),?\s+(?P<year>{_YEAR})
        (?=\s*(?:[,.;:)([]|$))""",
    re.VERBOSE,
)


def volume_container(details: str) -> str:
    """The container named after "in:" with its volume at the start of `details`, or ""."""
    found = _VOLUME_CONTAINER.match(details)
    return found.group("name").strip() if found else ""


def open_imprint_at(s: str, at: int) -> bool:
    """An imprint outside brackets opens right at `at` (", Αθήνα: Νήσος 1978")."""
    return _OPEN_IMPRINT.match(s, at) is not None


def din_imprint_at(s: str, at: int) -> bool:
    """DIN 1505-2's imprint outside brackets opens right at `at`, its year after the
    publisher with no comma (", Berlin: Dietz 1931"; Chicago's ", Leeds: Dale, 1977" has one)."""
    found = _OPEN_IMPRINT.match(s, at)
    return found is not None and s[found.end("publisher") : found.end("publisher") + 1] != ","


def only_an_imprint(title: str) -> bool:
    """A plain "title" that is an imprint alone: "Αθήνα: Κριτική 2005", "London: Dale
    2005" (what stands after a publisher read as names: "Σύγχρονη Εποχή, Αθήνα: …")."""
    return _OPEN_IMPRINT.fullmatch(title.strip(" ,.")) is not None


def open_imprint(details: str) -> tuple[str, str, str] | None:
    """Place, publisher and year of an imprint written outside brackets in `details`."""
    found = _OPEN_IMPRINT.search(details)
    if found is None:
        return None
    return found.group("place"), found.group("publisher"), found.group("year")


# What may stand between a title and a German imprint: the editor's, translator's or
# introducer's clause, or the container with its volume ("hg. v. Iring Fetscher", "übers.
# v. Hans Meyer", "in: Gesamtausgabe, Bd. 3").
# matches ", hg. v. Iring Fetscher", ", übers. v. Hans Meyer", ", dt. von Klaus Laermann",
# ", in: Gesamtausgabe, Bd. 3", ", in: Gesammelte Schriften I.2", ", in: Karl Heinz Bohrer
# (Hg.), Mythos und Moderne", ", 2. Aufl.", ", 2. überarb. Aufl.", ", Bd. 1, MEW 23"; not
# ", Frankfurt 1977" (the
# imprint itself)
_BEFORE_IMPRINT = lazy_compile(
    r"""(?:[,.]\s*(?:(?i:hg|hrsg|übers|dt|eingel|bearb|übersetzt|herausgegeben|eingeleitet)\.?
                   \s+(?:v\.|von)\s+[^,;()]{2,80}
                  |(?i:in):\s+[^,;:()]{1,80}
                   (?:\s*\((?:Hg|Hrsg|ed|eds)\.\)\s*[,:]\s*[^,;:()]{1,120})?
                   (?:,?\s*(?:Bd|Band|Vol|Jg|H|Heft|Nr)\.?\s*[\dIVX][^,;()]{0,8})?
                  |(?:Bd|Band|Vol|Jg|H|Heft|Nr)\.?\s*[\dIVX][^,;()]{0,8}
                  |[A-Z]{2,5}\s+\d{1,3}(?!\d)
                  |"""
    + GERMAN_EDITION
    + r"""))+""",
    re.VERBOSE,
)


def german_place_year(details: str) -> tuple[str, str] | None:
    """Place and year of a German imprint after an editor's or translator's clause or a
    container's volume ("…, übers. v. Hans Meyer, Berlin 1954, S. 77")."""
    clause = _BEFORE_IMPRINT.match(details)
    if clause is None:
        return None
    found = PLACE_YEAR_IMPRINT.match(details, clause.end())
    return (found.group("place"), found.group("year")) if found else None


# Marks a work whose writer is written "Ders." or "Dies." (the same): the writer of the
# work before, filled in by `carry_same_writer`.
SAME_WRITER = "the writer of the work before"

# "Ders." / "Dies." (derselbe, dieselbe: the same writer), or the words written out,
# opening a work, before its colon or comma.
# matches "Ders.:", "Dies., ", "ders.: ", "derselbe, ", "Dieselbe: ", "dieselben, "; not
# "Ders" (no stop), "Dieser Text", "dies. Das", "derselbe Text"
_SAME_WRITER = lazy_compile(
    r"(?:(?i:ders|dies|dens)\.|(?i:derselbe|dieselbe|dieselben))(?=\s*[:,]\s)"
)


def same_writer_stand_in(s: str, k: int) -> str | None:
    """`s` with the "Ders."/"Dies." at `k` written as a name of the same length ("Dersx"),
    so that the work after it is read as after any writer's name; None when none stands
    there."""
    found = _SAME_WRITER.match(s, k)
    if found is None:
        return None
    stand_in = s[k].upper() + s[k + 1 : found.end() - 1] + "x"
    return s[:k] + stand_in + s[found.end() :]


def translation_stand_in(s: str, cue_start: int, k: int) -> str | None:
    """`s` with the German translation's cue between `cue_start` and `k` ("dt.: ",
    "(Deutsch:) ") written as a name and a colon of the same length ("Dxx: "), so that the
    translation's title after it is read as a work of the writer before ("…; dt.: Ästhetik.
    Stuttgart 1994"); None when no such cue stands there."""
    width = k - cue_start - 2
    if width < 2 or s[k : k + 1] in ("", " ") or not s[k].isupper():
        return None
    return s[:cue_start] + "D" + "x" * (width - 1) + ": " + s[k:]


def carry_same_writer(
    citations: list[NoteCitation], writer: tuple[Author, ...]
) -> tuple[list[NoteCitation], tuple[Author, ...]]:
    """The works written by "Ders."/"Dies.", given the writer of the work read before them
    (in the same note, or `writer`, the last of the notes before), and the last writer."""
    carried: list[NoteCitation] = []
    for citation in citations:
        if SAME_WRITER in citation.unsure and writer and not citation.authors:
            citation = replace(citation, authors=writer)
        elif SAME_WRITER in citation.unsure and not (citation.authors or citation.title):
            continue  # "Ders., a.a.O." with no writer before it: nothing to refer to
        writer = citation.authors or writer
        carried.append(citation)
    return carried, writer


# A German translation announced before the work, as a cue: "(Deutsch:) Ders.: Zur Kritik
# …", "dt.: Terry Eagleton: Ästhetik …", "Dt. Übers.: …", "deutsche Ausgabe: …", "dt. Ausg.:
# …", "deutsche Fassung: …"; "dt. u. d. T." (deutsch unter dem Titel) needs no colon, nor
# does "dt." right before a title ("…; dt. *Die Stadt*, Berlin 2015"). "dt. in:" names the
# book or journal holding the translation (the writer's work again, as "Auch in:"), and
# "engl.:", "frz. Übers.:", "englisch:" another language's translation, as "dt.:" does.
# matches "(Deutsch:) ", "(dt.) ", "dt.: ", "Dt. Übers.: ", "deutsche Ausgabe: ", "dt. Ausg.:
# ", "dt. u. d. T. ", "deutsch unter dem Titel: ", "dt. " before "*Die Stadt*", "dt. in: ",
# "engl.: ", "engl. Übers.: ", "englisch: ", "auf Deutsch: ", "deutsche Übers.: ", "deutsch
# als " before "*Die Stadt*", "dt. Übers. v. Ina Rau: " (the translator, then the colon
# before the title); not "dt. v.
# Klaus Laermann" (translated by: no colon or bracket), "dt. Übers. v. Ina Rau, Berlin" (no
# colon after the translator), "Deutschland: ";
# English cues (`note_translation_cues`) before a marked title or a plain one that is no
# "Place: Publisher" ("English translation: *The Day*", "trans. as The Day (…)"; not "Eng.
# trans. London: Verso, 1974")
_TRANSLATION_CUE = lazy_compile(
    r"""(?:\(\s*(?i:deutsch|dt\.(?:\s*(?:Übers|Ausg)\.)?|deutsche\s+(?:Ausgabe|Übersetzung|Fassung))
            \s*:?\s*\)
         |(?i:deutsch|dt\.(?:\s*(?:Übers|Ausg)\.)?|deutsche\s+(?:Ausgabe|Übersetzung|Fassung))\s*:
         |(?i:dt\.\s?u\.\s?d\.\s?T\.|deutsch\s+unter\s+dem\s+Titel):?
         |(?i:deutsch|dt\.)\s+in\s*:(?=\s*+[*_„“"«»A-ZÄÖÜ])
         |(?i:auf\s+deutsch|deutsche\s+(?:Übers|Ausg)\.)\s*:
         |(?i:deutsch|dt\.)\s+als(?=\s+[*_„“"«»])
         |(?i:dt\.\s*Übers\.|deutsche\s+Übersetzung)\s+(?:v\.|von)\s+[^\W\d][^:;()]{1,40}:
         |(?i:engl|frz|franz|ital|span|russ)\.(?:\s*(?:Übers|Ausg)\.)?\s*:
         |(?i:englisch|französisch|italienisch|spanisch|russisch)\s*:
         |(?i:dt)\.(?=\s+(?:[*_„“"«»]|(?!Übers|Ausg|Fassung)[A-ZÄÖÜ]))
         |(?:{EDITION_CUE})\s*+:
         |{ENGLISH_CUE}(?=\s*+(?:[*_„“"«»‘]|[A-Z](?![^:(),;]{0,40}:))))\s*""".replace(
        "{ENGLISH_CUE}", ENGLISH_CUE
    ).replace("{EDITION_CUE}", EDITION_CUE),
    re.VERBOSE,
)


# The first letters of a cue: German "(", "dt.", "Deutsch", the English ones, and those
# of another edition's ("frz. Original:", `note_edition_cues`).
_CUE_STARTS = "(dDeEfFiIsSrRaA" + ENGLISH_CUE_STARTS + EDITION_CUE_STARTS


def after_translation_cue(s: str, k: int) -> int:
    """Where the work starts after a German translation's cue at `k` ("(Deutsch:) …"), or
    `k` when none stands there."""
    found = _TRANSLATION_CUE.match(s, k) if s[k : k + 1] in _CUE_STARTS else None
    return found.end() if found else k


# "ebd." (ebenda: in the same place) right after a work's title: the work just cited, named
# again ("Marx: Grundrisse, ebd."; "Honneth: Recht der Freiheit, ebd., S. 14").
# matches ", ebd.", " ebd., S. 14", ", ebenda"; not ", ebendiese", ", Ebdon"
_IBID_AFTER_TITLE = lazy_compile(r"[\s,.]*(?i:ebd|ebenda)\b")


def ibid_after_title(details: str) -> bool:
    """The details after a title open with "ebd.": the work is the one just cited."""
    return _IBID_AFTER_TITLE.match(details) is not None


# Names with the year in brackets before the colon (or a comma), as German author-date full
# forms write them: "Axel Honneth (2011): Das Recht der Freiheit. Berlin: Suhrkamp".
# matches "Axel Honneth (2011): ", "Karl Marx (1867): ", "Axel Honneth (2015), " (the reading
# vouched for the title after it), "Adorno, Theodor W. 1966: " (no brackets, before a colon);
# not "Honneth: Das Recht (2011)", "Adorno 1966, " (author-date, no colon), "Christopher Ford,
# 1839: " (after a comma: a title's year, "1839: The Year of Chartist Insurrection")
_DATED_NAMES = lazy_compile(
    rf"[^():;]{{1,80}}?(?:\((?P<year>{_YEAR})[a-z]?\)[:,]|(?<=[^\s,])\s(?P<bare>{_YEAR})[a-z]?:)\s"
)


def year_before_colon(citation: NoteCitation) -> NoteCitation:
    """A work read without a year whose names carry it in brackets gets that year."""
    if citation.year or not citation.authors:
        return citation
    found = _DATED_NAMES.match(citation.text)
    if found is None:
        return citation
    unsure = "; ".join(p for p in citation.unsure.split("; ") if p and p != "no year")
    return replace(citation, year=found.group("year") or found.group("bare"), unsure=unsure)


# A collected edition's volume, by its abbreviation or as "Bd."/"Band", in the sentence
# after a title: the edition places the work ("Marx: Grundrisse. MEW 42, S. 396", "Lenin:
# Was tun? Ausgewählte Werke. Band I, S. 175f.").
# matches "MEW 42,", "MEW Bd. 3,", "Band I,", "Bd. 10"; not "S. 396", "USA" alone, "Bande"
_EDITION_VOLUME = lazy_compile(
    r"""\b(?:[A-Z]{2,5}\s+(?:Bd\.?\s*)?\d{1,3}(?!\d)\s*[,:]
         |(?:Bd|Band)\.?\s*(?:\d{1,3}|[IVX]{1,5})\b)""",
    re.VERBOSE,
)


def edition_volume(text: str, start: int, end: int) -> bool:
    """A collected edition's volume stands in `text` between `start` and `end`."""
    return _EDITION_VOLUME.search(text, start, end) is not None


# The months as German writes them (and their common abbreviations).
_MONTH = r"""(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober
  |November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\.?"""

# A German date: "19. Juni 1969", "19.Juni 1969", "21.03.1936", "Juni 1969".
# matches "19. Juni 1969", "5.Mai 1969", "21.03.1936", "18. 3. 1936", "Juni 1969", "21./22.
# September 1890" (a letter written over two days); not
# "1969" alone, "S. 19"
GERMAN_DATE = rf"""(?:\d{{1,2}}\.(?:/\d{{1,2}}\.)?\s?(?:\d{{1,2}}\.\s?|{_MONTH}\s*)|{_MONTH}\s+)
    (?P<year>1[5-9]\d\d|20\d\d)(?!\d)"""

# The same, found in a work's details (a newspaper's issue: "In: Die Zeit, 12.03.2015").
# matches "12.03.2015", "12. März 2015"; not "S. 12.2015" (inside a number), "2015" alone
_DETAILS_DATE = lazy_compile(rf"(?<![\w.]){GERMAN_DATE}", re.VERBOSE)

# Words before a date that make it the day a page was read, not the work's date.
# matches "abgerufen am ", "Zugriff: ", "Stand: ", "[abgefragt: "; not "erschienen am "
_ACCESSED = lazy_compile(
    r"(?i:abgerufen|zugriff|zugegriffen|abgefragt|aufgerufen|gesehen|stand)\b[^.;()\d]{0,12}$"
)


def german_date_year(details: str) -> str:
    """The year of the first German date in `details` that is not an access date, or ""."""
    for found in _DETAILS_DATE.finditer(details):
        if not _ACCESSED.search(details, max(0, found.start() - 30), found.start()):
            return found.group("year")
    return ""


# DIN 1505 parts a work's authors with ";": "Negt, Oskar; Kluge, Alexander: Geschichte …".
# The first author alone before the ";" and the next, inverted too, before a colon.
# matches "Negt, Oskar; Kluge, Alexander:", "Negt, O.; Kluge, A.:", "Negt, Oskar; Kluge,
# Alexander (1972):" (author-date), "…; Kluge, Alexander (Hg.):"; not "Negt, Oskar; vgl.
# auch …", "Negt, Geschichte, S. 3; Kluge, Alexander: …" (a work before the ";")
_DIN_CO_AUTHORS = lazy_compile(
    rf"""\s*{NAME_WORD},\s+{GIVEN}(?:\s+{GIVEN}){{0,2}}\s*;
        \s*{NAME_WORD},\s+{GIVEN}(?:\s+{GIVEN}){{0,2}}
        (?:\s*+\((?:Hg|Hgg|Hrsg)\.\))?(?:\s*+\(\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\s*\))?
        \s*(?:;|:\s)""",
    re.VERBOSE,
)


def din_co_author(text: str, start: int, end: int) -> bool:
    """The segment from `start` to `end` (its ";" included) is a first author written
    surname first, and a second follows it before a colon or another ";"."""
    found = _DIN_CO_AUTHORS.match(text, start)
    return found is not None and text.find(";", start) == end - 1
