"""Works a note names by the shape of its prose rather than by names, title and details:
a letter ("Max Shachtman to Martin Abern, 22 June 1933"), a review ("See Molyneux's review
of Lars T. Lih's *Lenin Rediscovered*, available online at …"), a programme or book with a
plain title after "quoted in" that an imprint vouches for ("quoted in The Corbyn Story,
aired 13 July (London: BBC Radio 4, 2016)").

`note_reading` tries these last, when a segment gave no citation the usual way. And the
German colon style ("Leo Trotzki: Literatur und Revolution. Essen 1994, S. 79f."), whose
reading needs the rest of the note: `colon_reading`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from citecheck.extract.citation_patterns import NAME_WORD, UPPER
from citecheck.extract.note_details import Details, read_details
from citecheck.extract.note_german import SAME_WRITER, edition_volume, german_date_year
from citecheck.extract.note_joiners import joined_as_next_work
from citecheck.extract.note_letter_forms import short_collection
from citecheck.extract.note_letter_shorts import (
    EDITOR_LEAD,
    PAGE_ALONE,
    dated_short,
    page_after,
)
from citecheck.extract.note_names import plausible_names
from citecheck.extract.note_patterns import (
    COLON_NAMES,
    DATE,
    GIVEN_PERSON,
    IMPRINT,
    LATER_DETAILS,
    LATER_YEAR_WINDOW,
    MARKED_TITLE,
    PERSON,
    URL,
    YEAR,
    later_year,
    marked_style,
)
from citecheck.extract.note_plain_titles import vouched_plain_title
from citecheck.extract.note_quoted_source import quoted_from_at
from citecheck.extract.note_rest import full_form_to_end
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation

# A letter by its writer, addressee and date (a place may stand before the date), opening
# the segment, a bracket or "from"; or Chicago's "Marx, letter to Arnold Ruge (September,
# 1843)".
# matches "Max Shachtman to Martin Abern, 22 June 1933", "from Engels to Bebel, March 1875",
# "Theodor W. Adorno to Herbert Marcuse, Frankfurt, June 19, 1969", "Friedrich Engels to
# Conrad Schmidt, 10/27/1890", "David Hume to Adam Smith 10/17/1767" (a numeric date needs
# no comma), "See Adorno to Horkheimer, June 2, 1941"; not "Shachtman complained to Martin
# Abern that …", "Hume to Adam Smith 17 of them" (no date)
LETTER = lazy_compile(
    rf"""(?:^|(?<=[\[(])|(?<=\bfrom\s)|(?<=\b[Ss]ee\s))
        (?P<writer>{PERSON})(?:,\s+(?i:letter))?\s+to\s+(?:{PERSON})
        (?:,\s+(?:[A-Z][\w/-]+,\s+)?|\s+\(|\s+(?=\d{{1,2}}/\d{{1,2}}/\d{{4}}))
        (?P<date>{DATE.pattern}|\d{{1,2}}/\d{{1,2}}/(?:1[5-9]\d\d|20\d\d)(?!\d))""",
    re.VERBOSE,
)

# A letter by its writer and addressee alone, filling the segment: Chicago's short form
# "Marx, letter to Ruge." (no date: the letter was cited in full before, or is to be).
# matches "Marx, letter to Ruge.", "Engels, letters to Bebel"; not "Marx, letter to Ruge,
# 1843, 12" (more than the letter: the dated reading's), "Marx wrote a letter to Ruge."
UNDATED_LETTER = lazy_compile(rf"^(?P<writer>{PERSON}),\s+(?i:letters?)\s+to\s+(?:{PERSON})[.\s]*$")

# A social-media post by its writer (a handle or a gloss in brackets may follow), its
# platform or kind, and its date (Chicago's "Name (@handle), Twitter, date, URL").
# matches "Linda Sarsour (@lsarsour), Twitter Post, November 11, 2016", "Tamika D. Mallory
# (tamikadmallory), Instagram Photo, May 11, 2017"; not "Linda Sarsour said on Twitter in
# 2016" (no date), "Marx (1867), *Capital*" (no platform)
SOCIAL_POST = lazy_compile(
    rf"""^(?P<writer>{PERSON})(?:\s*\([^()]{{1,80}}\))?,\s+(?:[“"][^”"]{{1,300}}[”"],?\s+)?
        (?:[A-Z][\w]*\s+){{0,2}}?
        (?:Twitter|Facebook|Instagram|YouTube|Tumblr|TikTok|Reddit|Tweet)\b[^;()]{{0,30}}?,\s+
        (?P<date>{DATE.pattern})""",
    re.VERBOSE,
)

# An interview or a communication with the writer, and its date (Chicago's "Name,
# interview by author, date"; the person interviewed is the source).
# matches "Bernie Sanders, interview by the author, May 2, 2015", "Jane Doe, e-mail to the
# author, 3 March 2014", "John Roe, personal communication, June 2010", "Ruth Calder,
# interview by Simon Wey, June 3, 1998" (Chicago 14.219: the person interviewed is the
# source); not "Bernie Sanders, who was interviewed in 2015", "Sanders, interview, 2015" (no
# one it was by or with), "Tomas Brand, interview with Anna Keller" (who is the source?)
INTERVIEW_BY = lazy_compile(
    rf"""^(?P<writer>{PERSON}),\s+
        (?:(?:(?:an?\s+)?(?:telephone\s+|phone\s+|personal\s+)?
              (?:interview|conversation|discussion|correspondence|e-?mail|letter)
              \s+(?:(?:by|with|to)\s+(?:the\s+)?(?:author|writer|me)
                 |by\s+(?-i:{PERSON})))
          |personal\s+communication)
        [^;]{{0,60}}?(?P<date>{DATE.pattern})""",
    re.VERBOSE | re.IGNORECASE,
)

# A writer, a description of the work in lower case (a speech, a report, a draft) and its
# date, then the collection it is published in: "Lenin, speech at the Third Congress of the
# Comintern, July 1, 1921, in *Collected Works*, vol. 32 (Moscow: …, 1965), 468".
# matches "Lenin, speech at the Third Congress of the Comintern, July 1, 1921, in "; not
# "Lenin, in *Collected Works*" (no description), "Lenin, who spoke in 1921, in " (no title)
DESCRIBED_IN = lazy_compile(
    rf"""^(?P<writer>{PERSON}),\s+(?P<what>[a-z][^*_“”\"();:]{{3,160}}?),?\s+in\s+(?=[*_“\"‘])""",
    re.VERBOSE,
)

# The same before a plain title (a web copy): an imprint must vouch for it.
# matches "Lenin, speech at the Third Congress …, July 1, 1921, in " before "Collected
# Works"; not "Lenin, speech at the Third Congress, in 1921"
DESCRIBED_IN_PLAIN = lazy_compile(
    DESCRIBED_IN.pattern.replace('(?=[*_“\\"‘])', "(?=[A-Z])"), re.VERBOSE
)


def _in_collection(
    s: str,
    k: int,
    offset: int,
    note: int,
    writer: tuple[Author, ...],
    title: str,
    style: str,
    details: Details,
) -> NoteCitation:
    """A described work (a speech, a report) of the writer, in a collection: the collection
    is the work cited, as for a letter."""
    return full_form_to_end(
        s,
        k,
        offset,
        note,
        authors=writer,
        title=title,
        year=details.year,
        pages=details.pages,
        place=details.place,
        publisher=details.publisher,
        title_style=style,
        unsure="a work in a collection",
    )


# The collection a letter is published in, right after its date (its editor may come
# first).
# matches ", in *Selected Correspondence*", ") in “Correspondence …”", ", in Hale, ed.,
# *Letters*"; not ", 132"
_IN_COLLECTION = lazy_compile(rf"\)?[,.]?\s+in\s+{EDITOR_LEAD}(?=[*_“\"‘])")

# The same before a plain title (a web copy): its imprint must vouch for it.
# matches ", in " before "The Letters of Ada Pryce", ", in Hale, ed., " before "Letters";
# not ", in 1851", ", in *…*"
_IN_PLAIN_COLLECTION = lazy_compile(rf"\)?[,.]?\s+in\s+{EDITOR_LEAD}(?=[A-Z])")


# A web copy's collection in short after a letter: a plain title, a page, the segment's end.
# matches "Correspondence, 251.", "Selected Letters, pp. 3-4", "Letters, 360–62.", "Gesammelte
# Schriften, Bd. 5, 88."; not
# "Correspondence, 1987, 251" (a year: an edition), "Leeds, where he lived", "the letters,
# 251" (lower case)
_SHORT_COLLECTION = lazy_compile(
    r"(?P<title>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}),\s+(?:(?:vol|Bd|t)\.\s*\d{1,3},\s*)?"
    r"(?:(?:pp?|(?-i:Sp?))\.\s*)?\d{1,4}(?:[-–]+\d{1,4})?\.?\s*$"
)


def _in_plain_collection(s: str, at: int, letter: NoteCitation) -> NoteCitation:
    """A web copy's letter "in The Letters of Ada Pryce, ed. Joan Hale (Oxford: …, 1984)":
    the collection is the work when an imprint vouches for its plain title."""
    collection = _IN_PLAIN_COLLECTION.match(s, at)
    found = vouched_plain_title(s, collection.end()) if collection else None
    if found is None:
        short = _SHORT_COLLECTION.match(s, collection.end()) if collection else None
        if short is None:
            return letter
        # "… 10/26/1780, in Correspondence, 251.": the collection given before, in short
        titled = replace(letter, title=short.group("title"), title_style="plain")
        return dated_short(titled, page_after(s, short.end("title")), plain=True)
    title, title_end = found
    details = read_details(s[title_end:])
    if not (details.place and details.year):
        return letter
    unsure = "a letter in a collection; plain title"
    return replace(letter, title=title, title_style="plain", year=details.year, unsure=unsure)


# A review, a response or another piece by its writer's possessive, at the segment's start
# or after "see" (a name word holds its "'s": the lookbehind checks it is there).
# matches "Molyneux's review of", "See Rose’s review of", "See also David Black's response
# to", "Cutrone's subsequent comments in"; not "the review of", "Rose's view", "Marx's
# critique" (no "of", "to", "on", "in" or "with" after it)
_PIECE = rf"""(?P<writer>{PERSON})(?<=['’]s)
    (?:\s+(?:subsequent|later|earlier|own|recent|original|first|second))?
    \s+(?:review|response|reply|rejoinder|comments?|critique|letter|article|essay|piece
        |interview|polemic|obituary)\s+(?:of|to|on|in|with)\s"""
REVIEW = lazy_compile(r"(?:^|(?<=\b[Ss]ee\s)|(?<=\b[Ss]ee\salso\s))" + _PIECE, re.VERBOSE)

# The same right where the segment's cue ends: "See, for example, Engels's letter to".
# matches "Engels's letter to " after "See, for example, "; not "Engels's view"
REVIEW_AT = lazy_compile(_PIECE, re.VERBOSE)

# Another writer's piece after the first: ", and Cutrone's subsequent comments in".
# matches ", and Cutrone's subsequent comments in "; not ", and the review of"
_NEXT_PIECE = lazy_compile(
    rf""",?\s+and\s+{PERSON}(?<=['’]s)(?:\s+[a-z]+)?\s+(?:review|response|reply|rejoinder|comments?
        |critique|letter|article|essay|piece|interview)\b""",
    re.VERBOSE,
)

# The cue before a plain title a work is quoted from (German "zit. n.", "zit. nach",
# "zitiert nach", "zit. in": a translation's "quoted in", and German practice).
# matches "quoted in ", "cited in ", "zit. n. ", "zit. nach: ", "Zitiert nach ", "zit. auch
# in ", Greek "παρατίθεται στο ", "αναφέρεται στη " (quoted in, cited in); not "in ", "zit.
# ", "nach ", "στο "
_QUOTED_IN = lazy_compile(
    r"""(?:\b(?:quoted|cited)\s+in
         |\b(?:zit\.|zitiert)\s+(?:auch\s+)?(?:nach|in|n\.)
         |(?<!\w)(?:παρατίθεται|παρατίθενται|αναφέρεται|αναφέρονται)\s+(?:και\s+)?στ(?:ο|ον|η|ην))[\s:]*$""",
    re.IGNORECASE | re.VERBOSE,
)

# A plain title up to a comma or a bracket, then an imprint in brackets.
# matches "The Corbyn Story, aired 13 July (London: BBC Radio 4, 2016)" (title "The Corbyn
# Story"); not "the party (London: …" (no capital), "The Story of it all."
_IMPRINTED_TITLE = lazy_compile(
    r"""(?P<title>[A-Z][^()*_“”",;:]{2,120}?)\s*(?:,[^()]{0,60})?
        \(\s*[A-Z][^():]{1,40}:\s[^()]{1,80}?(?:1[5-9]\d\d|20\d\d)\)""",
    re.VERBOSE,
)


def prose_work(
    s: str, k: int, offset: int, note: int, surnames: Callable[[str], Iterable[Author]]
) -> NoteCitation | None:
    """The work segment `s` (at `offset` in the note) names in prose, or None; `k` is where
    the segment's cue ends, `surnames` reads a person's surname."""
    # cheap substring tests first: most segments name no letter, post or review
    post = SOCIAL_POST.match(s, k) if "), " in s or ", “" in s or ', "' in s else None
    if post is not None:
        writer = tuple(surnames(post.group("writer")))
        year = YEAR.search(post.group("date"))
        return _titleless(s, k, offset, note, writer, year.group() if year else "", "a post")
    letter = LETTER.search(s, k) if " to " in s else None
    if letter is not None:
        writer = tuple(surnames(letter.group("writer").removesuffix(", letter")))
        year = YEAR.search(letter.group("date"))
        found = _titleless(s, letter.start(), offset, note, writer, year.group(), "a letter")
        collection = _IN_COLLECTION.match(s, letter.end())
        title = MARKED_TITLE.match(s, collection.end()) if collection else None
        if title is None:
            if pages := page_after(s, letter.end()):
                # "…, 12 June 1917, 350.": the page alone; short if the writer was cited
                # before (`note_letter_shorts.page_alone_short`)
                return replace(found, pages=pages, unsure=PAGE_ALONE)
            # "…, 9 May 1917, *Letters*, 344": the collection in short, without "in"
            return short_collection(_in_plain_collection(s, letter.end(), found), s, letter.end())
        # a letter in a published collection: the collection is the work, its year the
        # edition's ("… June 19, 1969, in “Correspondence …,” *New Left Review* (1999)")
        details = read_details(s[title.end() :])
        if not details.published and (pages := page_after(s, title.end())):
            # "…, 9 May 1917, in Hale, ed., *Letters*, 344": the collection in short
            named = replace(found, title=next(g for g in title.groups() if g).strip(" ,."))
            return dated_short(replace(named, title_style=marked_style(title)), pages)
        return replace(
            found,
            title=next(g for g in title.groups() if g).strip(" ,."),
            title_style=marked_style(title),
            year=details.year or found.year,
            # no imprint: the collection given in short, settled by the other notes
            unsure="a letter in a collection"
            + ("" if details.published else "; no publication details"),
        )
    undated = UNDATED_LETTER.match(s[k:]) if "etter" in s else None
    if undated is not None and plausible_names(undated.group("writer")):
        found = _titleless(
            s, k, offset, note, tuple(surnames(undated.group("writer"))), "", "a letter"
        )
        return replace(found, form="short", unsure="a letter, no title; no date")
    possessive = "'s " in s or "’s " in s
    interview = INTERVIEW_BY.match(s, k) if ", " in s else None
    if interview is not None:
        writer = tuple(surnames(interview.group("writer")))
        year = YEAR.search(interview.group("date"))
        return _titleless(s, k, offset, note, writer, year.group() if year else "", "an interview")
    described = DESCRIBED_IN.match(s, k) if " in " in s else None
    collection = MARKED_TITLE.match(s, described.end()) if described else None
    if described is not None and collection is not None:
        details = read_details(s[collection.end() :])
        if details.place and details.year:  # the collection is the work, as for a letter
            title = next(g for g in collection.groups() if g).strip(" ,.")
            writer = tuple(surnames(described.group("writer")))
            style = marked_style(collection)
            return _in_collection(s, k, offset, note, writer, title, style, details)
    # a web copy's "…, July 1, 1921, in Collected Works, vol. 32 (Moscow: …, 1965)"
    described = DESCRIBED_IN_PLAIN.match(s, k) if collection is None and " in " in s else None
    plain = vouched_plain_title(s, described.end()) if described else None
    if described is not None and plain is not None:
        details = read_details(s[plain[1] :])
        if details.place and details.year:
            return _in_collection(
                s,
                k,
                offset,
                note,
                tuple(surnames(described.group("writer"))),
                plain[0],
                "plain",
                details,
            )
    review = (REVIEW_AT.match(s, k) or REVIEW.search(s, k)) if possessive else None
    if review is not None:
        # the piece runs to the next writer's piece: "…, and Cutrone's subsequent comments in"
        following = _NEXT_PIECE.search(s, review.end())
        rest = s[review.end() : following.start() if following else len(s)]
        years = [m.group("year") for m in YEAR.finditer(URL.sub(" ", rest))]
        if not (years or URL.search(rest)):
            return None  # "Rose's review of the book": named in passing
        writer = tuple(surnames(review.group("writer")[:-2]))  # "Molyneux's"
        # a review's year is its journal issue's, the last one given
        year = years[-1] if years else ""
        return _titleless(s, review.start(), offset, note, writer, year, "a review")
    if k and _QUOTED_IN.search(s, 0, k):
        titled = _IMPRINTED_TITLE.match(s, k)
        if titled is not None:
            details = read_details(s[titled.end("title") :])
            return full_form_to_end(
                s,
                k,
                offset,
                note,
                title=titled.group("title").strip(),
                year=details.year,
                place=details.place,
                publisher=details.publisher,
                title_style="plain",
                unsure="plain title",
            )
    return None


# A second review by the same writer, after ";": "; and of Susan Buck-Morss's *…* (1977) …
# in *History and Theory* 18.1 (February, 1979)".
# matches "and of ", "and also of "; not "and offers", "and the review of"
_AND_OF = lazy_compile(r"[;,\s]*and\s+(?:also\s+)?of\s+")


def continued_review(
    s: str, offset: int, note: int, before: NoteCitation | None
) -> NoteCitation | None:
    """The writer's next review, continued after a review read before it in the note by
    "and of …", dated by its own journal issue (the last year before its end)."""
    if before is None or not before.unsure.startswith("a review") or not before.authors:
        return None
    found = _AND_OF.match(s)
    if found is None:
        return None
    years = [m.group("year") for m in YEAR.finditer(URL.sub(" ", s[found.end() :]))]
    if not years and not URL.search(s):
        return None  # "and of the book": named in passing
    year = years[-1] if years else ""
    return _titleless(s, found.end(), offset, note, before.authors, year, "a review")


def _titleless(
    s: str, at: int, offset: int, note: int, writer: tuple[Author, ...], year: str, kind: str
) -> NoteCitation:
    url = URL.search(s, at)
    return full_form_to_end(
        s,
        at,
        offset,
        note,
        authors=writer,
        year=year,
        url=url.group(0).rstrip(".,;") if url else "",
        unsure=f"{kind}, no title",
    )


# A work's writer named after its title: the name before the colon is the subject's.
# matches ", by E. P." ; not "by" inside a word, "stand-by"
_BY_AFTER = lazy_compile(r",\s+by\s+[A-Z]")


# The book a work stands in, in a later sentence, by its writer or editor before a colon.
# matches ". In Max Horkheimer: G", ". In: Alfred Schmidt (Hg.): K"; not ". In the end",
# ". In Russia, the", ". In: Merkur" (a journal: no colon after it)
_LATER_CONTAINER = lazy_compile(
    rf"""\.\s+In:?\s+(?:{GIVEN_PERSON}|{NAME_WORD})(?:\s*\((?:Hg|Hrsg|ed|eds)\.\))?:\s+[{UPPER}]""",
    re.VERBOSE,
)

# A page locator in a later sentence: "S. 535", "p. 12", "pp. 3-5".
# matches "S. 535", "S.\xa0535", "p. 12"; not "S. Fischer", "p." alone
_LATER_PAGE = lazy_compile(r"\b(?:S|pp?)\.\s*\d")


# A ";" before the container of the work before it (German notes).
# matches "; in: ", ";in "; not "; In diesem Sinne" (a capital: a sentence), "; insbesondere"
_IN_CONTAINER = lazy_compile(r";\s*in:?\s")


# The forms of a work named again ("Marx: Grundrisse, ebd.", "Horkheimer: Dämmerung,
# a.a.O."): a citation without details of its own.
_AGAIN = frozenset({"ibid", "op-cit", "loc-cit"})


# Between two works of one ";" group, the words that open the second as a work of its own:
# the work quoted from ("…, Brief vom 3.4.1920, zit. nach Lena Kramer: …") or the next of a
# list ("…, Berlin 1999, sowie Lena Kramer: …"). Bounded: a few words and marks.
# matches ", zit. nach ", ", hier zitiert nach ", ", sowie ", " und ", ", vgl. auch ";
# not ". Neuwied" (a place), ". In: " (the container), ", S. 4, und dann "
_NEXT_WORK = lazy_compile(
    r"""[\s,.]{0,4}
        (?:(?:hier\s+)?(?:zit\.|zitiert)\s+(?:auch\s+)?(?:nach|in|n\.)
          |sowie|und|oder|ferner|außerdem|zudem
          |(?:vgl\.|siehe)(?:\s+(?:auch|dazu|hierzu|etwa|ferner))?)
        (?:\s+(?:vgl\.|siehe)(?:\s+auch)?)?[\s:]{0,3}""",
    re.VERBOSE | re.IGNORECASE,
)


# Words a title puts before its year that end no publisher's name: "Jakob Wendel: Die
# Revolte von 1968, Berlin 1999" is a title's year when an imprint's year follows, "New
# York: Pantheon, 1984)" an imprint, and so is "Berlin: Kritik von 1968, S. 3" (no other
# year: a place is never read as a writer).
_BEFORE_A_YEAR = frozenset("von vom seit bis um nach der des im in zur zum of since from".split())


# Lower-case German words a title has and a publisher's name does not ("Die Stadt als
# Beute", "Kritik ohne Gegenstand"; but "Verlag für Sozialwissenschaften", "Verlag der
# Autoren"): "Jakob Wendel: Die Stadt als Beute, 2019" is a title and its year.
_TITLE_WORDS = frozenset("als zur zum über gegen ohne mit aus durch wider zwischen eine".split())


def _given_names(imprint: re.Match[str]) -> bool:
    """The "place" before the colon has two capitalised words or more, as a person with
    given names has ("Jakob Wendel"; "Berlin" alone, "Frankfurt am Main" are places)."""
    words = imprint.group("place").split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _year_later(text: str, at: int) -> bool:
    """A year stands after `at` in the same ";" group, near it (bounded: linear)."""
    stop = text.find(";", at, at + 200)
    return YEAR.search(text, at, at + 200 if stop < 0 else stop) is not None


# Between a work closed by its page and the next sentence: its full stop ("…, S. 4. "),
# which the work's reading may hold.
# matches ". ", " . ", " " (the stop read with the work); not ". In: ", ", "
_SENTENCE_GAP = lazy_compile(r"(?:\s*+\.)?\s++")


def _after_closed_work(text: str, before: NoteCitation, citation: NoteCitation) -> bool:
    """The work before ends with its page and a full stop, and the names and colon open the
    next sentence: a work of its own ("Karl Vell: Der Hafen, Berlin 1977, S. 4. Vell: Die
    Partei, Berlin 1983"), as a page closes a short form."""
    if not before.pages or not _SENTENCE_GAP.fullmatch(text, before.span.end, citation.span.start):
        return False
    return "." in text[before.span.end - 1 : citation.span.start]


def colon_reading(
    text: str, citation: NoteCitation, before: NoteCitation | None
) -> NoteCitation | None:
    """A reading with its names before a colon, decided with the note's text: a place and a
    publisher ("Neuwied: Luchterhand, S. 147"), a reprint ("Nachdruck: Moskau 2010") or a
    subtitle ("… Revolte. Argentina: La Sociedad …") after another work of the same ";"
    group, or a sentence with no details ("Lenin: The state withers away."), is none; a
    work whose year follows in a later sentence ("… Revolution. Essen 1994") is full."""
    same_group = before is not None and ";" not in text[before.span.end : citation.span.start]
    if (
        same_group
        and SAME_WRITER not in citation.unsure  # "Ders.:" opens another work
        and not _NEXT_WORK.fullmatch(text, before.span.end, citation.span.start)
        and not joined_as_next_work(text, before.span.end, citation.span.start)
        and not _after_closed_work(text, before, citation)
    ):
        return None
    imprint = IMPRINT.match(text, citation.span.start)
    publisher = imprint.group("publisher") if imprint else ""
    if (
        imprint
        and len(publisher.split()) <= 4
        and not ("." in imprint.group() or "," in publisher)
        and not (
            publisher.split()[-1].casefold() in _BEFORE_A_YEAR and _year_later(text, imprint.end())
        )
        and not (_TITLE_WORDS.intersection(publisher.split()) and _given_names(imprint))
    ):
        # "New York: Pantheon, 1984)", not "Leo Trotzki: Literatur …. Essen 1994" nor "Max
        # Horkheimer: Dämmerung, Frankfurt/M 1987" (a title, then a place and a year)
        return None
    if _BY_AFTER.search(text, citation.span.start, citation.span.end):
        return None  # "Quoted in William Morris: Romantic to Revolutionary, by E. P. Thompson"
    unsure = [p for p in citation.unsure.split("; ") if p != COLON_NAMES]
    if citation.year or citation.url or citation.pages or citation.form in _AGAIN:
        return replace(citation, unsure="; ".join(unsure))  # "Marx: Grundrisse, ebd."
    group_end = text.find(";", citation.span.end)
    if group_end >= 0 and _IN_CONTAINER.match(text, group_end):
        # "Alfred Schmidt: Editorische Vorbemerkung; in: Max Horkheimer: …": the container
        # after the ";" is the same work's
        group_end = text.find(";", group_end + 1)
    group_end = len(text) if group_end < 0 else group_end
    title_at = text.find(citation.title, citation.span.start) if citation.title else -1
    after_title = title_at + len(citation.title) if title_at >= 0 else citation.span.end
    # "Max Horkheimer: Lenin. Zit. in: Schmidt: Streitschrift 1987": the details after the
    # cue are the work quoted from's (bounded: linear)
    quoted = quoted_from_at(text, after_title, min(group_end, after_title + LATER_YEAR_WINDOW))
    group_end = quoted if quoted >= 0 else group_end
    later = LATER_DETAILS.search(text, after_title, group_end)
    if later is None:
        # "Karl Marx: Ökonomisch-philosophische Manuskripte. MEW 40, S. 535.": a page in a
        # later sentence of the group makes it a citation, without details to read on
        page = _LATER_PAGE.search(text, after_title, group_end)
        # "Alfred Schmidt: Unter welchen Aspekten …. In Max Horkheimer: Gesammelte Schriften":
        # the book it stands in, named by its writer, makes it a citation without details
        look_end = min(group_end, after_title + LATER_YEAR_WINDOW)  # bounded: linear
        container = page or _LATER_CONTAINER.search(text, after_title, look_end)
        if page and edition_volume(text, after_title, page.start()):  # "MEW 42, S. 396"
            unsure = [p for p in unsure if p != "no publication details"]
            return replace(
                citation, form="full", unsure="; ".join([*unsure, "an edition's volume"])
            )
        kept = container or quoted >= 0  # a work quoted from another: a citation
        return replace(citation, unsure="; ".join(unsure)) if kept else None
    year = later_year(text, later.start(), group_end) or german_date_year(
        text[after_title : min(group_end, after_title + LATER_YEAR_WINDOW)]
    )  # "In: Die Zeit, 12.03.2015"
    gone = {"no publication details", "no year" if year else ""}
    unsure = [p for p in unsure if p not in gone] + ["details read on"]
    return replace(citation, form="full", year=year, unsure="; ".join(unsure))
