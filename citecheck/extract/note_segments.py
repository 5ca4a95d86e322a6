"""Splits a note into segments that each cite at most one work (the first step of the reader).

A segment ends at a ";" or a sentence end outside brackets, quotes and emphasis, and before
"quoted in" / "see also", which open a second work. An abbreviation's full stop ("trans.",
"vol.", an initial "E.", a numeral "II.") ends no sentence.
"""

from __future__ import annotations

import re
from itertools import pairwise

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_german import after_translation_cue, open_imprint_at, ordinal_stop
from citecheck.extract.note_greek import GREEK_ABBREVIATIONS
from citecheck.extract.note_patterns import GIVEN_PERSON, PERSON, SEGMENT_CUE
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Span

# Words whose full stop is an abbreviation's, not a sentence end (English, German ("o." of
# "o. V.", "o. O.", "o. J.": no author, place, year; "aaO." for "a.a.O."), and
# Greek: "μτφρ." translator, "εκδ." publisher or edition, "επιμ." editor, "σελ." page,
# "βλ." see, "τόμ." volume).
ABBREVIATIONS = (
    frozenset(
        """trans tr ed eds vol vols no nos p pp repr rev mr mrs ms dr st cf esp etc al ch chap n nn
    comp op loc cit jr sr inc co v vs viz fig ca c approx univ dept dir jan feb mar apr jun jul aug
    sep sept oct nov dec s ff f e.g i.e orig intro pref pt bk sec col cols ibid ebd
    bd bde hrsg hg aufl u vgl zit ders dies bzw d anm hervorh übers bearb erw jg nr hgg dt ausg
    überarb durchges erg verb akt neubearb korr unveränd eingel komm o aao
    μτφρ εκδ επιμ σελ σ βλ τόμ τ""".split()
    )
    | GREEK_ABBREVIATIONS
)

# A Greek initial of two letters (a digraph: "Γκ" for G, "Τζ" for J, "Ντ" for D).
# matches "Γκ", "Τζ"; not "Γκρ", "Ab"
_GREEK_INITIAL = lazy_compile(r"[Α-Ω][α-ω]")

# The word before a full stop.
# matches "trans" in "Ashton, trans", "II" in "II"; not "."
_WORD_END = lazy_compile(r"([\w.]+)$")

# A capital roman numeral, whose full stop is a heading's ("II. The Marxist Doctrine"); a
# small one is a page that may end a sentence ("Lukács, *History …*, xlvi. Citing …").
# matches "II", "XIV"; not "Ivan", "xlvi"
_ROMAN = lazy_compile(r"^[IVXLC]{1,6}$")

# The characters `segments` acts on; `_cut_after` cuts only at ";", ".?!", "," and " ".
# matches "(", "”", "„", "«", ";", " "; not "a", "1"
_SIGNIFICANT = lazy_compile(r'[()\[\]„“”"«»*;.?!, ]')

# The same without "," and " ": they cut only before a `SEGMENT_CUE`, so in a note without
# one they need no visit (the spaces were most of the visits on 100,000 short notes).
# matches "(", ";", ".", "„", "«"; not ",", " "
_SIGNIFICANT_WITHOUT_CUE = lazy_compile(r'[()\[\]„“”"«»*;.?!]')

# A year or a page, then "and" ("und", "και"): maybe a writer's next work after an open
# imprint ("…, Leeds: Dale, 1947, 3, and Harbour Ledgers, …"), which needs the spaces visited.
_NEXT_WORK_HINT = lazy_compile(r"\d,?\s(?:and|und|και)\s")

# A container after a quoted title that ends with its own "?" or ".": a journal or paper's
# name, a comma, then its date, volume or bracket; or (Chicago 14.171) the name, its volume
# and the date in brackets with its year; the title's sentence goes on.
# matches ' The New Republic, January 12, 2016', ' Brooklyn Rail, (May 2016)', ' New
# Politics, 15:4', ' Northern Review 123 (Winter, 1999)', ' Harbour Notes 4, no. 2 (1999)';
# not ' John Reed, "America …"', ' He said so.', ' He was 12 (or so)'
_CONTAINER_NEXT = lazy_compile(
    r"""\s+[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,5}
        (?:,\s*
           (?:\(|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec
                       |Spring|Summer|Autumn|Fall|Winter)[a-z]*\.?\s+\d)
          |\s+\d{1,4}+(?:,\s*no\.\s*\d{1,4}+)?\s*\((?:[^()\n]{0,24}?[\s,])?(?:1[5-9]|20)\d\d\))""",
    re.VERBOSE,
)

# A plain title's question goes on to the title's subtitle and its imprint: capital words
# with no comma or sentence end (a question or exclamation mark may close the subtitle: Chicago
# 14.97), then a bracket holding "Place: Publisher, Year" or "Place, Year" (a question mark
# inside a title keeps the title going); a web copy or a writer may set a comma before the
# imprint's bracket.
# matches ' An Essay on Harbours (Durham: Dale Press, 1999)', ' A Reply (London, 1999)', ' A
# Reply (1951; repr., London: Dale, 1999)', ' Dockers or Carters? (London: Dale, 1990)', '
# Quiet Power, (Durham: Dale, 1999)', ' A History of the Port, London: Dale Press, 1990' (the
# imprint outside brackets, as a bibliography's entry gives it);
# not ' Joan Pike, *Salt Roads* (London: Verso, 1999)' (a comma: another citation), ' It
# failed (in 1999)', ' See Pike (1999)' (no imprint in the bracket), ' He lived in London,
# 1990' (no publisher)
# A title's editors after its question or exclamation mark, a new sentence.
# matches " Hg. v. Hans", " Hrsg. von Ilse", " Herausgegeben von Ann", " Edited by Ann", "
# Ed. Ann"; not " Hg. 5" (no person), " He edited it" (no editors' word)
_EDITORS_NEXT = lazy_compile(
    r"\s++(?:(?:Hg|Hrsg)\.\s*+(?:v\.|von)|Herausgegeben\s++von|Edited\s++by|Ed\.)\s++[A-ZÄÖÜ]"
)

_TITLE_GOES_ON = lazy_compile(
    r"""\s++[A-Z][^.?!;,:()\[\]“”"*_]{0,150}+[?!]?
        (?:,?\s*+\((?:(?:1[5-9]\d\d|20\d\d);\s*repr\.,\s*)?
           (?:[^():;]{1,60}+:\s[^()]{1,80}?|[A-Z][^(),:;]{1,40}+,)\s*(?:1[5-9]\d\d|20\d\d)\s*\)
          |,\s*[A-Z][^():;,]{1,40}:\s[A-Z][^():;]{0,80}?(?:1[5-9]\d\d|20\d\d))""",
    re.VERBOSE,
)

# A citation whose plain title is open at a full stop: a person's given names and surname
# (after "See" or "Cf."), a comma, then capital words with no comma or sentence end; or a
# list of such persons (commas, "and" before the last), their role after them ("(eds.)",
# ", eds."), then the words after a comma or a space alone (a web copy's list runs into
# its title: Chicago 14.76 names each writer given names first, so the list's "and" and
# role end it). With `_TITLE_GOES_ON` after the stop, the words after it are the title's
# subtitle ("Joan Pike, Harbours to Rivers. Quiet Power and the Canals (New York: Dale,
# 1999)", "Joan Pike and Ann Lee (eds.) Harbours to Rivers. Quiet Power (…)").
# matches "Joan Pike, Harbours to Rivers", "See Joan Pike, Harbours", "Joan Pike, Ann Lee,
# and Tom Rudd Harbours", "Joan Pike and Ann Lee (eds.) Harbours", "Joan Pike, eds.,
# Harbours"; not "This is well known" (no writer), "Joan Pike, Salt Roads, Harbours" (a
# comma: a list or prose), "Pike, Harbours" (a surname alone: a short form), "Joan Pike
# Harbours" (one person, no comma: where the name ends cannot be told)
_OPEN_PLAIN_TITLE = lazy_compile(
    rf"""(?:(?:[Ss]ee(?:\s+also)?|Cf\.)\s+)?
        (?:{GIVEN_PERSON}(?:\s+and\s+{GIVEN_PERSON})?,\s+
          |{GIVEN_PERSON}(?:\s*,\s*{GIVEN_PERSON}){{0,5}}\s*,?\s+(?:and|&)\s+{GIVEN_PERSON}
           (?:\s*\(eds?\.?\))?(?:,\s+eds?\.,?)?\s+
          |{GIVEN_PERSON}(?:\s*\(eds?\.?\)\s+|,\s+eds?\.,?\s+))
        [A-Z][^.?!;,:()\[\]“”"*_]{{0,150}}""",
    re.VERBOSE,
)

# The same writer and open title closing a sentence of prose: "The classic account is Joan
# Pike, Harbours to Rivers" before ". Quiet Power … (New York: Dale, 1999)", a web copy's
# full form inside a sentence (`note_evidenced` reads it); the writer after a space, not
# after "by", "ed." or "trans." (another work's translator or editor).
# matches "Joan Pike, Harbours to Rivers" at the end of "The classic account is Joan Pike,
# Harbours to Rivers"; not "by Joan Pike, Harbours", "Joan Pike, Salt Roads, Harbours"
_PROSE_OPEN_PLAIN_TITLE = lazy_compile(
    rf"""(?<=\s)(?<!\bby\s)(?<!\bed\.\s)(?<!\btrans\.\s)
        {GIVEN_PERSON},\s+[A-Z][^.?!;,:()\[\]“”"*_]{{0,150}}\Z""",
    re.VERBOSE,
)

# How far before a full stop the writer and the open title of `_PROSE_OPEN_PLAIN_TITLE` are
# looked for: a person's names and a title of 150 characters fit.
_PROSE_TITLE_REACH = 240

_OPENERS = {"(": ")", "[": "]"}
_CLOSERS = {")": "(", "]": "["}


def segments(text: str, span: Span) -> list[Span]:
    """The note's segments, stripped, in order (empty ones dropped)."""
    cuts = [span.start]
    depth = 0
    in_quote = False
    german_quote = False  # the quote open is German, „…“: its “ closes it
    in_emphasis = False
    skip_to = -1
    # Only these characters open, close or cut a segment: visiting just them keeps the
    # per-note cost low (a loop over every character took seconds on 100,000 notes).
    cue_possible = (
        SEGMENT_CUE.search(text, span.start, span.end) is not None
        or text.find("://", span.start, span.end) != -1  # an address may end a sentence
        or text.find("⟨link⟩", span.start, span.end) != -1
        or text.find("), ", span.start, span.end) != -1  # a work listed after an imprint
        or text.find(") and ", span.start, span.end) != -1  # a writer's next work
        or _NEXT_WORK_HINT.search(text, span.start, span.end) is not None
    )
    significant = _SIGNIFICANT if cue_possible else _SIGNIFICANT_WITHOUT_CUE
    for match in significant.finditer(text, span.start, span.end):
        i = match.start()
        if i <= skip_to:
            continue  # inside a run of "*"
        char = text[i]
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth = max(0, depth - 1)
        elif char == "„":
            in_quote = german_quote = True  # German: „…“ or „…"
        elif char == "“" and german_quote:
            in_quote = german_quote = False
        elif char in "“«":  # guillemets: a Greek (or French) title, «Τι να κάνουμε;»
            in_quote = True
        elif char in "”»" or (char == '"' and in_quote):
            in_quote = german_quote = False
            if (
                not (depth or in_emphasis)
                and text[i - 1] in ".?!"
                and _capital_next(text, i, span)
                and not _CONTAINER_NEXT.match(text, i + 1, span.end)
            ):
                cuts.append(i + 1)  # '…in the United States." John Reed, …'
        elif char == '"':
            in_quote = True
        elif char == "*":
            in_emphasis = not in_emphasis
            while i + 1 < span.end and text[i + 1] == "*":
                i += 1
            skip_to = i
        elif not (depth or in_quote or in_emphasis):
            cut = _cut_after(text, i, span, cuts[-1])
            if cut is not None:
                cuts.append(cut)
    cuts.append(span.end)
    found = (Span(a, b).strip(text) for a, b in pairwise(cuts))
    return [s for s in found if s.end > s.start]


def _cut_after(text: str, i: int, span: Span, start: int) -> int | None:
    """Where a segment ends at offset i (the offset of the next segment, the segment having
    started at `start`), or None."""
    char = text[i]
    if char == ";":
        if text[i - 1].isalnum() and _HTML_ENTITY.search(text, max(span.start, i - 10), i):
            return None  # "&lt;": an escaped character's ";" ends no segment
        # a Greek question mark ends a title before its comma or its year in brackets:
        # "Τι να κάνουμε;, Αθήνα", "Τι να κάνουμε; (1902)" (no work opens with its year)
        if text[i + 1 : i + 2] == "," or _BRACKETED_YEAR_NEXT.match(text, i + 1):
            return None
        return i + 1
    if char in "?!" and _TITLE_GOES_ON.match(text, i + 1, span.end):
        return None  # "Who Is Left? An Essay (Durham: Dale Press, 1999)": the title goes on
    if char in "?!" and _EDITORS_NEXT.match(text, i + 1, span.end):
        return None  # "Wer regiert den Hafen? Hg. v. Hans Müller, Berlin 1974": its editors
    if char == "." and _subtitle_by_stop(text, i, span, start):
        return None  # "Joan Pike, Harbours to Rivers. Quiet Power (New York: Dale, 1999)"
    if char == "." and _imprint_by_stop(text, i, start):
        return None  # "See Joan Pike, Harbours to Rivers. New York: Dale, 1999."
    if char in ".?!" and _sentence_ends(text, i, span):
        return i + 1
    if char == " " and text[i - 1] == " " and text[i + 1 : i + 2] == " ":
        return None  # inside a run of spaces (a masked link's padding): its ends decide
    if (char == "," or (char == " " and text[i - 1] != ",")) and i > span.start:
        if SEGMENT_CUE.match(text, i, span.end):
            return i  # "X, quoted in Y": Y opens the next segment
        if char == "," and text[i - 1] == ")" and _listed_after_imprint(text, i, span):
            return i  # "*A* (New York: …, 1977), *B* (…)": the list's next work
        if _next_plain_work(text, i, span, start):
            return i  # a web copy's "A (Leeds: Dale, 1947), 3, and B (Leeds: Dale, 1950)"
        if char == " " and _after_address(text, i, span):
            return i  # "…?article_id=1004775 A longer version …": no full stop after a URL
    return None


# The next work of a list, after a work's imprint and a comma: a marked title, or a person
# with given names (a list of them, perhaps as editors) then a title.
# matches ", *Selections from …*", ", and “Blum Theses", ", Rosa Luxemburg, *Socialism",
# ", Bill Dunn and Hugo Radice, eds. *100 Years", ", Rosa Luxemburg, Socialism" (a web
# copy), ", Bill Dunn and Hugo Radice, eds. 100 Years" (a web copy's title opening with a
# number: the editors' mark ends the names); not ", 45" (a page), ", Vol. 2", ",
# Introduction, 23", ", Lenin, A Study" (a surname alone: in a web copy the head of a plain
# title), ", Bill Dunn, 12 May" (a number after a person's comma, no editors' mark)
_LISTED_WORK = lazy_compile(
    rf""",\s+(?:and\s+)?
        (?:[*_“"‘]
          |{GIVEN_PERSON}(?:(?:\s*,\s*{PERSON}){{0,5}}\s*,?\s+(?:and|&)\s+{PERSON})?
           (?:(?:,?\s+eds?\.,?\s+|,\s+)[*_“"‘A-Z]
             |,?\s+eds?\.,?\s+\d{{1,3}}(?:st|nd|rd|th)?\s+[A-Z]))""",
    re.VERBOSE,
)


def _next_plain_work(text: str, i: int, span: Span, start: int) -> bool:
    """At the comma or space before "and" after a work's year in brackets (and a page), the
    next title by the same writer with its own imprint: a list of one writer's works (a web
    copy's titles lost their italics)."""
    if not _AND_PLAIN_WORK.match(text, i, span.end):
        return False
    return _IMPRINT_AND_PAGE_BEFORE.search(text, max(start, i - 40), i) is not None


# A title (plain in headline style, or marked) and its imprint with a year, in brackets or
# open, after "and" ("und", "και").
# matches ", and Harbour Ledgers of the North (Leeds: Dale, 1950)", " und Salz und Eisen
# (Berlin 1980)", " and *Harbour Ledgers* (Leeds: Dale, 1950)", ", and Harbour Ledgers,
# Leeds: Dale, 1950", " και Αλάτι και σίδερο, Αθήνα 1980"; not ", and the essays (Leeds,
# 1950)" (lower case), ", and 12 (1950)", " and *B* (1950)" (a year alone)
_AND_PLAIN_WORK = lazy_compile(
    rf",?\s+(?:and|und|και)\s+(?:[{UPPER}][^()*_“”\";,.\d]{{2,120}}?|\*[^*()]{{2,120}}\*|“[^”()]{{2,120}}”)"
    rf"(?:\s*\(\s*[{UPPER}][^()\d]{{1,80}}?(?:1[5-9]\d\d|20\d\d)\s*\)"
    rf"|,\s*[{UPPER}][^()\d:;,]{{1,40}}?(?::\s*[^()\d;]{{1,60}}?)?,?\s+(?:1[5-9]\d\d|20\d\d)\b)"
)

# An imprint closing a work, in brackets or open, perhaps with a page after it, up to the
# comma.
# matches "Dale, 1947)", "1947), 3", "1947), pp. 3–4", "1947), S. 12", "(1947): 3" (a
# journal's issue and page), "Dale, 1947, 3", "Αθήνα 1974, σ. 12"; not "1947), vol. 2", "Cy
# Maro, 1926" before " and After (Hull: …)" (an open year needs its page: a title may open
# with a year)
_PAGE_AFTER = r"\s*[,:]\s*(?:pp?\.|S\.|σσ?\.)?\s*\d{1,4}(?:[–-]{1,2}\d{1,4})?"
_IMPRINT_AND_PAGE_BEFORE = lazy_compile(
    rf"(?:(?:1[5-9]\d\d|20\d\d)\s*\)(?:{_PAGE_AFTER})?"
    rf"|(?<=[\s,])(?:1[5-9]\d\d|20\d\d){_PAGE_AFTER})$"
)


# A bracket's text that is an imprint: a place, a colon, a publisher, then the year last.
# matches "New York: International Publishers, 1977", "Kolkata, India: Progressive, 2006";
# not "1962" (a year alone: "*Title* (1962), *New Left Review* I/41 (1967)" is one work),
# "Sharing a Post from Yahya Bayad, January 1, 2014" (a gloss: no "Place:")
_IMPRINT_TEXT = lazy_compile(r"[^():]*[A-Za-z]:\s[^():]*\b(?:1[5-9]\d\d|20\d\d)\s*$")


# A year in brackets right after a ";": the year of the title the ";" ends as its question
# mark (Greek), not a new work's start.
# matches " (1902)" in "Τι να κάνουμε; (1902)"; not " (Verso, 2012)", " Marx (1867)"
_BRACKETED_YEAR_NEXT = lazy_compile(r"\s*\(\s*(?:1[5-9]\d\d|20\d\d)\s*\)")

# An HTML character reference before a ";" (text escaped twice by a converter).
# matches "&lt", "&gt", "&amp", "&#8220", "&#x201C"; not "&", "Marx & Engels"
_HTML_ENTITY = lazy_compile(r"&(?:[A-Za-z]{2,8}|#\d{1,5}|#[xX][0-9A-Fa-f]{1,4})$")


def subtitle_after_stop(text: str, i: int) -> bool:
    """The full stop at `i` is followed by a plain title's subtitle and the work's imprint
    (`_TITLE_GOES_ON`): "… Harbours to Rivers. Quiet Power (New York: Dale, 1999)"."""
    return _TITLE_GOES_ON.match(text, i + 1) is not None


def _subtitle_by_stop(text: str, i: int, span: Span, start: int) -> bool:
    """The full stop at `i` parts a plain title from its subtitle: a writer's names and the
    title's words stand before it in the segment, capital words and an imprint after it."""
    if not _TITLE_GOES_ON.match(text, i + 1, span.end):
        return False
    while start < i and text[start].isspace():
        start += 1
    if _OPEN_PLAIN_TITLE.fullmatch(text, start, i) is not None:
        return True
    return _PROSE_OPEN_PLAIN_TITLE.search(text, max(start, i - _PROSE_TITLE_REACH), i) is not None


def _imprint_by_stop(text: str, i: int, start: int) -> bool:
    """The full stop at `i` parts a writer's plain title from its open imprint, as a
    bibliography's entry does ("Title. Place: Publisher, Year.", Chicago's and MLA's
    bibliography form): a writer's names and a title of two words or more in headline case
    stand before it in the segment, the place, a colon, the publisher and the year after
    it. One word ("Ann Vell, Secretary. Leeds: …") may be a person's office."""
    if not open_imprint_at(text, i):
        return False
    while start < i and text[start].isspace():
        start += 1
    words = text[text.rfind(",", start, i) + 1 : i].split()
    if len(words) < 2 or not all(w[:1].isupper() or w in _TITLE_JOINERS for w in words):
        return False  # "Ann Vell, The strike was lost. London: …": a sentence
    if _OPEN_PLAIN_TITLE.fullmatch(text, start, i) is not None:
        return True
    return _PROSE_OPEN_PLAIN_TITLE.search(text, max(start, i - _PROSE_TITLE_REACH), i) is not None


# A title's short joining words in lower case (headline case, Chicago 8.159), English and
# German.
_TITLE_JOINERS = frozenset(
    "of the in and or on for to a an at from with im am der die das des dem den und zur zum".split()
)


def _listed_after_imprint(text: str, i: int, span: Span) -> bool:
    """A comma at `i` after a bracket holding an imprint opens the next work of a list:
    "For Gramsci, see *A* (New York: …, 1977), *B* (New York: …, 1978), and *C* (…)"."""
    if _LISTED_WORK.match(text, i, span.end) is None:
        return False
    opening = text.rfind("(", max(span.start, i - 200), i - 1)
    return opening != -1 and _IMPRINT_TEXT.match(text, opening + 1, i - 1) is not None


def _after_address(text: str, i: int, span: Span) -> bool:
    """A bare address (or a masked link's marker) ends before `i` and a sentence starts after
    it (a URL takes no full stop): "…/article.php?article_id=1004775 A longer version …"."""
    if not text[i + 1 : i + 3].lstrip()[:1].isupper():  # "…>\xa0Also in"
        return False
    end = i
    while end > span.start and text[end - 1].isspace():
        end -= 1  # a masked link's target leaves spaces after its marker
    start = max(text.rfind(" ", max(span.start, end - 400), end), span.start - 1) + 1
    return text.startswith(("http://", "https://", "www.", "⟨link⟩"), start)


def _capital_next(text: str, i: int, span: Span) -> bool:
    after = _after_stop(text, i, span)
    following = after.lstrip()
    return after[:1].isspace() and bool(following) and following[0].isupper()


# A paragraph break and its indentation after a sentence's end: the next paragraph of a
# long note, indented as Markdown continues a list item ('…anarchism."\n\n    As Vell
# put it, …'). A line break ends the sentence whatever the indentation.
# matches "\n\n    ", "\n  "; not "   " (no line break), "\n" and 12 spaces (a padding)
_PARAGRAPH_GAP = lazy_compile(r"[ \t]*+\n\s{0,9}+(?=\S)")


def _after_stop(text: str, i: int, span: Span) -> str:
    """The three characters after a sentence's end at `i`, or, after a paragraph break,
    the break and its indentation and three characters more."""
    gap = _PARAGRAPH_GAP.match(text, i + 1, span.end)
    reach = gap.end() + 3 if gap is not None else i + 4
    return text[i + 1 : min(span.end, reach)]


def _translation_next(text: str, i: int, span: Span) -> bool:
    """A German translation's cue follows the full stop at `i`: "…, S. 78. (Deutsch:) Ders.:
    …" opens the translation, another work."""
    start = i + 1
    while start < span.end and text[start].isspace():
        start += 1
    return after_translation_cue(text[start : min(span.end, start + 40)], 0) > 0


# "Art." (Artikel), the label German practice puts before a lexicon entry's headword, after
# the entry's writer or at the note's start, and the headword: quoted, or a few words before
# ", in:".
# matches "Art. “Streik”", "Art. Streik, in:", "Art. Rote Fahne, In:"; not "as Art. In:" (a
# title's last word: not after a comma or colon, checked by the caller's position), "Art. 3"
_ENTRY_LABEL_STOP = lazy_compile(
    r"""Art\.\s++(?:[“"„»]|[A-ZÄÖÜ][^\s,.;:]*+(?:\s++[^\s,.;:]++){0,3},\s++[Ii]n:)"""
)


def _entry_label(text: str, i: int, span: Span) -> bool:
    """The full stop at `i` ends "Art.", a lexicon entry's label, at the segment's start or
    after a writer's comma or colon."""
    start = i - 3
    if start < span.start or not _ENTRY_LABEL_STOP.match(text, start, span.end):
        return False
    return start == span.start or text[max(span.start, start - 2) : start] in (": ", ", ")


def _sentence_ends(text: str, i: int, span: Span) -> bool:
    after = _after_stop(text, i, span)
    if not after[:1].isspace():  # a no-break space too: "Krafft.\xa0Earth System"
        return False
    following = after.lstrip()
    translation = following[:1] == "(" and _translation_next(text, i, span)  # "(Deutsch:) …"
    if not following or not (following[0].isupper() or following[0] in '“"*_' or translation):
        return False
    if text[i] != ".":
        return True
    word = _WORD_END.search(text[max(span.start, i - 20) : i])
    if word is None:
        return True
    token = word.group(1)
    if "." in token or token.lower() in ABBREVIATIONS or _ROMAN.match(token):
        return False
    if ordinal_stop(token, text[i + 1 : min(span.end, i + 16)].lstrip()):  # "2. Aufl."
        return False
    if token == "Art" and _entry_label(text, i, span):
        return False  # "Wendel: Art. „Streik“, in: …": a lexicon entry's label (Artikel)
    # an initial, "E. B. Ashton", or a Greek one of two letters ("Γκ.", "Τζ.")
    return not (len(token) == 1 and token.isupper()) and not _GREEK_INITIAL.fullmatch(token)
