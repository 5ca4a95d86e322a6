"""German works cited by their title first: an edited volume whose editors follow the title
("Die Einheitsfront der Arbeiterklasse 1919–1946. Hg. von einem Autorenkollektiv unter
Leitung von Kurt Mänz, Bd. 2, Berlin 1966"), and unsigned pieces named by their kind, a
quoted title and a date, a container or an address ("den Beschluss „Lehren aus 1933“ des
Bundeskongresses Hannover 1983, in: *Dokumente* 2/1983", "im Aufruf „Nie wieder …!“ zum
80. Jahrestag, URL: http://…").

An edited volume needs an imprint with a place and a year after its editors (DIN 1505-2
puts the editors after the title, "Hg. von …"); a body leading a collective ("einem
Autorenkollektiv unter Leitung von …") yields the person who leads it. An unsigned piece
needs a noun naming its kind (an appeal, a resolution, a statement, a leaflet: the kinds of
unsigned texts German notes cite) right before its quoted title, and, in the same part of
the note, an address or "in:" and a container with a year: a quotation in prose has
neither. `tests/test_note_german_unsigned.py` holds the rows.
"""

from __future__ import annotations

import re

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_patterns import GIVEN_PERSON, PERSON, URL
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

# A plain title opening the note, a ";" group or the words after a cue's colon, then, in a
# sentence of their own (the comma form is `note_german_edited`'s), its editors after "Hg.
# von"/"Hrsg. v.", perhaps "einem Autorenkollektiv unter Leitung von"
# before the person, then a comma.
# matches "Die Einheitsfront der Arbeiterklasse 1919–1946. Hg. von einem Autorenkollektiv
# unter Leitung von Kurt Mänz, ", "Die Stadt. Hrsg. v. Ina Roth, "; not "Hg. v. Ina Roth, "
# (no title), "Die Stadt. Hg. von der Redaktion, " (no person)
_EDITED_FIRST = lazy_compile(
    rf"""(?:^|(?<=;\s)|(?<=:\s))\s*+
        (?P<title>[{UPPER}][^;:()*“”"„«»]{{2,150}}?)\.\s++
        (?:(?i:hg|hrsg)\.\s*+(?:v\.|von)|(?i:herausgegeben)\s++von)\s++
        (?:[^,;]{{0,80}}?\b(?:Leitung|Redaktion|Mitarbeit|Mitwirkung)\s++von\s++)?
        (?P<editors>(?=[{UPPER}]){PERSON})(?![\w'’-])\s*+,\s*+""",
    re.VERBOSE,
)

# After the editors: a volume, then a place and a year.
# matches "Bd. 2, Berlin 1966", "Berlin 1966", "Frankfurt a. M.: Dietz 1970"; not "S. 12"
_IMPRINT = lazy_compile(
    rf"""(?:Bd\.\s*+\d{{1,3}}[,.]?\s++)?
        (?P<place>[{UPPER}][\w-]*+\.?(?:\s(?:am|a\.)\s?[{UPPER}][\w.]*+|/[{UPPER}]?\w*+\.?)?
          (?:\s\((?:Ost|West)\))?)(?::\s++[^,;:()\d]{{1,60}}?,?)?\s++
        (?P<year>1[5-9]\d\d|20\d\d)(?![\d–/-])""",
    re.VERBOSE,
)

# A noun naming an unsigned text's kind, in any German case, right before its quoted
# title.
# matches "Aufruf “", "Beschluss “", "Resolution “", "Flugblatt “", "Erklärung “"; not
# "Buch “", "Satz “"
_KIND_THEN_TITLE = lazy_compile(
    r"""(?<![\w-])(?:Aufrufs?|Beschlusses|Beschlu(?:ss|ß)|Resolution|Erklärung|Flugblatts?
                   |Flugblattes|Appells?|Stellungnahme|Positionspapiers?|Thesenpapiers?
                   |Leitartikels?|Manifests?|Grundsatzerklärung|Parteitagsbeschlusses
                   |Parteitagsbeschlu(?:ss|ß))
        \s++“(?P<title>[^”;]{2,200}+)”""",
    re.VERBOSE,
)

# In the same part of the note after the title: "in:" and a container with a year, or an
# address.
# matches "in: *Dokumente* 2/1983" (an issue and its year); not "; in: …" (another group),
# "in: *Dokumente* 12" (no year)
_CONTAINER_YEAR = lazy_compile(r"\bin:\s++[^;]{1,120}?(?<!\d)(?P<year>1[5-9]\d\d|20\d\d)(?!\d)")

# A periodical's issue by its number and date (DIN 1505-2: "Zeitung, Nr. 7 vom …"): the
# periodical's title in emphasis or quotes, perhaps a description, "Nr." and "vom" a date.
# matches "*Roter Kumpel*, Betriebszeitung der Zelle Nord, Nr. 7 vom Oktober 1932", "“Die
# Fackel”, Nr. 12 vom 3.5.1931"; not "*Roter Kumpel*, Nr. 7" (no date), "*Roter Kumpel* vom
# Oktober 1932" (no number)
_ISSUE = lazy_compile(
    rf"""(?:\*(?P<italic>[{UPPER}][^*;]{{1,80}}+)\*|“(?P<quoted>[{UPPER}][^”;]{{1,80}}+)”)
        ,\s++(?:[^;*“”(),]{{1,100}}+,\s++)?Nr\.\s*+\d{{1,4}}\s++vom\s++
        (?:\d{{1,2}}\.\s*+)?(?:[{UPPER}][a-zä]{{2,8}}\s++|\d{{1,2}}\.\s*+)
        (?P<year>1[5-9]\d\d|20\d\d)(?!\d)""",
    re.VERBOSE,
)

# A conversation's title naming both speakers ("… Ann Vell im Gespräch mit Tom Roe"): the
# piece is theirs, as an interview is its partners' (the truth schema's rule).
# matches "Tom Delk im Gespräch mit Lena Frohn"; not "im Gespräch mit Lena Frohn" (one)
_CONVERSATION = lazy_compile(
    rf"(?P<first>{GIVEN_PERSON})\s++im\s++Gespräch\s++mit\s++(?P<second>{GIVEN_PERSON})(?![\w-])"
)

# A quoted title, then "in:" and a container with its year.
# matches "“Nach Occupy. Tom Delk im Gespräch mit Lena Frohn”, in: *Rote Blätter*, Nr. 6,
# 19.5.2015"; not "“Nach Occupy”" alone
_QUOTED_IN = lazy_compile(r"“(?P<title>[^”;]{2,200}+)”,?\s++(?=in:)")

PIECE_REACH = 200  # characters after the title in which its container or address stands


def title_first_works(text: str, note: int) -> list[NoteCitation]:
    """The edited volumes cited title first and the unsigned pieces of a note's text."""
    found: list[NoteCitation] = []
    if "g." in text or "herausg" in text:
        found.extend(_edited_first(text, note))
    if "“" in text:
        found.extend(_unsigned_pieces(text, note))
        if "Gespräch" in text:
            found.extend(_conversations(text, note))
    if "Nr." in text:
        found.extend(_issues(text, note))
    return found


def _issues(text: str, note: int) -> list[NoteCitation]:
    found = []
    for issue in _ISSUE.finditer(text):
        start = issue.start()
        found.append(
            NoteCitation(
                text=text[start : issue.end()],
                span=Span(start, issue.end()),
                note=note,
                form="full",
                title=(issue.group("italic") or issue.group("quoted")).strip(),
                year=issue.group("year"),
                title_style="italic" if issue.group("italic") else "quoted",
                unsure="a periodical's issue by its number and date",
            )
        )
    return found


def _conversations(text: str, note: int) -> list[NoteCitation]:
    found = []
    for quoted in _QUOTED_IN.finditer(text):
        talk = _CONVERSATION.search(quoted.group("title"))
        if talk is None or not plausible_names(talk.group("first") + " " + talk.group("second")):
            continue
        reach = text.find(";", quoted.end(), quoted.end() + PIECE_REACH)
        reach = reach if reach >= 0 else min(len(text), quoted.end() + PIECE_REACH)
        container = _CONTAINER_YEAR.match(text, quoted.end(), reach)
        if container is None:
            continue
        start = quoted.start()
        found.append(
            NoteCitation(
                text=text[start : container.end()],
                span=Span(start, container.end()),
                note=note,
                form="full",
                authors=(*surnames(talk.group("first")), *surnames(talk.group("second"))),
                title=quoted.group("title").strip(" ,."),
                year=container.group("year"),
                title_style="quoted",
                unsure="the speakers named in the title",
            )
        )
    return found


def _edited_first(text: str, note: int) -> list[NoteCitation]:
    found = []
    for edited in _EDITED_FIRST.finditer(text):
        if not plausible_names(edited.group("editors")):
            continue
        imprint = _IMPRINT.match(text, edited.end())
        if imprint is None:
            continue
        title = edited.group("title").strip()
        if " " not in title:
            continue  # "Suhrkamp. Hg. von …": no title
        start = edited.start("title")
        found.append(
            NoteCitation(
                text=text[start : imprint.end()],
                span=Span(start, imprint.end()),
                note=note,
                form="full",
                authors=tuple(surnames(edited.group("editors"))),
                title=title,
                year=imprint.group("year"),
                place=imprint.group("place").strip(),
                title_style="plain",
                unsure="editors as authors; plain title; title first",
            )
        )
    return found


def _unsigned_pieces(text: str, note: int) -> list[NoteCitation]:
    found = []
    for piece in _KIND_THEN_TITLE.finditer(text):
        reach = text.find(";", piece.end(), piece.end() + PIECE_REACH)
        reach = reach if reach >= 0 else min(len(text), piece.end() + PIECE_REACH)
        container = _CONTAINER_YEAR.search(text, piece.end(), reach)
        address = URL.search(text, piece.end(), reach)
        if container is None and address is None:
            continue  # "der Aufruf „Nie wieder!“ wurde oft zitiert": a quotation in prose
        end = max(m.end() for m in (container, address) if m is not None)
        start = piece.start("title") - 1
        found.append(
            NoteCitation(
                text=text[start:end],
                span=Span(start, end),
                note=note,
                form="full",
                title=piece.group("title").strip(" ,."),
                year=container.group("year") if container is not None else "",
                url=address.group(0).rstrip(".,;)") if address is not None else "",
                title_style="quoted",
                unsure="unsigned; its kind named before the title"
                + ("" if container is not None else "; no year"),
            )
        )
    return found
