"""Unsigned works: what a note writes where the author stands when there is none.

Chicago (14.175, 14.207) cites an anonymous or unsigned work by its title; some notes still
write a word in the author's place: "Anonymous, *Title* (Place, Year)", "[Unsigned], “Title,”
*Paper*, date", DIN 1505 / German practice "o. V.: Titel" or "Anonym: Titel" (ohne
Verfasser), Greek "Ανυπόγραφο, «Τίτλος», …" or "Ανώνυμος". Others name the kind of
document there: "Editorial, “Title,” *Paper*, date", "Leaflet “Title,” …", "Flugblatt
„Titel“, …", "Προκήρυξη «Τίτλος», …". Neither is a person: the reader skips such a lead, so
the work is read by its title with no author, and drops a lone "author" that is one of
these words when another path read it as a surname.

Two leads stand in the author's place before a plain title and its open imprint (DIN 1505
"Name: Titel. Ort Jahr"), where the reader wants a name to see the work: "N. N.: Titel"
(nomen nescio) or "o. V.: Titel" (no author), and a writer supplied in square brackets,
"[Jakob Wendel]: Titel" (Chicago 14.79, DIN 1505: an unsigned work's attributed author).
`lead_stand_in` writes either as a name of the same length, so the work is read as after
a name; the no-author lead's "name" is dropped after.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.extract.note_kind_bodies import KIND_GENITIVE
from citecheck.extract.note_names import surnames
from citecheck.extract.note_patterns import GIVEN_PERSON, PERSON
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

# Words meaning "no author". English, German (DIN "o. V.": ohne Verfasser), Greek
# (ανώνυμος: anonymous, ανυπόγραφο: unsigned, χωρίς συγγραφέα: without author).
_NO_AUTHOR_WORDS = r"""(?:unsigned|anonymous|anon\.?|unknown|no\s+author|n\.\s?n\.
    |o\.\s?v\.|ohne\s+verfasser|verfasser\s+unbekannt|anonym|unbekannt
    |ανώνυμ(?:ος|ο|η|ου)|ανυπόγραφ(?:ο|η|ου)|χωρίς\s+συγγραφέα|άγνωστος)"""

# Nouns naming the kind of an unsigned document, as written in the author's place.
# English, German (Leitartikel: editorial, Flugblatt: leaflet, Aufruf: appeal, Erklärung:
# statement, Beschluss: resolution; "Art." (Artikel), "Stichwort", "Lemma": the label
# German practice puts before an unsigned lexicon entry's headword, "Art. „Streik“, in:
# …"), Greek (κύριο άρθρο: editorial, προκήρυξη: leaflet, ανακοίνωση: statement, απόφαση:
# resolution, ψήφισμα: motion, φυλλάδιο: pamphlet, διακήρυξη: declaration, δελτίο τύπου:
# press release).
# Beside them the unsigned works Chicago cites by their title (14.75: no author, begin with
# the title; 14.191 newspapers; 14.206 websites) or MLA
# lists under their title: a report, a party's programme or platform, minutes, a website
# (German Bericht, Programm, Protokoll, Denkschrift; Greek έκθεση: report,
# πρόγραμμα: programme, ιστοσελίδα: website). Not a collection or an anthology, nor a film:
# its editor or its maker, named after the title, is its writer here ("Ken Burns's
# documentary series", `note_kind_writers`); nor a bulletin or a yearbook, a periodical
# whose name is no work's title.
_KIND_WORDS = r"""(?:editorial|leader\s+article|article|leaflet|pamphlet|flyer|handbill
    |broadsheet|circular|statement|press\s+release|resolution|declaration|appeal|manifesto
    |report|programme|program|platform|minutes|memorandum|brochure|booklet|communiqué
    |website|web\s+page|transcript
    |leitartikel|artikel|flugblatt|flugschrift|broschüre|aufruf|erklärung|presseerklärung
    |pressemitteilung|beschluss|rundschreiben|bericht|programm|protokoll|denkschrift
    |webseite|art\.|stichwort|lemma
    |κύριο\s+άρθρο|άρθρο|προκήρυξη|ανακοίνωση|απόφαση|ψήφισμα|φυλλάδιο|μπροσούρα|διακήρυξη
    |δελτίο\s+τύπου|έκθεση|πρόγραμμα|ιστοσελίδα)"""

# One word in lower case between the article and the kind ("the party programme", "the
# official report", "the founding manifesto"): an adjective or a noun of the kind's name.
# matches "party ", "official ", "ιδρυτική "; not "Party " (a capital: a name's), "party's "
_KIND_MODIFIER = r"(?-i:[a-zäöüßα-ωά-ώ]{3,20}+)\s++"

# An article before the kind, in prose after a cue ("See the editorial “…”", "Vgl. den
# Leitartikel „…“", "Βλ. την προκήρυξη «…»"), and an adjective saying it is unsigned.
_ARTICLE = r"""(?:the|an?|den|das|die|der|dem|einen|ein|eine|einem
    |το|τη|την|τα|τις|ένα|μια|μία)"""
_UNSIGNED_ADJECTIVE = r"""(?:unsigned|anonymous|anonymen?|anonymes|unsignierten?|unsigniertes
    |ανυπόγραφο|ανυπόγραφη|ανυπόγραφης|ανώνυμο|ανώνυμη)"""

# A German article in lower case and a noun, before a title's mark: what kind of work it is
# ("Vgl. den Aufsatz „…“ von …", "Siehe das Buch „…“"), never a name with a particle.
# matches "den Aufsatz", "das Buch"; not "Joop den Uyl" (a given name first: not at the
# lead), "Den Aufsatz" (a capital: a sentence's first word, left to the reader)
_GERMAN_NOUN_PHRASE = r"(?-i:(?:den|das|die|der|dem|einen|ein|eine|einem)\s+[A-ZÄÖÜ][a-zäöüß]+)"

# A paper's name in italics before an article's quoted title and its date, where some
# bibliographies put the paper in the author's place (Chicago 14.207: "*Pravda*, “Title,”
# March 3, 1918"): a paper, italic, is no person; the work is the article, by its title.
# matches "*Pravda*, " before "“Title,” March 3, 1918", "*Ledger*. " before "“Title.” 3 March
# 1990", "*Volksblatt*, " before "“Titel”, 3.3.1990"; not "*Grundrisse*, " before
# "“Introduction,” 83" (a page: a book and its part), "*Pravda*, March 3" (no title)
_PAPER_FIRST = r"""\*[^*\n]{2,80}+\*[,.:]?\s++
    (?=[“"«‘][^”"»’\n]{2,300}+[”"»’][,.:]?\s*+
       (?:(?:\d{1,2}\.?\s+)?[^\W\d_]{3,12}\.?(?:\s+\d{1,2})?,?\s+(?:1[5-9]\d\d|20\d\d)
         |\d{1,2}[./-]\d{1,2}[./-](?:1[5-9]\d\d|20\d\d)))"""

# The lead: a no-author word, perhaps with the kind after it ("Unsigned editorial",
# "anonymer Artikel" is not covered: an adjective's endings vary), or the kind alone, in
# square brackets or not, then a comma or colon, or a space before a title's mark.
# matches "Anonymous, ", "[Unsigned], ", "Unsigned editorial, ", "o. V.: ", "O.V., ",
# "Ohne Verfasser: ", "Anonym: " (not "Anonymus": a chronicler so named), "Ανυπόγραφο, ",
# "Κύριο άρθρο, ", "Editorial, ", "Leaflet " before "“", "Flugblatt " before "„",
# "Προκήρυξη " before "«";
# "the editorial " and "den Leitartikel " and "την προκήρυξη " before a title's mark, "the
# party programme ", "the report ", "the official report " before it;
# not "Anonymous Press, " (more words), "Editorials " (no mark after), "Leaflet What" (a
# plain word after a space: prose), "Statement of Purpose" (a title), "Unknown Pleasures"
UNSIGNED_LEAD = lazy_compile(
    rf"""(?P<open>\[\s*)?
        (?:{_NO_AUTHOR_WORDS}(?:\s+{_KIND_WORDS})?|{_KIND_WORDS}(?:\s++{KIND_GENITIVE})?)
        (?(open)\s*\])
        (?:\s*[,:]\s*|\s+(?=[„“"«‘*_]))
      |{_ARTICLE}\s+(?:{_UNSIGNED_ADJECTIVE}\s+|{_KIND_MODIFIER})?{_KIND_WORDS}
        (?:\s++{KIND_GENITIVE}[,:]?)?\s+(?=[„“"«‘*_])
      |{_GERMAN_NOUN_PHRASE}\s+(?=[„“"«‘*_])
      |{_PAPER_FIRST}""",
    re.IGNORECASE | re.VERBOSE,
)

# The marks that may open a title after such a lead.
MARKS = '„“"«‘*_'

# A lone "author" that is one of those words.
# matches "Anonymous", "Anon.", "Unsigned", "Anonym", "Ανώνυμος", "Flugblatt", "Leaflet",
# "Προκήρυξη"; not "Anonymus Press", "Ano", "Leafletter"
_LONE = lazy_compile(rf"(?:{_NO_AUTHOR_WORDS}|{_KIND_WORDS})", re.IGNORECASE | re.VERBOSE)


# A sentence that is a marked title alone, ended by a full stop after the mark or inside it.
# matches "“Streik an der Mühle”.", "«Η απεργία στο λιμάνι».", "*The Lament*.", "“Strike.”";
# not "“Strike,” *Ledger*, 1990." (more than the title), "Strike." (unmarked), "“A” and “B”."
_TITLE_SENTENCE = lazy_compile(
    r"""\s*+(?:“[^“”]{2,300}+(?:”\.|[.?!]”)|«[^«»]{2,300}+(?:»\.|[.?!]»)
              |\*[^*]{2,300}+\*\.|_[^_]{2,300}+_\.|"[^"]{2,300}+(?:"\.|[.?!]"))\s*+""",
    re.VERBOSE,
)


def title_alone(text: str, segment: Span) -> bool:
    """True when the segment is a marked title and nothing else (a sentence of its own)."""
    return _TITLE_SENTENCE.fullmatch(text, segment.start, segment.end) is not None


# The last word of a publisher's name, which a web copy's "Given Surname, Title, Year"
# shape would take for a person's surname ("Ink Press, London, 1980").
_PUBLISHER_ENDS = frozenset("press books publishers publishing publications verlag".split())


# The same paper, seen from the title it stands before.
# matches "*Pravda*, " at the end of what comes before the title; not "Pravda, " (no
# emphasis: a surname as likely), "*Capital*, Vol. 1, "
_PAPER_ENDING = lazy_compile(r"\*[^*\n]{2,80}+\*[,.:]?\s*+$")


def paper_before(s: str, at: int) -> bool:
    """True when a paper's name in italics stands right before `at` (its title): the title
    and a date after it are an article in that paper, not the paper's issue."""
    return at > 0 and _PAPER_ENDING.search(s, max(0, at - 90), at) is not None


def after_unsigned(s: str, at: int) -> int:
    """Where the work starts after a lead saying it has no author ("[Unsigned], “…”")."""
    found = UNSIGNED_LEAD.match(s, at)
    return found.end() if found else at


def without_no_author(citation: NoteCitation) -> NoteCitation | None:
    """A work "by" Anonymous, or by "Leaflet", names no author: keep it without one, if it
    has a title ("Article 5, 1990" is none)."""
    if len(citation.authors) != 1:
        return citation
    surname = citation.authors[0].surname
    if surname.lower() in _PUBLISHER_ENDS:
        # "Ink Press, London, 1980.": a publisher, a place and a year, no work
        return None if citation.title_style == "plain" or not citation.title else citation
    if not _LONE.fullmatch(surname):
        return citation
    if not citation.title:
        return None
    unsure = "; ".join(p for p in (citation.unsure, "anonymous") if p)
    return replace(citation, authors=(), unsure=unsure)


# An abbreviated cue as a word inside a plain title: "see" (βλ., πρβλ.), "compare" (cf.,
# vgl.). A cue ends the prose before the work it points to (Chicago 14.36; Greek and German
# practice alike), so a plain title holding one is a sentence and its cue, never a title.
# matches "βλ." in "Για τη συνέχεια βλ. του ιδίου", "cf." in "For the rest cf. idem";
# not "Βλάχοι" (no full stop), "Vgl" (no stop), a cue opening the title (read as a cue)
_CUE_INSIDE = lazy_compile(r"(?<=\s)(?i:βλ|πρβλ|vgl|cf)\.(?=\s)")


def cue_in_plain_title(citation: NoteCitation) -> bool:
    """The reading is an unsigned plain title holding a cue: prose read as a title."""
    return (
        not citation.authors
        and citation.title_style == "plain"
        and _CUE_INSIDE.search(citation.title) is not None
    )


# A writer named after the title by a participle of writing: "*Title*, drafted by Ann Cole
# (London, 1921)", "written by", "verfasst von", "γραμμένο από την …". Chicago 14.76 puts a
# work's author after its title this way in running prose; the work is that person's, not
# unsigned.
# matches ", drafted by Ann Cole", ", verfasst von Anna Kolbe", ", γραμμένο από την Άννα
# Κόλλια"; not ", drafted in London", ", written by hand", ", published by Dale"
_DRAFTED_BY = lazy_compile(
    rf"""[*_”"»’]*+,\s++(?:(?:drafted|written|composed|authored)\s++by
        |(?:verfasst|geschrieben)\s++von
        |(?:γραμμένο|γραμμένη|γραμμένα|συνταγμένο|συνταγμένη)\s++από(?:\s++(?:την|τον|τη|το))?)
        \s++(?P<person>{PERSON})(?=\s*+[(,.;]|$)""",
    re.VERBOSE,
)


# A no-author word, in square brackets or not, before its colon (DIN "N. N.: Titel", "o.
# V.: Titel"); or a person's given names and surname in square brackets right before a
# colon or a comma (Chicago 14.79: an attributed author).
# matches "N. N.:", "N.N.:", "o. V.:", "[o. V.]:", "[Jakob Wendel]:", "[J. Wendel],"; not
# "[sic]:", "[Hrsg.]:", "[1931]:" (no person), "[Wendel]:" (a surname alone: a gloss as
# likely), "[Jakob Wendel] meinte:" (prose), "N. N. meinte:"
_STANDING_LEAD = lazy_compile(
    rf"""(?P<none>\[?(?i:{_NO_AUTHOR_WORDS})\]?)(?=\s*:\s)
      |\[(?P<writer>{GIVEN_PERSON})\](?=[:,]\s)""",
    re.VERBOSE,
)


def with_drafted_writer(citation: NoteCitation) -> NoteCitation:
    """An unsigned reading whose title a participle of writing follows with its writer:
    that writer's work (unsure, as a prose byline)."""
    if citation.authors or not citation.title:
        return citation
    at = citation.text.find(citation.title)
    if at == -1:
        return citation
    found = _DRAFTED_BY.match(citation.text, at + len(citation.title))
    if found is None:
        hosted = _HOSTED_BY.search(citation.text, at + len(citation.title))
        if hosted is None or not _BROADCAST.search(citation.text):
            return citation
        hosts = tuple(surnames(hosted.group("hosts")))
        return replace(citation, authors=hosts, unsure="hosts named after the title")
    writers = tuple(surnames(found.group("person")))
    return replace(citation, authors=writers, unsure="a writer named after the title")


# A podcast's or a broadcast's hosts after its title and show (Chicago 14.267 names the
# host before the episode's title; notes name them after it, as its makers).
# matches ", hosted by Inés Carvajal and Tom Edery"; not ", hosted by the union" (no person)
_HOSTED_BY = lazy_compile(
    rf""",\s++(?:hosted|presented)\s++by\s++(?P<hosts>{PERSON}(?:\s++(?:and|&)\s++{PERSON})?)
        (?=\s*+[,.;(]|$)""",
    re.VERBOSE,
)

# A word that says the work is broadcast: hosts are its makers only there.
_BROADCAST = lazy_compile(r"\b(?i:podcast|episode|broadcast|radio|programme)\b")


def lead_stand_in(s: str, at: int) -> tuple[str, bool] | None:
    """`s` with the lead at `at` written as a name of the same length ("N. N." as "Nnnnn",
    "[Jakob Wendel]:" as " Jakob Wendel: "), and whether it names no author; None when no
    such lead stands there."""
    found = _STANDING_LEAD.match(s, at)
    if found is None:
        return None
    if found.group("none") is not None:
        return s[:at] + "N" + "n" * (found.end() - at - 1) + s[found.end() :], True
    # "[Jakob Wendel]: " as " Jakob Wendel:  ": the bracket's stop after the name
    end = found.end()
    return s[:at] + " " + found.group("writer") + s[end] + " " + s[end + 1 :], False
