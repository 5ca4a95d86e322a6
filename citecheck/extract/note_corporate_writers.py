"""A body as the writer of a work, an archive's unsigned document, and a speech printed in
a volume: the shapes the reader split into a person or missed.

- A body named where a writer stands (Chicago 17th 14.69, 14.72; ISO 690's corporate
  body): capitalised words with a body's noun among them ("Partito Socialista Italiano",
  "Comando Comunal de Maipú", "Workers' Inquiry Network"), lower-case particles of its name
  inside ("di", "de la", "of the"), perhaps a subdivision after a comma that names a body
  too ("…, Sezione di Torino", "…, Zentralkomitee"), then a comma and a marked title, or a
  plain title that runs to an imprint with a year. It is ONE writer, its name whole; the
  reader took its last word for a surname ("Italiano") and its subdivision for the title.
- An archive's document (Chicago 14.222-14.232): the archive, its place, fonds, series,
  box or volume, then a quoted title and a date, is unsigned: no writer, the date's year.
- "*Title*, comp. Body (Place: …, 1999)": the compiling body is the writer (14.72).
- "Name, speech to …, Place, Date, in ORG, *Volume* (Place: ORG, 1921)" and "…, in
  *Volume*, ed. Other (…)": the speaker is the writer of what the volume prints, the
  volume's title the title (the annotated truth's convention for letters and speeches);
  the reader took the publishing body or the editor for the writer.

A body needs a body's noun (so "Juan de la Cruz, *T*" stays a person's) and must stand at
an opening (the note's start, after a sentence, a semicolon, a lead-in colon or a cue),
outside brackets, so an imprint's publisher ("Rome: FIOM, 1921") is never one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.bibliography.names import author, fold
from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_hidden_links import PRINTED_ADDRESS
from citecheck.extract.note_names import surnames
from citecheck.extract.note_patterns import GIVEN_PERSON, YEAR
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation, Span

UNSURE = "a body as the writer"
# a body's page on the web, which a bibliography may leave out (Chicago 14.206)
WEB_PAGE = "a body's page on the web"

# The nouns that make a run of capitalised words a body's name, in English, Italian,
# Spanish, French and German. Not "Press", "Verlag", "Editorial" (publishers), "Journal",
# "Review", "Revista" (periodicals), "Central" alone (an adjective too).
_BODY_NOUNS = frozenset(
    """party partito partido parti partei committee comitato comité comite komitee
    commission commissione comisión comision kommission section sezione sección seccion
    sektion council consiglio consejo conseil assembly assemblea asamblea assemblée
    versammlung centre center centro zentrum network rete netzwerk union unione unión
    sindacato sindicato syndicat gewerkschaft federation federazione federación federacion
    fédération verband front fronte frente command comando kommando group gruppo grupo
    groupe gruppe archive archives archivio archivo archiv foundation fondazione fundación
    fundacion fondation stiftung institute istituto instituto institut league lega liga
    ligue association associazione asociación asociacion associação verein agrupación
    agrupacion confederation confederazione confederación confédération collective
    collettivo colectivo kollektiv coordinamento coordinadora movement movimento
    movimiento mouvement bewegung ministry ministero ministerio ministère ministerium
    secretariat segreteria secretaría sekretariat executive esecutivo vorstand
    cooperative cooperativa""".split()
)

# German compounds that end in a body's noun: "Zentralkomitee", "Parteivorstand".
_COMPOUND_ENDS = ("komitee", "vorstand", "kommission", "verband", "gewerkschaft", "ausschuss")

# The archive's words that make a body an archive, whose holdings are unsigned.
_ARCHIVE_NOUNS = frozenset("archive archives archivio archivo archiv".split())

# A body's name: capitalised words (an acronym in brackets after one), lower-case
# particles between them. matches "Partito Socialista Italiano", "Comando Comunal de
# Maipú", "Archivo Nacional de la Administración (ARNAD)"; not "de Maipú" (a particle first)
_PARTICLES = r"""(?:di|de|del|della|dei|degli|delle|der|des|du|d'|of|the|for|on|and|y|e|et
    |la|las|los|le|les|für|und|sulle|sulla|sui|per|pour)"""
_WORD = rf"(?-i:[{UPPER}])[\w'’.-]*+"
_BODY = rf"{_WORD}(?:\s++[\w'’.-]++){{0,8}}(?:\s++\((?-i:[{UPPER}]){{2,8}}\))?"
_PARTICLE_WORDS = frozenset(re.findall(r"[\w']+", _PARTICLES))

# Where a writer stands: the note's start, a sentence's, after a semicolon, a lead-in's
# colon or a cue. matches "", ". ", "; ", "time: ", "See ", "cf. "
_CUE = r"""(?:[Ss]ee(?:\s++also)?|[Cc]f\.|[Cc]fr\.|[Cc]ompare|[Ss]iehe(?:\s++auch)?|[Vv]gl\.
    |[Vv]éase(?:\s++también)?|[Vv]oir|[Vv]edi)\s++"""
_OPENING = lazy_compile(rf"(?:^|(?<=[.;:])\s++|(?<![\w-])(?={_CUE}))(?:{_CUE})?", re.VERBOSE)

# A marked title, and a plain one that runs to an imprint's bracket with a year.
_MARKED = r"""(?:\*(?P<star>[^*\n]{2,300})\*|_(?P<under>[^_\n]{2,300})_
    |“(?P<curly>[^”\n]{2,300})”|"(?P<straight>[^"\n]{2,300})")"""
_PLAIN = rf"""(?P<plain>[{UPPER}¿¡][^()*_“”"\n;]{{2,300}}?)(?:,\s++\d{{1,2}}\s++vols?\.)?
    \s*+\((?=[^()]{{0,120}}(?:1[5-9]\d\d|20\d\d)[^()]{{0,20}}\))"""

# A body at an opening, perhaps its subdivision, then a title.
_BODY_WORK = lazy_compile(
    rf"""(?P<body>{_BODY})(?:,\s++(?P<sub>{_BODY}))?,\s++(?:{_MARKED}|{_PLAIN})""",
    re.VERBOSE,
)

# An archive, its place and the parts of its holding, then a quoted title.
# matches "Archivio di Stato di Torino, Questura, Gabinetto, cat. A4, b. 311, “Relazione…”"
_HOLDING = r"""(?:fondo|fonds|fondi|serie|series|vol\.|b\.|busta|caja|carpeta|box|folder
    |file|cat\.|fasc\.|legajo|leg\.|Bestand|Akte|Mappe|Nachlass)"""
_ARCHIVE_DOCUMENT = lazy_compile(
    rf"""(?P<body>{_BODY})(?P<parts>(?:,\s++[^,“”"*_;()]{{1,60}}){{1,8}}),\s++
    (?:“(?P<curly>[^”\n]{{2,300}})”|"(?P<straight>[^"\n]{{2,300}})")""",
    re.VERBOSE,
)

# A title, then the body that compiled or edited it, then an imprint with a year.
_COMPILED = lazy_compile(
    rf"""(?:{_MARKED}|(?P<plain>[{UPPER}¿¡][^()*_“”"\n;]{{2,300}}?)),\s++
    (?:comp\.|compiled\s++by|ed\.|edited\s++by|a\s++cura\s++d(?:i|el(?:la)?)|hrsg\.\s++v\.)\s++
    (?P<body>{_BODY})\s*+\((?=[^()]{{0,120}}(?:1[5-9]\d\d|20\d\d))""",
    re.VERBOSE,
)

# A speech, address or report, then "in" the volume that prints it (its body before it).
# matches "Giulia Sandrone, speech to the fifth congress …, Genoa, 21 May 1920, in "
_SPEECH = lazy_compile(
    rf"""(?P<speaker>{GIVEN_PERSON}),\s++(?:speech|address|remarks|report|lecture|statement
    |intervention|testimony|discorso|intervento|relazione|discurso|intervención|Rede
    |Referat)\b[^;()*_“”"]{{0,300}}?,\s++in\s++""",
    re.VERBOSE,
)
# The volume after "in": perhaps its body or publisher and a comma, then its title.
_VOLUME = lazy_compile(
    rf"""(?:(?P<org>(?-i:[{UPPER}])[^,;()*_“”"]{{0,60}}),\s++)?(?:{_MARKED}
    |(?P<plain>[{UPPER}][^()*_“”"\n;]{{2,300}}?)(?=,\s++(?:ed\.|edited\s++by)|\s*+\())""",
    re.VERBOSE,
)
_IMPRINT_YEAR = lazy_compile(r"[^()]{0,80}?\([^()]{0,120}?(?P<year>1[5-9]\d\d|20\d\d)[^()]{0,20}\)")


def corporate_writers(
    local: str, base: int, number: int, found: list[NoteCitation]
) -> list[NoteCitation]:
    """`found` (offsets from `base`, the start of `local`) with the readings above put in
    place of those they overlap."""
    new: list[NoteCitation] = []
    depth = _BracketDepth(local)
    for opening in _OPENING.finditer(local):
        start = opening.end()
        if depth.open_at(start) or any(c.span.start <= start < c.span.end for c in new):
            continue
        reading = (
            _speech(local, start, number)
            or _archive_document(local, start, number)
            or _body_work(local, start, number)
            or _compiled(local, start, number)
            or _web_page(local, start, number)
        )
        if reading is not None:
            new.append(reading)
    if not new:
        return found
    shifted = [replace(c, span=Span(c.span.start + base, c.span.end + base)) for c in new]
    # a reading of two writers or more is kept: "Colectivo Situaciones and MTD Solano, *T*"
    # names two, one a body, and the reader has them apart
    shifted = [
        n
        for n in shifted
        if not any(_overlap(c.span, n.span) and len(c.authors) > 1 for c in found)
    ]
    kept = [c for c in found if not any(_overlap(c.span, n.span) for n in shifted)]
    return sorted([*kept, *shifted], key=lambda c: c.span.start)


def _overlap(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end


class _BracketDepth:
    """Whether an imprint's or a gloss's bracket is open at a place in `text`, asked at
    places in ascending order: the brackets are counted on from the last place asked, so a
    note of many openings is read once (counting from the start each time was quadratic:
    "Vell et al., " 8,000 times took seconds)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._at = 0
        self._opened = 0
        self._closed = 0

    def open_at(self, at: int) -> bool:
        if at < self._at:  # not asked in order: count afresh
            self._at = self._opened = self._closed = 0
        self._opened += self._text.count("(", self._at, at)
        self._closed += self._text.count(")", self._at, at)
        self._at = at
        return self._opened > self._closed


def _words(name: str) -> list[str]:
    return [w.strip("()'’.").lower() for w in name.split()]


def _body_named(name: str, least: int = 2) -> bool:
    """A body's noun among the name's words (a German compound ending in one), and at
    least `least` words: one word alone ("Einleitung", "Zentrale") names no body here."""
    words = _words(name)
    if len(words) < least:
        return False
    if words[0] not in _BODY_NOUNS:
        # capitalised words only, but the particles ("Comando Comunal de Maipú"); a name
        # in sentence case opens with its noun ("Centro di ricerca sulle lotte operaie")
        lower = (w for w in name.split() if w[:1].islower())
        if any(w.lower() not in _PARTICLE_WORDS for w in lower):
            return False
    nouns = [i for i, w in enumerate(words) if w in _BODY_NOUNS or w.endswith(_COMPOUND_ENDS)]
    joiners = [i for i, w in enumerate(words) if w in ("and", "und", "y", "e", "et", "&")]
    if joiners and not (nouns and nouns[0] < joiners[0]):
        return False  # "Anne Pell and the Housing Committee": a person and a body, two writers
    named = [w for w in words if w not in _PARTICLE_WORDS]
    # the noun first, or three words of a name: "Marco Lega", "Pedro del Centro" are persons
    return bool(nouns) and (nouns[0] == 0 or len(named) >= 3)


def _archive(name: str) -> bool:
    return any(w in _ARCHIVE_NOUNS for w in _words(name))


def _title(found: re.Match[str]) -> tuple[str, str]:
    for group, style in (
        ("star", "italic"),
        ("under", "italic"),
        ("curly", "quoted"),
        ("straight", "quoted"),
        ("plain", "plain"),
    ):
        if group in found.re.groupindex and found.group(group):
            return found.group(group).strip(" ,."), style
    return "", ""


# An access date's words: the year after them is the reading's, not the work's (Chicago
# 14.12). matches "accessed 12 March ", "consultato il 3 maggio ", "abgerufen am 4. 5. "
_ACCESSED = lazy_compile(
    r"(?i:accessed|consulted|consultato|consultado|abgerufen|consulté|retrieved)[^,;()]*+$"
)


def _year_after(text: str, at: int) -> str:
    """The first year after `at` in its sentence (an imprint's, a document's date)."""
    stop = re.compile(r";|\.\s++(?=[A-Z])|https?://|www\.").search(text, at)  # no address's
    for year in YEAR.finditer(text, at, stop.start() if stop else len(text)):
        if _ACCESSED.search(text, max(at, year.start() - 40), year.start()) is None:
            return year.group("year")
    return ""


def _citation(
    local: str,
    span: tuple[int, int],
    number: int,
    authors: tuple,
    title: str,
    style: str,
    year: str = "",
    *,
    dated: bool = True,
) -> NoteCitation | None:
    """The body's work, its year given or the first after it; None with no title, or no
    year where one is needed (`dated`)."""
    year = year or _year_after(local, span[1])
    if not title or (dated and not year):
        return None
    return NoteCitation(
        text=local[span[0] : span[1]],
        span=Span(*span),
        note=number,
        form="full",
        authors=authors,
        title=title,
        year=year,
        title_style=style,
        unsure=UNSURE,
    )


def _body_work(local: str, start: int, number: int) -> NoteCitation | None:
    found = _BODY_WORK.match(local, start)
    if found is None or not _body_named(found.group("body")):
        return None
    body = found.group("body")
    if not found.group("sub") and _words(body)[0] not in _BODY_NOUNS:
        return None  # without a subdivision, only a name its noun opens ("Comando …")
    if _archive(body) and found.group("plain"):
        return None  # an archive before a plain title: a holding's parts, not a work
    if found.group("sub"):
        if not _body_named(found.group("sub"), least=1):
            return None  # "Comune di Torino, Assessorato, …": the second part is a title's
        body = f"{body}, {found.group('sub')}"
        # filed under the body's name, its subdivision after the comma, as a list's entry
        # "Partito Socialista Italiano, Sezione di Torino" is (ISO 690; Chicago 14.69)
        writer = Author(surname=body, folded=fold(found.group("body")))
        title, style = _title(found)
        return _citation(local, (start, found.end()), number, (writer,), title, style)
    title, style = _title(found)
    return _citation(local, (start, found.end()), number, (author(body),), title, style)


# A body, a quoted title, then the rest of the sentence: a body's web page (Chicago 14.206).
_BODY_PAGE = lazy_compile(
    rf"""(?P<body>{_BODY}),\s++(?:“(?P<curly>[^”\n]{{2,300}})”|"(?P<straight>[^"\n]{{2,300}})")
    (?P<rest>[^;]{{0,300}})""",
    re.VERBOSE,
)


def _web_page(local: str, start: int, number: int) -> NoteCitation | None:
    """A body's page on the web: its name, a quoted title and, in the same sentence, the
    page's address (Chicago 14.206-14.207: "Workers' Inquiry Network, “What Did …?”, posted
    2 February 2023, https://…"). The address vouches for a name its body's noun closes, and
    a page that gives no date of its own is cited by its address alone: no year, none taken
    from the access date."""
    found = _BODY_PAGE.match(local, start)
    if found is None or not _body_named(found.group("body")):
        return None
    sentence_end = re.search(r"\.\s++(?=[A-Z])", found.group("rest"))
    rest = found.group("rest")[: sentence_end.start() if sentence_end else None]
    if PRINTED_ADDRESS.search(rest) is None:
        return None
    title, style = _title(found)
    end = found.end("straight") + 1 if found.group("straight") else found.end("curly") + 1
    writer = (author(found.group("body")),)
    citation = _citation(local, (start, end), number, writer, title, style, dated=False)
    if citation is None:
        return None
    unsure = f"{UNSURE}; {WEB_PAGE}" + ("" if citation.year else "; no year")
    return replace(citation, unsure=unsure)


def _archive_document(local: str, start: int, number: int) -> NoteCitation | None:
    found = _ARCHIVE_DOCUMENT.match(local, start)
    if found is None or not _archive(found.group("body")):
        return None
    if not re.search(rf"(?i)(?<!\w){_HOLDING}(?!\w)", found.group("parts"), re.VERBOSE):
        return None
    title, style = _title(found)
    return _citation(local, (start, found.end()), number, (), title, style)


def _compiled(local: str, start: int, number: int) -> NoteCitation | None:
    found = _COMPILED.match(local, start)
    if found is None or not _body_named(found.group("body")):
        return None
    title, style = _title(found)
    body = author(found.group("body"))
    return _citation(local, (start, found.end()), number, (body,), title, style)


def _speech(local: str, start: int, number: int) -> NoteCitation | None:
    spoken = _SPEECH.match(local, start)
    if spoken is None:
        return None
    volume = _VOLUME.match(local, spoken.end())
    if volume is None:
        return None
    title, style = _title(volume)
    if style == "plain" and volume.group("org"):
        org = volume.group("org")
        if not (org.isupper() or _body_named(org)):
            # "in Documentos de la Central, 1970-1973, ed. …": the comma is the title's
            title = f"{org}, {title}"
    imprint = _IMPRINT_YEAR.match(local, volume.end())
    if imprint is None:
        return None
    speaker = tuple(surnames(spoken.group("speaker")))
    span = (start, volume.end())
    return _citation(local, span, number, speaker, title, style, imprint.group("year"))
