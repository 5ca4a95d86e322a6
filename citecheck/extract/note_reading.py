"""Reading one segment of a note: where a citation starts (its start after a cue, or a cue
inside prose), Ibid. and its kin, a second work the first was published in, and the works
named only by the shape of the prose (see `note_citations` for the design).

The parts live in `note_work` (names, title and details, and the decision), `note_names`,
`note_titles`, `note_plain_titles` (a web copy's unmarked titles), `note_bridges` (an author
in prose, then the title), `note_details` and `note_parts`."""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.extract.citation_patterns import NAME_WORD, UPPER
from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_appositives import after_clause, appositive, plain_appositive
from citecheck.extract.note_ascribed_quotes import ascribed_writer_before
from citecheck.extract.note_body_authors import body_work as body_led_work
from citecheck.extract.note_bracketed import bracketed_works, quotation_before
from citecheck.extract.note_dated_names import dated_work
from citecheck.extract.note_edited_in_prose import edited_in_prose
from citecheck.extract.note_editors import edited_volume, plain_edited_volume
from citecheck.extract.note_evidenced import evidenced_work, later_works
from citecheck.extract.note_german import (
    SAME_WRITER,
    after_translation_cue,
    same_writer_stand_in,
    translation_stand_in,
)
from citecheck.extract.note_german_edited import edited_title
from citecheck.extract.note_german_interviews import german_interview
from citecheck.extract.note_german_letters import german_letter
from citecheck.extract.note_german_same_dated import dated_same_writer
from citecheck.extract.note_greek import GREEK_AS, GREEK_CUE
from citecheck.extract.note_greek_backrefs import (
    bare_op_cit,
    cued_same_writer_at,
    prose_op_cit,
    same_writer_phrase_stand_in,
)
from citecheck.extract.note_greek_bodies import archive_document, body_work, editorial
from citecheck.extract.note_greek_bylines import genitive_cue_work
from citecheck.extract.note_greek_leadins import greek_lead_in_end
from citecheck.extract.note_greek_prose_works import (
    greek_paper_piece,
    greek_prose_work,
    greek_surname_work,
    later_greek_prose_works,
)
from citecheck.extract.note_greek_spoken import spoken_work
from citecheck.extract.note_greek_translations import translation_works, with_translations
from citecheck.extract.note_greek_unsigned import unsigned_after_lead
from citecheck.extract.note_greek_writer_sources import greek_writer_source
from citecheck.extract.note_greek_writer_titles import greek_writer_title
from citecheck.extract.note_idem import idem_work, joined_idem
from citecheck.extract.note_inline_forms import inline_full_form
from citecheck.extract.note_introduced import collected_work, pronoun_work, titled_work
from citecheck.extract.note_kind_writers import kind_writer_work
from citecheck.extract.note_lead_titles import lead_title
from citecheck.extract.note_letter_forms import letter_of
from citecheck.extract.note_named_brackets import named_bracket
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_no_author import MARKS, after_unsigned, lead_stand_in
from citecheck.extract.note_open_imprint_titles import headline_words
from citecheck.extract.note_parenthetical import parenthetical_source
from citecheck.extract.note_part_of import part_in_container, part_of_book
from citecheck.extract.note_parts import skip_comma
from citecheck.extract.note_patterns import (
    COLON_NAMES,
    CUE,
    GIVEN_PERSON,
    IBID,
    IDEM,
    MARKED_TITLE,
    OP_CIT,
    PAGES,
    PLAIN_TITLE_TO_IMPRINT,
)
from citecheck.extract.note_plain_titles import title_only
from citecheck.extract.note_prose import prose_work
from citecheck.extract.note_reread import opening_work, rest_works
from citecheck.extract.note_responses import response_work
from citecheck.extract.note_reviews import review_work
from citecheck.extract.note_same_writer_leads import after_same_writer_lead
from citecheck.extract.note_second_works import (
    and_author,
    named_ibid,
    named_ibid_after,
    possessive_work,
    title_end,
)
from citecheck.extract.note_subject_writers import subject_work
from citecheck.extract.note_title_lists import continued_plain_title, listed_works
from citecheck.extract.note_title_locators import lead_short_form
from citecheck.extract.note_topic_lists import topic_plain_list, with_topic_writer
from citecheck.extract.note_unsigned_in_prose import unsigned_in_prose
from citecheck.extract.note_unsigned_leads import (
    later_unsigned,
    paper_and_day,
    unsigned_after_prose,
)
from citecheck.extract.note_work import read_at
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation, Span

__all__ = ["plausible_names", "read_segment"]

# A German noun naming a work, then "von" (by): "den Beitrag von", "die Studie von".
# matches "Beitrag von", "Studien von", "Aufsatz von"; not "von" alone, "Brief von" (a
# letter: `note_german_letters`)
_GERMAN_WORK_BY = r"""(?:Beitr(?:a|ä)ge?s?|Studien?|Aufs(?:a|ä)tze?s?|Buch(?:es|s)?|Arbeiten?
                      |Untersuchung(?:en)?|Artikels?|Essays?|Monographie|Darstellung|Analyse)\s+von"""

# Where a citation may start inside a segment: after a cue word ("in" is left out: "in
# Lenin, *Collected Works*" is the container of the work before, not another work), or
# after "chapter one of" or "the foreword to" (a part of the work cited; "Cedric Johnson,
# foreword to *…* by Harold Cruse" is Johnson's foreword, so "the" is required). The next
# letter is a capital of any Latin, Greek or Cyrillic alphabet ("made by Žižek, *…*"), or
# a title's mark.
# matches "see " in "For more, see Lewin", "vgl. " in "…, vgl. Axel Honneth", "βλ. " in "Για
# μια κριτική, βλ. Λούκατς", "by " in "as
# argued by Lewin", "found in " in
# "can be found in Lublinski", "chapter one of " before "Žižek", "foreword to " after "the"
# before "Geoff Eley", "discussed at length in " and "the discussion in " before "Tate", "in "
# before a writer with given names, a comma and a marked title ("The argument is taken
# further in Tomas Reiner, “Quiet Harbours,” …": any sentence's verb) or a web copy's plain
# title running to its imprint's bracket ("… in Tomas Reiner, Quiet Harbours (Leeds: Marlow,
# 2004)"); not
# "Seeley", "in " alone, "chapter of " (no number), "by " before "the", "foreword to "
# without "the", "by " after "contributions" (a symposium's contributors: "“Symposium on
# …,” with contributions by Paul Blackledge, …" is the symposium's, by no one of them), "by "
# after "interview" (the person interviewed is the source: `note_prose.INTERVIEW_BY`), "by"
# after "edited", "ed." or "eds." (the editors of the title before them, Chicago 14.87 and
# 14.103: "*Harbours of the North*, edited by Harry Ruiz, Lena Obst, and Jon Kiel (…)" is
# one work, not Ruiz's work "Lena Obst, and Jon Kiel")
# A plain title's capitalised word right before its own "in" (headline style keeps "in"
# lower case between capitalised words), after a word of the title or a person's name.
# matches "Actions " before "in European Union Policies", "Roads " before "in Winter"; not
# "further " (prose), "published " (a verb), "Tomas Reiner, " (a comma: prose goes on)
_TITLE_WORD_BEFORE = lazy_compile(r"(?<![\w.])[A-Z][\w'’-]*\s\Z")

# A phrase of prose in lower case set off by commas, then a surname, a comma and a marked
# title: the writer the note just cited, named again for another work.
# matches "in a more combative register, Mérignac, “" and "more briefly, Vell, *"; not "in
# a more combative register, Mérignac argued" (no title after the name), "In Paris, *"
# (a capital opens the phrase: a place's, a title's), "see Vell, *" (a cue: read as such)
_NAMED_AGAIN = lazy_compile(
    rf"(?:[a-z][\w'’-]*+[ ]++){{0,7}}[a-z][\w'’-]*+,[ ]++(?P<surname>{NAME_WORD}),[ ]++(?=[“\"*_«])"
)

# Where a citation may start inside a segment's prose: after a cue ("see", "cf.", "vgl.",
# "siehe", Spanish "ver", "véase", French "voir"), "by", a verb of publishing and "in", ….
# matches "ver " in "… en historia ver Julio César Rodríguez Treviño, …"; not "ver" in
# "Oliver" (a word's end), "ver" before a lower-case word
_INNER_START = lazy_compile(
    rf"""\b(?i:see(?:\s+also)?|cf\.|vgl\.|siehe|ver|v[ée]ase(?:\s+también)?|voir(?:\s+aussi)?
             |(?<!contributions\s)(?<!contribution\s)(?<!interview\s)
              (?<!edited\s)(?<!ed\.\s)(?<!eds\.\s)by|from
             |{GREEK_CUE}
           |(?:found|discussed|argued|developed|described|published|reprinted|collected)
              (?:\s+(?:at\s+length|further|fully|briefly|also|well|best|first))?\s+in
           |(?:discussion|account|analysis|treatment|critique|overview|survey)\s+in
           |(?:chapter|part|section)\s+[\w.]+\s+of
           |(?<=\bthe\s)(?:foreword|preface|introduction|afterword)\s+to
           |{_GERMAN_WORK_BY}
           |(?<=\s)in(?=\s+(?-i:{GIVEN_PERSON}),\s+(?:[“\"‘*_«„]|{PLAIN_TITLE_TO_IMPRINT}))
           |(?:so|etwa|ausführlich|auch|bereits|schon|insbesondere|vor\s+allem)\s+bei
           |(?<!\w)στ(?:ο|ον|η|ην)(?=:\s+(?-i:{GIVEN_PERSON}(?:[–—]{GIVEN_PERSON}){{0,3}})\s*+(?:,|\(επιμ\.\))))
        [:,]?\s+(?=[{UPPER}*_“\"‘«])""",
    re.VERBOSE,
)

# A German cue inside a segment, before the colon style of a work ("Zur Debatte vgl. Axel
# Honneth: …").
# matches "vgl. ", "siehe ", "Vgl.: ", "Beitrag von ", "so bei "; not "see ", "by "
_GERMAN_CUE = lazy_compile(r"(?i:vgl\.|siehe|.*\b(?:von|bei)\s)")

# "As" opening the segment before an author in prose (Greek "Όπως", its verb and article).
# matches "As " before "Luxemburg put it", "Όπως υποστηρίζει ο " before "Μπαντιού"; not
# "Ascher", "as " inside the segment ("such as Lukács, Korsch, Adorno, etc." names no work)
_AS_START = lazy_compile(rf"(?i:as\s+|{GREEK_AS})(?=[{UPPER}])", re.VERBOSE)

# "and" before a second title by the same author, or before another author's names (a
# segment cut after a work's closing bracket).
# matches "and “", "and *", "and Emanuele", "and Étienne", Greek "και Δ." (and) before a
# person cut off after a page ("σ. 12 και Δ. Σωτηρόπουλος, …"); not "and the", "και το"
AND_TITLE = lazy_compile(rf"(?:and|und|sowie|και)\s+(?=[“\"‘*_«„»{UPPER}])")

# Punctuation and space trimmed from a segment's ends.
_TRIM = " \t\n,.;:—–·\u0387-\xa0\u200b\ufeff"

# Spaces a web page or a word processor leaves (no-break, thin, zero-width): read as plain
# spaces, one character for one so that offsets stay ("Krafft.\xa0Earth System Science").
SPACES = str.maketrans(dict.fromkeys("\xa0\u2007\u2009\u202f\u200b\ufeff", " "))

# A cue that opens the container of the work before, not a work: "Also in *For Marx*".
# matches "Also in ", "reprinted in ", "in ", Greek "Στο: "; not "Quoted in ", "cited in ",
# Greek "Παρατίθεται στο " (a passive verb in "-ται" before "στο": quoted in, cited in)
_CONTAINER_CUE = lazy_compile(
    r"(?<!quoted\s)(?<!cited\s)(?<!qtd\.\s)(?<!ται\s)\b(?:in|στ(?:ο|ον|η|ην))\b[,:]?\s*$",
    re.IGNORECASE,
)

# "Also in" opening a segment: the work before, found in another book as well (German "Auch
# in:", "Ebenfalls in:", "Wieder abgedruckt in:"; Greek "Επίσης στο", "Ακόμη στη").
# matches "Also in ", "also in: ", "Auch in: ", "Wiederabgedruckt in: ", "Επίσης στο ",
# "Ακόμη στη "; not "In ", "Also see ", "Επίσης " alone
_ALSO = lazy_compile(
    r"(?i:also|auch|ebenfalls|wieder\s*abgedruckt)\s+(?i:in)\b|(?i:επίσης|ακόμη)\s+στ(?:ο|ον|η|ην)\b"
)

# A translation's cue that names the book or journal holding it ("English translation in",
# "dt. in:"), as `after_translation_cue` consumed it.
# matches "English translation in ", "Eng. trans. in ", "dt. in: "; not "English
# translation: ", "dt.: ", "translated as "
_HOLDER_CUE = lazy_compile(r"\bin\s*+:?\s*+$")

# Where a second work, the one the first was published in, starts: "published as an
# appendix to", "published in", "reprinted in", "appended to".
# matches "published as an appendix to ", "reprinted in "; not "published ", "in "
_HOST_START = lazy_compile(
    rf"""\b(?:(?:published|reprinted)(?:\s+as\s+an?\s+[a-z]+)?\s+(?:in|to)|appended\s+to)
        [:,]?\s+(?=[{UPPER}*_“\"‘])""",
    re.VERBOSE,
)


def read_segment(
    text: str, segment: Span, note: int, previous: tuple[Author, ...]
) -> list[NoteCitation]:
    """The works the segment cites: one, or a work and the book by another author it was
    published in ("*Manifesto …* (…), published as an appendix to David Black, *Helen
    Macfarlane* (Lanham, MD: Lexington Books, 2004)")."""
    start, end = _trimmed(text, segment)
    s = text[start:end]
    s = s if s.isascii() else s.translate(SPACES)
    if listed := listed_works(s, 0, start, end, note, text[end : end + 20]):
        return listed  # "Hobsbawm's books *A* (1962), *B* (1975), …": each a work
    if s[:3].lower() in ("for", "on ") and (
        topic := topic_plain_list(text, s, 0, start, end, note)
    ):
        return topic  # a web copy's "For Gramsci, see A (New York: …, 1977), B (…), …"
    first = _read_one(text, segment, note, previous)
    if first is None and previous:
        first = opening_work(s, start, end, note, previous)  # "… (1974), 12. His *B* (…)"
    works = [] if first is None else _with_host(s, start, end, note, first)
    if len(works) == 1 and " and " in s and (other := and_author(s, start, end, note, first)):
        works.append(other)  # "Badiou, “The Idea …,” and Judith Balso, “To Present …,” in …"
    if works and "bid" in s and (named := named_ibid_after(s, start, end, note, works[-1])):
        works.append(named)  # "…, 133. (As cited in Herb Gamberg, ibid)."
    if len(works) <= 1 and ("'s " in s or "’s " in s):
        after = title_end(s, start, works[0]) if works else 0
        if after is not None and (named := possessive_work(s, after, start, end, note)):
            works.append(named)  # "…, extracts of Adolf Hitler's *Mein Kampf* (München: …)"
    if works:
        works.extend(later_works(s, start, end, note, works))  # "…, and Kenneth Albury's memoir, …"
        # "… του Τ. Φάροουμπι, *…*, 1995, απαντά στο Ε. Βαρδάκας, *…*, 1990": Greek prose
        writers = works[-1].authors
        works = later_greek_prose_works(
            text,
            s,
            start,
            end,
            note,
            works,
            lambda at: _read_one(text, Span(start + at, end), note, writers),
        )
    if works and not works[-1].authors:  # "“A,” *P*, 1999, and “B,” *Q*, 1999"
        works.extend(later_unsigned(s, start, end, note, works))
    if works and (idem := joined_idem(s, start, end, note, works)) is not None:
        works.append(idem)  # "…, 12, and idem, *The Dock School* (…), 45"
    if len(works) == 1:  # "…, 12. His *B* (…)", "…, σ. 12, και του ιδίου, *B*, …"
        writers = works[0].authors
        works = rest_works(
            s,
            start,
            end,
            note,
            works[0],
            lambda at: _read_one(text, Span(start + at, end), note, writers),
        )
    if translated := translation_works(s, start, end, note):  # "(ελλ. μτφρ.: Ζ. Μπερτελιέ, …)"
        works = with_translations(s, start, works, translated)
    if "(" in s and (", " in s or ": " in s):  # "(Marx, Karl, *Capital* …; Lenin, V. I., …)"
        bracketed = [
            work
            for work in bracketed_works(s, start, note, read_at)
            if not any(_same_reading(work, known) for known in works)
        ]
        if bracketed:
            # "„…“ (Jakob Wendel: …, Berlin 1999, S. 4)": the quotation is no title
            works = [w for w in works if not quotation_before(s, w, start)]
        works.extend(bracketed)
        works.sort(key=lambda work: work.span.start)
    return works


def _same_reading(one: NoteCitation, other: NoteCitation) -> bool:
    """Two readings of one work at one place (a bracket the segment's reading read too): the
    same title, or (a plain title, which a web copy leaves without its bounds) the same
    writer."""
    overlap = one.span.start < other.span.end and other.span.start < one.span.end
    if not overlap:
        return False
    if one.title == other.title:
        return True
    same_writer = bool(one.authors and other.authors) and (
        one.authors[0].folded == other.authors[0].folded
    )
    return same_writer and one.title_style == "plain"


def _with_host(s: str, start: int, end: int, note: int, first: NoteCitation) -> list[NoteCitation]:
    """The work, and the book by another author it was published in, if the segment names
    one after it."""
    after_title = first.span.start - start + (first.text.find(first.title) if first.title else 0)
    host_start = _HOST_START.search(s, max(after_title + len(first.title), 0))
    if host_start is None:
        return [first]
    host = read_at(s, host_start.end(), start, end, note, names_needed=True)
    if host is None or not host.authors:
        return [first]
    if first.authors and first.authors[0].folded == host.authors[0].folded:
        return [first]  # "Marx, “On the Jewish Question”, published in Marx, *Early Writings*"
    return [first, host]


def _read_one(
    text: str, segment: Span, note: int, previous: tuple[Author, ...]
) -> NoteCitation | None:
    start, end = _trimmed(text, segment)
    if start >= end:
        return None
    s = text[start:end]
    s = s if s.isascii() else s.translate(SPACES)
    cue = CUE.match(s)
    cue_end = cue.end() if cue else 0
    k = after_translation_cue(s, cue_end)  # "(Deutsch:) Ders.: …"
    translated = k > cue_end
    # "[Unsigned], “Title,” *Paper*, …": no author. Before a plain title the lead is read
    # as a name first ("Anonym: Die Klage der Weber. Leipzig 1844") and dropped after.
    unsigned = after_unsigned(s, k)
    if unsigned > k and unsigned < len(s) and s[unsigned] in MARKS:
        k = unsigned
    continued = AND_TITLE.match(s)  # "and “Critique” (1969)": same author, next work
    if continued:
        k = continued.end()
    else:
        k = greek_lead_in_end(s, k)  # "ή, από την άλλη πλευρά, …", "Ενδεικτικά, …"
    if (bare := bare_op_cit(s, k, start, end, note)) is not None:
        return bare  # "Ό.π., σελ. 47", "Loc. cit.": the work cited before, no writer named
    if (same := _greek_same_writer(s, k, start, end, note)) is not None:
        return same  # "…· επίσης της ίδιας, «…», *Journal* 17 (1993)": the writer before
    if (unsigned_greek := _greek_without_person(s, k, start, end, note)) is not None:
        return unsigned_greek  # "ΑΣΚΙ, Αρχείο …, φάκ. 14/3, «…»": no one's; a body's pamphlet
    ibid = IBID.match(s, k)
    # "Cf. idem, “The Left and the War,” ibid., no. 14 (1983)": the writer's next work
    if not ibid and ("dem" in s[k : k + 6] or "Id." in s[k : k + 5] or "id." in s[k : k + 5]):
        lower = k == 0 and _after_semicolon(text, start)  # "…, 12; idem, *B* (…)"
        if (titled := idem_work(s, k, cue_end, start, end, note, lower)) is not None:
            return titled
    idem = None if ibid else IDEM.match(s, k)
    if ibid or idem:
        form = "ibid" if ibid else "idem"
        ibid = ibid or idem
        rest = s[ibid.end() :]
        pages = PAGES.search(" " + rest.rstrip(" .;"))
        return NoteCitation(
            text=s[k:],
            span=Span(start + k, end),
            note=note,
            form=form,
            pages=pages.group("pages").strip() if pages else "",
        )
    if "bid" in s and (named := named_ibid(s, k, start, end, note)):
        return named  # "Herb Gamberg, ibid": the work of that writer just cited
    # "in" before "English as *The Day*" is the translation's cue, not a container's
    in_container = cue is not None and not translated and _CONTAINER_CUE.search(cue.group())
    same_at = after_same_writer_lead(s, k)  # "…; ähnlich ders., Die Parteien …"
    if not in_container and (same := _same_writer(s, same_at, start, end, note)) is not None:
        return same  # "Ders.: Das Prinzip Hoffnung. Frankfurt 1959": the writer before
    if " review of " in s and (review := review_work(s, k, start, end, note)):
        return review  # "Helena Stroud, review of *…*, by Peter Vance, *Journal* …"
    if " to " in s and (response := response_work(s, k, start, end, note)):
        return response  # "Jaleh Mansoor, response to “A Questionnaire …,” 105"
    citation = None
    if cue is not None and (genitive := genitive_cue_work(s, k, s[:k], start, end, note)):
        return genitive  # "Βλ. το βιβλίο του Λ. Ντάροου Για τη θεωρία, Γναρδ, Αθήνα 1978"
    # "Zentralkomitee der Arbeiterpartei, Die Lage, Berlin 1932": a body signs the work
    citation = body_led_work(s, k, start, end, note, read_at)
    dated = _opens_group(text, start) and (_DIGIT.search(s, k, k + 120) or "(" in s)
    if citation is None and dated:
        citation = dated_work(s, k, start, end, note, read_at)  # "Joan Pike, (1999) *…*"
    kind = None if citation else kind_writer_work(s, k, start, end, note, early=True)
    if kind is not None:
        if _only_lead(s, k, kind.span.start - start):
            return kind  # "Vgl. Bergers Studie *…* (Berlin 1990)": not "Studie" by "Bergers";
            # "the interview with Vale by Ann Rusk, “…,” …": Vale's, not only Rusk's
    citation = citation or read_at(s, k, start, end, note)
    if citation is None and unsigned > k:
        citation = read_at(s, unsigned, start, end, note)  # "o. V.: Die Klage der Weber. …"
    if citation is None and s[k : k + 1] in "[NnOoAaUu" and (lead := lead_stand_in(s, k)):
        citation = _stood_in(s, k, lead, start, end, note)  # "N. N.: Titel. Ort 1931"
    if citation is None and translated:  # "…; dt.: Ästhetik. Stuttgart 1994": a translation
        citation = _same_writer(s, cue_end, start, end, note, translation_stand_in(s, cue_end, k))
    if citation is not None and translated and _HOLDER_CUE.search(s, cue_end, k):
        # "…; English translation in *Review* 4 (1974)", "dt. in: …": the translation in a
        # book or journal; a journal's issue, or a plain title with no imprint, is no work
        if not citation.title or (
            citation.title_style == "plain" and not (citation.place or citation.publisher)
        ):
            return None
    if citation is None and in_container and _ALSO.match(cue.group()):
        citation = title_only(s, k, start, end, note)  # a web copy's "Also in For Marx (…)"
    if citation is not None and in_container and _ALSO.match(cue.group()):
        # "Also in *For Marx* (1965), …": the work again, in another book, by the same
        # author unless another is named ("Also in Rosa Luxemburg, *Gesammelte Werke*")
        if not citation.authors and previous:
            return replace(citation, authors=previous, unsure="author carried from before")
        return citation
    if citation is not None and in_container and previous and cue is not None:
        german = ":" in cue.group() or COLON_NAMES in citation.unsure
        if (german and not _opens_group(text, start)) or (
            cue.group().startswith("in") and _after_semicolon(text, start)
        ):
            # "Alfred Schmidt: Editorische Vorbemerkung; in: Max Horkheimer: *…*. In: Max
            # Horkheimer: Gesammelte Schriften, …": the book the work before stands in (by
            # its author or its editor), not another citation
            return None
    if citation is not None and in_container and not _opens_group(text, start):
        if not citation.authors or (previous and previous[0].folded == citation.authors[0].folded):
            # "Lenin, V.I. (1977): Notizen eines Publizisten. In: Lenin, V.I.: Werke 33":
            # the container of the work before, by its author, is no other work
            return None
    if citation is not None:
        if (
            not citation.authors
            and previous
            and not citation.title
            and citation.container
            and not _opens_group(text, start)
        ):
            # "Cutrone, C. (2011): Lenin's liberalism. *Platypus Review* 36 (Juni 2011).": the
            # journal issue the work before appeared in, in its own sentence
            return None
        if (
            not citation.authors
            and previous
            and (k == 0 or continued or translated)
            and citation.form != "op-cit"
        ):
            # "Stedman Jones, *A*, …; *B*, …": the author written once for both works; "…;
            # dt.: *Die Stadt* (Berlin: Dietz, 2003)": the translation, by the same writer
            return replace(citation, authors=previous, unsure="author carried from before")
        if (
            continued
            and not citation.authors
            and not (citation.form == "short" and citation.pages)
            and not _own_piece(citation)
        ):
            # "and “B”" with no author before it to carry; "*A*, 41, and *B*, 12" are two
            # short forms of works named by their titles
            return None
        if not citation.authors and _year_only(citation):
            return None  # "In *The State and Revolution* (1917), Lenin …": named in passing
        return citation
    if collected := collected_work(s, k, start, note):  # "Trotsky's writings … were
        return collected  # collected in *Fascism: What It Is …* (…)": Trotsky's book
    if continued and (plain := continued_plain_title(s, k, start, end, note, previous)):
        return plain  # a web copy's "… (1982) and The Iranian Mojahedin (1992)"
    opening = _AS_START.match(s, k)  # "As Luxemburg put it in 1915 in *The Crisis …*"
    if opening and (citation := read_at(s, opening.end(), start, end, note, names_needed=True)):
        return citation
    if previous and (again := _NAMED_AGAIN.match(s, k)):
        # "…; and, in a more combative register, Mérignac, “Le cinéma …,” *Regards*, …": the
        # note's writer named again by the surname after a phrase of prose, another work
        surname = again.group("surname")
        if any(surname == a.surname for a in previous) and (
            citation := read_at(s, again.start("surname"), start, end, note)
        ):
            return citation
    for inner in _INNER_START.finditer(s, k):
        if inner.group().strip() == "in" and _TITLE_WORD_BEFORE.search(
            s, max(k, inner.start() - 30), inner.start()
        ):
            continue  # "… Heritage Actions in European Union Policies, Programmes and …": a plain
            # title's own "in", its capitalised words no person
        citation = read_at(s, inner.end(), start, end, note, names_needed=True)
        if citation is None and _GERMAN_CUE.match(inner.group()):
            # "Zur Debatte vgl. Axel Honneth: Das Recht der Freiheit. Berlin 2011": the
            # German colon style after its cue, decided with its details read on
            colon = read_at(s, inner.end(), start, end, note)
            citation = colon if colon is not None and _german_entry(colon) else None
        elif citation is None and inner.group().startswith("στ"):
            # "… βλ. στο: Χ. Μαργαρίτης (επιμ.), Οι πόλεις των εργατών, 1920-1936, Αθήνα:
            # Πόλις, 2004": "στο:" ("in:") names its source as a note opening with it does,
            # a web copy's plain title too, when the source is dated
            whole = read_at(s, inner.end(), start, end, note)
            citation = whole if whole is not None and whole.title and whole.year else None
        if citation is not None:
            return with_topic_writer(text, s, k, inner.start(), citation)
    return (
        _op_cit_in_prose(s, start, end, note)
        or german_letter(s, k, start, note)  # "Brief von Adorno an Marcuse, 5. Mai 1969, …"
        or german_interview(s, k, start, note)  # "Interview mit Jakob Wendel, in: Die Zeit, …"
        # "Aktualität …, hg. v. Oskar Negt, Frankfurt 1970"
        or edited_title(
            s, k, start, end, note, opens=_opens_sentence(text, start) or cue is not None
        )
        or letter_of(s, k, start, end, note)  # "Letter of Ada Pryce to her sister, 3 May 1911, …"
        or unsigned_in_prose(s, k, start, end, note, read_at)  # "… the editorial “…,” *Paper*, …"
        or prose_work(s, k, start, note, surnames)
        or spoken_work(s, k, start, note)  # "Ν. Καραμπέτσος, ομιλία στη Βουλή, 12/3/2015"
        or evidenced_work(s, k, start, end, note)  # "the fullest account remains Ann Cole, …"
        or appositive(s, k, start, end, note)
        or plain_appositive(s, k, start, end, note)
        or after_clause(s, k, start, end, note)
        or ("itled" in s and titled_work(s, k, start, note, previous))
        or pronoun_work(s, k, start, note)
        or part_of_book(s, k, start, end, note)
        or part_in_container(s, k, start, end, note)
        or _carried(_title_first(text, s, k, start, end, note, cue), text, start, k, previous)
        or greek_prose_work(text, s, k, start, end, note)  # "το άρθρο του Α. Μπέλλου, «…», 2009"
        or greek_surname_work(text, s, k, start, end, note)  # "ο Pendry, *…*, London: Verso, 1988"
        or _cued_greek_same_writer(s, k, start, end, note)  # "… βλ. του ιδίου, *…*, Αθήνα 2008"
        or greek_paper_piece(s, k, start, note)  # "του Α. Χ στην *Αυγή* της 4ης Μαΐου 2015"
        or greek_writer_title(s, k, start, note)  # "ο Ε. Βαρδάκας έγραψε το *…* (Αθήνα 1990)"
        or greek_writer_source(s, k, start, note)  # "ο Γ. Βέλλας στο Η πόλη, Αθήνα 1985, σ. 12"
        or unsigned_after_lead(s, k, start, note)  # "Βλ. το αφιέρωμα „…“, *Hefte* 58 (2016)"
        or named_bracket(s, k, start, note)
        or parenthetical_source(s, start, note, read_at, text)
        or edited_in_prose(s, k, start, end, note, read_at)  # "… is in Ann Vell, ed., *…* (…)"
        or edited_volume(s, k, start, end, note)
        or plain_edited_volume(s, k, start, end, note)
        or inline_full_form(s, k, start, end, note, read_at)  # "a critique of Lenin, *…* (…)"
        or lead_short_form(s, k, start, end, note, read_at)  # "Again, *Capital*, 41."
        or kind_writer_work(s, k, start, end, note)  # "so Berger in seinem Aufsatz „…“, in: …"
        or subject_work(s, k, start, end, note)  # "Cole has developed this in “…,” *J*, no. 4 (…)"
        or lead_title(s, k, start, end, note)  # "… with the editorial “…,” *Paper*, 14 May 1911"
        or unsigned_after_prose(s, k, start, end, note)  # "… was reported in “…,” *Paper*, …"
    )


def _german_entry(citation: NoteCitation) -> bool:
    """A reading after a German cue in prose that is a bibliography's entry: the colon style
    ("vgl. Axel Honneth: …"), or an inverted name with its year in brackets ("vgl. Pike,
    Joan (1999): …", the author-date list's shape: no place is written so)."""
    if COLON_NAMES in citation.unsure:
        return True
    return (
        "inverted names" in citation.unsure
        and citation.form == "full"
        and _DATED_NAMES.match(citation.text) is not None
    )


# Names, then a year in brackets before any colon: an author-date entry's head.
# matches "Pike, Joan (1999)", "Pike, Joan (Hg.) (1999)", "Pike, Joan/Hale, Tom (2001a)";
# not "Frankfurt, Main: Suhrkamp 1970" (no bracket), "Pike, Joan: Salt (1999)" (after the colon)
_DATED_NAMES = lazy_compile(r"[^():]{1,80}(?:\((?:Hg|Hgg|Hrsg)\.\)\s*)?\(\s*(?:1[5-9]\d\d|20\d\d)")


def _same_writer(
    s: str, k: int, start: int, end: int, note: int, stand_in: str | None = None
) -> NoteCitation | None:
    """A work whose writer is written "Ders."/"Dies." (the same), or not written after a
    translation's cue (`stand_in`: `s` with a name standing in for it), read as after a
    name; its writer is filled in from the work before (`note_german.carry_same_writer`)."""
    dated = None
    if stand_in is None and s[k : k + 1] in "Dd":
        stand_in = same_writer_stand_in(s, k)
        if stand_in is None and (dated := dated_same_writer(s, k)) is not None:
            stand_in = dated.stand_in  # "ders. (2011): Das Recht der Freiheit. Berlin."
    read = read_at(stand_in, k, start, end, note) if stand_in is not None else None
    if read is not None and dated is None and not read.title and "inverted names" in read.unsure:
        read = _uninverted(stand_in, k, read)  # "Vgl. ders., Ordnung, S. 4."
    if read is None or not read.authors or not (read.title or read.form == "op-cit"):
        return None  # "Ders., a.a.O., S. 14": the same writer's work cited before
    unsure = "; ".join(p for p in (read.unsure, SAME_WRITER) if p)
    if dated is not None and dated.year:
        # the author-date year makes the entry whole, whatever its imprint gives
        read = replace(read, year=read.year or dated.year, form="full")
    return replace(
        read, text=s[read.span.start - start : read.span.end - start], authors=(), unsure=unsure
    )


def _stood_in(
    s: str, k: int, lead: tuple[str, bool], start: int, end: int, note: int
) -> NoteCitation | None:
    """The work after a lead in the author's place (`note_no_author.lead_stand_in`): "N. N.:
    Titel. Ort 1931" with no author, a full form only; "[Jakob Wendel]: Titel. Ort 1931"
    by the writer in the brackets."""
    stand_in, unsigned = lead
    read = read_at(stand_in, k + 1 if stand_in[k] == " " else k, start, end, note)
    if read is None or not read.authors or not read.title:
        return None
    text = s[read.span.start - start : read.span.end - start]
    if not unsigned:
        return replace(read, text=text)
    unsure = "; ".join(p for p in (read.unsure, "anonymous") if p)
    return replace(read, text=text, authors=(), unsure=unsure)


# After "ders.," (the stand-in's comma at the match's start): one capital word, then a
# comma and a locator. "Ders." stands for the writer's whole name (DIN/German practice),
# never for a surname given names follow: the word is the work's short title.
# matches ", Ordnung" before ", S. 4"; not ", Ordnung der Dinge" (read as a title
# already), ", J." (an initial), ", 1931" (a year)
_TITLE_AFTER_SAME = lazy_compile(r",\s++(?P<title>[A-ZÄÖÜ][^\W\d_]{2,40}+)(?=,\s++(?:S\.|Sp\.|\d))")


def _uninverted(stand_in: str | None, k: int, read: NoteCitation) -> NoteCitation:
    """`read` (a work after "ders.", its one-word title taken for a given name: "Dersx,
    Ordnung, S. 4") with that word as its short title, when it stands there."""
    found = _TITLE_AFTER_SAME.match(stand_in or "", stand_in.find(",", k) if stand_in else 0)
    if found is None or is_imprint_word(found.group("title")):
        return read  # "Vgl. ders., Berlin, S. 4": a place, as likely a lost title's imprint
    unsure = "; ".join(p for p in read.unsure.split("; ") if p != "inverted names")
    unsure = "; ".join(p for p in (unsure, "plain title") if p)
    return replace(read, title=found.group("title"), title_style="plain", unsure=unsure)


def _greek_same_writer(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    """A work whose writer is written "της ίδιας"/"Ο ίδιος" (the same), read as "Ders." is
    (Latin "Idem" before a work is `note_idem`'s)."""
    if "ίδι" not in s and "ιδί" not in s and "dem" not in s and "Id." not in s:
        return None  # cheap test first
    stand_in = same_writer_phrase_stand_in(s, k)
    if stand_in is None or stand_in[1]:
        return None  # Latin "Idem, *Title*, …" is `note_idem`'s: form idem, its title kept
    read = _same_writer(s, k, start, end, note, stand_in[0])
    if read is not None and read.form == "short" and not read.pages:
        return None  # "Ο ίδιος, «Δεν θα υποχωρήσουμε», είπε …": a quotation in prose
    return read


def _cued_greek_same_writer(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    """A work after "βλ. του ιδίου" (see by the same) inside a sentence, read as at a
    segment's start: a full form only (a short form or a quotation needs its own cue)."""
    at = cued_same_writer_at(s, k)
    if at is None or at == k:
        return None
    read = _greek_same_writer(s, at, start, end, note)
    return read if read is not None and read.form == "full" and read.year else None


def _greek_without_person(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    """An archive's document, a paper's unsigned editorial or a body's pamphlet at `k`
    (`note_greek_bodies`), or None."""
    if not _GREEK_LETTER.search(s, k, k + 40):
        return None  # cheap test first: each opens with Greek words
    if (document := archive_document(s, k, start, note)) is not None:
        return document
    if (piece := editorial(s, k, start, note)) is not None:
        lead = s[k : piece.span.start - start]
        if not _LEAD_WORDS.fullmatch(lead):
            return None  # a work opens the segment before the editorial: read it first
        return piece
    return body_work(s, k, start, end, note)


# A Greek letter: where a Greek reading may start.
# matches "Α", "ά"; not "A" (Latin), "1"
_GREEK_LETTER = lazy_compile(r"[Α-ωΆ-Ώά-ώ]")

# Words of prose before an editorial, with no name, title or number among them.
# matches "ή, από την άλλη πλευρά, ", ""; not "Α. Μπέλλου, «…», 2009, και "
_LEAD_WORDS = lazy_compile(r"[\s,]*+(?:[α-ωάέήίόύώϊϋΐΰ.]++[\s,]*+){0,12}")


def _carried(
    citation: NoteCitation | None, text: str, start: int, k: int, previous: tuple[Author, ...]
) -> NoteCitation | None:
    """A web copy's plain title opening a ";" group after another work of the note, read
    without its writer, is that writer's, as the Markdown's marked title is (below, "the
    author written once for both works"): "Ann Vell, Salt Roads (…), 3; Harbour Ledgers
    (Leeds: Dale, 1950), 4."."""
    if citation is None or citation.authors or not previous or k != 0:
        return citation
    if not (_after_semicolon(text, start) and headline_words(citation.title)):
        return citation  # "…; Neuausgabe mit einem Nachwort, Berlin 2015": an edition
    unsure = [p for p in citation.unsure.split("; ") if p and p != "no author"]
    return replace(
        citation, authors=previous, unsure="; ".join([*unsure, "author carried from before"])
    )


def _title_first(
    text: str, s: str, k: int, start: int, end: int, note: int, cue: re.Match[str] | None
) -> NoteCitation | None:
    """A work given by its plain title and an imprint, opening the note or a ";" group:
    "Republic of Fear (Los Angeles: …, 1998), ix". Not after a sentence of the same group
    (a web copy's subtitle: "…, *Revolutionaries to Race Leaders. Black Power and …* (…)"),
    nor after "in" (the container of the work before: "Also in *For Marx* (…)")."""
    if "(" not in s and "⟨" not in s and not _DIGIT.search(s) and "://" not in s:
        return None  # cheap test first: an imprint has a bracket or a year, a page its address
    if (
        not _opens_group(text, start)
        and not (cue is not None and _QUOTED_IN.match(cue.group()))
        and ascribed_writer_before(text, start) is None
    ):
        # ("Quoted in" opens a work in any sentence: the work quoted from; so does the
        # sentence after a quotation ascribed to its writer: "… Ruiz's statement that,
        # "…". The Long Retreat (Leeds: …, 1972), 93.")
        return None
    if cue is not None and _CONTAINER_CUE.search(cue.group()):
        return None
    return title_only(s, k, start, end, note)


# A cue naming the work quoted from, in any sentence of the note.
# matches "Quoted in ", "cited in ", "qtd. in "; not "in ", "Also in "
_QUOTED_IN = lazy_compile(r"(?i:quoted|cited|qtd\.)\s+in\b")

# A digit: a year an imprint may give ("Frankfurt 2000").
# matches "2" in "Frankfurt 2000"; not "Republic of Fear"
_DIGIT = lazy_compile(r"\d")


def _mark_before(text: str, start: int) -> str:
    """The last character before the segment at `start`, spaces skipped ("" at the note's
    start): no copy of the text before, so linear in the note."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return text[i] if i >= 0 else ""


def _opens_group(text: str, start: int) -> bool:
    """The segment at `start` opens the note or a ";" group (no sentence of the same work
    stands before it)."""
    return _mark_before(text, start) in ("", ";")


def _opens_sentence(text: str, start: int) -> bool:
    """The segment at `start` opens the note, a ";" group or a sentence (a full stop before
    it): not the rest of a sentence cut at a question mark or a comma."""
    return _mark_before(text, start) in ("", ";", ".")


def _after_semicolon(text: str, start: int) -> bool:
    """The segment at `start` follows a ";" of the same note."""
    return _mark_before(text, start) == ";"


def _op_cit_in_prose(s: str, start: int, end: int, note: int) -> NoteCitation | None:
    """A marked title then "op. cit." anywhere in the segment: "Alternate translation in
    “Towards a New Manifesto?”, op. cit., p. 53"; or a writer named in Greek prose, then
    "ό.π.": "Το ίδιο υποστηρίζει ο Δ. Σωτηρόπουλος (ό.π., σ. 12)"."""
    if (named := prose_op_cit(s, start, end, note)) is not None:
        return named
    for title in MARKED_TITLE.finditer(s):
        op = OP_CIT.match(s, skip_comma(s, title.end()))
        if op:
            pages = PAGES.search(" " + s[op.end() :].rstrip(" .;"))
            return NoteCitation(
                text=s[title.start() :],
                span=Span(start + title.start(), end),
                note=note,
                form="loc-cit" if op.group("loc") else "op-cit",
                title=next(g for g in title.groups() if g).strip(" ,."),
                pages=pages.group("pages").strip() if pages else "",
            )
    return None


def _own_piece(citation: NoteCitation) -> bool:
    """An unsigned periodical piece with its own paper and day after "and" ("…, and “Mills
    Reopen,” *Evening Post*, March 9, 1999"): a work, with no writer before it to carry."""
    if citation.form != "full" or citation.title_style != "quoted" or not citation.year:
        return False
    if "year beside the title" in citation.unsure:
        return False
    title = MARKED_TITLE.match(citation.text)
    return bool(citation.container) or (
        title is not None and paper_and_day(citation.text, title.end())
    )  # a web copy's "“B,” Evening Post, March 9, 1999"


# A lead before a work: words without a digit, a mark or a bracket.
# matches "So ", "Όπως γράφει ", "Vgl. dazu "; not "Hans Berger, *Der Regen*, 1990, und "
_LEAD = lazy_compile(r"[^\d*_„“\"«»()]{0,80}")


def _only_lead(s: str, k: int, at: int) -> bool:
    """Only lead words stand between `k` and the work found at `at`."""
    found = _LEAD.match(s, k, at)
    return found is not None and found.end() == at


def _year_only(citation: NoteCitation) -> bool:
    """The only detail is a year in brackets beside the title: no imprint, container
    (a journal's volume and date make one) or address."""
    return "year beside the title" in citation.unsure and not (
        citation.place or citation.container or citation.url or _REPORTER.search(citation.text)
    )


# A law report's volume, series and page before a case's year (Chicago 14.276): it places
# the case as a journal's volume places an article.
# matches "347 U.S. 483 (", "410 F.2d 701 ("; not "(1917)", "vol. 2 ("
_REPORTER = lazy_compile(r"\b\d{1,4}\s+(?:[A-Z][\w.]*\s+){1,3}\d{1,5}\s*\(")


def _trimmed(text: str, segment: Span) -> tuple[int, int]:
    start, end = segment.start, segment.end
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in " \t\n;,":
        end -= 1
    return start, end
